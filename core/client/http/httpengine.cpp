// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/http/httpengine.h"

#include "client/http/bodyspool.h"
#include "client/http/exchangetext.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>
#include <QThread>
#include <QTimer>

#include <climits>

using namespace Qt::StringLiterals;

namespace portico::client {

// Inside the namespace: the sandbox library defines a global lcHttp of its own.
Q_LOGGING_CATEGORY(lcHttp, "portico.client.http")

namespace {

constexpr qint64 kDefaultSpoolThreshold = 8LL * 1024 * 1024;
constexpr qint64 kDefaultMaxBodySize = 2LL * 1024 * 1024 * 1024;
// Longer waits are the user's call, not an automatic one.
constexpr int kMaxAutoRetrySeconds = 120;

// Qt turns 4xx/5xx statuses into these; the HTTP exchange itself completed.
bool isStatusError(QNetworkReply::NetworkError code)
{
    switch (code) {
    case QNetworkReply::ContentAccessDenied:
    case QNetworkReply::ContentOperationNotPermittedError:
    case QNetworkReply::ContentNotFoundError:
    case QNetworkReply::AuthenticationRequiredError:
    case QNetworkReply::ContentConflictError:
    case QNetworkReply::ContentGoneError:
    case QNetworkReply::UnknownContentError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::OperationNotImplementedError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError:
        return true;
    default:
        return false;
    }
}

bool isRedirectStatus(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// Query strings and user info may carry keys, so logs get the rest only.
QString loggableUrl(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toDisplayString();
}

QByteArray normalizedFingerprint(const QByteArray &fingerprint)
{
    if (fingerprint.size() == 32)
        return fingerprint;
    QByteArray hex = fingerprint;
    hex.replace(':', QByteArray()).replace(' ', QByteArray());
    const QByteArray raw = QByteArray::fromHex(hex);
    return raw.size() == 32 ? raw : QByteArray();
}

bool methodExpectsBody(const QByteArray &method)
{
    return method == "POST" || method == "PUT" || method == "PATCH";
}

} // namespace

struct HttpEngine::Transfer
{
    RequestSpec spec;
    Exchange exchange;
    QPointer<QNetworkReply> reply;
    std::unique_ptr<BodySpool> body; // removes an undelivered spool file when destroyed
    QElapsedTimer clock;
    QTimer retryTimer;
    Abort abort = Abort::None;
    QString abortDetail;
    bool pinned = false;
};

HttpEngine::HttpEngine(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_spoolThreshold(kDefaultSpoolThreshold)
    , m_maxBodySize(kDefaultMaxBodySize)
    , m_spoolDirectory(QDir::tempPath() + u"/portico-"_s + QString::number(QCoreApplication::applicationPid()))
{
    qRegisterMetaType<Exchange>();
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

HttpEngine::~HttpEngine()
{
    for (auto &entry : m_transfers) {
        Transfer &t = *entry.second;
        t.retryTimer.stop();
        if (t.reply) {
            t.reply->disconnect(this);
            t.reply->abort();
        }
    }
    // Their BodySpools remove the files of exchanges nobody received.
    m_transfers.clear();
}

quint64 HttpEngine::send(const RequestSpec &spec)
{
    Q_ASSERT_X(QThread::currentThread() == thread(), "HttpEngine::send", "call from the engine's thread");
    const quint64 id = ++m_lastId;
    auto transfer = std::make_unique<Transfer>();
    Transfer &t = *transfer;
    t.spec = spec;
    t.exchange.id = id;
    t.exchange.request = spec;
    t.retryTimer.setSingleShot(true);
    connect(&t.retryTimer, &QTimer::timeout, this, [this, id] {
        if (Transfer *t = find(id)) {
            ++t->exchange.attempts;
            startAttempt(*t);
        }
    });
    m_transfers.emplace(id, std::move(transfer));
    startAttempt(t);
    return id;
}

void HttpEngine::cancel(quint64 id)
{
    Transfer *t = find(id);
    if (!t)
        return;
    if (t->reply) {
        // QNetworkReply::abort() finishes synchronously, which lands in onFinished().
        t->abort = Abort::Cancel;
        t->reply->abort();
        return;
    }
    t->retryTimer.stop();
    t->exchange.cancelled = true;
    t->exchange.error = ExchangeText::cancelled(t->spec.url);
    deliver(id);
}

bool HttpEngine::isPending(quint64 id) const
{
    return find(id) != nullptr;
}

void HttpEngine::setProxy(const QNetworkProxy &proxy)
{
    m_nam->setProxy(proxy);
}

QNetworkProxy HttpEngine::proxy() const
{
    return m_nam->proxy();
}

void HttpEngine::setSpoolThreshold(qint64 bytes)
{
    m_spoolThreshold = qMax<qint64>(0, bytes);
}

void HttpEngine::setSpoolDirectory(const QString &path)
{
    m_spoolDirectory = path;
}

void HttpEngine::setMaxBodySize(qint64 bytes)
{
    m_maxBodySize = qMax<qint64>(0, bytes);
}

void HttpEngine::discardSpool(const Exchange &exchange)
{
    if (exchange.isSpooled())
        QFile::remove(exchange.bodyFile);
}

void HttpEngine::trustCertificate(const QString &host, const QByteArray &sha256Fingerprint)
{
    const QByteArray fingerprint = normalizedFingerprint(sha256Fingerprint);
    if (host.isEmpty() || fingerprint.isEmpty()) {
        qCWarning(lcHttp) << "ignoring a certificate exception without a host or a SHA-256 fingerprint";
        return;
    }
    QList<QByteArray> &pins = m_trusted[host.toLower()];
    if (!pins.contains(fingerprint))
        pins.append(fingerprint);
}

void HttpEngine::setTrustedCertificates(const QHash<QString, QList<QByteArray>> &trusted)
{
    m_trusted.clear();
    for (auto it = trusted.cbegin(); it != trusted.cend(); ++it) {
        for (const QByteArray &fingerprint : it.value())
            trustCertificate(it.key(), fingerprint);
    }
    // Connections accepted under a withdrawn exception must not be reused.
    m_nam->clearConnectionCache();
}

void HttpEngine::setAutoRetry(bool on, int maxAttempts)
{
    m_autoRetry = on;
    m_maxAttempts = qMax(1, maxAttempts);
}

HttpEngine::Transfer *HttpEngine::find(quint64 id) const
{
    const auto it = m_transfers.find(id);
    return it == m_transfers.end() ? nullptr : it->second.get();
}

void HttpEngine::startAttempt(Transfer &t)
{
    const RequestSpec &spec = t.spec;
    const quint64 id = t.exchange.id;
    const int attempts = t.exchange.attempts;
    t.exchange = Exchange();
    t.exchange.id = id;
    t.exchange.request = spec;
    t.exchange.attempts = attempts;
    t.exchange.startedAt = QDateTime::currentDateTimeUtc();
    t.clock.start();
    t.abort = Abort::None;
    t.abortDetail.clear();
    t.pinned = false;
    t.body = std::make_unique<BodySpool>(m_spoolDirectory, m_spoolThreshold);

    const QString scheme = spec.url.scheme().toLower();
    if (!spec.url.isValid() || spec.url.host().isEmpty() || (scheme != u"http"_s && scheme != u"https"_s)) {
        failSoon(t, tr("\"%1\" is not an http or https address.").arg(spec.url.toDisplayString()));
        return;
    }
    if (spec.method.isEmpty()) {
        failSoon(t, tr("The request to %1 has no method.").arg(ExchangeText::hostLabel(spec.url)));
        return;
    }

    QNetworkRequest request(spec.url);
    for (const auto &header : spec.headers) {
        if (header.first.compare("Content-Length", Qt::CaseInsensitive) == 0)
            continue;
        // QNetworkRequest keeps one value per name; repeated fields fold into a list.
        const QByteArray previous = request.rawHeader(header.first);
        request.setRawHeader(header.first, previous.isEmpty() ? header.second : previous + ", " + header.second);
    }
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         spec.followRedirects ? QNetworkRequest::NoLessSafeRedirectPolicy
                                              : QNetworkRequest::ManualRedirectPolicy);
    request.setMaximumRedirectsAllowed(qMax(0, spec.maxRedirects));
    request.setTransferTimeout(qMax(0, spec.timeoutMs));
    const bool https = scheme == u"https"_s;
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, https);
    request.setAttribute(QNetworkRequest::Http2CleartextAllowedAttribute, false);
    // A try-it tool sends what the user wrote: no remembered cookies or credentials.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);

    QIODevice *upload = nullptr;
    if (!spec.bodyFile.isEmpty()) {
        auto *file = new QFile(spec.bodyFile);
        if (!file->open(QIODevice::ReadOnly)) {
            const QString reason = file->errorString();
            delete file;
            failSoon(
                t, tr("Cannot read the request body from %1: %2").arg(QDir::toNativeSeparators(spec.bodyFile), reason));
            return;
        }
        upload = file;
    } else if (!spec.body.isEmpty() || methodExpectsBody(spec.method)) {
        auto *buffer = new QBuffer;
        buffer->setData(spec.body);
        buffer->open(QIODevice::ReadOnly);
        upload = buffer;
    }
    if (upload) {
        t.exchange.requestBodySize = upload->size();
        request.setHeader(QNetworkRequest::ContentLengthHeader, upload->size());
    }

    QNetworkReply *reply = nullptr;
    // Body-less GET, HEAD and DELETE keep Qt's method-aware handling (HEAD has no body to
    // wait for). Everything else goes out as a custom verb, because post() would invent a
    // Content-Type the user never wrote; Qt follows redirects for custom verbs the same way.
    if (!upload && spec.method == "GET")
        reply = m_nam->get(request);
    else if (!upload && spec.method == "HEAD")
        reply = m_nam->head(request);
    else if (!upload && spec.method == "DELETE")
        reply = m_nam->deleteResource(request);
    else
        reply = m_nam->sendCustomRequest(request, spec.method, upload);
    if (upload)
        upload->setParent(reply);
    t.reply = reply;
    qCDebug(lcHttp) << "request" << id << "attempt" << attempts << spec.method << loggableUrl(spec.url);

    connect(reply, &QNetworkReply::metaDataChanged, this, [this, id] { onMetaDataChanged(id); });
    connect(reply, &QNetworkReply::readyRead, this, [this, id] { onReadyRead(id); });
    connect(reply, &QNetworkReply::sslErrors, this,
            [this, id](const QList<QSslError> &errors) { onSslErrors(id, errors); });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this, id](qint64 received, qint64 total) { Q_EMIT downloadProgress(id, received, total); });
    connect(reply, &QNetworkReply::uploadProgress, this, [this, id](qint64 sent, qint64 total) {
        // Qt reports (0, 0) once the upload is over, which would wipe the UI's progress.
        if (sent != 0 || total != 0)
            Q_EMIT uploadProgress(id, sent, total);
    });
    connect(reply, &QNetworkReply::finished, this, [this, id] { onFinished(id); });
}

