// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/jobs/besclient.h"

#include "client/catalog/variables.h"
#include "client/common/savefile.h"
#include "client/http/httpengine.h"
#include "client/secrets/secretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace portico::client {

Q_LOGGING_CATEGORY(lcBes, "portico.jobs.bes")

namespace {

// Long enough that a thousand polls share one keychain read, short enough that a key
// changed in the Keys dialog is used within a minute.
constexpr qint64 kSecretCacheMs = 60'000;
constexpr auto kApiVersion = "?api-version=2.0"_L1;

} // namespace

struct BesClient::Call
{
    Kind kind = Kind::Status;
    RequestSpec spec;
    QString localPath;
    QStringList secretNames; // referenced by the headers
    Callback done;
    quint64 exchangeId = 0;
};

BesClient::BesClient(SecretStore *secrets, HttpEngine *engine, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_engine(engine)
{
    connect(m_engine, &HttpEngine::finished, this, &BesClient::onFinished);
    connect(m_engine, &HttpEngine::downloadProgress, this, [this](quint64 exchangeId, qint64 received, qint64 total) {
        const auto it = m_byExchange.constFind(exchangeId);
        if (it != m_byExchange.cend())
            Q_EMIT downloadProgress(it.value(), received, total);
    });
}

BesClient::~BesClient() = default;

QJsonObject BesClient::submitBody(const QString &connectionString, const QString &inputLocation,
                                  const QString &outputLocation)
{
    auto blob = [&](const QString &location) {
        return QJsonObject{{u"ConnectionString"_s, connectionString}, {u"RelativeLocation"_s, location}};
    };
    return {{u"Inputs"_s, QJsonObject{{u"input1"_s, blob(inputLocation)}}},
            {u"Outputs"_s, QJsonObject{{u"output1"_s, blob(outputLocation)}}},
            {u"GlobalParameters"_s, QJsonObject()}};
}

quint64 BesClient::submit(const BesEndpoint &endpoint, const QJsonObject &body, Callback done)
{
    return enqueue(Kind::Submit, endpoint, QString(), "POST", QJsonDocument(body).toJson(QJsonDocument::Compact),
                   std::move(done));
}

quint64 BesClient::start(const BesEndpoint &endpoint, const QString &jobId, Callback done)
{
    return enqueue(Kind::Start, endpoint, u'/' + jobId + u"/start"_s, "POST", QByteArray(), std::move(done));
}

quint64 BesClient::status(const BesEndpoint &endpoint, const QString &jobId, Callback done)
{
    return enqueue(Kind::Status, endpoint, u'/' + jobId, "GET", QByteArray(), std::move(done));
}

quint64 BesClient::remove(const BesEndpoint &endpoint, const QString &jobId, Callback done)
{
    return enqueue(Kind::Remove, endpoint, u'/' + jobId, "DELETE", QByteArray(), std::move(done));
}

quint64 BesClient::list(const BesEndpoint &endpoint, Callback done)
{
    return enqueue(Kind::List, endpoint, QString(), "GET", QByteArray(), std::move(done));
}

quint64 BesClient::download(const QUrl &url, const QString &localPath, Callback done)
{
    auto call = std::make_unique<Call>();
    call->kind = Kind::Download;
    call->spec.url = url;
    call->localPath = localPath;
    call->done = std::move(done);
    const quint64 id = ++m_lastId;
    m_calls.emplace(id, std::move(call));
    // The spool file lands beside the target, so finishing is a rename, not a copy.
    QDir().mkpath(QFileInfo(localPath).absolutePath());
    send(id, {});
    return id;
}

quint64 BesClient::enqueue(Kind kind, const BesEndpoint &endpoint, const QString &path, QByteArray method,
                           QByteArray body, Callback done)
{
    auto call = std::make_unique<Call>();
    call->kind = kind;
    call->done = std::move(done);
    QString base = endpoint.jobsUrl.toString(QUrl::FullyEncoded);
    while (base.endsWith(u'/'))
        base.chop(1);
    QString encodedPath;
    for (const QString &segment : path.split(u'/', Qt::SkipEmptyParts))
        encodedPath += u'/' + QString::fromLatin1(QUrl::toPercentEncoding(segment));
    call->spec.url = QUrl(base + encodedPath + kApiVersion, QUrl::StrictMode);
    call->spec.method = method;
    call->spec.headers = endpoint.headers;
    call->spec.timeoutMs = 30'000;
    if (!body.isEmpty()) {
        call->spec.body = body;
        call->spec.headers.append({"Content-Type"_ba, "application/json"_ba});
    }
    call->spec.headers.append({"Accept"_ba, "application/json"_ba});
    for (const auto &header : std::as_const(call->spec.headers)) {
        for (const QString &name : secretReferences(QString::fromUtf8(header.second))) {
            if (!call->secretNames.contains(name))
                call->secretNames.append(name);
        }
    }
    const quint64 id = ++m_lastId;
    m_calls.emplace(id, std::move(call));
    if (!endpoint.isValid()) {
        QTimer::singleShot(0, this, [this, id] {
            Reply r;
            r.error = tr("No batch service address is set for this job.");
            finish(id, r);
        });
        return id;
    }
    resolveSecrets(id);
    return id;
}

void BesClient::resolveSecrets(quint64 id)
{
    Call &call = *m_calls.at(id);
    QHash<QString, QString> known;
    QStringList missing;
    for (const QString &name : std::as_const(call.secretNames)) {
        const auto cached = m_secretCache.constFind(name);
        if (cached != m_secretCache.cend() && cached->age.elapsed() < kSecretCacheMs)
            known.insert(name, cached->value);
        else
            missing.append(name);
    }
    if (missing.isEmpty()) {
        // Asynchronous even when every key is cached: callers never see their callback
        // run inside the call that asked.
        QTimer::singleShot(0, this, [this, id, known] {
            if (m_calls.count(id))
                send(id, known);
        });
        return;
    }
    if (!m_secrets && !m_secretReader) {
        QTimer::singleShot(0, this, [this, id, missing] {
            Reply r;
            r.error = tr("The key %1 is needed but no keychain is available.").arg(missing.first());
            finish(id, r);
        });
        return;
    }
    // One name at a time; when it arrives, this runs again for whatever is still missing.
    const QString name = missing.first();
    QList<quint64> &waiters = m_secretWaiters[name];
    if (!waiters.contains(id))
        waiters.append(id);
    if (waiters.size() > 1)
        return; // a read for this name is already on its way
    auto arrived = [this, name](const SecretStore::Result &result) {
        if (result.ok()) {
            CachedSecret &c = m_secretCache[name];
            c.value = result.value;
            c.age.start();
        }
        const QList<quint64> waiting = m_secretWaiters.take(name);
        for (quint64 waiter : waiting) {
            if (!m_calls.count(waiter))
                continue;
            if (!result.ok()) {
                Reply r;
                r.error = result.status == SecretStore::Result::NotFound
                    ? tr("The key %1 is not in the keychain: add it under Tools → Keys.").arg(name)
                    : result.message;
                finish(waiter, r);
                continue;
            }
            resolveSecrets(waiter);
        }
    };
    if (m_secretReader)
        m_secretReader(name, std::move(arrived));
    else
        m_secrets->read(name, this, std::move(arrived));
}

void BesClient::send(quint64 id, const QHash<QString, QString> &secrets)
{
    Call &call = *m_calls.at(id);
    RequestSpec spec = call.spec;
    QStringList missing;
    for (auto &header : spec.headers)
        header.second = substituteSecrets(QString::fromUtf8(header.second), secrets, &missing).toUtf8();
    if (!missing.isEmpty()) {
        Reply r;
        r.error = tr("The key %1 is not in the keychain.").arg(missing.first());
        QTimer::singleShot(0, this, [this, id, r] { finish(id, r); });
        return;
    }
    if (call.kind == Kind::Download)
        spec.spoolDirectory = QFileInfo(call.localPath).absolutePath();
    call.exchangeId = m_engine->send(spec);
    m_byExchange.insert(call.exchangeId, id);
}

void BesClient::cancel(quint64 id)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    if (it->second->exchangeId && m_engine->isPending(it->second->exchangeId)) {
        m_engine->cancel(it->second->exchangeId);
        return; // onFinished() reports it
    }
    Reply r;
    r.cancelled = true;
    r.error = tr("Cancelled.");
    finish(id, r);
}

