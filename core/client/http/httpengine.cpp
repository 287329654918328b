// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/http/httpengine.h"

#include "client/http/bodyspool.h"
#include "client/http/exchangetext.h"
#include "client/http/networkrequest.h"
#include "client/http/retryafter.h"
#include "client/http/truststore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace portico::client {

// Inside the namespace: the sandbox library defines a global lcHttp of its own.
Q_LOGGING_CATEGORY(lcHttp, "portico.client.http")

namespace {

constexpr qint64 kDefaultSpoolThreshold = 8LL * 1024 * 1024;
constexpr qint64 kDefaultMaxBodySize = 2LL * 1024 * 1024 * 1024;
// Longer waits are the user's call, not an automatic one.
constexpr int kMaxAutoRetrySeconds = 120;

bool isRedirectStatus(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// Query strings and user info may carry keys, so logs get the rest only.
QString loggableUrl(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toDisplayString();
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

HttpEngine::HttpEngine(TrustStore *trust, QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_spoolThreshold(kDefaultSpoolThreshold)
    , m_maxBodySize(kDefaultMaxBodySize)
    , m_spoolDirectory(QDir::tempPath() + u"/portico-"_s + QString::number(QCoreApplication::applicationPid()))
    , m_trust(trust ? trust : new TrustStore(this))
{
    qRegisterMetaType<Exchange>();
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    // Connections accepted under a withdrawn exception must not be reused. Queued when the
    // store lives on another thread.
    connect(m_trust, &TrustStore::exceptionsReplaced, this, [this] { m_nam->clearConnectionCache(); });
    connect(m_nam, &QNetworkAccessManager::sslErrors, this, &HttpEngine::onForeignSslErrors);
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
    t.body = std::make_unique<BodySpool>(spec.spoolDirectory.isEmpty() ? m_spoolDirectory : spec.spoolDirectory,
                                         m_spoolThreshold);

    const QString scheme = spec.url.scheme().toLower();
    if (!spec.url.isValid() || spec.url.host().isEmpty() || (scheme != u"http"_s && scheme != u"https"_s)) {
        failSoon(t, tr("\"%1\" is not an http or https address.").arg(spec.url.toDisplayString()));
        return;
    }
    if (spec.method.isEmpty()) {
        failSoon(t, tr("The request to %1 has no method.").arg(ExchangeText::hostLabel(spec.url)));
        return;
    }

    QNetworkRequest request = networkRequest(spec, m_userAgent);
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

void HttpEngine::onForeignSslErrors(QNetworkReply *reply, const QList<QSslError> &errors)
{
    // Replies of this engine's own transfers are judged in onSslErrors(), with the prompt.
    for (const auto &entry : m_transfers) {
        if (entry.second->reply == reply)
            return;
    }
    QSslCertificate leaf = reply->sslConfiguration().peerCertificate();
    if (leaf.isNull() && !errors.isEmpty())
        leaf = errors.constFirst().certificate();
    if (m_trust->accepts(reply->url().host(), leaf, errors))
        reply->ignoreSslErrors(errors);
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
    if (m_trust->accepts(host, leaf, errors)) {
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

    if (x.error.isEmpty() && (x.status == 429 || x.status == 503) && x.retryAfterSeconds >= 0 &&
        x.retryAfterSeconds <= kMaxAutoRetrySeconds && x.attempts < t->spec.maxAttempts) {
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

} // namespace portico::client