void HttpEngine::failSoon(Transfer &t, const QString &error)
{
    t.exchange.error = error;
    t.exchange.finishedAfterMs = t.clock.elapsed();
    const quint64 id = t.exchange.id;
    // Queued, so the caller learns the id from send() before the answer arrives.
    QTimer::singleShot(0, this, [this, id] {
        const Transfer *t = find(id);
        if (t && !t->reply && !t->retryTimer.isActive())
            deliver(id);
    });
}

void HttpEngine::onMetaDataChanged(quint64 id)
{
    Transfer *t = find(id);
    if (!t || !t->reply)
        return;
    const int status = t->reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0)
        return;
    // Qt is about to follow this one; the user sees the response it leads to.
    if (t->spec.followRedirects && isRedirectStatus(status) && t->reply->hasRawHeader("Location"))
        return;
    t->exchange.headersAfterMs = t->clock.elapsed();
    bool ok = false;
    const qint64 length = t->reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    // A HEAD response announces a body it never sends.
    if (ok && length > m_maxBodySize && t->spec.method != "HEAD") {
        abortTransfer(*t, Abort::TooLarge);
        return;
    }
    Q_EMIT headersReceived(id, status);
}

void HttpEngine::onReadyRead(quint64 id)
{
    Transfer *t = find(id);
    if (!t || !t->reply || t->abort != Abort::None)
        return;
    const QByteArray chunk = t->reply->readAll();
    if (!chunk.isEmpty())
        appendBody(*t, chunk);
}

