// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "sandbox/batch/batchservice.h"

#include "client/storage/connectionstring.h"
#include "sandbox/batch/jobrequest.h"
#include "sandbox/batch/jobrun.h"
#include "sandbox/batch/jobstatusjson.h"
#include "sandbox/http/jsonwriter.h"
#include "sandbox/scoring/azuremlerror.h"
#include "sandbox/state/jobstore.h"
#include "sandbox/state/sandboxstore.h"
#include "sandbox/storage/sandboxstorage.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcJobRun)

using namespace Qt::StringLiterals;
using portico::client::storage::ConnectionString;

namespace portico::sandbox {

const QString BatchService::kInterruptedDetails =
    u"The sandbox stopped while this job was running; the job did not finish. Submit it again."_s;

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

http::HttpResponse methodNotAllowed(const QByteArray &allow)
{
    http::HttpResponse r =
        azureMlError(405, u"MethodNotAllowed"_s, u"This resource answers %1 only."_s.arg(QString::fromLatin1(allow)));
    r.headers.set("Allow"_ba, allow);
    return r;
}

http::HttpResponse jobNotFound(const QString &id)
{
    return azureMlError(404, u"JobNotFound"_s, u"There is no batch job '%1' in this web service."_s.arg(id));
}

http::HttpResponse emptyOk()
{
    http::HttpResponse r;
    r.status = 200;
    return r;
}

bool isLoopback(const QString &host)
{
    return host == u"127.0.0.1"_s || host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0 || host == u"::1"_s;
}

} // namespace