void BesClient::onFinished(const Exchange &exchange)
{
    const quint64 id = m_byExchange.take(exchange.id);
    const auto it = m_calls.find(id);
    if (!id || it == m_calls.end())
        return; // another user's request on the shared engine
    const Call &call = *it->second;
    Reply r;
    r.httpStatus = exchange.status;
    r.cancelled = exchange.cancelled;
    r.retryAfterSeconds = exchange.retryAfterSeconds;
    if (!exchange.error.isEmpty() || exchange.cancelled) {
        r.error = exchange.cancelled ? tr("Cancelled.") : exchange.error;
        if (call.kind == Kind::Download && !exchange.cancelled)
            r.error = tr("Cannot download to %1: %2").arg(QDir::toNativeSeparators(call.localPath), exchange.error);
        HttpEngine::discardSpool(exchange);
        finish(id, r);
        return;
    }
    if (exchange.status < 200 || exchange.status >= 300) {
        QByteArray body = exchange.body;
        if (exchange.isSpooled()) {
            QFile f(exchange.bodyFile);
            if (f.open(QIODevice::ReadOnly))
                body = f.read(64 * 1024);
        }
        r.error = errorMessage(exchange.status, exchange.reason, body, &r.errorCode);
        HttpEngine::discardSpool(exchange);
        finish(id, r);
        return;
    }

    if (call.kind == Kind::Download) {
        // A previous download of the same output stays as it was until the new one is
        // whole: rename(2) replaces it in one step, and QSaveFile writes beside it first.
        bool stored = false;
        QString why;
        if (exchange.isSpooled()) {
            stored = std::rename(QFile::encodeName(exchange.bodyFile).constData(),
                                 QFile::encodeName(call.localPath).constData()) == 0;
            if (!stored) {
                QFile from(exchange.bodyFile);
                QSaveFile to(call.localPath);
                stored = from.open(QIODevice::ReadOnly) && to.open(QIODevice::WriteOnly);
                while (stored && !from.atEnd()) {
                    const QByteArray chunk = from.read(1 << 20);
                    stored = !chunk.isEmpty() && to.write(chunk) == chunk.size();
                }
                stored = stored && commitSaveFile(to);
                why = to.errorString();
                HttpEngine::discardSpool(exchange);
            }
        } else {
            QSaveFile file(call.localPath);
            stored = file.open(QIODevice::WriteOnly) && file.write(exchange.body) == exchange.body.size() &&
                commitSaveFile(file);
            why = file.errorString();
        }
        r.ok = stored;
        if (!stored)
            r.error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(call.localPath), why);
        finish(id, r);
        return;
    }

    const QByteArray body = exchange.body;
    r.ok = true;
    switch (call.kind) {
    case Kind::Submit: {
        // The id comes as a JSON string; tolerate a bare one.
        const QJsonDocument doc = QJsonDocument::fromJson("[" + body.trimmed() + "]");
        r.jobId = doc.isArray() && doc.array().first().isString() ? doc.array().first().toString()
                                                                  : QString::fromUtf8(body.trimmed());
        if (r.jobId.isEmpty()) {
            r.ok = false;
            r.error = tr("The service accepted the job but sent no job id.");
        }
        break;
    }
    case Kind::Status: {
        QString why;
        r.state = JobState::fromJson(body, &why);
        if (!r.state) {
            r.ok = false;
            r.error = why;
        }
        break;
    }
    case Kind::List: {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        const QJsonArray items = doc.isArray() ? doc.array() : doc.object().value("value"_L1).toArray();
        for (const QJsonValue &item : items) {
            BatchJob job;
            if (item.isString()) {
                job.id = item.toString();
            } else {
                const QJsonObject o = item.toObject();
                job.id = o.value("Id"_L1).toString();
                if (o.contains("StatusCode"_L1)) {
                    if (auto s = JobState::fromJson(QJsonDocument(o).toJson(QJsonDocument::Compact), nullptr))
                        job.state = *s;
                }
            }
            if (!job.id.isEmpty())
                r.jobs.append(job);
        }
        break;
    }
    case Kind::Start:
    case Kind::Remove:
    case Kind::Download:
        break;
    }
    finish(id, r);
}