bool HttpEngine::appendBody(Transfer &t, const QByteArray &chunk)
{
    if (t.body->size() + chunk.size() > m_maxBodySize) {
        abortTransfer(t, Abort::TooLarge);
        return false;
    }
    if (!t.body->append(chunk)) {
        abortTransfer(t, Abort::SpoolFailed, t.body->error());
        return false;
    }
    return true;
}

void HttpEngine::abortTransfer(Transfer &t, Abort reason, const QString &detail)
{
    t.abort = reason;
    t.abortDetail = detail;
    // Finishes synchronously: t is gone once this returns.
    if (QNetworkReply *reply = t.reply)
        reply->abort();
}

bool HttpEngine::isPinned(const QString &host, const QSslCertificate &leaf, const QList<QSslError> &errors) const
{
    if (leaf.isNull())
        return false;
    const QList<QByteArray> pins = m_trusted.value(host.toLower());
    if (!pins.contains(leaf.digest(QCryptographicHash::Sha256)))
        return false;
    // The exception covers this certificate's own defects, never a revocation, and never
    // a problem with some other certificate in the chain.
    for (const QSslError &error : errors) {
        if (error.error() == QSslError::CertificateRevoked || error.error() == QSslError::CertificateBlacklisted)
            return false;
        if (!error.certificate().isNull() && error.certificate() != leaf)
            return false;
    }
    return true;
}

