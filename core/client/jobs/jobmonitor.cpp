// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/jobs/jobmonitor.h"

#include "client/http/httpengine.h"
#include "client/jobs/besclient.h"
#include "client/jobs/jobstore.h"
#include "client/secrets/secretstore.h"

#include <QLoggingCategory>
#include <QThread>

using namespace Qt::StringLiterals;

namespace portico::client {

Q_LOGGING_CATEGORY(lcMonitor, "portico.jobs.monitor")

JobMonitor::JobMonitor(BesClient *client, JobStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_thread(new QThread(this))
    , m_anchor(new QObject)
{
    m_thread->setObjectName(u"portico-jobs"_s);
    m_anchor->moveToThread(m_thread);
    m_thread->start();
    HttpEngine *engine = client->engine();
    TrustStore *trust = engine->trustStore();
    const QNetworkProxy proxy = engine->proxy();
    const QByteArray userAgent = engine->userAgent();
    SecretStore *secrets = client->secrets();
    const QString storePath = store && store->isOpen() ? store->databasePath() : QString();
    QString storeProblem;
    // Everything of the poller is made on its thread, which its engine and store need.
    QMetaObject::invokeMethod(
        m_anchor,
        [&] {
            auto *polling = new HttpEngine(trust, m_anchor);
            polling->setProxy(proxy);
            polling->setUserAgent(userAgent);
            auto *bes = new BesClient(nullptr, polling, m_anchor);
            if (secrets) {
                // The keychain is read on its own thread (QtKeychain is not thread-safe); this
                // monitor is the context both ways there, so nothing answers once it is gone.
                bes->setSecretReader([this, secrets, bes](const QString &name, SecretStore::Callback done) {
                    QMetaObject::invokeMethod(this, [this, secrets, bes, name, done = std::move(done)] {
                        secrets->read(name, this, [bes, done](const SecretStore::Result &result) {
                            QMetaObject::invokeMethod(bes, [done, result] { done(result); });
                        });
                    });
                });
            }
            m_poller = new JobPoller(bes, storePath, m_anchor);
            if (!m_poller->openStore(&storeProblem))
                qCWarning(lcMonitor).noquote() << "jobs:" << storeProblem;
        },
        Qt::BlockingQueuedConnection);
    connect(m_poller, &JobPoller::updatesReady, this, &JobMonitor::applyUpdates);
    connect(m_poller, &JobPoller::storeFailed, this, &JobMonitor::storeFailed);
}

JobMonitor::~JobMonitor()
{
    // The poller writes what it still holds and lets go of its polls, on its own thread.
    QMetaObject::invokeMethod(
        m_anchor,
        [this] {
            m_poller->shutdown();
            const QList<QObject *> children = m_anchor->children();
            // The poller first (it refers to the client), then the client, then the engine.
            delete m_poller;
            for (auto it = children.crbegin(); it != children.crend(); ++it) {
                if (*it != m_poller)
                    delete *it;
            }
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_anchor;
}

void JobMonitor::setPolicy(const Policy &policy)
{
    m_poller->setPolicy(policy);
}

JobMonitor::Policy JobMonitor::policy() const
{
    return m_poller->policy();
}

void JobMonitor::setClock(std::function<qint64()> nowMs)
{
    m_poller->setClock(std::move(nowMs));
}

void JobMonitor::restore(const std::function<void(BatchJob *)> &fixup)
{
    if (!m_store || !m_store->isOpen())
        return;
    for (BatchJob job : m_store->jobs()) {
        if (fixup)
            fixup(&job);
        addJob(job);
    }
}

void JobMonitor::put(const BatchJob &job)
{
    const int i = indexOf(job.id);
    if (i >= 0) {
        m_jobs[i] = job;
        Q_EMIT jobChanged(job);
        Q_EMIT jobsChanged({job});
    } else {
        m_index.insert(job.id, int(m_jobs.size()));
        m_jobs.append(job);
        Q_EMIT jobAdded(job);
    }
}

void JobMonitor::addJob(const BatchJob &job)
{
    m_poller->addJob(job);
    put(job);
}

void JobMonitor::removeJob(const QString &id)
{
    const int i = indexOf(id);
    if (i < 0)
        return;
    m_poller->removeJob(id);
    m_jobs.removeAt(i);
    m_index.remove(id);
    for (int k = i; k < m_jobs.size(); ++k)
        m_index[m_jobs.at(k).id] = k;
    Q_EMIT jobRemoved(id);
}

void JobMonitor::refresh(const QString &id)
{
    if (indexOf(id) >= 0)
        m_poller->refresh(id);
}

void JobMonitor::setState(const QString &id, const JobState &state)
{
    const int i = indexOf(id);
    if (i < 0)
        return;
    m_poller->setState(id, state);
    m_jobs[i].state = state;
    Q_EMIT jobChanged(m_jobs.at(i));
    Q_EMIT jobsChanged({m_jobs.at(i)});
}

QList<BatchJob> JobMonitor::jobs() const
{
    return m_poller->jobs();
}

std::optional<BatchJob> JobMonitor::job(const QString &id) const
{
    return m_poller->job(id);
}

bool JobMonitor::isWatching(const QString &id) const
{
    return m_poller->isWatching(id);
}

int JobMonitor::watchingCount() const
{
    return m_poller->watchingCount();
}

int JobMonitor::pollsInFlight() const
{
    return m_poller->pollsInFlight();
}

qint64 JobMonitor::nextPollInMs(const QString &id) const
{
    return m_poller->nextPollInMs(id);
}

void JobMonitor::flush()
{
    QMetaObject::invokeMethod(m_poller, &JobPoller::flush, Qt::BlockingQueuedConnection);
}

void JobMonitor::applyUpdates()
{
    const JobPoller::Updates updates = m_poller->takeUpdates();
    QList<BatchJob> changed;
    changed.reserve(updates.changed.size());
    for (const BatchJob &job : updates.changed) {
        const int i = indexOf(job.id);
        if (i < 0)
            continue; // removed here meanwhile
        m_jobs[i] = job;
        changed.append(job);
        Q_EMIT jobChanged(job);
    }
    if (!changed.isEmpty())
        Q_EMIT jobsChanged(changed);
    for (const BatchJob &job : updates.ended) {
        if (indexOf(job.id) >= 0)
            Q_EMIT jobEnded(job);
    }
}

} // namespace portico::client
