// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Sends requests over one QNetworkAccessManager and answers each with an Exchange: large
// bodies spooled to disk, human-readable errors, the user's TLS exceptions (a TrustStore
// shared by every engine) and optional Retry-After retries. Lives on one thread; call it only
// from there. Transport hands out one per thread. ExchangeText words the errors and describes
// certificates for the trust prompt.

#include "client/http/exchange.h"

#include <QHash>
#include <QList>
#include <QNetworkProxy>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>

#include <map>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace portico::client {

class TrustStore;

class HttpEngine : public QObject
{
    Q_OBJECT
public:
    // Without a trust store of its own, the engine keeps one in memory.
    explicit HttpEngine(TrustStore *trust = nullptr, QObject *parent = nullptr);
    // Removes the spool files of exchanges still in flight; delivered ones stay.
    ~HttpEngine() override;

    // Every id gets exactly one finished(), never from inside send() itself.
    quint64 send(const RequestSpec &spec);
    // Ends a request in flight or waiting for a retry with cancelled=true; finished() may
    // be emitted before this returns. Unknown or finished ids are ignored.
    void cancel(quint64 id);
    bool isPending(quint64 id) const;

    // Replaces the system proxy configuration for this engine's requests.
    void setProxy(const QNetworkProxy &proxy);
    QNetworkProxy proxy() const;
    // Sent as User-Agent unless a request names its own.
    void setUserAgent(const QByteArray &userAgent) { m_userAgent = userAgent; }
    QByteArray userAgent() const { return m_userAgent; }
    TrustStore *trustStore() const { return m_trust; }
    // The manager underneath, for code that needs a QNetworkAccessManager of its own kind (the
    // blob client): its requests take this engine's proxy and certificate exceptions too.
    QNetworkAccessManager *network() const { return m_nam; }

    qint64 spoolThreshold() const { return m_spoolThreshold; }
    void setSpoolThreshold(qint64 bytes);
    // Where bodies over the threshold go, unless a request names its own spoolDirectory.
    QString spoolDirectory() const { return m_spoolDirectory; }
    void setSpoolDirectory(const QString &path);
    qint64 maxBodySize() const { return m_maxBodySize; }
    void setMaxBodySize(qint64 bytes);
    // Removes the exchange's spool file, if it has one.
    static void discardSpool(const Exchange &exchange);

Q_SIGNALS:
    void finished(const portico::client::Exchange &exchange);
    void headersReceived(quint64 id, int status);
    void downloadProgress(quint64 id, qint64 received, qint64 total);
    void uploadProgress(quint64 id, qint64 sent, qint64 total);
    void tlsErrors(quint64 id, const QString &host, const QList<QSslError> &errors, const QSslCertificate &leaf);
    void retryScheduled(quint64 id, int seconds, int attempt);

private:
    struct Transfer;
    enum class Abort { None, Cancel, TooLarge, SpoolFailed, TlsRefused };

    Transfer *find(quint64 id) const;
    void startAttempt(Transfer &transfer);
    void failSoon(Transfer &transfer, const QString &error);
    void onMetaDataChanged(quint64 id);
    void onReadyRead(quint64 id);
    void onSslErrors(quint64 id, const QList<QSslError> &errors);
    void onFinished(quint64 id);
    bool appendBody(Transfer &transfer, const QByteArray &chunk);
    void abortTransfer(Transfer &transfer, Abort reason, const QString &detail = QString());
    void scheduleRetry(Transfer &transfer);
    void deliver(quint64 id);
    void onForeignSslErrors(QNetworkReply *reply, const QList<QSslError> &errors);

    QNetworkAccessManager *m_nam;
    std::map<quint64, std::unique_ptr<Transfer>> m_transfers;
    quint64 m_lastId = 0;
    qint64 m_spoolThreshold;
    qint64 m_maxBodySize;
    QString m_spoolDirectory;
    TrustStore *m_trust;
    QByteArray m_userAgent;
};

} // namespace portico::client