void HttpEngine::onSslErrors(quint64 id, const QList<QSslError> &errors)
{
    Transfer *t = find(id);
    if (!t || !t->reply)
        return;
    QNetworkReply *reply = t->reply;
    QSslCertificate leaf = reply->sslConfiguration().peerCertificate();
    if (leaf.isNull() && !errors.isEmpty())
        leaf = errors.constFirst().certificate();
    const QString host = reply->url().host();
    if (isPinned(host, leaf, errors)) {
        t->pinned = true;
        reply->ignoreSslErrors(errors);
        return;
    }
    QStringList reasons;
    for (const QSslError &error : errors)
        reasons.append(error.errorString());
    t->exchange.tlsSummary = ExchangeText::certificate(leaf);
    const QString detail = reasons.join(u"; "_s);
    qCInfo(lcHttp) << "request" << id << "refused an untrusted certificate from" << host;
    Q_EMIT tlsErrors(id, host, errors, leaf);
    // A slot may have cancelled the request already.
    if (Transfer *current = find(id); current && current->reply == reply)
        abortTransfer(*current, Abort::TlsRefused, detail);
}

void HttpEngine::onFinished(quint64 id)
{
    Transfer *t = find(id);
    if (!t || !t->reply)
        return;
    QNetworkReply *reply = t->reply;
    t->reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    // With the reply detached, a failing appendBody only records why; we finish below.
    if (t->abort == Abort::None && reply->bytesAvailable() > 0)
        appendBody(*t, reply->readAll());

    Exchange &x = t->exchange;
    x.finishedAfterMs = t->clock.elapsed();
    x.finalUrl = reply->url();
    x.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    x.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    x.responseHeaders = reply->rawHeaderPairs();
    if (x.status > 0 && x.headersAfterMs < 0)
        x.headersAfterMs = x.finishedAfterMs;
    if (x.status == 403 || x.status == 429 || x.status == 503) {
        const QByteArray retryAfter = x.header("Retry-After");
        if (!retryAfter.isEmpty())
            x.retryAfterSeconds = parseRetryAfter(retryAfter, QDateTime::currentDateTimeUtc());
    }
    if (x.tlsSummary.isEmpty() && x.finalUrl.scheme() == u"https"_s) {
        const QSslConfiguration tls = reply->sslConfiguration();
        if (!tls.peerCertificate().isNull())
            x.tlsSummary = ExchangeText::tlsSession(tls, t->pinned);
    }

    const QUrl &where = x.finalUrl.isValid() ? x.finalUrl : t->spec.url;
    const QNetworkReply::NetworkError code = reply->error();
    switch (t->abort) {
    case Abort::Cancel:
        x.cancelled = true;
        x.error = ExchangeText::cancelled(where);
        break;
    case Abort::TooLarge:
        x.error = ExchangeText::tooLarge(where, m_maxBodySize);
        break;
    case Abort::SpoolFailed:
        x.error = ExchangeText::spoolFailed(where, t->abortDetail);
        break;
    case Abort::TlsRefused:
        x.error = ExchangeText::untrustedCertificate(where, t->abortDetail);
        break;
    case Abort::None:
        if (code == QNetworkReply::NoError || (x.status > 0 && isStatusError(code)))
            break;
        // Qt 6.4 reports a transfer timeout as a cancellation we did not ask for.
        if (code == QNetworkReply::TimeoutError ||
            (code == QNetworkReply::OperationCanceledError && t->spec.timeoutMs > 0)) {
            x.timedOut = true;
            x.error = ExchangeText::timedOut(where, t->spec.timeoutMs);
        } else {
            x.error = ExchangeText::networkError(code, where, reply->errorString(), t->spec.maxRedirects);
        }
        break;
    }

    x.bodySize = t->body->size();
    if (x.error.isEmpty() && t->body->isSpooled()) {
        x.bodyFile = t->body->takeFile();
    } else {
        // A partial body stays readable when it is small; a half-written file is nobody's
        // and goes when the BodySpool does.
        x.body = t->body->takeBody();
    }
    if (!x.error.isEmpty())
        qCInfo(lcHttp) << "request" << id << "failed:" << code << "status" << x.status;

    if (x.error.isEmpty() && m_autoRetry && (x.status == 429 || x.status == 503) && x.retryAfterSeconds >= 0 &&
        x.retryAfterSeconds <= kMaxAutoRetrySeconds && x.attempts < m_maxAttempts) {
        scheduleRetry(*t);
        return;
    }
    deliver(id);
}

