// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/jobs/batchjob.h"

#include "client/secrets/redactor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace portico::client {

namespace {

QDateTime parseTime(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(value.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

qint64 count(const QJsonValue &value)
{
    if (value.isDouble())
        return qint64(value.toDouble());
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().toLongLong(&ok);
        return ok ? n : -1;
    }
    return -1;
}

QString stripSlashes(QString s, bool leading, bool trailing)
{
    while (leading && s.startsWith(u'/'))
        s.remove(0, 1);
    while (trailing && s.endsWith(u'/'))
        s.chop(1);
    return s;
}

} // namespace

std::optional<JobStatus> parseJobStatus(const QJsonValue &value)
{
    if (value.isDouble()) {
        const int n = value.toInt(-1);
        if (n >= 0 && n <= 4)
            return JobStatus(n);
        return std::nullopt;
    }
    const QString name = value.toString().trimmed();
    static const QString names[] = {u"NotStarted"_s, u"Running"_s, u"Failed"_s, u"Cancelled"_s, u"Finished"_s};
    for (int i = 0; i < 5; ++i) {
        if (name.compare(names[i], Qt::CaseInsensitive) == 0)
            return JobStatus(i);
    }
    // Some services spell it the American way, and some send the number as text.
    if (name.compare("Canceled"_L1, Qt::CaseInsensitive) == 0)
        return JobStatus::Cancelled;
    bool ok = false;
    const int n = name.toInt(&ok);
    if (ok && n >= 0 && n <= 4)
        return JobStatus(n);
    return std::nullopt;
}

QString jobStatusName(JobStatus status)
{
    switch (status) {
    case JobStatus::NotStarted:
        return QCoreApplication::translate("JobStatus", "Not started");
    case JobStatus::Running:
        return QCoreApplication::translate("JobStatus", "Running");
    case JobStatus::Failed:
        return QCoreApplication::translate("JobStatus", "Failed");
    case JobStatus::Cancelled:
        return QCoreApplication::translate("JobStatus", "Cancelled");
    case JobStatus::Finished:
        return QCoreApplication::translate("JobStatus", "Finished");
    }
    return {};
}

QJsonObject BesEndpoint::toJson() const
{
    QJsonArray h;
    for (const auto &[name, value] : headers)
        // A literal key typed into an environment stays out of the file; references stay.
        h.append(QJsonObject{{u"name"_s, QString::fromLatin1(name)},
                             {u"value"_s, QString::fromUtf8(redactHeaderValue(name, value))}});
    return {{u"apiId"_s, apiId},
            {u"environment"_s, environment},
            {u"jobsUrl"_s, jobsUrl.toString(QUrl::FullyEncoded)},
            {u"headers"_s, h}};
}

BesEndpoint BesEndpoint::fromJson(const QJsonObject &json)
{
    BesEndpoint e;
    e.apiId = json.value("apiId"_L1).toString();
    e.environment = json.value("environment"_L1).toString();
    e.jobsUrl = QUrl(json.value("jobsUrl"_L1).toString(), QUrl::StrictMode);
    for (const QJsonValue &v : json.value("headers"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        e.headers.append({o.value("name"_L1).toString().toLatin1(), o.value("value"_L1).toString().toUtf8()});
    }
    return e;
}

QUrl JobOutput::url() const
{
    // Plain concatenation as the service documents it, but never with a doubled slash,
    // which storage rejects.
    const QString base = stripSlashes(baseLocation, false, true);
    const QString relative = stripSlashes(relativeLocation, true, false);
    return QUrl(base + u'/' + relative, QUrl::StrictMode);
}

QUrl JobOutput::downloadUrl() const
{
    QString token = sasToken;
    if (token.startsWith(u'?'))
        token.remove(0, 1);
    QUrl u = url();
    if (!token.isEmpty())
        u.setQuery(token, QUrl::StrictMode);
    return u;
}

std::optional<JobState> JobState::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error) {
            *error = parseError.error != QJsonParseError::NoError
                ? QCoreApplication::translate("JobState", "The job status is not valid JSON: %1")
                      .arg(parseError.errorString())
                : QCoreApplication::translate("JobState", "The job status is not a JSON object.");
        }
        return std::nullopt;
    }
    QJsonObject o = doc.object();
    const std::optional<JobStatus> status = parseJobStatus(o.value("StatusCode"_L1));
    if (!status) {
        if (error)
            *error = QCoreApplication::translate("JobState", "The job status has no StatusCode the console knows.");
        return std::nullopt;
    }
    JobState s;
    s.status = *status;
    const QJsonValue details = o.value("Details"_L1);
    if (details.isString())
        s.details = details.toString();
    else if (details.isObject())
        s.details = QString::fromUtf8(QJsonDocument(details.toObject()).toJson(QJsonDocument::Compact));
    else if (details.isArray())
        s.details = QString::fromUtf8(QJsonDocument(details.toArray()).toJson(QJsonDocument::Compact));
    s.createdAt = parseTime(o.value("CreatedAt"_L1));
    s.startedAt = parseTime(o.value("StartTime"_L1));
    s.endedAt = parseTime(o.value("EndTime"_L1));
    const QJsonObject progress = o.value("Progress"_L1).toObject();
    s.rowsDone = count(progress.value("RowsDone"_L1));
    s.rowsTotal = count(progress.value("RowsTotal"_L1));

    QJsonObject results = o.value("Results"_L1).toObject();
    for (auto it = results.begin(); it != results.end(); ++it) {
        QJsonObject r = it.value().toObject();
        JobOutput out;
        out.name = it.key();
        out.baseLocation = r.value("BaseLocation"_L1).toString();
        out.relativeLocation = r.value("RelativeLocation"_L1).toString();
        out.sasToken = r.value("SasBlobToken"_L1).toString();
        s.outputs.append(out);
        // What is kept and shown of the answer carries no signature.
        if (r.contains("SasBlobToken"_L1)) {
            r.insert("SasBlobToken"_L1, redactConnectionString(out.sasToken));
            it.value() = r;
        }
    }
    if (!results.isEmpty())
        o.insert("Results"_L1, results);
    s.json = QJsonDocument(o).toJson(QJsonDocument::Indented);
    return s;
}

