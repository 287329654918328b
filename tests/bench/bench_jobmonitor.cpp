// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The Jobs view watching 1,000 running batch jobs, polled against a batch service on
// 127.0.0.1 (its own thread, so its work is not counted as the console's). Beside it, as the
// reference from the same run, the same view with no jobs, shown for as long. 100 of the jobs
// report progress every second (they keep being polled every second); the other 900 never
// change (their polls back off to every 30 s). Prints one JSON line:
//   idle.maxStallMs / watching.maxStallMs   the longest gap between 5 ms timer beats on
//                                           the UI thread during the measured window
//   idle.uiCpuSecondsPerMinute / watching…  the UI thread's CPU time, scaled to a minute
//   addMaxStallMs                           the longest gap while the 1,000 jobs were added
//   polls, pollsPerSecond                   status calls the service answered in the window
//   bench_jobmonitor [SECONDS]
#include "client/common/datapaths.h"
#include "client/jobs/jobmonitor.h"
#include "ui/jobs/jobsview.h"

#include "../common/jobspage.h"
#include "../common/testbesservice.h"
#include "../ui/stallmeter.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <time.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int kJobs = 1000;
constexpr int kChanging = 100;

double threadCpuSeconds()
{
    timespec now;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

void runFor(int ms)
{
    QEventLoop loop; // a benchmark's own driver, never a code path of the console
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

struct Window
{
    qint64 maxStallMs = 0;
    double cpuPerMinute = 0;
};

Window measure(int seconds)
{
    StallMeter meter;
    const double cpu0 = threadCpuSeconds();
    meter.start();
    runFor(seconds * 1000);
    meter.stop();
    return {meter.maxWallGap(), (threadCpuSeconds() - cpu0) * 60.0 / seconds};
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"portico.*.debug=false"_s);
    const int seconds = argc > 1 ? std::max(5, atoi(argv[1])) : 30;
    QTemporaryDir dir;

    QThread serverThread;
    serverThread.start();
    QObject anchor;
    anchor.moveToThread(&serverThread);
    TestBesService *service = nullptr;
    QUrl jobsUrl;
    QStringList ids;
    QMetaObject::invokeMethod(
        &anchor,
        [&] {
            service = new TestBesService;
            service->scoreOnStart = false;
            service->listen();
            jobsUrl = service->jobsUrl();
            for (int i = 0; i < kJobs; ++i) {
                TestBesService::Job j;
                j.id = u"job%1"_s.arg(i, 4, 10, QLatin1Char('0'));
                j.created = QDateTime::currentDateTimeUtc();
                j.rowsTotal = 1'000'000;
                service->jobs.insert(j.id, j);
                service->setStatus(j.id, 1);
                ids.append(j.id);
            }
            auto *progress = new QTimer(service);
            QObject::connect(progress, &QTimer::timeout, service, [service] {
                for (int i = 0; i < kChanging; ++i)
                    service->jobs[u"job%1"_s.arg(i, 4, 10, QLatin1Char('0'))].rowsDone += 1000;
            });
            progress->start(1000);
        },
        Qt::BlockingQueuedConnection);
    auto polls = [&] {
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

    portico::testing::JobsPage page =
        portico::testing::makeJobsPage(portico::client::DataPaths(dir.path()), nullptr, {});
    portico::ui::JobsView &view = *page;
    view.resize(1200, 800);
    view.show();
    runFor(500);
    const Window idle = measure(seconds);

    StallMeter addMeter;
    addMeter.start();
    for (const QString &id : std::as_const(ids)) {
        portico::client::BatchJob job;
        job.id = id;
        job.endpoint.jobsUrl = jobsUrl;
        job.endpoint.headers = {{"Authorization", "Bearer " + service->apiKey.toUtf8()}};
        job.state.status = portico::client::JobStatus::Running;
        job.submittedAt = QDateTime::currentDateTimeUtc();
        view.monitor()->addJob(job);
    }
    runFor(3000); // the first round of 1,000 polls
    addMeter.stop();

    const int pollsBefore = polls();
    const Window watching = measure(seconds);
    const int pollsInWindow = polls() - pollsBefore;

    const QJsonObject out{
        {u"jobs"_s, kJobs},
        {u"seconds"_s, seconds},
        {u"idle"_s,
         QJsonObject{{u"maxStallMs"_s, double(idle.maxStallMs)}, {u"uiCpuSecondsPerMinute"_s, idle.cpuPerMinute}}},
        {u"watching"_s,
         QJsonObject{{u"maxStallMs"_s, double(watching.maxStallMs)},
                     {u"uiCpuSecondsPerMinute"_s, watching.cpuPerMinute}}},
        {u"addMaxStallMs"_s, double(addMeter.maxWallGap())},
        {u"polls"_s, pollsInWindow},
        {u"pollsPerSecond"_s, double(pollsInWindow) / seconds},
        {u"watchingCount"_s, view.monitor()->watchingCount()},
    };
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    QMetaObject::invokeMethod(
        &anchor, [&] { delete service; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return 0;
}
