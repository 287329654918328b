// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/import/importrunner.h"

#include "client/http/exchange.h"
#include "client/http/httpengine.h"

#include <QFile>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <chrono>
#include <future>

using namespace Qt::StringLiterals;

namespace portico::ui {

// What the importing thread and the UI thread share; outlives either side's interest in it.
struct ImportRunner::Shared
{
    std::atomic<bool> cancelled{false};
    std::atomic<int> lastPermille{-1};
};

namespace {

bool isHttp(const QUrl &url)
{
    return url.scheme() == u"http"_s || url.scheme() == u"https"_s;
}

} // namespace

ImportRunner::ImportRunner(client::HttpEngine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_watcher(new QFutureWatcher<client::ImportResult>(this))
{
    connect(m_engine, &client::HttpEngine::finished, this, &ImportRunner::onExchange);
    connect(m_watcher, &QFutureWatcher<client::ImportResult>::finished, this,
            [this] { finish(m_watcher->result()); });
}

ImportRunner::~ImportRunner()
{
    if (m_shared)
        m_shared->cancelled = true;
    for (auto it = m_fetches.cbegin(); it != m_fetches.cend(); ++it)
        m_engine->cancel(it.key());
    // The importing thread polls the flag between paths and while it waits for a fetch, so
    // this wait is short; without it the thread could report to a destroyed runner.
    m_watcher->disconnect(this);
    m_watcher->waitForFinished();
}

void ImportRunner::importFile(const QString &path)
{
    m_shared = std::make_shared<Shared>();
    run([path](const client::ImportOptions &options) { return client::importFile(path, options); }, false);
}

void ImportRunner::importText(const QByteArray &text)
{
    m_shared = std::make_shared<Shared>();
    run([text](const client::ImportOptions &options) { return client::importDocument(text, QString(), options); },
        false);
}

void ImportRunner::importUrl(const QUrl &url)
{
    m_running = true;
    m_shared = std::make_shared<Shared>();
    if (!isHttp(url) || url.host().isEmpty()) {
        client::ImportResult failed;
        failed.error = tr("%1 is not an http or https address.").arg(url.toDisplayString());
        QMetaObject::invokeMethod(this, [this, failed] { finish(failed); }, Qt::QueuedConnection);
        return;
    }
    Q_EMIT fetching(url);
    const std::shared_ptr<Shared> shared = m_shared;
    fetch(url, [this, url, shared](const std::optional<QByteArray> &bytes, const QString &error) {
        if (shared != m_shared)
            return;
        if (shared->cancelled || !bytes) {
            client::ImportResult failed;
            failed.cancelled = shared->cancelled;
            failed.error = shared->cancelled ? QString() : error;
            finish(failed);
            return;
        }
        const QByteArray document = *bytes;
        const QString location = url.toString();
        run([document, location](const client::ImportOptions &options) {
            return client::importDocument(document, location, options);
        }, true);
    });
}

void ImportRunner::cancel()
{
    if (!m_running || !m_shared)
        return;
    m_shared->cancelled = true;
    // A fetch in flight ends at once; the importing thread stops at its next check.
    const QList<quint64> ids = m_fetches.keys();
    for (quint64 id : ids)
        m_engine->cancel(id);
}

void ImportRunner::run(const std::function<client::ImportResult(const client::ImportOptions &)> &work,
                       bool remoteRefs)
{
    m_running = true;
    const std::shared_ptr<Shared> shared = m_shared;
    client::ImportOptions options;
    options.isCancelled = [shared] { return shared->cancelled.load(); };
    options.progress = [this, shared](int done, int total) {
        // One report per tenth of a percent at most: a spec of thousands of paths must not
        // flood the UI thread's queue.
        const int permille = total > 0 ? int(qint64(done) * 1000 / total) : 1000;
        if (permille == shared->lastPermille.exchange(permille))
            return;
        QMetaObject::invokeMethod(
            this, [this, shared, done, total] {
                if (shared == m_shared && !shared->cancelled)
                    Q_EMIT progress(done, total);
            },
            Qt::QueuedConnection);
    };
    if (remoteRefs) {
        // A document read from a URL may refer to its neighbours by URL, never to local files.
        options.loader = [this, shared](const QString &location, QString *error) -> std::optional<QByteArray> {
            const QUrl url(location);
            if (!isHttp(url)) {
                *error = tr("a document read from the network cannot refer to %1").arg(location);
                return std::nullopt;
            }
            auto answer = std::make_shared<std::promise<std::pair<std::optional<QByteArray>, QString>>>();
            std::future<std::pair<std::optional<QByteArray>, QString>> future = answer->get_future();
            QMetaObject::invokeMethod(
                this, [this, url, answer] {
                    fetch(url, [answer](const std::optional<QByteArray> &bytes, const QString &why) {
                        answer->set_value({bytes, why});
                    });
                },
                Qt::QueuedConnection);
            // This thread waits, never the UI thread; a cancel ends the wait.
            while (future.wait_for(std::chrono::milliseconds(20)) != std::future_status::ready) {
                if (shared->cancelled) {
                    *error = tr("cancelled");
                    return std::nullopt;
                }
            }
            auto [bytes, why] = future.get();
            if (!bytes)
                *error = why;
            return bytes;
        };
    }
    m_watcher->setFuture(QtConcurrent::run([work, options] { return work(options); }));
}

void ImportRunner::fetch(const QUrl &url, const Fetched &done)
{
    client::RequestSpec spec;
    spec.url = url;
    m_fetches.insert(m_engine->send(spec), done);
}

void ImportRunner::onExchange(const client::Exchange &exchange)
{
    const auto it = m_fetches.constFind(exchange.id);
    if (it == m_fetches.cend())
        return;
    const Fetched done = it.value();
    m_fetches.erase(it);
    if (!exchange.error.isEmpty()) {
        client::HttpEngine::discardSpool(exchange);
        done(std::nullopt, exchange.error);
        return;
    }
    if (exchange.status >= 400) {
        client::HttpEngine::discardSpool(exchange);
        done(std::nullopt, tr("%1 answered HTTP %2.").arg(exchange.finalUrl.toDisplayString()).arg(exchange.status));
        return;
    }
    QByteArray bytes = exchange.body;
    if (exchange.isSpooled()) {
        QFile file(exchange.bodyFile);
        if (!file.open(QIODevice::ReadOnly)) {
            const QString why = file.errorString();
            client::HttpEngine::discardSpool(exchange);
            done(std::nullopt, why);
            return;
        }
        bytes = file.readAll();
        client::HttpEngine::discardSpool(exchange);
    }
    done(bytes, QString());
}

void ImportRunner::finish(const client::ImportResult &result)
{
    m_running = false;
    client::ImportResult delivered = result;
    if (m_shared && m_shared->cancelled) {
        // However far it got, a cancelled import brings nothing.
        delivered = client::ImportResult();
        delivered.cancelled = true;
    }
    Q_EMIT finished(delivered);
}

} // namespace portico::ui
