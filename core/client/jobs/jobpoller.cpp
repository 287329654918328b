// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/jobs/jobpoller.h"

#include "client/jobs/besclient.h"
#include "client/jobs/jobstore.h"

#include <QLoggingCategory>
#include <QMutexLocker>
#include <QThread>

using namespace Qt::StringLiterals;

namespace portico::client {

Q_LOGGING_CATEGORY(lcPoller, "portico.jobs.monitor")

JobPoller::JobPoller(BesClient *client, const QString &storePath, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_storePath(storePath)
    , m_timer(new QTimer(this))
    , m_storeTimer(new QTimer(this))
    , m_updateTimer(new QTimer(this))
{
    m_clock.start();
    m_timer->setSingleShot(true);
    // Precise: the coarse timer may fire up to 5 % late, which adds up over a backoff.
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, [this] {
        QMutexLocker locker(&m_lock);
        pollDue();
    });
    m_storeTimer->setSingleShot(true);
    connect(m_storeTimer, &QTimer::timeout, this, &JobPoller::flush);
    m_updateTimer->setSingleShot(true);
    connect(m_updateTimer, &QTimer::timeout, this, [this] {
        QMutexLocker locker(&m_lock);
        if (m_changed.isEmpty() && m_ended.isEmpty())
            return;
        locker.unlock();
        Q_EMIT updatesReady();
    });
}

JobPoller::~JobPoller() = default;

bool JobPoller::onOwnThread() const
{
    return QThread::currentThread() == thread();
}

void JobPoller::setPolicy(const Policy &policy)
{
    QMutexLocker locker(&m_lock);
    m_policy = policy;
    wake();
}

JobPoller::Policy JobPoller::policy() const
{
    QMutexLocker locker(&m_lock);
    return m_policy;
}

void JobPoller::setClock(std::function<qint64()> nowMs)
{
    QMutexLocker locker(&m_lock);
    m_now = std::move(nowMs);
    wake();
}

bool JobPoller::openStore(QString *error)
{
    Q_ASSERT(onOwnThread());
    if (m_storePath.isEmpty())
        return true;
    auto store = std::make_unique<JobStore>(m_storePath);
    if (!store->open(error))
        return false;
    m_store = std::move(store);
    return true;
}

void JobPoller::addJob(const BatchJob &job)
{
    QMutexLocker locker(&m_lock);
    const int i = indexOf(job.id);
    if (i >= 0) {
        m_jobs[i] = job;
    } else {
        m_index.insert(job.id, int(m_jobs.size()));
        m_jobs.append(job);
    }
    m_removed.remove(job.id);
    markDirty(job.id);
    if (isTerminal(job.state.status))
        unwatch(job.id);
    else
        watch(job.id, 0);
    wake();
}

void JobPoller::removeJob(const QString &id)
{
    QMutexLocker locker(&m_lock);
    const int i = indexOf(id);
    if (i < 0)
        return;
    unwatch(id);
    m_jobs.removeAt(i);
    m_index.remove(id);
    for (int k = i; k < m_jobs.size(); ++k)
        m_index[m_jobs.at(k).id] = k;
    m_dirty.remove(id);
    m_changed.remove(id);
    if (m_store || !m_storePath.isEmpty())
        m_removed.insert(id);
    wake();
}

void JobPoller::refresh(const QString &id)
{
    QMutexLocker locker(&m_lock);
    if (indexOf(id) < 0)
        return;
    const auto it = m_watches.find(id);
    if (it != m_watches.end() && it->inFlight)
        return;
    watch(id, 0);
    if (m_watches.contains(id))
        m_watches[id].intervalMs = m_policy.minIntervalMs;
    wake();
}

void JobPoller::setState(const QString &id, const JobState &state)
{
    QMutexLocker locker(&m_lock);
    const int i = indexOf(id);
    if (i < 0)
        return;
    m_jobs[i].state = state;
    markDirty(id);
    if (isTerminal(state.status))
        unwatch(id);
    else
        refresh(id);
    wake();
}

QList<BatchJob> JobPoller::jobs() const
{
    QMutexLocker locker(&m_lock);
    return m_jobs;
}

std::optional<BatchJob> JobPoller::job(const QString &id) const
{
    QMutexLocker locker(&m_lock);
    const int i = indexOf(id);
    if (i < 0)
        return std::nullopt;
    return m_jobs.at(i);
}

bool JobPoller::isWatching(const QString &id) const
{
    QMutexLocker locker(&m_lock);
    return m_watches.contains(id);
}

int JobPoller::watchingCount() const
{
    QMutexLocker locker(&m_lock);
    return int(m_watches.size());
}

int JobPoller::pollsInFlight() const
{
    QMutexLocker locker(&m_lock);
    return m_inFlight;
}

qint64 JobPoller::nextPollInMs(const QString &id) const
{
    QMutexLocker locker(&m_lock);
    const auto it = m_watches.constFind(id);
    if (it == m_watches.cend() || it->inFlight)
        return -1;
    return std::max<qint64>(0, it->dueMs - now());
}

JobPoller::Updates JobPoller::takeUpdates()
{
    QMutexLocker locker(&m_lock);
    Updates updates;
    updates.changed.reserve(m_changed.size());
    for (const QString &id : std::as_const(m_changed)) {
        const int i = indexOf(id);
        if (i >= 0)
            updates.changed.append(m_jobs.at(i));
    }
    m_changed.clear();
    updates.ended = std::exchange(m_ended, {});
    m_updatePending = false;
    return updates;
}

void JobPoller::wake()
{
    // Timers belong to the poller's thread: from elsewhere, ask it once to look again.
    if (onOwnThread()) {
        service();
        return;
    }
    if (m_servicePosted)
        return;
    m_servicePosted = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            QMutexLocker locker(&m_lock);
            m_servicePosted = false;
            service();
        },
        Qt::QueuedConnection);
}

