// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The scheduler behind JobMonitor, on a thread of its own: polls each unfinished job about
// every second while it changes, backs off towards maxInterval while it does not, waits as long
// as Retry-After asks, never has two polls of one job or more than maxConcurrentPolls in
// flight, and stops once a job has ended. One timer and a due-time queue serve every job. What
// the polls learn is gathered and announced once per update tick, so the thread that shows the
// jobs gets one batch however many answers came in.
//
// Its mutators and queries may be called from any thread; the timers, the batch client and the
// job store are used only on the poller's own thread.

#include "client/jobs/batchjob.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QRecursiveMutex>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <set>

namespace portico::client {

class BesClient;
class JobStore;

class JobPoller : public QObject
{
    Q_OBJECT
public:
    struct Policy
    {
        int minIntervalMs = 1000;
        int maxIntervalMs = 30'000;
        int maxConcurrentPolls = 8;
        int storeDelayMs = 300;  // changes are written in one transaction per this period
        int updateDelayMs = 200; // answers are announced in one batch per this period
    };
    struct Updates
    {
        QList<BatchJob> changed; // each job's state as of now, once
        QList<BatchJob> ended;   // as they ended, in order
    };

    // client lives on the poller's thread. storePath empty: nothing persists.
    JobPoller(BesClient *client, const QString &storePath, QObject *parent = nullptr);
    ~JobPoller() override;

    void setPolicy(const Policy &policy);
    Policy policy() const;
    void setClock(std::function<qint64()> nowMs);

    void addJob(const BatchJob &job);
    void removeJob(const QString &id);
    void refresh(const QString &id);
    void setState(const QString &id, const JobState &state);

    QList<BatchJob> jobs() const;
    std::optional<BatchJob> job(const QString &id) const;
    bool isWatching(const QString &id) const;
    int watchingCount() const;
    int pollsInFlight() const;
    qint64 nextPollInMs(const QString &id) const;

    // What the polls learnt since the last call.
    Updates takeUpdates();

    // On the poller's thread only: opens the store (false and why when it cannot).
    bool openStore(QString *error);
    // On the poller's thread only: writes what is pending now.
    void flush();
    // On the poller's thread only: writes what is pending and cancels the polls in flight.
    void shutdown();

Q_SIGNALS:
    // Once per update tick in which polls changed or ended jobs; takeUpdates() has them.
    void updatesReady();
    void storeFailed(const QString &message);

private:
    struct Watch
    {
        qint64 dueMs = 0;
        int intervalMs = 1000;
        bool inFlight = false;
        quint64 token = 0;  // which poll the answer must belong to
        quint64 callId = 0; // the client's id of that poll
    };

    bool onOwnThread() const;
    qint64 now() const { return m_now ? m_now() : m_clock.elapsed(); }
    void wake();
    void service();
    void watch(const QString &id, qint64 delayMs);
    void unwatch(const QString &id);
    void retire(quint64 callId);
    void reschedule(const QString &id, qint64 delayMs);
    void pollDue();
    void poll(const QString &id);
    void armTimer();
    void noteChanged(const QString &id);
    void markDirty(const QString &id);
    int indexOf(const QString &id) const { return m_index.value(id, -1); }

    mutable QRecursiveMutex m_lock; // guards everything below but the timers and the store
    BesClient *m_client;
    QString m_storePath;
    std::unique_ptr<JobStore> m_store;
    Policy m_policy;
    QList<BatchJob> m_jobs;
    QHash<QString, int> m_index;
    QHash<QString, Watch> m_watches;
    std::set<std::pair<qint64, QString>> m_queue; // (due, id) of watches not in flight
    QElapsedTimer m_clock;
    std::function<qint64()> m_now;
    QSet<QString> m_dirty;
    QSet<QString> m_removed;
    QSet<QString> m_changed;
    QList<BatchJob> m_ended;
    int m_inFlight = 0;
    quint64 m_lastToken = 0;
    bool m_servicePosted = false;
    bool m_updatePending = false;
    QTimer *m_timer;
    QTimer *m_storeTimer;
    QTimer *m_updateTimer;
};

} // namespace portico::client
