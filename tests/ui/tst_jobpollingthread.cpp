// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The job monitor polls on a thread of its own, against a batch service on 127.0.0.1: polls go
// on while the thread that shows the jobs is busy, the answers of one tick reach the Jobs
// table as one update, and a job removed while its poll is on the wire gives its place among
// the polls in flight to the next job.
#include "client/http/httpengine.h"
#include "client/jobs/besclient.h"
#include "client/jobs/jobmonitor.h"
#include "ui/jobs/jobsmodel.h"

#include "../common/testbesservice.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace portico::client;

class TestJobPollingThread : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pollsGoOnWhileTheShowingThreadIsBusy();
    void oneTicksAnswersReachTheTableAsOneUpdate();
    void aJobRemovedMidPollGivesItsPlaceToTheNext();

private:
    static JobMonitor::Policy fastPolicy()
    {
        JobMonitor::Policy p;
        p.minIntervalMs = 50;
        p.maxIntervalMs = 400;
        p.storeDelayMs = 20;
        return p;
    }
    static BatchJob jobOn(TestBesService *service, const QString &id)
    {
        TestBesService::Job j;
        j.id = id;
        j.created = QDateTime::currentDateTimeUtc();
        service->jobs.insert(j.id, j);
        service->order.append(j.id);
        service->setStatus(j.id, 1);
        BatchJob job;
        job.id = id;
        job.endpoint.jobsUrl = service->jobsUrl();
        job.endpoint.headers = {{"Authorization", "Bearer " + service->apiKey.toUtf8()}};
        job.state.status = JobStatus::Running;
        return job;
    }
};