void JobPoller::service()
{
    pollDue();
    if ((!m_dirty.isEmpty() || !m_removed.isEmpty()) && !m_storeTimer->isActive())
        m_storeTimer->start(m_policy.storeDelayMs);
    if (m_updatePending && !m_updateTimer->isActive())
        m_updateTimer->start(m_policy.updateDelayMs);
}

void JobPoller::watch(const QString &id, qint64 delayMs)
{
    auto it = m_watches.find(id);
    if (it == m_watches.end()) {
        Watch w;
        w.intervalMs = m_policy.minIntervalMs;
        it = m_watches.insert(id, w);
    } else if (it->inFlight) {
        return; // the answer schedules the next poll
    }
    reschedule(id, delayMs);
}

void JobPoller::unwatch(const QString &id)
{
    const auto it = m_watches.find(id);
    if (it == m_watches.end())
        return;
    const bool inFlight = it->inFlight;
    const quint64 callId = it->callId;
    m_queue.erase({it->dueMs, id});
    m_watches.erase(it);
    if (inFlight)
        retire(callId);
}

void JobPoller::retire(quint64 callId)
{
    // The poll's slot stays taken until the call is cancelled on the poller's thread, so
    // the limit on polls in flight holds even while the cancel is on its way.
    auto cancel = [this, callId] {
        QMutexLocker locker(&m_lock);
        if (callId)
            m_client->cancel(callId); // its answer finds no watch and is dropped
        --m_inFlight;
        pollDue();
    };
    if (onOwnThread())
        cancel();
    else
        QMetaObject::invokeMethod(this, cancel, Qt::QueuedConnection);
}

void JobPoller::reschedule(const QString &id, qint64 delayMs)
{
    Watch &w = m_watches[id];
    m_queue.erase({w.dueMs, id});
    w.dueMs = now() + delayMs;
    m_queue.insert({w.dueMs, id});
}

void JobPoller::armTimer()
{
    if (!onOwnThread())
        return; // service() arms it on the poller's thread
    if (m_queue.empty() || m_inFlight >= m_policy.maxConcurrentPolls) {
        m_timer->stop();
        return;
    }
    const qint64 wait = std::max<qint64>(0, m_queue.begin()->first - now());
    if (!m_timer->isActive() || m_timer->remainingTime() > wait)
        m_timer->start(int(std::min<qint64>(wait, 24LL * 3600 * 1000)));
}

void JobPoller::pollDue()
{
    if (!onOwnThread())
        return;
    const qint64 time = now();
    while (!m_queue.empty() && m_queue.begin()->first <= time && m_inFlight < m_policy.maxConcurrentPolls) {
        const QString id = m_queue.begin()->second;
        m_queue.erase(m_queue.begin());
        poll(id);
    }
    armTimer();
}