qint64 BatchJob::elapsedMs(const QDateTime &now) const
{
    if (!state.startedAt.isValid())
        return -1;
    const QDateTime end = state.endedAt.isValid() ? state.endedAt : (isTerminal(state.status) ? state.startedAt : now);
    return std::max<qint64>(0, state.startedAt.msecsTo(end));
}

QJsonObject BatchJob::toJson() const
{
    QJsonArray outputs;
    for (const JobOutput &out : state.outputs) {
        outputs.append(QJsonObject{{u"name"_s, out.name},
                                   {u"baseLocation"_s, out.baseLocation},
                                   {u"relativeLocation"_s, out.relativeLocation}});
    }
    return {{u"id"_s, id},
            {u"endpoint"_s, endpoint.toJson()},
            {u"inputFile"_s, inputFile},
            {u"storageSecret"_s, storageSecret},
            {u"inputLocation"_s, inputLocation},
            {u"outputLocation"_s, outputLocation},
            {u"status"_s, int(state.status)},
            {u"details"_s, state.details},
            {u"createdAt"_s, timeText(state.createdAt)},
            {u"startedAt"_s, timeText(state.startedAt)},
            {u"endedAt"_s, timeText(state.endedAt)},
            {u"rowsDone"_s, double(state.rowsDone)},
            {u"rowsTotal"_s, double(state.rowsTotal)},
            {u"outputs"_s, outputs},
            {u"statusJson"_s, QString::fromUtf8(state.json)},
            {u"submittedAt"_s, timeText(submittedAt)},
            {u"lastError"_s, lastError}};
}

BatchJob BatchJob::fromJson(const QJsonObject &json)
{
    BatchJob j;
    j.id = json.value("id"_L1).toString();
    j.endpoint = BesEndpoint::fromJson(json.value("endpoint"_L1).toObject());
    j.inputFile = json.value("inputFile"_L1).toString();
    j.storageSecret = json.value("storageSecret"_L1).toString();
    j.inputLocation = json.value("inputLocation"_L1).toString();
    j.outputLocation = json.value("outputLocation"_L1).toString();
    j.state.status = parseJobStatus(json.value("status"_L1)).value_or(JobStatus::NotStarted);
    j.state.details = json.value("details"_L1).toString();
    j.state.createdAt = parseTime(json.value("createdAt"_L1));
    j.state.startedAt = parseTime(json.value("startedAt"_L1));
    j.state.endedAt = parseTime(json.value("endedAt"_L1));
    j.state.rowsDone = count(json.value("rowsDone"_L1));
    j.state.rowsTotal = count(json.value("rowsTotal"_L1));
    for (const QJsonValue &v : json.value("outputs"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        j.state.outputs.append(JobOutput{o.value("name"_L1).toString(), o.value("baseLocation"_L1).toString(),
                                         o.value("relativeLocation"_L1).toString(), QString()});
    }
    j.state.json = json.value("statusJson"_L1).toString().toUtf8();
    j.submittedAt = parseTime(json.value("submittedAt"_L1));
    j.lastError = json.value("lastError"_L1).toString();
    return j;
}

std::pair<QString, QString> splitBlobLocation(const QString &location)
{
    const QString path = stripSlashes(location.trimmed(), true, false);
    const qsizetype slash = path.indexOf(u'/');
    if (slash <= 0 || slash == path.size() - 1)
        return {};
    return {path.left(slash), path.mid(slash + 1)};
}

} // namespace portico::client
