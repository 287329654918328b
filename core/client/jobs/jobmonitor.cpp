// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/jobs/jobmonitor.h"

#include "client/jobs/besclient.h"
#include "client/jobs/jobstore.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace portico::client {

Q_LOGGING_CATEGORY(lcMonitor, "portico.jobs.monitor")

JobMonitor::JobMonitor(BesClient *client, JobStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    // Precise: the coarse timer may fire up to 5 % late, which adds up over a backoff.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &JobMonitor::pollDue);
    m_storeTimer.setSingleShot(true);
    connect(&m_storeTimer, &QTimer::timeout, this, &JobMonitor::flush);
}

JobMonitor::~JobMonitor()
{
    flush();
    for (auto it = m_watches.cbegin(); it != m_watches.cend(); ++it) {
        if (it->inFlight)
            m_client->cancel(it->callId);
    }
}

void JobMonitor::setClock(std::function<qint64()> nowMs)
{
    m_now = std::move(nowMs);
    armTimer();
}

void JobMonitor::restore(const std::function<void(BatchJob *)> &fixup)
{
    if (!m_store)
        return;
    for (BatchJob job : m_store->jobs()) {
        if (fixup)
            fixup(&job);
        addJob(job);
    }
}

void JobMonitor::addJob(const BatchJob &job)
{
    const int i = indexOf(job.id);
    if (i >= 0) {
        m_jobs[i] = job;
        Q_EMIT jobChanged(job);
    } else {
        m_index.insert(job.id, int(m_jobs.size()));
        m_jobs.append(job);
        Q_EMIT jobAdded(job);
    }
    markDirty(job.id);
    if (isTerminal(job.state.status))
        unwatch(job.id);
    else
        watch(job.id, 0);
}

void JobMonitor::removeJob(const QString &id)
{
    const int i = indexOf(id);
    if (i < 0)
        return;
    unwatch(id);
    m_jobs.removeAt(i);
    m_index.remove(id);
    for (int k = i; k < m_jobs.size(); ++k)
        m_index[m_jobs.at(k).id] = k;
    m_dirty.remove(id);
    if (m_store)
        m_store->remove(id);
    Q_EMIT jobRemoved(id);
}

void JobMonitor::refresh(const QString &id)
{
    if (indexOf(id) < 0)
        return;
    const auto it = m_watches.find(id);
    if (it != m_watches.end() && it->inFlight)
        return;
    watch(id, 0);
    if (m_watches.contains(id))
        m_watches[id].intervalMs = m_policy.minIntervalMs;
}

void JobMonitor::setState(const QString &id, const JobState &state)
{
    const int i = indexOf(id);
    if (i < 0)
        return;
    m_jobs[i].state = state;
    markDirty(id);
    Q_EMIT jobChanged(m_jobs.at(i));
    if (isTerminal(state.status))
        unwatch(id);
    else
        refresh(id);
}

std::optional<BatchJob> JobMonitor::job(const QString &id) const
{
    const int i = indexOf(id);
    if (i < 0)
        return std::nullopt;
    return m_jobs.at(i);
}

qint64 JobMonitor::nextPollInMs(const QString &id) const
{
    const auto it = m_watches.constFind(id);
    if (it == m_watches.cend() || it->inFlight)
        return -1;
    return std::max<qint64>(0, it->dueMs - now());
}

void JobMonitor::watch(const QString &id, qint64 delayMs)
{
    auto it = m_watches.find(id);
    if (it == m_watches.end()) {
        Watch w;
        w.intervalMs = m_policy.minIntervalMs;
        it = m_watches.insert(id, w);
    } else if (it->inFlight) {
        return; // the reply schedules the next poll
    }
    reschedule(id, delayMs);
}

