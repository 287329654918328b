// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Keeps the console's batch jobs and has the unfinished ones watched on a thread of their own
// (a JobPoller with its own network engine and job store connection), so a thousand jobs
// polled cost the thread that shows them one batch of changes per update tick. Lives on the
// thread that shows the jobs; every call answers at once from the jobs as last known here.

#include "client/jobs/batchjob.h"
#include "client/jobs/jobpoller.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

class QThread;

namespace portico::client {

class BesClient;
class JobStore;

class JobMonitor : public QObject
{
    Q_OBJECT
public:
    using Policy = JobPoller::Policy;

    // client gives the poller its keychain profile, proxy, user agent and certificate
    // exceptions; the poller talks through an engine of its own. store may be null (nothing
    // persists); the poller writes through a connection of its own to the same file.
    JobMonitor(BesClient *client, JobStore *store, QObject *parent = nullptr);
    ~JobMonitor() override;

    void setPolicy(const Policy &policy);
    Policy policy() const;
    // Milliseconds on a monotonic clock; by default since the monitor was made. A caller
    // that moves its own clock on sees the polls due by then sent at the next timer tick.
    // Called on the poller's thread: it must be safe to call from there.
    void setClock(std::function<qint64()> nowMs);

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

    // The jobs as the poller knows them now, which may be a little ahead of the signals.
    QList<BatchJob> jobs() const;
    std::optional<BatchJob> job(const QString &id) const;
    bool isWatching(const QString &id) const;
    int watchingCount() const;
    int pollsInFlight() const;
    // Milliseconds until the job's next poll; -1 when not watched or in flight.
    qint64 nextPollInMs(const QString &id) const;
    // Forces every pending write out now (waits for the poller's thread to write).
    void flush();

    // The thread the polls run on, for checks that the work is not done here.
    QThread *pollingThread() const { return m_thread; }

Q_SIGNALS:
    void jobAdded(const portico::client::BatchJob &job);
    void jobChanged(const portico::client::BatchJob &job);
    // Every change of one update tick together (after the jobChanged of each): views update
    // once per tick, however many jobs changed.
    void jobsChanged(const QList<portico::client::BatchJob> &jobs);
    void jobRemoved(const QString &id);
    // Once per job, when it reaches Finished, Failed or Cancelled while watched.
    void jobEnded(const portico::client::BatchJob &job);
    // The job list could not be written (a full disk, say); the jobs stay in memory.
    void storeFailed(const QString &message);

private:
    void applyUpdates();
    void put(const BatchJob &job);
    int indexOf(const QString &id) const { return m_index.value(id, -1); }

    JobStore *m_store;
    QList<BatchJob> m_jobs;
    QHash<QString, int> m_index;
    QThread *m_thread;
    QObject *m_anchor; // lives on m_thread; parent of everything there
    JobPoller *m_poller = nullptr;
};

} // namespace portico::client