void BesClient::finish(quint64 id, Reply reply)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    Callback done = std::move(it->second->done);
    if (it->second->exchangeId)
        m_byExchange.remove(it->second->exchangeId);
    m_calls.erase(it);
    if (!reply.ok && !reply.cancelled)
        qCDebug(lcBes) << "call" << id << "failed:" << reply.httpStatus << reply.error;
    if (done)
        done(reply);
}

QString BesClient::errorMessage(int status, const QByteArray &reason, const QByteArray &body, QString *code)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonObject error = o.value("error"_L1).toObject();
    if (!error.isEmpty()) {
        QString message = error.value("message"_L1).toString();
        QString detailCode = error.value("code"_L1).toString();
        const QJsonArray details = error.value("details"_L1).toArray();
        if (!details.isEmpty()) {
            const QJsonObject first = details.first().toObject();
            detailCode = first.value("code"_L1).toString(detailCode);
            const QString more = first.value("message"_L1).toString();
            if (!more.isEmpty())
                message = message.isEmpty() ? more : message + u' ' + more;
        }
        if (code)
            *code = detailCode;
        return tr("%1 (HTTP %2, %3)").arg(message).arg(status).arg(detailCode);
    }
    if (o.contains("message"_L1))
        return tr("%1 (HTTP %2)").arg(o.value("message"_L1).toString()).arg(status);
    return tr("The service answered HTTP %1 %2.").arg(status).arg(QString::fromLatin1(reason));
}

} // namespace portico::client
