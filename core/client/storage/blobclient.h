// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Talks to Azure Blob Storage (or Azurite) with Shared Key: containers, uploads and
// downloads streamed between disk and network, deletes. Every call starts an
// asynchronous operation and returns its id; finished() reports each id exactly once.
// Lives on one thread with its own QNetworkAccessManager, so the console and the
// sandbox can each own one.

#include "client/storage/connectionstring.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <map>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace portico::client::storage {

class BlobClient : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool ok = false;
        int httpStatus = 0; // 0 when no HTTP answer arrived
        QString errorCode;  // x-ms-error-code or the XML <Code>, e.g. BlobNotFound
        QString message;    // for people; never contains the key or a signature
    };

    // Files up to this size go up in one Put Blob; larger ones in blocks of this size.
    static constexpr qint64 BlockSize = 4 * 1024 * 1024;

    // Over network when given (the console's engine's manager, so its proxy and certificate
    // exceptions apply; it must outlive the client), else over a manager of its own.
    explicit BlobClient(const ConnectionString &account, QObject *parent = nullptr,
                        QNetworkAccessManager *network = nullptr);
    ~BlobClient() override;

    // A 409 ContainerAlreadyExists counts as success.
    quint64 createContainer(const QString &container);
    quint64 putBlob(const QString &container, const QString &blob, const QString &localPath);
    // The local file appears only when the whole blob arrived.
    quint64 getBlob(const QString &container, const QString &blob, const QString &localPath);
    quint64 deleteBlob(const QString &container, const QString &blob);
    // Finishes the operation with errorCode "Cancelled", after this returns; unknown or
    // finished ids are ignored.
    void cancel(quint64 id);
    bool isPending(quint64 id) const;

    QUrl containerUrl(const QString &container) const;
    QUrl blobUrl(const QString &container, const QString &blob) const;
    const ConnectionString &account() const { return m_account; }

Q_SIGNALS:
    void progress(quint64 id, qint64 done, qint64 total);
    void finished(quint64 id, const portico::client::storage::BlobClient::Result &result);

private:
    struct Operation;

    quint64 start(std::unique_ptr<Operation> op);
    QNetworkRequest signedRequest(const QUrl &url, const QByteArray &verb,
                                  const QList<std::pair<QByteArray, QByteArray>> &headers, qint64 contentLength) const;
    void attach(Operation &op, QNetworkReply *reply);
    void sendBlocks(Operation &op);
    void sendBlockList(Operation &op);
    void reportUploadProgress(Operation &op);
    void abortReplies(Operation &op);
    void onReadyRead(quint64 id);
    void onBlockFinished(quint64 id, QNetworkReply *reply);
    void onReplyFinished(quint64 id);
    void failSoon(quint64 id, const QString &code, const QString &message);
    void complete(quint64 id, Result result);
    Result errorResult(const Operation &op, QNetworkReply *reply) const;

    ConnectionString m_account;
    QByteArray m_key;
    QNetworkAccessManager *m_nam;
    std::map<quint64, std::unique_ptr<Operation>> m_operations;
    quint64 m_lastId = 0;
};

} // namespace portico::client::storage

Q_DECLARE_METATYPE(portico::client::storage::BlobClient::Result)
