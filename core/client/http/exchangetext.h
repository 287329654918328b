// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The sentences the console shows about an exchange: why it failed, naming the host, and
// what a server's certificate is, so the user can decide whether to trust it.

#include <QCoreApplication>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

namespace portico::client {

class ExchangeText
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeText)
public:
    // host, or host:port when the URL names a port; IPv6 addresses in brackets.
    static QString hostLabel(const QUrl &url);

    static QString cancelled(const QUrl &url);
    static QString timedOut(const QUrl &url, int timeoutMs);
    static QString tooLarge(const QUrl &url, qint64 limit);
    static QString spoolFailed(const QUrl &url, const QString &detail);
    static QString untrustedCertificate(const QUrl &url, const QString &detail);
    // Any other transport failure; qtMessage is Qt's own wording, kept as the detail.
    static QString networkError(QNetworkReply::NetworkError code, const QUrl &url, const QString &qtMessage,
                                int maxRedirects);

    // Subject, issuer, validity and SHA-256 fingerprint, one per line.
    static QString certificate(const QSslCertificate &certificate);
    // The SHA-256 fingerprint as people compare it: upper-case hex pairs joined by colons.
    static QString fingerprint(const QSslCertificate &certificate);
    // Protocol and cipher of an established session, then the certificate.
    static QString tlsSession(const QSslConfiguration &tls, bool acceptedByException);
};

} // namespace portico::client
