// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The web service's batch execution endpoint (BES): submit, start, status, cancel or
// remove, and list jobs. Keeps every job in SQLite so the list survives restarts; runs
// them through JobRun, CSV work on its own pool so HTTP listeners never wait for it.

#include "sandbox/state/batchjob.h"
#include "sandbox/http/httpserver.h"

#include <QObject>
#include <QThreadPool>

#include <functional>
#include <map>
#include <memory>

namespace portico::sandbox {

class JobRun;
class JobStore;
class SandboxStorage;

class BatchService : public QObject
{
    Q_OBJECT
public:
    // storage may be null (no storage of its own: jobs must name a real account).
    BatchService(SandboxStorage *storage, QObject *parent = nullptr);
    ~BatchService() override;

    // Opens the jobs table in the sandbox's database; a job that was running when the
    // sandbox last stopped is marked Failed, saying so.
    bool open(const QString &databasePath, QString *error);

    // rest: the path segments after .../services/{svc}/, starting with "jobs".
    void handle(const QStringList &rest, const http::HttpRequest &request, const http::HttpServer::Responder &respond);

    QList<BatchJob> jobs() const;
    // The status object AzureML clients read, with the sandbox's extras (Id, times, Progress).
    QByteArray statusJson(const BatchJob &job) const;

    static const QString kInterruptedDetails;

    // Called on a worker thread every few hundred rows of each job from now on, with the
    // rows done so far; it may block, holding that job mid-run (see JobProgress::step).
    void setStepObserver(std::function<void(qint64 rowsDone)> step) { m_step = std::move(step); }

Q_SIGNALS:
    // A job's work has stopped: it finished, failed or was cancelled, and its worker is done.
    void runEnded(const QString &jobId);

private:
    void submit(const http::HttpRequest &request, const http::HttpServer::Responder &respond);
    void start(const QString &id, const http::HttpServer::Responder &respond);
    void remove(const QString &id, const http::HttpServer::Responder &respond);
    void createJob(QJsonObject request, const http::HttpServer::Responder &respond);
    void launch(const QString &id);
    void onRunFinished(const QString &id, bool ok, bool cancelled, const QString &details);
    bool needsSandboxStorage(const QStringList &connectionStrings) const;
    BatchJob *find(const QString &id);
    void save(const BatchJob &job);

    SandboxStorage *m_storage;
    std::unique_ptr<JobStore> m_store;
    QList<BatchJob> m_jobs; // oldest first
    std::map<QString, JobRun *> m_runs;
    QThreadPool m_pool;
    std::function<void(qint64)> m_step;
};

} // namespace portico::sandbox
