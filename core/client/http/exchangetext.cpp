// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/http/exchangetext.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QLocale>
#include <QSslCipher>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace portico::client {

QString ExchangeText::hostLabel(const QUrl &url)
{
    QString host = url.host();
    if (host.contains(u':'))
        host = u'[' + host + u']';
    if (url.port() != -1)
        host += u':' + QString::number(url.port());
    return host;
}

QString ExchangeText::cancelled(const QUrl &url)
{
    return tr("The request to %1 was cancelled.").arg(hostLabel(url));
}

QString ExchangeText::timedOut(const QUrl &url, int timeoutMs)
{
    return tr("%1 sent nothing for %n second(s); the request timed out.", nullptr, qMax(1, (timeoutMs + 999) / 1000))
        .arg(hostLabel(url));
}

QString ExchangeText::tooLarge(const QUrl &url, qint64 limit)
{
    return tr("The response from %1 is larger than the limit of %2.")
        .arg(hostLabel(url), QLocale::system().formattedDataSize(limit));
}

QString ExchangeText::spoolFailed(const QUrl &url, const QString &detail)
{
    return tr("Cannot store the response from %1 on disk: %2").arg(hostLabel(url), detail);
}

QString ExchangeText::untrustedCertificate(const QUrl &url, const QString &detail)
{
    return tr("The TLS certificate of %1 is not trusted: %2").arg(hostLabel(url), detail);
}

QString ExchangeText::networkError(QNetworkReply::NetworkError code, const QUrl &url, const QString &qtMessage,
                                   int maxRedirects)
{
    const QString host = hostLabel(url);
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("%1 refused the connection.").arg(host);
    case QNetworkReply::HostNotFoundError:
        return tr("The host %1 was not found.").arg(url.host());
    case QNetworkReply::RemoteHostClosedError:
        return tr("%1 closed the connection before the response was complete.").arg(host);
    case QNetworkReply::SslHandshakeFailedError:
        return tr("The TLS handshake with %1 failed: %2").arg(host, qtMessage);
    case QNetworkReply::TooManyRedirectsError:
        return tr("Too many redirects: %1 redirected more than %n time(s).", nullptr, maxRedirects).arg(host);
    case QNetworkReply::InsecureRedirectError:
        return tr("%1 redirected to a less secure address; the redirect was not followed.").arg(host);
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return tr("The network is unavailable; %1 cannot be reached.").arg(host);
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return tr("The proxy failed on the way to %1: %2").arg(host, qtMessage);
    default:
        return tr("The request to %1 failed: %2").arg(host, qtMessage);
    }
}

QString ExchangeText::certificate(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return tr("The server sent no certificate.");
    QString issuer = certificate.issuerDisplayName();
    if (certificate.isSelfSigned())
        issuer = tr("%1 (self-signed)").arg(issuer);
    const QStringList lines{
        tr("Subject: %1").arg(certificate.subjectDisplayName()),
        tr("Issuer: %1").arg(issuer),
        tr("Valid from %1 to %2 (UTC)")
            .arg(certificate.effectiveDate().toUTC().toString(Qt::ISODate),
                 certificate.expiryDate().toUTC().toString(Qt::ISODate)),
        tr("SHA-256 fingerprint: %1").arg(fingerprint(certificate)),
    };
    return lines.join(u'\n');
}

QString ExchangeText::fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QString ExchangeText::tlsSession(const QSslConfiguration &tls, bool acceptedByException)
{
    QString session = tls.sessionProtocol() == QSsl::TlsV1_3 ? u"TLS 1.3"_s
        : tls.sessionProtocol() == QSsl::TlsV1_2             ? u"TLS 1.2"_s
                                                             : u"TLS"_s;
    if (!tls.sessionCipher().isNull())
        session += u", "_s + tls.sessionCipher().name();
    QString text = session + u'\n' + certificate(tls.peerCertificate());
    if (acceptedByException)
        text += u'\n' + tr("Accepted only because you chose to trust this certificate.");
    return text;
}

} // namespace portico::client
