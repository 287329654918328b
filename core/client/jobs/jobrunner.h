// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// "New batch job" from start to end: reads the storage connection string from the keychain,
// uploads the local CSV to a blob with progress, submits the job and, if asked, starts it,
// as the service's own sample client does. Every stage can be cancelled.

#include "client/jobs/batchjob.h"

#include <QObject>
#include <QPointer>

namespace portico::client {

class BesClient;
class SecretStore;
namespace storage {
class BlobClient;
}

class JobRunner : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QString inputFile;     // empty: the input blob is already there, skip the upload
        QString storageSecret; // keychain name of the connection string
        QString container;
        QString inputBlob;
        QString outputBlob;
        BesEndpoint endpoint;
        bool start = true; // false: submit only, start later
    };
    enum class Stage { Idle, ReadingKey, Uploading, Submitting, Starting, Done, Failed, Cancelled };
    Q_ENUM(Stage)

    JobRunner(BesClient *client, SecretStore *secrets, QObject *parent = nullptr);
    ~JobRunner() override;

    // Ignored unless idle or ended.
    void run(const Request &request);
    // Stops the current stage; a job already submitted is deleted on the service again.
    void cancel();
    Stage stage() const { return m_stage; }
    bool isBusy() const;
    // The job of the last run: its id is set once the service accepted it.
    const BatchJob &job() const { return m_job; }
    static QString stageText(Stage stage);

Q_SIGNALS:
    void stageChanged(portico::client::JobRunner::Stage stage);
    void uploadProgress(qint64 sent, qint64 total);
    // The service accepted the job (NotStarted); finished() follows after the start.
    void submitted(const portico::client::BatchJob &job);
    void finished(const portico::client::BatchJob &job);
    void failed(const QString &message);
    void cancelled();

private:
    void setStage(Stage stage);
    void fail(const QString &message);
    void upload();
    void submit();
    void startJob();

    BesClient *m_client;
    SecretStore *m_secrets;
    Request m_request;
    Stage m_stage = Stage::Idle;
    QString m_connectionString; // in memory for this run only
    storage::BlobClient *m_blobs = nullptr;
    quint64 m_blobCall = 0;
    quint64 m_containerCall = 0;
    quint64 m_besCall = 0;
    BatchJob m_job;
    quint64 m_generation = 0; // answers of an earlier run are ignored
};

} // namespace portico::client
