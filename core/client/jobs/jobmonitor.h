// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Keeps the console's batch jobs and watches the unfinished ones: polls each about every
// second while it changes, backs off towards maxInterval while it does not, waits as long
// as Retry-After asks, and stops once a job has ended. One timer and a due-time queue serve
// every job, so a thousand jobs cost no more timers than one.

#include "client/jobs/batchjob.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <optional>
#include <set>

namespace portico::client {

class BesClient;
class JobStore;

class JobMonitor : public QObject
{
    Q_OBJECT
public:
    struct Policy
    {
        int minIntervalMs = 1000;
        int maxIntervalMs = 30'000;
        int maxConcurrentPolls = 8;
        int storeDelayMs = 300; // changes are written in one transaction per this period
    };

    // store may be null (nothing persists).
    JobMonitor(BesClient *client, JobStore *store, QObject *parent = nullptr);
    ~JobMonitor() override;

    void setPolicy(const Policy &policy) { m_policy = policy; }
    // Milliseconds on a monotonic clock; by default since the monitor was made. A caller
    // that moves its own clock on sees the polls due by then sent at the next timer tick.
    void setClock(std::function<qint64()> nowMs);
    const Policy &policy() const { return m_policy; }

    // Loads the store's jobs and resumes watching the unfinished ones. fixup may adjust
    // each job first (e.g. point its endpoint where the service listens now).
    void restore(const std::function<void(BatchJob *)> &fixup = {});
    // Adds or replaces a job, stores it and, unless it has ended, polls it right away.
    void addJob(const BatchJob &job);
    // Forgets the job here and in the store; the service is not asked.
    void removeJob(const QString &id);
    // Polls now and then every minInterval again; ignored while a poll of it is in flight.
    void refresh(const QString &id);
    // Records a state the caller learnt itself (e.g. after start or delete) and watches again.
    void setState(const QString &id, const JobState &state);

    QList<BatchJob> jobs() const { return m_jobs; }
    std::optional<BatchJob> job(const QString &id) const;
    bool isWatching(const QString &id) const { return m_watches.contains(id); }
    int watchingCount() const { return int(m_watches.size()); }
    int pollsInFlight() const { return m_inFlight; }
    // Milliseconds until the job's next poll; -1 when not watched or in flight.
    qint64 nextPollInMs(const QString &id) const;
    // Forces every pending write out now.
    void flush();

Q_SIGNALS:
    void jobAdded(const portico::client::BatchJob &job);
    void jobChanged(const portico::client::BatchJob &job);
    void jobRemoved(const QString &id);
    // Once per job, when it reaches Finished, Failed or Cancelled while watched.
    void jobEnded(const portico::client::BatchJob &job);
    void pollStarted(const QString &id);
    // The job list could not be written (a full disk, say); the jobs stay in memory.
    void storeFailed(const QString &message);

private:
    struct Watch
    {
        qint64 dueMs = 0;
        int intervalMs = 1000;
        bool inFlight = false;
        quint64 callId = 0;
    };

    void watch(const QString &id, qint64 delayMs);
    void unwatch(const QString &id);
    void reschedule(const QString &id, qint64 delayMs);
    void pollDue();
    void poll(const QString &id);
    void armTimer();
    void markDirty(const QString &id);
    int indexOf(const QString &id) const { return m_index.value(id, -1); }

    BesClient *m_client;
    JobStore *m_store;
    Policy m_policy;
    QList<BatchJob> m_jobs;
    QHash<QString, int> m_index;
    QHash<QString, Watch> m_watches;
    std::set<std::pair<qint64, QString>> m_queue; // (due, id) of watches not in flight
    qint64 now() const { return m_now ? m_now() : m_clock.elapsed(); }

    QElapsedTimer m_clock;
    std::function<qint64()> m_now;
    QTimer m_timer;
    QTimer m_storeTimer;
    QSet<QString> m_dirty;
    int m_inFlight = 0;
};

} // namespace portico::client