void JobPoller::poll(const QString &id)
{
    const int i = indexOf(id);
    const auto it = m_watches.find(id);
    if (i < 0 || it == m_watches.end())
        return;
    const quint64 token = ++m_lastToken;
    it->inFlight = true;
    it->token = token;
    it->callId = 0;
    ++m_inFlight;
    const quint64 callId =
        m_client->status(m_jobs.at(i).endpoint, id, [this, id, token](const BesClient::Reply &reply) {
            QMutexLocker locker(&m_lock);
            const auto w = m_watches.find(id);
            if (w == m_watches.end() || !w->inFlight || w->token != token)
                return; // unwatched meanwhile: retire() gives the slot back
            w->inFlight = false;
            w->callId = 0;
            --m_inFlight;
            const int i = indexOf(id);
            if (i < 0) {
                m_watches.erase(w);
                armTimer();
                return;
            }
            BatchJob &job = m_jobs[i];
            qint64 next = w->intervalMs;
            if (reply.ok && reply.state) {
                const bool changed = *reply.state != job.state || !job.lastError.isEmpty();
                const bool ended = isTerminal(reply.state->status) && !isTerminal(job.state.status);
                job.lastError.clear();
                // The raw status always follows the latest answer; only real changes reset the pace.
                const bool jsonChanged = reply.state->json != job.state.json;
                job.state = *reply.state;
                if (changed || jsonChanged) {
                    markDirty(id);
                    noteChanged(id);
                }
                if (isTerminal(job.state.status)) {
                    m_queue.erase({w->dueMs, id});
                    m_watches.erase(w);
                    if (ended) {
                        m_ended.append(job);
                        noteChanged(id);
                    }
                    service();
                    return;
                }
                w->intervalMs = changed ? m_policy.minIntervalMs : std::min(w->intervalMs * 2, m_policy.maxIntervalMs);
                next = w->intervalMs;
            } else if (!reply.cancelled) {
                if (job.lastError != reply.error) {
                    job.lastError = reply.error;
                    markDirty(id);
                    noteChanged(id);
                }
                w->intervalMs = std::min(w->intervalMs * 2, m_policy.maxIntervalMs);
                next = w->intervalMs;
                if (reply.retryAfterSeconds >= 0)
                    next = std::max<qint64>(next, qint64(reply.retryAfterSeconds) * 1000);
            }
            reschedule(id, next);
            service();
        });
    // The answer may have come already (a failed keychain read, say).
    const auto again = m_watches.find(id);
    if (again != m_watches.end() && again->inFlight && again->token == token)
        again->callId = callId;
}

void JobPoller::noteChanged(const QString &id)
{
    m_changed.insert(id);
    m_updatePending = true;
}

void JobPoller::markDirty(const QString &id)
{
    if (m_storePath.isEmpty())
        return;
    m_dirty.insert(id);
}

void JobPoller::flush()
{
    Q_ASSERT(onOwnThread());
    m_storeTimer->stop();
    // Written without the lock held: the thread that shows the jobs never waits for SQLite.
    QSet<QString> removed;
    QSet<QString> ids;
    QList<BatchJob> batch;
    {
        QMutexLocker locker(&m_lock);
        removed = std::exchange(m_removed, {});
        ids = std::exchange(m_dirty, {});
        if (!m_store)
            return;
        batch.reserve(ids.size());
        for (const QString &id : std::as_const(ids)) {
            const int i = indexOf(id);
            if (i >= 0)
                batch.append(m_jobs.at(i));
        }
    }
    for (const QString &id : std::as_const(removed))
        m_store->remove(id);
    if (batch.isEmpty())
        return;
    QString why;
    if (m_store->save(batch, &why))
        return;
    {
        // Kept dirty, so the next change (or the next flush) tries again once there is room.
        QMutexLocker locker(&m_lock);
        for (const BatchJob &job : std::as_const(batch)) {
            if (indexOf(job.id) >= 0)
                m_dirty.insert(job.id);
        }
    }
    qCWarning(lcPoller) << "could not store" << batch.size() << "jobs";
    Q_EMIT storeFailed(why);
}

void JobPoller::shutdown()
{
    Q_ASSERT(onOwnThread());
    flush();
    QMutexLocker locker(&m_lock);
    m_timer->stop();
    m_updateTimer->stop();
    QList<quint64> calls;
    for (auto it = m_watches.cbegin(); it != m_watches.cend(); ++it) {
        if (it->inFlight && it->callId)
            calls.append(it->callId);
    }
    m_watches.clear();
    m_queue.clear();
    for (quint64 id : std::as_const(calls))
        m_client->cancel(id);
    m_inFlight = 0;
}

} // namespace portico::client
