// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Runs one batch job: downloads the input blob, hashes it on the worker pool, uploads the
// table to each output blob. Blob I/O is asynchronous on this object's thread (the
// sandbox's); nothing here blocks it. Says finished() exactly once.

#include "sandbox/batch/csvhasher.h"
#include "sandbox/batch/jobrequest.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

class QThreadPool;

namespace portico::client::storage {
class BlobClient;
}

namespace portico::sandbox {

class JobRun : public QObject
{
    Q_OBJECT
public:
    // request: the job's normalised request, connection strings already resolved.
    JobRun(const QString &jobId, const QJsonObject &request, QThreadPool *pool, QObject *parent = nullptr);
    ~JobRun() override;

    void start();
    // Stops within a fraction of a second; finished() then reports cancelled.
    void cancel();
    const std::shared_ptr<JobProgress> &progress() const { return m_progress; }
    QString jobId() const { return m_jobId; }

Q_SIGNALS:
    void finished(const QString &jobId, bool ok, bool cancelled, const QString &details);

private:
    void download();
    void hash();
    void uploadNext();
    void finish(bool ok, const QString &details);
    client::storage::BlobClient *clientFor(const QString &connectionString);

    QString m_jobId;
    QJsonObject m_request;
    QThreadPool *m_pool;
    std::shared_ptr<JobProgress> m_progress = std::make_shared<JobProgress>();
    QTemporaryDir m_dir;
    QString m_inputPath;
    std::map<CsvHasher::OutputFormat, QString> m_outputFiles;
    QList<std::pair<QString, BlobLocation>> m_outputs;
    qsizetype m_nextOutput = 0;
    bool m_outputContainerReady = false;
    client::storage::BlobClient *m_pending = nullptr;
    quint64 m_pendingId = 0;
    bool m_done = false;
};

} // namespace portico::sandbox