void HttpEngine::scheduleRetry(Transfer &t)
{
    // The response being retried is never delivered, so its spool file is ours to drop.
    if (t.exchange.isSpooled()) {
        QFile::remove(t.exchange.bodyFile);
        t.exchange.bodyFile.clear();
    }
    const quint64 id = t.exchange.id;
    const int seconds = t.exchange.retryAfterSeconds;
    const int attempt = t.exchange.attempts + 1;
    qCDebug(lcHttp) << "request" << id << "retries in" << seconds << "s, attempt" << attempt;
    t.retryTimer.start(seconds * 1000);
    Q_EMIT retryScheduled(id, seconds, attempt);
}

void HttpEngine::deliver(quint64 id)
{
    const auto it = m_transfers.find(id);
    if (it == m_transfers.end())
        return;
    const Exchange exchange = std::move(it->second->exchange);
    m_transfers.erase(it);
    Q_EMIT finished(exchange);
}

int HttpEngine::parseRetryAfter(QByteArrayView value, const QDateTime &now)
{
    const QByteArray text = value.trimmed().toByteArray();
    if (text.isEmpty())
        return -1;
    bool digitsOnly = true;
    for (char c : text)
        digitsOnly = digitsOnly && c >= '0' && c <= '9';
    if (digitsOnly) {
        if (text.size() > 9)
            return INT_MAX;
        return text.toInt();
    }
    // RFC 9110 §5.6.7: IMF-fixdate, or the obsolete RFC 850 and asctime forms. The weekday
    // is redundant, and a wrong one should not void the date, so it is dropped.
    QString date = QString::fromLatin1(text).simplified();
    const qsizetype comma = date.indexOf(u',');
    if (comma >= 0)
        date = date.mid(comma + 1).trimmed();
    else
        date = date.section(u' ', 1);
    const QLocale c = QLocale::c();
    QDateTime when = c.toDateTime(date, u"d MMM yyyy hh:mm:ss 'GMT'"_s);
    if (!when.isValid()) {
        when = c.toDateTime(date, u"d-MMM-yy hh:mm:ss 'GMT'"_s);
        // Qt reads a two-digit year as 19xx; RFC 850 dates this old are not meant.
        if (when.isValid() && when.date().year() < 1970)
            when = when.addYears(100);
    }
    if (!when.isValid())
        when = c.toDateTime(date, u"MMM d hh:mm:ss yyyy"_s);
    if (!when.isValid())
        return -1;
    when = QDateTime(when.date(), when.time(), Qt::UTC);
    const qint64 ms = now.msecsTo(when);
    if (ms <= 0)
        return 0;
    return int(qMin<qint64>((ms + 999) / 1000, INT_MAX));
}

} // namespace portico::client