BatchService::BatchService(SandboxStorage *storage, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
{
    m_pool.setObjectName(u"portico-batch"_s);
    if (m_storage) {
        // Remembered for `portico-sandbox credentials`, which runs as another process.
        connect(m_storage, &SandboxStorage::ready, this, [this](const QString &connectionString) {
            if (m_store && m_store->storageConnectionString() != connectionString)
                m_store->setStorageConnectionString(connectionString);
        });
    }
}

BatchService::~BatchService()
{
    for (auto &[id, run] : m_runs) {
        run->blockSignals(true);
        run->cancel();
        if (BatchJob *job = find(id); job && job->status == BatchJob::Status::Running) {
            job->status = BatchJob::Status::Failed;
            job->details = kInterruptedDetails;
            job->endMs = nowMs();
            job->rowsDone = run->progress()->rowsDone;
            job->rowsTotal = run->progress()->rowsTotal;
            save(*job);
        }
        delete run;
    }
    m_runs.clear();
    m_pool.waitForDone();
}

bool BatchService::open(const QString &databasePath, QString *error)
{
    m_store = std::make_unique<JobStore>(databasePath);
    if (!m_store->open(error))
        return false;
    m_jobs = m_store->jobs();
    for (BatchJob &job : m_jobs) {
        if (job.status == BatchJob::Status::Running) {
            job.status = BatchJob::Status::Failed;
            job.details = kInterruptedDetails;
            job.endMs = nowMs();
            save(job);
        }
    }
    return true;
}

QList<BatchJob> BatchService::jobs() const
{
    return m_jobs;
}

BatchJob *BatchService::find(const QString &id)
{
    for (BatchJob &job : m_jobs) {
        if (job.id.compare(id, Qt::CaseInsensitive) == 0)
            return &job;
    }
    return nullptr;
}

void BatchService::save(const BatchJob &job)
{
    if (m_store && !m_store->save(job))
        qCWarning(lcJobRun) << "could not save job" << job.id;
}

void BatchService::handle(const QStringList &rest, const http::HttpRequest &request,
                          const http::HttpServer::Responder &respond)
{
    if (rest.size() == 1) {
        if (request.method == "POST") {
            submit(request, respond);
        } else if (request.method == "GET") {
            QByteArray body = "[";
            for (qsizetype i = 0; i < m_jobs.size(); ++i) {
                if (i)
                    body += ',';
                body += statusJson(m_jobs.at(i));
            }
            body += ']';
            respond(http::HttpResponse::json(200, body));
        } else {
            respond(methodNotAllowed("GET, POST"));
        }
        return;
    }
    const QString id = rest.at(1);
    if (id.isEmpty()) {
        respond(azureMlError(400, u"MissingJobId"_s, u"The URL names no job id after /jobs/."_s));
        return;
    }
    if (rest.size() == 2) {
        if (request.method == "GET") {
            const BatchJob *job = find(id);
            respond(job ? http::HttpResponse::json(200, statusJson(*job)) : jobNotFound(id));
        } else if (request.method == "DELETE") {
            remove(id, respond);
        } else {
            respond(methodNotAllowed("GET, DELETE"));
        }
        return;
    }
    if (rest.size() == 3 && rest.at(2) == u"start") {
        if (request.method == "POST")
            start(id, respond);
        else
            respond(methodNotAllowed("POST"));
        return;
    }
    respond(azureMlError(404, u"ResourceNotFound"_s, u"No resource at %1."_s.arg(QString::fromUtf8(request.path))));
}

bool BatchService::needsSandboxStorage(const QStringList &connectionStrings) const
{
    for (const QString &text : connectionStrings) {
        const ConnectionString cs = ConnectionString::parse(text);
        if (cs.isDevelopmentStorage())
            return true;
        if (!m_storage || !isLoopback(cs.blobEndpoint().host()) ||
            cs.accountName() != QLatin1StringView(ConnectionString::DevelopmentAccount))
            continue;
        // An explicit endpoint on the sandbox's own Azurite port, as storageReady() handed
        // it out in an earlier run, means the sandbox's storage too.
        const QString current = m_storage->connectionString();
        const int port = cs.blobEndpoint().port();
        if (!current.isEmpty()
                ? ConnectionString::parse(current).blobEndpoint().port() == port
                : (m_storage->options().preferredPort != 0 && m_storage->options().preferredPort == port))
            return true;
    }
    return false;
}

void BatchService::submit(const http::HttpRequest &request, const http::HttpServer::Responder &respond)
{
    QJsonObject normalized;
    http::HttpResponse error;
    if (!JobRequest::parse(request.body, &normalized, &error)) {
        respond(std::move(error));
        return;
    }
    if (!needsSandboxStorage(JobRequest::connectionStrings(normalized))) {
        createJob(normalized, respond);
        return;
    }
    if (!m_storage) {
        respond(azureMlError(503, u"StorageUnavailable"_s,
                             u"This sandbox has no blob storage of its own; give the job the connection string of a "
                             "storage account."_s));
        return;
    }
    m_storage->acquire([this, normalized, respond](const QString &connectionString, const QString &message) {
        if (connectionString.isEmpty()) {
            respond(azureMlError(
                503, u"StorageUnavailable"_s,
                u"The job names the sandbox's development storage, which is not available: %1"_s.arg(message)));
            return;
        }
        createJob(normalized, respond);
    });
}

void BatchService::createJob(QJsonObject request, const http::HttpServer::Responder &respond)
{
    BatchJob job;
    job.id = SandboxStore::randomHex(16);
    job.createdMs = nowMs();
    if (request.value(u"Outputs"_s).toObject().isEmpty()) {
        // No outputs named: the table goes beside the input, in a folder named after the job.
        const BlobLocation input = JobRequest::input(request);
        request.insert(
            u"Outputs"_s,
            QJsonObject{{JobRequest::kOutputName,
                         QJsonObject{{u"ConnectionString"_s, input.connectionString},
                                     {u"RelativeLocation"_s, u"/%1/%2/output1.csv"_s.arg(input.container, job.id)}}}});
    }
    job.request = request;
    m_jobs.append(job);
    save(job);
    QByteArray body;
    http::appendJsonString(body, job.id.toUtf8());
    respond(http::HttpResponse::json(200, body));
}

void BatchService::start(const QString &id, const http::HttpServer::Responder &respond)
{
    BatchJob *job = find(id);
    if (!job) {
        respond(jobNotFound(id));
        return;
    }
    if (job->status != BatchJob::Status::NotStarted) {
        // AzureML files this under InvalidOperation rather than BadArgument.
        http::HttpResponse r = azureMlError(
            400, u"InvalidOperation"_s, u"The operation is not valid."_s, u"CannotStartJob"_s,
            u"The job cannot be started because it is in %1 state."_s.arg(BatchJob::statusName(job->status)));
        respond(std::move(r));
        return;
    }
    job->status = BatchJob::Status::Running;
    job->startMs = nowMs();
    save(*job);
    respond(emptyOk());

    if (!needsSandboxStorage(JobRequest::connectionStrings(job->request))) {
        launch(job->id);
        return;
    }
    auto fail = [this](const QString &jobId, const QString &details) { onRunFinished(jobId, false, false, details); };
    if (!m_storage) {
        fail(job->id, tr("This sandbox has no blob storage of its own."));
        return;
    }
    m_storage->acquire([this, jobId = job->id, fail](const QString &connectionString, const QString &message) {
        BatchJob *job = find(jobId);
        if (!job || job->status != BatchJob::Status::Running)
            return;
        if (connectionString.isEmpty()) {
            fail(jobId, tr("StorageUnavailable: %1").arg(message));
            return;
        }
        // Pin the job to the storage it ran on, so its result links keep their port.
        for (const QString &text : JobRequest::connectionStrings(job->request)) {
            if (ConnectionString::parse(text).isDevelopmentStorage())
                JobRequest::replaceConnectionString(&job->request, text, connectionString);
        }
        save(*job);
        launch(jobId);
    });
}

void BatchService::launch(const QString &id)
{
    BatchJob *job = find(id);
    if (!job || job->status != BatchJob::Status::Running || m_runs.count(id))
        return;
    auto *run = new JobRun(job->id, job->request, &m_pool, this);
    run->progress()->step = m_step;
    m_runs[job->id] = run;
    connect(run, &JobRun::finished, this, &BatchService::onRunFinished);
    run->start();
}

void BatchService::onRunFinished(const QString &id, bool ok, bool cancelled, const QString &details)
{
    BatchJob *job = find(id);
    const auto it = m_runs.find(id);
    JobRun *run = it == m_runs.end() ? nullptr : it->second;
    if (run) {
        m_runs.erase(it);
        run->deleteLater();
    }
    if (!job) {
        Q_EMIT runEnded(id);
        return;
    }
    if (run) {
        job->rowsDone = run->progress()->rowsDone;
        job->rowsTotal = run->progress()->rowsTotal;
    }
    if (job->status == BatchJob::Status::Running) {
        // A cancel already set Cancelled; anything else ends the run here.
        job->status = ok ? BatchJob::Status::Finished
            : cancelled  ? BatchJob::Status::Cancelled
                         : BatchJob::Status::Failed;
        job->details = ok || cancelled ? QString() : details;
        job->endMs = nowMs();
    }
    save(*job);
    Q_EMIT runEnded(id);
}

void BatchService::remove(const QString &id, const http::HttpServer::Responder &respond)
{
    BatchJob *job = find(id);
    if (!job) {
        respond(jobNotFound(id));
        return;
    }
    if (job->isTerminal()) {
        // Deleting a job that already ended takes it off the list (the blobs stay).
        const QString jobId = job->id;
        m_jobs.removeIf([&jobId](const BatchJob &j) { return j.id == jobId; });
        if (m_store)
            m_store->remove(jobId);
        respond(emptyOk());
        return;
    }
    job->status = BatchJob::Status::Cancelled;
    job->endMs = nowMs();
    if (auto it = m_runs.find(job->id); it != m_runs.end()) {
        job->rowsDone = it->second->progress()->rowsDone;
        job->rowsTotal = it->second->progress()->rowsTotal;
        it->second->cancel();
    }
    save(*job);
    respond(emptyOk());
}

QByteArray BatchService::statusJson(const BatchJob &job) const
{
    qint64 rowsDone = job.rowsDone;
    qint64 rowsTotal = job.rowsTotal;
    if (const auto it = m_runs.find(job.id); it != m_runs.end() && job.status == BatchJob::Status::Running) {
        rowsDone = it->second->progress()->rowsDone;
        rowsTotal = it->second->progress()->rowsTotal;
    }
    return jobStatusJson(job, rowsDone, rowsTotal);
}

} // namespace portico::sandbox
