// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/jobs/jobrunner.h"

#include "client/http/httpengine.h"
#include "client/jobs/besclient.h"
#include "client/secrets/secretstore.h"
#include "client/storage/blobclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace portico::client {

using storage::BlobClient;
using storage::ConnectionString;

JobRunner::JobRunner(BesClient *client, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_secrets(secrets)
{ }

JobRunner::~JobRunner()
{
    if (isBusy())
        cancel();
}

bool JobRunner::isBusy() const
{
    return m_stage == Stage::ReadingKey || m_stage == Stage::Uploading || m_stage == Stage::Submitting ||
        m_stage == Stage::Starting;
}

QString JobRunner::stageText(Stage stage)
{
    switch (stage) {
    case Stage::Idle:
        return {};
    case Stage::ReadingKey:
        return tr("Reading the storage key…");
    case Stage::Uploading:
        return tr("Uploading the input…");
    case Stage::Submitting:
        return tr("Submitting the job…");
    case Stage::Starting:
        return tr("Starting the job…");
    case Stage::Done:
        return tr("Done.");
    case Stage::Failed:
        return tr("Failed.");
    case Stage::Cancelled:
        return tr("Cancelled.");
    }
    return {};
}

void JobRunner::setStage(Stage stage)
{
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void JobRunner::fail(const QString &message)
{
    m_connectionString.clear();
    setStage(Stage::Failed);
    Q_EMIT failed(message);
}

void JobRunner::run(const Request &request)
{
    if (isBusy())
        return;
    ++m_generation;
    m_request = request;
    m_job = BatchJob();
    m_job.endpoint = request.endpoint;
    m_job.inputFile = request.inputFile;
    m_job.storageSecret = request.storageSecret;
    m_job.inputLocation = u'/' + request.container + u'/' + request.inputBlob;
    m_job.outputLocation = u'/' + request.container + u'/' + request.outputBlob;
    setStage(Stage::ReadingKey);
    const quint64 generation = m_generation;
    if (!m_secrets) {
        QMetaObject::invokeMethod(
            this, [this] { fail(tr("No keychain is available for the storage key.")); }, Qt::QueuedConnection);
        return;
    }
    m_secrets->read(request.storageSecret, this, [this, generation](const SecretStore::Result &result) {
        if (generation != m_generation || m_stage != Stage::ReadingKey)
            return;
        if (!result.ok()) {
            fail(result.status == SecretStore::Result::NotFound
                     ? tr("The storage connection string %1 is not in the keychain.").arg(m_request.storageSecret)
                     : result.message);
            return;
        }
        m_connectionString = result.value;
        upload();
    });
}

void JobRunner::upload()
{
    if (m_request.inputFile.isEmpty()) {
        submit(); // the input blob is there already (a resubmitted job)
        return;
    }
    const ConnectionString account = ConnectionString::parse(m_connectionString);
    if (!account.isValid()) {
        fail(tr("The storage connection string %1 is not usable: %2")
                 .arg(m_request.storageSecret, account.errorString()));
        return;
    }
    if (!QFileInfo(m_request.inputFile).isFile()) {
        fail(tr("The input file %1 does not exist.").arg(QDir::toNativeSeparators(m_request.inputFile)));
        return;
    }
    setStage(Stage::Uploading);
    delete m_blobs;
    m_blobs = new BlobClient(account, this, m_client->engine()->network());
    connect(m_blobs, &BlobClient::progress, this, [this](quint64 id, qint64 done, qint64 total) {
        if (id == m_blobCall)
            Q_EMIT uploadProgress(done, total);
    });
    connect(m_blobs, &BlobClient::finished, this, [this](quint64 id, const BlobClient::Result &result) {
        if (id != m_blobCall || m_stage != Stage::Uploading)
            return;
        if (!result.ok) {
            if (result.errorCode == u"Cancelled")
                return;
            fail(tr("The upload failed: %1").arg(result.message));
            return;
        }
        if (id == m_containerCall) { // the container exists now: upload into it
            m_blobCall = m_blobs->putBlob(m_request.container, m_request.inputBlob, m_request.inputFile);
            return;
        }
        submit();
    });
    m_containerCall = m_blobCall = m_blobs->createContainer(m_request.container);
}

void JobRunner::submit()
{
    setStage(Stage::Submitting);
    const quint64 generation = m_generation;
    const QJsonObject body = BesClient::submitBody(m_connectionString, m_job.inputLocation, m_job.outputLocation);
    m_besCall = m_client->submit(m_request.endpoint, body, [this, generation](const BesClient::Reply &reply) {
        if (generation != m_generation || m_stage != Stage::Submitting)
            return;
        m_besCall = 0;
        if (!reply.ok) {
            fail(tr("The service refused the job: %1").arg(reply.error));
            return;
        }
        m_job.id = reply.jobId;
        m_job.submittedAt = QDateTime::currentDateTimeUtc();
        m_job.state.status = JobStatus::NotStarted;
        Q_EMIT submitted(m_job);
        if (m_request.start)
            startJob();
        else {
            m_connectionString.clear();
            setStage(Stage::Done);
            Q_EMIT finished(m_job);
        }
    });
}

void JobRunner::startJob()
{
    setStage(Stage::Starting);
    const quint64 generation = m_generation;
    m_besCall = m_client->start(m_request.endpoint, m_job.id, [this, generation](const BesClient::Reply &reply) {
        if (generation != m_generation || m_stage != Stage::Starting)
            return;
        m_besCall = 0;
        m_connectionString.clear();
        if (!reply.ok) {
            // The job exists, not started: it stays in the list, so the user can start it later.
            fail(tr("The job %1 was submitted but did not start: %2").arg(m_job.id, reply.error));
            return;
        }
        setStage(Stage::Done);
        Q_EMIT finished(m_job);
    });
}

void JobRunner::cancel()
{
    if (!isBusy())
        return;
    const Stage was = m_stage;
    ++m_generation; // every answer still on its way is now ignored
    m_connectionString.clear();
    if (was == Stage::Uploading && m_blobs)
        m_blobs->cancel(m_blobCall);
    if ((was == Stage::Submitting || was == Stage::Starting) && m_besCall)
        m_client->cancel(m_besCall);
    m_besCall = 0;
    if (was == Stage::Starting && !m_job.id.isEmpty()) {
        // Submitted but not meant to stay: remove it, so no orphan waits on the service.
        m_client->remove(m_request.endpoint, m_job.id, [](const BesClient::Reply &) {});
    }
    setStage(Stage::Cancelled);
    Q_EMIT cancelled();
}

} // namespace portico::client
