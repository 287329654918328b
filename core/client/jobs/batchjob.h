// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// One AzureML batch (BES) job as the console remembers it: where it runs, what it scores and
// how far it got. Holds names of keychain secrets, never their values, and output URLs
// without their SAS signatures, so it can be stored and shown as it is.

#include "client/http/exchange.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>
#include <utility>

namespace portico::client {

enum class JobStatus { NotStarted = 0, Running = 1, Failed = 2, Cancelled = 3, Finished = 4 };

// Accepts the names and the numbers 0-4, as AzureML clients do; nullopt for anything else.
std::optional<JobStatus> parseJobStatus(const QJsonValue &value);
QString jobStatusName(JobStatus status);
inline bool isTerminal(JobStatus status)
{
    return status == JobStatus::Failed || status == JobStatus::Cancelled || status == JobStatus::Finished;
}

// Where a job's BES calls go: the jobs collection URL (…/services/{svc}/jobs, no query) and
// the headers to send, whose values may hold {{secret:NAME}} references resolved per call.
// apiId and environment name the workspace entry it was resolved from, so the console can
// resolve it again when the sandbox listens on other ports after a restart.
struct BesEndpoint
{
    QString apiId;
    QString environment;
    QUrl jobsUrl;
    HeaderList headers;

    bool isValid() const { return jobsUrl.isValid() && !jobsUrl.isEmpty(); }
    QJsonObject toJson() const;
    static BesEndpoint fromJson(const QJsonObject &json);
    friend bool operator==(const BesEndpoint &a, const BesEndpoint &b)
    {
        return a.apiId == b.apiId && a.environment == b.environment && a.jobsUrl == b.jobsUrl && a.headers == b.headers;
    }
};

// One of a finished job's outputs. The SAS token only ever lives in memory (sasToken);
// url() is BaseLocation + RelativeLocation without it.
struct JobOutput
{
    QString name;
    QString baseLocation;
    QString relativeLocation;
    QString sasToken; // never stored, never shown

    QUrl url() const;
    QUrl downloadUrl() const; // url() + the SAS token
    friend bool operator==(const JobOutput &a, const JobOutput &b)
    {
        return a.name == b.name && a.baseLocation == b.baseLocation && a.relativeLocation == b.relativeLocation &&
            a.sasToken == b.sasToken;
    }
};

// What one status call reported, parsed leniently: missing fields stay empty or -1.
struct JobState
{
    JobStatus status = JobStatus::NotStarted;
    QString details;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime endedAt;
    qint64 rowsDone = -1;
    qint64 rowsTotal = -1;
    QList<JobOutput> outputs;
    // The status object as it came, with every SAS signature masked.
    QByteArray json;

    static std::optional<JobState> fromJson(const QByteArray &json, QString *error);
    friend bool operator==(const JobState &a, const JobState &b)
    {
        return a.status == b.status && a.details == b.details && a.createdAt == b.createdAt &&
            a.startedAt == b.startedAt && a.endedAt == b.endedAt && a.rowsDone == b.rowsDone &&
            a.rowsTotal == b.rowsTotal && a.outputs == b.outputs;
    }
    friend bool operator!=(const JobState &a, const JobState &b) { return !(a == b); }
};

struct BatchJob
{
    QString id; // the service's job id
    BesEndpoint endpoint;
    QString inputFile;      // the local CSV it was made from
    QString storageSecret;  // keychain name of the storage connection string
    QString inputLocation;  // "/container/blob"
    QString outputLocation; // "/container/blob"
    JobState state;
    QDateTime submittedAt; // by this console's clock, for when the service gives no CreatedAt
    QString lastError;     // the last failed status call, for people

    QDateTime created() const { return state.createdAt.isValid() ? state.createdAt : submittedAt; }
    // Run time so far: start to end, or to now while it runs; -1 before it started.
    qint64 elapsedMs(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // Outputs keep their URLs but lose their SAS tokens; no secret value is ever in here.
    QJsonObject toJson() const;
    static BatchJob fromJson(const QJsonObject &json);
};

// "/container/blob" → {container, blob}; empty parts when malformed.
std::pair<QString, QString> splitBlobLocation(const QString &location);

} // namespace portico::client

Q_DECLARE_METATYPE(portico::client::BatchJob)
