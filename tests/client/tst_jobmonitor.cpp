// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// JobMonitor against a batch service on 127.0.0.1: it polls while jobs change, backs off
// while they do not, waits out Retry-After, never overlaps two polls of a job, stops when a
// job ends, and picks unfinished jobs up again from the store after a restart.
#include "client/http/httpengine.h"
#include "client/jobs/besclient.h"
#include "client/jobs/jobmonitor.h"
#include "client/jobs/jobstore.h"

#include "../common/testbesservice.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portico::client;

class TestJobMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void backsOffWhileNothingChanges();
    void aChangeBringsThePaceBack();
    void honoursRetryAfter();
    void neverTwoPollsOfOneJobAtOnce();
    void manyJobsShareABoundedNumberOfPolls();
    void stopsForEndedJobsAndSaysSoOnce();
    void restartResumesUnfinishedJobsFromTheStore();
    void failedPollsShowWhyAndKeepTrying();

private:
    BatchJob submittedJob(int status = 1);
    JobMonitor::Policy fastPolicy() const
    {
        JobMonitor::Policy p;
        p.minIntervalMs = 50;
        p.maxIntervalMs = 400;
        p.storeDelayMs = 20;
        return p;
    }

    // Once a poll of the job has reached the service (the calls-th) and been answered, how
    // far away the next one is; -1 if that does not happen.
    qint64 nextPollAfter(const JobMonitor &monitor, const QString &id, int calls)
    {
        const bool answered = QTest::qWaitFor(
            [&] { return m_service->job(id).statusCalls >= calls && monitor.nextPollInMs(id) >= 0; }, 10'000);
        return answered ? monitor.nextPollInMs(id) : -1;
    }

    qint64 m_nowMs = 0; // the monitor's clock where a test sets it
    std::unique_ptr<TestBesService> m_service;
    HttpEngine m_engine;
    std::unique_ptr<BesClient> m_client;
    QTemporaryDir m_dir;
};

void TestJobMonitor::init()
{
    m_nowMs = 0;
    m_service = std::make_unique<TestBesService>();
    m_service->scoreOnStart = false;
    QVERIFY(m_service->listen());
    m_client = std::make_unique<BesClient>(nullptr, &m_engine);
}

void TestJobMonitor::cleanup()
{
    m_client.reset();
    m_service.reset();
}

BatchJob TestJobMonitor::submittedJob(int status)
{
    TestBesService::Job j;
    j.id = QUuid::createUuid().toString(QUuid::Id128);
    j.created = QDateTime::currentDateTimeUtc();
    m_service->jobs.insert(j.id, j);
    m_service->order.append(j.id);
    m_service->setStatus(j.id, status);
    BatchJob job;
    job.id = j.id;
    job.endpoint.jobsUrl = m_service->jobsUrl();
    // A literal header here: these tests are about timing, not the keychain.
    job.endpoint.headers = {{"Authorization", "Bearer " + m_service->apiKey.toUtf8()}};
    job.state.status = JobStatus(status);
    return job;
}

void TestJobMonitor::backsOffWhileNothingChanges()
{
    JobMonitor monitor(m_client.get(), nullptr);
    monitor.setPolicy(fastPolicy());
    monitor.setClock([this] { return m_nowMs; });
    const BatchJob job = submittedJob();
    monitor.addJob(job);
    // The first answer is a change (times and JSON appear), so the next poll is the minimum
    // away; after that, each unchanged answer doubles the wait up to the maximum.
    QList<qint64> scheduled;
    for (int poll = 1; poll <= 6; ++poll) {
        const qint64 next = nextPollAfter(monitor, job.id, poll);
        QVERIFY2(next >= 0, "the poll was not answered");
        scheduled.append(next);
        m_nowMs += next;
    }
    QCOMPARE(scheduled, (QList<qint64>{50, 100, 200, 400, 400, 400}));
    // The service saw each poll only once the clock had reached it.
    QCOMPARE(m_service->job(job.id).statusCalls, 6);
    QVERIFY(monitor.isWatching(job.id));
}

void TestJobMonitor::aChangeBringsThePaceBack()
{
    JobMonitor monitor(m_client.get(), nullptr);
    monitor.setPolicy(fastPolicy());
    monitor.setClock([this] { return m_nowMs; });
    const BatchJob job = submittedJob();
    QSignalSpy changed(&monitor, &JobMonitor::jobChanged);
    monitor.addJob(job);
    qint64 next = 0;
    for (int poll = 1; poll <= 4; ++poll) {
        next = nextPollAfter(monitor, job.id, poll);
        QVERIFY(next >= 0);
        m_nowMs += next;
    }
    QCOMPARE(next, 400); // backed off to the maximum
    m_service->setStatus(job.id, 1, 7);
    monitor.refresh(job.id);
    // Right after a change the next poll is the minimum interval away.
    QCOMPARE(nextPollAfter(monitor, job.id, 5), 50);
    QCOMPARE(monitor.job(job.id)->state.rowsDone, 7);
    QVERIFY(!changed.isEmpty());
}

