// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Sends the console's requests over one QNetworkAccessManager and answers each with an
// Exchange: large bodies spooled to disk, human-readable errors, user-pinned TLS exceptions
// and optional Retry-After retries. Lives on one thread; call it only from there.
// ExchangeText words the errors and describes certificates for the trust prompt.

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

namespace portico::client {

class HttpEngine : public QObject
{
    Q_OBJECT
public:
    explicit HttpEngine(QObject *parent = nullptr);
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

    qint64 spoolThreshold() const { return m_spoolThreshold; }
    void setSpoolThreshold(qint64 bytes);
    QString spoolDirectory() const { return m_spoolDirectory; }
    void setSpoolDirectory(const QString &path);
    qint64 maxBodySize() const { return m_maxBodySize; }
    void setMaxBodySize(qint64 bytes);
    // Removes the exchange's spool file, if it has one.
    static void discardSpool(const Exchange &exchange);

    // Later requests to host accept exactly this leaf certificate despite its TLS errors.
    // The fingerprint is the SHA-256 digest, raw (32 bytes) or hex with or without colons.
    void trustCertificate(const QString &host, const QByteArray &sha256Fingerprint);
    // Host -> raw SHA-256 digests, for the caller to persist and restore.
    QHash<QString, QList<QByteArray>> trustedCertificates() const { return m_trusted; }
    void setTrustedCertificates(const QHash<QString, QList<QByteArray>> &trusted);

    // maxAttempts counts every send, the first included.
    void setAutoRetry(bool on, int maxAttempts = 3);
    bool autoRetry() const { return m_autoRetry; }
    int autoRetryMaxAttempts() const { return m_maxAttempts; }

    // Seconds to wait from a Retry-After value (delay-seconds or HTTP-date); -1 if unusable.
    static int parseRetryAfter(QByteArrayView value, const QDateTime &now);

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
    bool isPinned(const QString &host, const QSslCertificate &leaf, const QList<QSslError> &errors) const;

    QNetworkAccessManager *m_nam;
    std::map<quint64, std::unique_ptr<Transfer>> m_transfers;
    quint64 m_lastId = 0;
    qint64 m_spoolThreshold;
    qint64 m_maxBodySize;
    QString m_spoolDirectory;
    QHash<QString, QList<QByteArray>> m_trusted;
    bool m_autoRetry = false;
    int m_maxAttempts = 3;
};

} // namespace portico::client
