// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// Pins HistoryUsage over a real HistoryStore: exchanges recorded as the console records them
// come back as exact counts per outcome bucket, per time bucket, per operation and per API,
// with nearest-rank latency percentiles, and nothing outside the window counts.

#include "client/catalog/workspace.h"
#include "client/history/historystore.h"
#include "client/http/redactedexchange.h"
#include "client/usage/historyusage.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using portico::client::CallOutcome;
using portico::client::Exchange;
using portico::client::HistoryStore;
using portico::client::HistoryUsage;
using portico::client::UsageRange;
using portico::client::UsageReport;
using portico::client::UsageWindow;

namespace {

constexpr qint64 kMinute = 60'000;
// A Friday, 10:32:00 UTC: whole five-minute buckets start at 10:30, 10:25, …
const QDateTime kNow = QDateTime(QDate(2026, 11, 27), QTime(10, 32), Qt::UTC);

Exchange exchange(qint64 atMs, int status, qint64 durationMs, int retryAfter = -1)
{
    Exchange e;
    e.request.method = "POST";
    e.request.url =
        QUrl(u"http://127.0.0.1:9/azureml-demo/workspaces/w/services/s/execute?api-version=2.0&details=true"_s);
    e.status = status;
    e.startedAt = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
    e.finishedAfterMs = durationMs;
    e.retryAfterSeconds = retryAfter;
    return e;
}

portico::client::Workspace names()
{
    portico::client::Workspace w;
    portico::client::Api api;
    api.id = u"azureml-demo"_s;
    api.name = u"AzureML Demo API"_s;
    portico::client::Operation rrs;
    rrs.id = u"rrs-execute"_s;
    rrs.name = u"RRS Execute"_s;
    api.operations = {rrs};
    w.apis = {api};
    return w;
}

} // namespace

class TestHistoryUsage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void outcomesFallInTheirBuckets();
    void percentilesAreNearestRankOverTheOperationsCalls();
    void callsAreCountedInTheirTimeBucketAndOutsideTheWindowNotAtAll();
    void callsAreGroupedByApiWithWorkspaceNames();
    void windowsEndWithTheBucketHoldingNow();

private:
    qint64 record(const QString &apiId, const QString &operationId, const Exchange &e);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;
};

void TestHistoryUsage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<HistoryStore>(m_dir->filePath(u"history.sqlite"_s));
    QString error;
    QVERIFY2(m_store->open(&error), qPrintable(error));
}

void TestHistoryUsage::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

qint64 TestHistoryUsage::record(const QString &apiId, const QString &operationId, const Exchange &e)
{
    return m_store->record(apiId, operationId, portico::client::RedactedExchange::of(e, {}));
}

void TestHistoryUsage::outcomesFallInTheirBuckets()
{
    const qint64 t = kNow.toMSecsSinceEpoch() - kMinute;
    const QString api = u"azureml-demo"_s;
    const QString op = u"rrs-execute"_s;
    for (int status : {200, 201, 304})
        QVERIFY(record(api, op, exchange(t, status, 10)) >= 0);
    for (int status : {400, 401, 404})
        QVERIFY(record(api, op, exchange(t, status, 10)) >= 0);
    QVERIFY(record(api, op, exchange(t, 403, 10)) >= 0);      // forbidden, no Retry-After: client error
    QVERIFY(record(api, op, exchange(t, 403, 10, 600)) >= 0); // spent quota: throttled
    QVERIFY(record(api, op, exchange(t, 429, 10, 12)) >= 0);  // rate limit: throttled
    QVERIFY(record(api, op, exchange(t, 500, 10)) >= 0);
    QVERIFY(record(api, op, exchange(t, 503, 10, 5)) >= 0); // overloaded, even with Retry-After: server error
    Exchange unreachable = exchange(t, 0, -1);
    unreachable.error = u"Connection refused by 127.0.0.1"_s;
    QVERIFY(record(api, op, unreachable) >= 0);
    Exchange cancelled = exchange(t, 0, -1);
    cancelled.cancelled = true;
    cancelled.error = u"Cancelled."_s;
    QVERIFY(record(api, op, cancelled) >= 0); // the user stopped it: not counted

    const UsageReport report = HistoryUsage::fromStore(*m_store, UsageWindow::ending(UsageRange::LastHour, kNow));
    const auto totals = report.totals();
    QCOMPARE(totals.success, 3);
    QCOMPARE(totals.clientError, 4);
    QCOMPARE(totals.throttled, 2);
    QCOMPARE(totals.serverError, 3);
    QCOMPARE(report.byOperation.size(), 1);
    QCOMPARE(report.byOperation.first().calls, totals);
}

void TestHistoryUsage::percentilesAreNearestRankOverTheOperationsCalls()
{
    const qint64 t = kNow.toMSecsSinceEpoch() - 2 * kMinute;
    // 1..40 ms for one operation, recorded out of order; 7 ms for the other.
    for (int i = 0; i < 40; ++i)
        QVERIFY(record(u"azureml-demo"_s, u"rrs-execute"_s, exchange(t, 200, (i * 17) % 40 + 1)) >= 0);
    QVERIFY(record(u"azureml-demo"_s, u"bes-status"_s, exchange(t, 200, 7)) >= 0);

    const UsageReport report =
        HistoryUsage::fromStore(*m_store, UsageWindow::ending(UsageRange::LastHour, kNow), nullptr);
    QCOMPARE(report.byOperation.size(), 2);
    const auto &bes = report.byOperation.at(0);
    const auto &rrs = report.byOperation.at(1);
    QCOMPARE(rrs.operationId, u"rrs-execute"_s);
    QCOMPARE(rrs.name, u"rrs-execute"_s); // no workspace given: the id stands in
    QVERIFY(rrs.hasPercentiles);
    QCOMPARE(rrs.p50Ms, 20); // the 20th of 40
    QCOMPARE(rrs.p95Ms, 38); // the 38th
    QCOMPARE(rrs.p99Ms, 40); // ceil(39.6) = the 40th
    QCOMPARE(rrs.minMs, 1);
    QCOMPARE(rrs.maxMs, 40);
    QCOMPARE(rrs.averageMs, 20.5);
    QCOMPARE(bes.p50Ms, 7);
    QCOMPARE(bes.p99Ms, 7);
}