void TestJobPollingThread::pollsGoOnWhileTheShowingThreadIsBusy()
{
    // The service answers from a thread of its own, so only the monitor's thread is left to
    // keep polling while this one is busy.
    QThread serverThread;
    serverThread.start();
    QObject anchor;
    anchor.moveToThread(&serverThread);
    TestBesService *service = nullptr;
    QList<BatchJob> jobs;
    QMetaObject::invokeMethod(
        &anchor,
        [&] {
            service = new TestBesService;
            service->scoreOnStart = false;
            QVERIFY(service->listen());
            for (int i = 0; i < 3; ++i)
                jobs.append(jobOn(service, u"busy%1"_s.arg(i)));
        },
        Qt::BlockingQueuedConnection);
    const auto statusCalls = [&] {
        int n = 0;
        QMetaObject::invokeMethod(
            &anchor,
            [&] {
                for (const auto &j : std::as_const(service->jobs))
                    n += j.statusCalls;
            },
            Qt::BlockingQueuedConnection);
        return n;
    };

    HttpEngine engine;
    BesClient client(nullptr, &engine);
    {
        JobMonitor monitor(&client, nullptr);
        monitor.setPolicy(fastPolicy());
        QVERIFY(monitor.pollingThread() != QThread::currentThread());
        int batches = 0;
        connect(&monitor, &JobMonitor::jobsChanged, this, [&] { ++batches; });
        for (const BatchJob &job : std::as_const(jobs))
            monitor.addJob(job);
        // Busy without an event loop, like a long layout or a slow paint: every job is polled
        // several times (backing off 50, 100, 200 ms) all the same. The deadline only keeps a
        // broken monitor from hanging the test.
        const QDeadlineTimer guard(60'000);
        while (statusCalls() < 12 && !guard.hasExpired())
            QThread::yieldCurrentThread();
        QVERIFY2(statusCalls() >= 12, qPrintable(QString::number(statusCalls())));
        // What the polls learnt arrives here once this thread listens again.
        QCOMPARE(batches, 0);
        QTRY_VERIFY_WITH_TIMEOUT(batches > 0, 10'000);
        QVERIFY(monitor.job(jobs.first().id)->state.startedAt.isValid());
        QCOMPARE(monitor.watchingCount(), 3);
    }
    QMetaObject::invokeMethod(
        &anchor, [&] { delete service; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
}

void TestJobPollingThread::oneTicksAnswersReachTheTableAsOneUpdate()
{
    TestBesService service;
    service.scoreOnStart = false;
    QVERIFY(service.listen());
    HttpEngine engine;
    BesClient client(nullptr, &engine);
    JobMonitor monitor(&client, nullptr);
    JobMonitor::Policy policy = fastPolicy();
    policy.updateDelayMs = 400;
    monitor.setPolicy(policy);
    portico::ui::JobsModel model(&monitor);
    int perJob = 0;
    int batches = 0;
    qsizetype batched = 0;
    connect(&monitor, &JobMonitor::jobChanged, this, [&] { ++perJob; });
    connect(&monitor, &JobMonitor::jobsChanged, this, [&](const QList<BatchJob> &jobs) {
        ++batches;
        batched += jobs.size();
    });
    QSignalSpy tableUpdates(&model, &QAbstractItemModel::dataChanged);
    constexpr int kJobs = 40;
    for (int i = 0; i < kJobs; ++i)
        monitor.addJob(jobOn(&service, u"tick%1"_s.arg(i)));
    QCOMPARE(model.rowCount(), kJobs);
    // Each job's first answer is a change (its start time and JSON appear).
    QTRY_VERIFY_WITH_TIMEOUT(perJob >= kJobs, 20'000);
    QCOMPARE(batched, qsizetype(perJob));
    QVERIFY2(batches * 4 <= perJob, qPrintable(u"%1 batches for %2 changes"_s.arg(batches).arg(perJob)));
    // One table update per batch, not one per job (the elapsed column's own tick aside).
    int rowUpdates = 0;
    for (const QList<QVariant> &args : std::as_const(tableUpdates)) {
        const auto topLeft = args.at(0).value<QModelIndex>();
        const auto bottomRight = args.at(1).value<QModelIndex>();
        if (topLeft.column() == 0 && bottomRight.column() == portico::ui::JobsModel::ColumnCount - 1)
            ++rowUpdates;
    }
    QCOMPARE(rowUpdates, batches);
    for (int row = 0; row < kJobs; ++row)
        QVERIFY(model.job(row).state.startedAt.isValid());
}

void TestJobPollingThread::aJobRemovedMidPollGivesItsPlaceToTheNext()
{
    TestBesService service;
    service.scoreOnStart = false;
    service.statusDelayMs = 300; // each poll stays on the wire a while
    QVERIFY(service.listen());
    HttpEngine engine;
    BesClient client(nullptr, &engine);
    JobMonitor monitor(&client, nullptr);
    JobMonitor::Policy policy = fastPolicy();
    policy.maxConcurrentPolls = 1;
    monitor.setPolicy(policy);
    const BatchJob first = jobOn(&service, u"first"_s);
    const BatchJob second = jobOn(&service, u"second"_s);
    monitor.addJob(first);
    QTRY_COMPARE_WITH_TIMEOUT(service.job(first.id).inFlight, 1, 10'000);
    monitor.addJob(second); // waits: the one place is taken
    QCOMPARE(monitor.pollsInFlight(), 1);
    monitor.removeJob(first.id);
    QVERIFY(!monitor.isWatching(first.id));
    QVERIFY(!monitor.job(first.id));
    // The removed job's call is cancelled here (the service may still be holding its end of
    // it), and the waiting job goes out in its place, one at a time.
    QTRY_VERIFY_WITH_TIMEOUT(service.job(second.id).statusCalls >= 2, 10'000);
    QVERIFY(monitor.pollsInFlight() <= 1);
    QCOMPARE(service.job(first.id).statusCalls, 1);
    QCOMPARE(service.job(second.id).maxInFlight, 1);
    QCOMPARE(monitor.jobs().size(), 1);
}

QTEST_MAIN(TestJobPollingThread)
#include "tst_jobpollingthread.moc"
