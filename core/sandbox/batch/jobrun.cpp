// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "sandbox/batch/jobrun.h"

#include "client/storage/blobclient.h"
#include "client/storage/connectionstring.h"

#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcJobRun, "portico.sandbox.batch")

using namespace Qt::StringLiterals;
using portico::client::storage::BlobClient;
using portico::client::storage::ConnectionString;

namespace portico::sandbox {

JobRun::JobRun(const QString &jobId, const QJsonObject &request, QThreadPool *pool, QObject *parent)
    : QObject(parent)
    , m_jobId(jobId)
    , m_request(request)
    , m_pool(pool)
    , m_outputs(JobRequest::outputs(request))
{ }

JobRun::~JobRun()
{
    m_progress->cancel = true;
}

BlobClient *JobRun::clientFor(const QString &connectionString)
{
    // One client per transfer keeps the bookkeeping trivial; each is parented here.
    auto *client = new BlobClient(ConnectionString::parse(connectionString), this);
    return client;
}

void JobRun::start()
{
    if (!m_dir.isValid()) {
        finish(false, tr("Cannot create a temporary folder for the job: %1").arg(m_dir.errorString()));
        return;
    }
    m_inputPath = m_dir.filePath(u"input"_s);
    for (const auto &[name, location] : m_outputs) {
        CsvHasher::OutputFormat format = CsvHasher::OutputFormat::Csv;
        CsvHasher::formatFor(location.blob, &format);
        const char *suffix = format == CsvHasher::OutputFormat::Csv ? "output.csv"
            : format == CsvHasher::OutputFormat::Tsv                ? "output.tsv"
                                                                    : "output.arff";
        m_outputFiles[format] = m_dir.filePath(QString::fromLatin1(suffix));
    }
    download();
}

void JobRun::download()
{
    const BlobLocation input = JobRequest::input(m_request);
    BlobClient *client = clientFor(input.connectionString);
    m_pending = client;
    connect(client, &BlobClient::finished, this, [this, client, input](quint64, const BlobClient::Result &result) {
        m_pending = nullptr;
        client->deleteLater();
        if (m_done)
            return;
        if (result.ok) {
            hash();
            return;
        }
        if (result.errorCode == u"BlobNotFound"_s || result.errorCode == u"ContainerNotFound"_s) {
            finish(false,
                   tr("BlobNotFound: the input blob '%1/%2' does not exist in storage account '%3'.")
                       .arg(input.container, input.blob, client->account().accountName()));
        } else {
            finish(false,
                   tr("The input blob '%1/%2' could not be read: %3").arg(input.container, input.blob, result.message));
        }
    });
    m_pendingId = client->getBlob(input.container, input.blob, m_inputPath);
}

void JobRun::hash()
{
    const BlobLocation input = JobRequest::input(m_request);
    const char delimiter = input.blob.endsWith(u".tsv"_s, Qt::CaseInsensitive) ? '\t' : ',';
    auto *watcher = new QFutureWatcher<CsvHasher::Result>(this);
    connect(watcher, &QFutureWatcher<CsvHasher::Result>::finished, this, [this, watcher] {
        const CsvHasher::Result result = watcher->result();
        watcher->deleteLater();
        if (m_done)
            return;
        if (result.cancelled) {
            finish(false, QString());
            return;
        }
        if (!result.ok) {
            finish(false, result.details);
            return;
        }
        uploadNext();
    });
    watcher->setFuture(QtConcurrent::run(
        m_pool,
        [path = m_inputPath, delimiter, outputs = m_outputFiles, parameters = JobRequest::parameters(m_request),
         progress = m_progress] { return CsvHasher::run(path, delimiter, outputs, parameters, progress.get()); }));
}

void JobRun::uploadNext()
{
    if (m_done)
        return;
    if (m_nextOutput >= m_outputs.size()) {
        finish(true, QString());
        return;
    }
    const auto &[name, location] = m_outputs.at(m_nextOutput);
    BlobClient *client = clientFor(location.connectionString);
    m_pending = client;
    const bool creatingContainer = !m_outputContainerReady;
    connect(client, &BlobClient::finished, this,
            [this, client, creatingContainer, location = location](quint64, const BlobClient::Result &result) {
                m_pending = nullptr;
                client->deleteLater();
                if (m_done)
                    return;
                if (!result.ok) {
                    finish(false,
                           tr("The output blob '%1/%2' could not be written: %3")
                               .arg(location.container, location.blob, result.message));
                    return;
                }
                if (creatingContainer) {
                    m_outputContainerReady = true;
                } else {
                    m_outputContainerReady = false;
                    ++m_nextOutput;
                }
                uploadNext();
            });
    if (creatingContainer) {
        m_pendingId = client->createContainer(location.container);
    } else {
        CsvHasher::OutputFormat format = CsvHasher::OutputFormat::Csv;
        CsvHasher::formatFor(location.blob, &format);
        m_pendingId = client->putBlob(location.container, location.blob, m_outputFiles.at(format));
    }
}

void JobRun::cancel()
{
    m_progress->cancel = true;
    if (m_pending)
        m_pending->cancel(m_pendingId);
}

void JobRun::finish(bool ok, const QString &details)
{
    if (m_done)
        return;
    m_done = true;
    const bool cancelled = m_progress->cancel.load();
    qCDebug(lcJobRun) << "job" << m_jobId << (ok ? "finished" : cancelled ? "cancelled" : "failed") << details;
    Q_EMIT finished(m_jobId, ok && !cancelled, cancelled, details);
}

} // namespace portico::sandbox
