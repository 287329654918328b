// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// JobsModel: one row per job of the monitor, in step with it (added, changed, removed), the
// columns a user reads (status in words, rows done / total, elapsed), under the model tester.
#include "client/http/httpengine.h"
#include "client/jobs/besclient.h"
#include "client/jobs/jobmonitor.h"
#include "ui/jobs/jobsmodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portico;
using client::BatchJob;
using client::JobStatus;
using ui::JobsModel;

namespace {

BatchJob endedJob(const QString &id, JobStatus status)
{
    BatchJob job;
    job.id = id;
    job.inputFile = u"/data/"_s + id + u".csv"_s;
    job.state.status = status;
    const QDateTime t(QDate(2026, 11, 27), QTime(6, 0), Qt::UTC);
    job.state.createdAt = t;
    job.state.startedAt = t.addSecs(5);
    job.state.endedAt = t.addSecs(5 + 125);
    job.state.rowsDone = 1500;
    job.state.rowsTotal = 2000;
    return job;
}

} // namespace

class TestJobsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsTheMonitor();
    void columnsReadAsAUserExpects();
    void runningJobsElapsedTimeTicks();
};

void TestJobsModel::followsTheMonitor()
{
    client::HttpEngine engine;
    client::BesClient bes(nullptr, &engine);
    client::JobMonitor monitor(&bes, nullptr);
    monitor.addJob(endedJob(u"a"_s, JobStatus::Finished));
    JobsModel model(&monitor);
    QAbstractItemModelTester tester(&model);
    QCOMPARE(model.rowCount(), 1);
    monitor.addJob(endedJob(u"b"_s, JobStatus::Failed));
    monitor.addJob(endedJob(u"c"_s, JobStatus::Cancelled));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOf(u"c"_s), 2);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    BatchJob b = endedJob(u"b"_s, JobStatus::Finished);
    monitor.addJob(b);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(1, JobsModel::StatusColumn).data().toString(), u"Finished"_s);

    monitor.removeJob(u"a"_s);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(u"b"_s), 0);
    QCOMPARE(model.rowOf(u"c"_s), 1);
    QCOMPARE(model.index(1, JobsModel::IdColumn).data().toString(), u"c"_s);
}

void TestJobsModel::columnsReadAsAUserExpects()
{
    client::HttpEngine engine;
    client::BesClient bes(nullptr, &engine);
    client::JobMonitor monitor(&bes, nullptr);
    JobsModel model(&monitor);
    QAbstractItemModelTester tester(&model);
    monitor.addJob(endedJob(u"f"_s, JobStatus::Failed));
    const auto cell = [&](int column, int role = Qt::DisplayRole) { return model.index(0, column).data(role); };
    QCOMPARE(cell(JobsModel::StatusColumn).toString(), u"Failed"_s);
    QCOMPARE(cell(JobsModel::StatusColumn, JobsModel::StatusRole).toInt(), int(JobStatus::Failed));
    QCOMPARE(cell(JobsModel::InputColumn).toString(), u"f.csv"_s);
    QCOMPARE(cell(JobsModel::InputColumn, Qt::ToolTipRole).toString(), u"/data/f.csv"_s);
    QCOMPARE(cell(JobsModel::ElapsedColumn).toString(), u"2 min 05 s"_s);
    QCOMPARE(cell(JobsModel::ElapsedColumn, JobsModel::ElapsedMsRole).toLongLong(), 125'000);
    QCOMPARE(cell(JobsModel::RowsColumn).toString(), QLocale().toString(1500) + u" / "_s + QLocale().toString(2000));
    QCOMPARE(cell(JobsModel::StatusColumn, JobsModel::ProgressRole).toInt(), 75);
    QVERIFY(!cell(JobsModel::CreatedColumn).toString().isEmpty());
    QCOMPARE(model.headerData(JobsModel::RowsColumn, Qt::Horizontal).toString(), u"Rows done / total"_s);
    QCOMPARE(JobsModel::elapsedText(3 * 3600 * 1000 + 7 * 60 * 1000), u"3 h 07 min"_s);
    QCOMPARE(JobsModel::rowsText(-1, -1), QString());
    QCOMPARE(JobsModel::rowsText(42, -1), u"42"_s);
}

void TestJobsModel::runningJobsElapsedTimeTicks()
{
    client::HttpEngine engine;
    client::BesClient bes(nullptr, &engine);
    client::JobMonitor monitor(&bes, nullptr);
    JobsModel model(&monitor);
    QAbstractItemModelTester tester(&model);
    BatchJob job = endedJob(u"r"_s, JobStatus::Finished);
    monitor.addJob(job); // ended: not polled
    job.state.status = JobStatus::Running;
    job.state.endedAt = QDateTime();
    job.state.startedAt = QDateTime::currentDateTimeUtc().addSecs(-3);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    monitor.setState(job.id, job.state);
    const qint64 before = model.index(0, 0).data(JobsModel::ElapsedMsRole).toLongLong();
    QVERIFY(before >= 3000);
    // Without any news from the service, the elapsed column moves on by itself.
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(changed.cbegin(), changed.cend(),
                                         [](const QList<QVariant> &args) {
                                             return args.at(0).toModelIndex().column() == JobsModel::ElapsedColumn;
                                         }),
                             3000);
    QVERIFY(model.index(0, 0).data(JobsModel::ElapsedMsRole).toLongLong() > before);
}

QTEST_MAIN(TestJobsModel)
#include "tst_jobsmodel.moc"