void TestJobMonitor::honoursRetryAfter()
{
    JobMonitor monitor(m_client.get(), nullptr);
    monitor.setPolicy(fastPolicy());
    monitor.setClock([this] { return m_nowMs; });
    const BatchJob job = submittedJob();
    m_service->throttleCount = 1;
    m_service->retryAfterSeconds = 1;
    monitor.addJob(job);
    QTRY_VERIFY_WITH_TIMEOUT(m_service->throttled == 1 && monitor.nextPollInMs(job.id) >= 0, 10'000);
    // The service asked for a second; the backoff alone would have waited 100 ms.
    QCOMPARE(monitor.nextPollInMs(job.id), 1000);
    m_nowMs += 999;
    QCOMPARE(monitor.nextPollInMs(job.id), 1);
    m_nowMs += 1;
    QTRY_VERIFY_WITH_TIMEOUT(
        monitor.job(job.id)->state.status == JobStatus::Running && monitor.job(job.id)->lastError.isEmpty(), 5'000);
    QCOMPARE(m_service->job(job.id).statusCalls, 1); // the throttled call is not counted as a status call
}

void TestJobMonitor::neverTwoPollsOfOneJobAtOnce()
{
    JobMonitor monitor(m_client.get(), nullptr);
    monitor.setPolicy(fastPolicy());
    monitor.setClock([this] { return m_nowMs; }); // only refresh() makes it poll
    const BatchJob job = submittedJob();
    m_service->statusDelayMs = 100; // the service holds each poll a while
    monitor.addJob(job);
    for (int round = 1; round <= 4; ++round) {
        // A poll is on the wire: the user pressing F5 impatiently changes nothing.
        QTRY_COMPARE_WITH_TIMEOUT(m_service->job(job.id).inFlight, 1, 10'000);
        QCOMPARE(m_service->job(job.id).statusCalls, round);
        for (int i = 0; i < 5; ++i)
            monitor.refresh(job.id);
        QCOMPARE(monitor.pollsInFlight(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(monitor.nextPollInMs(job.id) >= 0, 10'000); // answered
        monitor.refresh(job.id); // and now it polls again
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_service->job(job.id).statusCalls, 5, 10'000);
    QCOMPARE(m_service->job(job.id).maxInFlight, 1);
}

void TestJobMonitor::manyJobsShareABoundedNumberOfPolls()
{
    JobMonitor monitor(m_client.get(), nullptr);
    JobMonitor::Policy policy = fastPolicy();
    policy.maxConcurrentPolls = 4;
    monitor.setPolicy(policy);
    m_service->statusDelayMs = 30;
    QList<QString> ids;
    for (int i = 0; i < 60; ++i) {
        const BatchJob job = submittedJob();
        ids.append(job.id);
        monitor.addJob(job);
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(ids.cbegin(), ids.cend(), [&](const QString &id) { return m_service->job(id).statusCalls >= 2; }),
        20'000);
    QVERIFY2(m_service->maxInFlightAll <= 4, qPrintable(QString::number(m_service->maxInFlightAll)));
    QCOMPARE(monitor.watchingCount(), 60);
}

void TestJobMonitor::stopsForEndedJobsAndSaysSoOnce()
{
    JobMonitor monitor(m_client.get(), nullptr);
    monitor.setPolicy(fastPolicy());
    monitor.setClock([this] { return m_nowMs; });
    QSignalSpy ended(&monitor, &JobMonitor::jobEnded);
    const BatchJob job = submittedJob();
    monitor.addJob(job);
    QTRY_VERIFY_WITH_TIMEOUT(m_service->job(job.id).statusCalls >= 1, 5'000);
    m_service->job(job.id).details = u"InputParseError: row 2 has no Col2"_s;
    m_service->setStatus(job.id, 2);
    monitor.refresh(job.id);
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 5'000);
    const BatchJob failed = ended.first().first().value<BatchJob>();
    QCOMPARE(failed.state.status, JobStatus::Failed);
    QCOMPARE(failed.state.details, u"InputParseError: row 2 has no Col2"_s);
    QVERIFY(!monitor.isWatching(job.id));
    const int calls = m_service->job(job.id).statusCalls;
    monitor.refresh(job.id); // an explicit refresh still asks once, and ends again quietly
    QTRY_COMPARE_WITH_TIMEOUT(m_service->job(job.id).statusCalls, calls + 1, 5'000);
    QTRY_VERIFY_WITH_TIMEOUT(monitor.pollsInFlight() == 0, 5'000);
    QVERIFY(!monitor.isWatching(job.id));
    QCOMPARE(monitor.nextPollInMs(job.id), -1);
    // The proof that nothing more is asked: past the longest wait, a job still running is
    // polled, and the ended one, due at the same timer tick, is not.
    const BatchJob other = submittedJob();
    monitor.addJob(other);
    QTRY_COMPARE_WITH_TIMEOUT(m_service->job(other.id).statusCalls, 1, 5'000);
    QTRY_VERIFY_WITH_TIMEOUT(monitor.nextPollInMs(other.id) >= 0, 5'000);
    m_nowMs += fastPolicy().maxIntervalMs * 2;
    QTRY_COMPARE_WITH_TIMEOUT(m_service->job(other.id).statusCalls, 2, 5'000);
    QCOMPARE(m_service->job(job.id).statusCalls, calls + 1);
    QCOMPARE(ended.size(), 1);
}

void TestJobMonitor::restartResumesUnfinishedJobsFromTheStore()
{
    const QString path = JobStore::defaultPath(m_dir.path());
    QFile::remove(path);
    const BatchJob running = submittedJob(1);
    const BatchJob finished = submittedJob(4);
    {
        JobStore store(path);
        QVERIFY(store.open());
        JobMonitor monitor(m_client.get(), &store);
        monitor.setPolicy(fastPolicy());
        monitor.addJob(running);
        monitor.addJob(finished);
        QTRY_VERIFY_WITH_TIMEOUT(m_service->job(running.id).statusCalls >= 1, 5'000);
    } // the console quits: the monitor writes what it knows
    const int callsBefore = m_service->job(running.id).statusCalls;
    m_service->setStatus(running.id, 4, 3);

    JobStore store(path);
    QVERIFY(store.open());
    JobMonitor monitor(m_client.get(), &store);
    monitor.setPolicy(fastPolicy());
    QSignalSpy ended(&monitor, &JobMonitor::jobEnded);
    // A literal key in a header is never stored; the console puts the endpoint back
    // together from its workspace (and keychain references) when it restores.
    for (const QString &file : QStringList{path, path + u"-wal"_s}) {
        QFile bytes(file);
        if (bytes.open(QIODevice::ReadOnly))
            QVERIFY(!bytes.readAll().contains(m_service->apiKey.toUtf8()));
    }
    monitor.restore([&](BatchJob *job) {
        QCOMPARE(job->endpoint.headers.first().second, QByteArray("Bearer \u2022\u2022\u2022\u2022\u2022\u2022"));
        job->endpoint.headers = running.endpoint.headers;
    });
    QCOMPARE(monitor.jobs().size(), 2);
    QVERIFY(monitor.isWatching(running.id));
    QVERIFY(!monitor.isWatching(finished.id));
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 5'000);
    QCOMPARE(ended.first().first().value<BatchJob>().id, running.id);
    QVERIFY(m_service->job(running.id).statusCalls > callsBefore);
    QCOMPARE(m_service->job(finished.id).statusCalls, 0);
    monitor.flush();
    QCOMPARE(store.jobs().first().state.status, JobStatus::Finished);
}

void TestJobMonitor::failedPollsShowWhyAndKeepTrying()
{
    JobMonitor monitor(m_client.get(), nullptr);
    monitor.setPolicy(fastPolicy());
    BatchJob job = submittedJob();
    job.endpoint.headers = {{"Authorization", "Bearer wrong"}};
    monitor.addJob(job);
    QTRY_VERIFY_WITH_TIMEOUT(!monitor.job(job.id)->lastError.isEmpty(), 5'000);
    QVERIFY(monitor.job(job.id)->lastError.contains(u"Invalid credentials"_s));
    QVERIFY(monitor.isWatching(job.id));
    job.endpoint.headers = {{"Authorization", "Bearer " + m_service->apiKey.toUtf8()}};
    monitor.addJob(job); // e.g. the endpoint re-resolved with the right key
    QTRY_VERIFY_WITH_TIMEOUT(monitor.job(job.id)->lastError.isEmpty() && monitor.job(job.id)->state.startedAt.isValid(),
                             5'000);
}

QTEST_GUILESS_MAIN(TestJobMonitor)
#include "tst_jobmonitor.moc"