void JobMonitor::unwatch(const QString &id)
{
    const auto it = m_watches.find(id);
    if (it == m_watches.end())
        return;
    if (it->inFlight) {
        m_client->cancel(it->callId);
        // cancel() may have answered synchronously and removed the watch already.
    }
    const auto again = m_watches.find(id);
    if (again == m_watches.end())
        return;
    if (again->inFlight) {
        again->inFlight = false;
        --m_inFlight;
    }
    m_queue.erase({again->dueMs, id});
    m_watches.erase(again);
    armTimer();
}

void JobMonitor::reschedule(const QString &id, qint64 delayMs)
{
    Watch &w = m_watches[id];
    m_queue.erase({w.dueMs, id});
    w.dueMs = now() + delayMs;
    m_queue.insert({w.dueMs, id});
    armTimer();
}

void JobMonitor::armTimer()
{
    if (m_queue.empty() || m_inFlight >= m_policy.maxConcurrentPolls) {
        m_timer.stop();
        return;
    }
    const qint64 wait = std::max<qint64>(0, m_queue.begin()->first - now());
    if (!m_timer.isActive() || m_timer.remainingTime() > wait)
        m_timer.start(int(std::min<qint64>(wait, 24LL * 3600 * 1000)));
}

void JobMonitor::pollDue()
{
    const qint64 time = now();
    while (!m_queue.empty() && m_queue.begin()->first <= time && m_inFlight < m_policy.maxConcurrentPolls) {
        const QString id = m_queue.begin()->second;
        m_queue.erase(m_queue.begin());
        poll(id);
    }
    armTimer();
}

void JobMonitor::poll(const QString &id)
{
    const int i = indexOf(id);
    const auto it = m_watches.find(id);
    if (i < 0 || it == m_watches.end())
        return;
    it->inFlight = true;
    ++m_inFlight;
    Q_EMIT pollStarted(id);
    it->callId = m_client->status(m_jobs.at(i).endpoint, id, [this, id](const BesClient::Reply &reply) {
        const auto w = m_watches.find(id);
        if (w == m_watches.end() || !w->inFlight)
            return; // unwatched meanwhile
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
                Q_EMIT jobChanged(job);
            }
            if (isTerminal(job.state.status)) {
                m_queue.erase({w->dueMs, id});
                m_watches.erase(w);
                if (ended)
                    Q_EMIT jobEnded(job);
                armTimer();
                return;
            }
            w->intervalMs = changed ? m_policy.minIntervalMs : std::min(w->intervalMs * 2, m_policy.maxIntervalMs);
            next = w->intervalMs;
        } else if (!reply.cancelled) {
            if (job.lastError != reply.error) {
                job.lastError = reply.error;
                markDirty(id);
                Q_EMIT jobChanged(job);
            }
            w->intervalMs = std::min(w->intervalMs * 2, m_policy.maxIntervalMs);
            next = w->intervalMs;
            if (reply.retryAfterSeconds >= 0)
                next = std::max<qint64>(next, qint64(reply.retryAfterSeconds) * 1000);
        }
        reschedule(id, next);
        pollDue();
    });
}

void JobMonitor::markDirty(const QString &id)
{
    if (!m_store)
        return;
    m_dirty.insert(id);
    if (!m_storeTimer.isActive())
        m_storeTimer.start(m_policy.storeDelayMs);
}

void JobMonitor::flush()
{
    m_storeTimer.stop();
    if (!m_store || m_dirty.isEmpty())
        return;
    QList<BatchJob> batch;
    batch.reserve(m_dirty.size());
    for (const QString &id : std::as_const(m_dirty)) {
        const int i = indexOf(id);
        if (i >= 0)
            batch.append(m_jobs.at(i));
    }
    QString why;
    if (m_store->save(batch, &why)) {
        m_dirty.clear();
        return;
    }
    // Kept dirty, so the next change (or the next flush) tries again once there is room.
    qCWarning(lcMonitor) << "could not store" << batch.size() << "jobs";
    Q_EMIT storeFailed(why);
}

} // namespace portico::client
