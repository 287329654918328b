// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Talks to an AzureML Batch Execution Service: submit, start, status, delete and list jobs,
// and download their outputs. Keys are read from the keychain per call and kept in memory
// only briefly, so polling many jobs does not queue a keychain read for every request.

#include "client/jobs/batchjob.h"
#include "client/secrets/secretstore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <map>

namespace portico::client {

class HttpEngine;
class SecretStore;

class BesClient : public QObject
{
    Q_OBJECT
public:
    struct Reply
    {
        bool ok = false;
        int httpStatus = 0;         // 0 when no HTTP answer arrived
        QString error;              // for people; empty when ok
        QString errorCode;          // AzureML's detail code (e.g. CannotStartJob) when given
        int retryAfterSeconds = -1; // from Retry-After on 429/503
        bool cancelled = false;
        QString jobId;                 // submit
        std::optional<JobState> state; // status
        QList<BatchJob> jobs;          // list: id and state of each
    };
    using Callback = std::function<void(const Reply &)>;

    // secrets may be null when no endpoint refers to one.
    // The engine is shared (the transport's); the client answers only for its own requests.
    BesClient(SecretStore *secrets, HttpEngine *engine, QObject *parent = nullptr);
    HttpEngine *engine() const { return m_engine; }
    SecretStore *secrets() const { return m_secrets; }
    // Where keychain entries come from when not from secrets: a client on another thread than
    // the keychain's (which must be used from one thread only) asks there. The reader calls
    // done on this client's thread, or not at all once the client is gone.
    using SecretReader = std::function<void(const QString &name, SecretStore::Callback done)>;
    void setSecretReader(SecretReader reader) { m_secretReader = std::move(reader); }
    ~BesClient() override;

    // body is the whole submit object (Inputs, Outputs, GlobalParameters).
    quint64 submit(const BesEndpoint &endpoint, const QJsonObject &body, Callback done);
    quint64 start(const BesEndpoint &endpoint, const QString &jobId, Callback done);
    quint64 status(const BesEndpoint &endpoint, const QString &jobId, Callback done);
    quint64 remove(const BesEndpoint &endpoint, const QString &jobId, Callback done);
    quint64 list(const BesEndpoint &endpoint, Callback done);
    // GETs the URL (an output's downloadUrl()) into localPath, which appears only when the
    // whole body arrived; downloadProgress() reports on the way.
    quint64 download(const QUrl &url, const QString &localPath, Callback done);

    // The callback runs with cancelled=true, possibly before this returns.
    void cancel(quint64 id);
    int pendingCount() const { return int(m_calls.size()); }

    // The submit body for one input and one output blob, as the service documents it.
    static QJsonObject submitBody(const QString &connectionString, const QString &inputLocation,
                                  const QString &outputLocation);
    // A sentence from an AzureML or gateway error body, or the status line.
    static QString errorMessage(int status, const QByteArray &reason, const QByteArray &body, QString *code = nullptr);

Q_SIGNALS:
    void downloadProgress(quint64 id, qint64 received, qint64 total);

private:
    enum class Kind { Submit, Start, Status, Remove, List, Download };
    struct Call;

    quint64 enqueue(Kind kind, const BesEndpoint &endpoint, const QString &path, QByteArray method, QByteArray body,
                    Callback done);
    void resolveSecrets(quint64 id);
    void send(quint64 id, const QHash<QString, QString> &secrets);
    void onFinished(const Exchange &exchange);
    void finish(quint64 id, Reply reply);

    SecretStore *m_secrets;
    SecretReader m_secretReader;
    HttpEngine *m_engine;
    std::map<quint64, std::unique_ptr<Call>> m_calls;
    QHash<quint64, quint64> m_byExchange; // engine id -> call id
    quint64 m_lastId = 0;
    // name -> value, read at most kSecretCacheMs ago.
    struct CachedSecret
    {
        QString value;
        QElapsedTimer age;
    };
    QHash<QString, CachedSecret> m_secretCache;
    QHash<QString, QList<quint64>> m_secretWaiters;
};

} // namespace portico::client