void TestHistoryUsage::callsAreCountedInTheirTimeBucketAndOutsideTheWindowNotAtAll()
{
    const UsageWindow window = UsageWindow::ending(UsageRange::LastHour, kNow);
    const qint64 now = kNow.toMSecsSinceEpoch();
    QVERIFY(record(u"a"_s, u"op"_s, exchange(now, 200, 1)) >= 0);                             // 10:32, the last bucket
    QVERIFY(record(u"a"_s, u"op"_s, exchange(now - 2 * kMinute, 429, 1, 3)) >= 0);            // 10:30, the last bucket
    QVERIFY(record(u"a"_s, u"op"_s, exchange(now - 3 * kMinute, 500, 1)) >= 0);               // 10:29, the one before
    QVERIFY(record(u"a"_s, u"op"_s, exchange(window.from.toMSecsSinceEpoch(), 200, 1)) >= 0); // 09:35, the first
    QVERIFY(record(u"a"_s, u"op"_s, exchange(window.from.toMSecsSinceEpoch() - 1, 200, 1)) >= 0); // just before it

    const UsageReport report = HistoryUsage::fromStore(*m_store, window);
    QCOMPARE(report.overTime.size(), 12);
    QCOMPARE(report.overTime.first().start, QDateTime(QDate(2026, 11, 27), QTime(9, 35), Qt::UTC));
    QCOMPARE(report.overTime.last().start, QDateTime(QDate(2026, 11, 27), QTime(10, 30), Qt::UTC));
    QCOMPARE(report.overTime.at(11).calls.success, 1);
    QCOMPARE(report.overTime.at(11).calls.throttled, 1);
    QCOMPARE(report.overTime.at(10).calls.serverError, 1);
    QCOMPARE(report.overTime.at(0).calls.success, 1);
    QCOMPARE(report.totals().total(), 4);

    // A day's window cuts the same calls into hours: 10:00 holds the three latest.
    const UsageReport day = HistoryUsage::fromStore(*m_store, UsageWindow::ending(UsageRange::LastDay, kNow));
    QCOMPARE(day.overTime.size(), 24);
    QCOMPARE(day.overTime.last().calls.total(), 3);
    QCOMPARE(day.overTime.at(22).calls.total(), 2);
}

void TestHistoryUsage::callsAreGroupedByApiWithWorkspaceNames()
{
    const qint64 t = kNow.toMSecsSinceEpoch();
    QVERIFY(record(u"azureml-demo"_s, u"rrs-execute"_s, exchange(t, 200, 1)) >= 0);
    QVERIFY(record(u"azureml-demo"_s, u"rrs-execute"_s, exchange(t, 429, 1, 4)) >= 0);
    QVERIFY(record(u"other-api"_s, u"get"_s, exchange(t, 404, 1)) >= 0);

    const portico::client::Workspace workspace = names();
    const UsageReport report =
        HistoryUsage::fromStore(*m_store, UsageWindow::ending(UsageRange::LastWeek, kNow), &workspace);
    QCOMPARE(report.grouping, UsageReport::Grouping::ByApi);
    QCOMPARE(report.byGroup.size(), 2);
    QCOMPARE(report.byGroup.at(0).name, u"AzureML Demo API"_s);
    QCOMPARE(report.byGroup.at(0).calls.success, 1);
    QCOMPARE(report.byGroup.at(0).calls.throttled, 1);
    QCOMPARE(report.byGroup.at(1).name, u"other-api"_s);
    QCOMPARE(report.byGroup.at(1).calls.clientError, 1);
    QCOMPARE(report.byOperation.at(0).name, u"RRS Execute"_s);
}

void TestHistoryUsage::windowsEndWithTheBucketHoldingNow()
{
    const UsageWindow hour = UsageWindow::ending(UsageRange::LastHour, kNow);
    QCOMPARE(hour.interval(), u"PT5M"_s);
    QCOMPARE(hour.to, QDateTime(QDate(2026, 11, 27), QTime(10, 35), Qt::UTC));
    const UsageWindow day = UsageWindow::ending(UsageRange::LastDay, kNow);
    QCOMPARE(day.interval(), u"PT1H"_s);
    QCOMPARE(day.from, QDateTime(QDate(2026, 11, 26), QTime(11, 0), Qt::UTC));
    const UsageWindow week = UsageWindow::ending(UsageRange::LastWeek, kNow);
    QCOMPARE(week.interval(), u"P1D"_s);
    QCOMPARE(week.bucketCount, 7);
    QCOMPARE(week.from, QDateTime(QDate(2026, 11, 21), QTime(0, 0), Qt::UTC));
    QCOMPARE(week.to, QDateTime(QDate(2026, 11, 28), QTime(0, 0), Qt::UTC));
}

QTEST_GUILESS_MAIN(TestHistoryUsage)
#include "tst_historyusage.moc"
