// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// Pins CallsOverTimeModel: a well-behaved table (QAbstractItemModelTester from before it is
// filled) with one row per bucket, one numeric column per outcome, labels as precise as the
// bucket size, and no churn when a poll brings the same numbers.

#include "ui/dashboard/callsovertimemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using portico::client::TimeBucketUsage;
using portico::client::UsageRange;
using portico::client::UsageWindow;
using portico::ui::CallsOverTimeModel;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 27), QTime(10, 32), Qt::UTC);

QList<TimeBucketUsage> buckets(const UsageWindow &window, qint64 lastSuccess)
{
    TimeBucketUsage last;
    last.start = window.to.addMSecs(-window.bucketMs);
    last.calls.success = lastSuccess;
    last.calls.clientError = 3;
    last.calls.throttled = 2;
    last.calls.serverError = 1;
    return portico::client::fillBuckets(window, {last});
}

} // namespace

class TestCallsOverTimeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();

    void rowsAreBucketsWithCountsPerOutcome();
    void headersNameTheOutcomes();
    void samePollLeavesTheModelAlone();
    void newCountsUpdateInPlaceAndANewRangeResets();

private:
    CallsOverTimeModel *m_model = nullptr;
};

void TestCallsOverTimeModel::init()
{
    delete m_model;
    m_model = new CallsOverTimeModel(this);
    new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_model);
}

void TestCallsOverTimeModel::rowsAreBucketsWithCountsPerOutcome()
{
    const UsageWindow window = UsageWindow::ending(UsageRange::LastHour, kNow);
    m_model->setBuckets(buckets(window, 12), window.bucketMs);
    QCOMPARE(m_model->rowCount(), 12);
    QCOMPARE(m_model->columnCount(), int(CallsOverTimeModel::ColumnCount));
    const int last = m_model->rowCount() - 1;
    QCOMPARE(m_model->index(last, CallsOverTimeModel::SuccessColumn).data().toLongLong(), 12);
    QCOMPARE(m_model->index(last, CallsOverTimeModel::ClientErrorColumn).data().toLongLong(), 3);
    QCOMPARE(m_model->index(last, CallsOverTimeModel::ThrottledColumn).data().toLongLong(), 2);
    QCOMPARE(m_model->index(last, CallsOverTimeModel::ServerErrorColumn).data().toLongLong(), 1);
    QCOMPARE(m_model->index(last, 0).data(CallsOverTimeModel::TotalRole).toLongLong(), 18);
    QCOMPARE(m_model->index(0, 0).data(CallsOverTimeModel::TotalRole).toLongLong(), 0);
    QCOMPARE(m_model->index(last, 0).data(CallsOverTimeModel::BucketStartRole).toDateTime(),
             QDateTime(QDate(2026, 11, 27), QTime(10, 30), Qt::UTC));
    QCOMPARE(
        m_model->index(last, CallsOverTimeModel::TimeColumn).data().toString(),
        QLocale().toString(QDateTime(QDate(2026, 11, 27), QTime(10, 30), Qt::UTC).toLocalTime().time(), u"HH:mm"_s));

    const UsageWindow week = UsageWindow::ending(UsageRange::LastWeek, kNow);
    m_model->setBuckets(buckets(week, 1), week.bucketMs);
    QCOMPARE(m_model->rowCount(), 7);
    QCOMPARE(m_model->label(6), QLocale().toString(QDate(2026, 11, 27), u"ddd d MMM"_s));
}

void TestCallsOverTimeModel::headersNameTheOutcomes()
{
    QCOMPARE(m_model->headerData(CallsOverTimeModel::TimeColumn, Qt::Horizontal).toString(), u"Time"_s);
    QCOMPARE(m_model->headerData(CallsOverTimeModel::SuccessColumn, Qt::Horizontal).toString(), u"Success"_s);
    QCOMPARE(m_model->headerData(CallsOverTimeModel::ClientErrorColumn, Qt::Horizontal).toString(), u"Client error"_s);
    QCOMPARE(m_model->headerData(CallsOverTimeModel::ThrottledColumn, Qt::Horizontal).toString(), u"Throttled"_s);
    QCOMPARE(m_model->headerData(CallsOverTimeModel::ServerErrorColumn, Qt::Horizontal).toString(), u"Server error"_s);
}

void TestCallsOverTimeModel::samePollLeavesTheModelAlone()
{
    const UsageWindow window = UsageWindow::ending(UsageRange::LastHour, kNow);
    m_model->setBuckets(buckets(window, 12), window.bucketMs);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setBuckets(buckets(window, 12), window.bucketMs);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 0);
}

void TestCallsOverTimeModel::newCountsUpdateInPlaceAndANewRangeResets()
{
    const UsageWindow window = UsageWindow::ending(UsageRange::LastHour, kNow);
    m_model->setBuckets(buckets(window, 12), window.bucketMs);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setBuckets(buckets(window, 13), window.bucketMs);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_model->index(11, CallsOverTimeModel::SuccessColumn).data().toLongLong(), 13);

    const UsageWindow day = UsageWindow::ending(UsageRange::LastDay, kNow);
    m_model->setBuckets(buckets(day, 13), day.bucketMs);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(), 24);
    QCOMPARE(m_model->bucketMs(), 3'600'000);
}

QTEST_MAIN(TestCallsOverTimeModel)
#include "tst_callsovertimemodel.moc"
