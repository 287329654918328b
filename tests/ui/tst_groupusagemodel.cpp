// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// Pins GroupUsageModel: a well-behaved table (QAbstractItemModelTester from before it is
// filled) of calls per subscription, or per API when the source cannot tell subscriptions
// apart, with the name column's header saying which.

#include "ui/dashboard/groupusagemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using portico::client::GroupUsage;
using portico::client::UsageReport;
using portico::ui::GroupUsageModel;

namespace {

GroupUsage group(const QString &id, qint64 success, qint64 throttled)
{
    GroupUsage g;
    g.id = id;
    g.name = id + u" subscription"_s;
    g.calls.success = success;
    g.calls.throttled = throttled;
    return g;
}

} // namespace

class TestGroupUsageModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();

    void rowsCarryCallsByOutcome();
    void headerSaysWhatIsGrouped();
    void samePollLeavesTheModelAlone();

private:
    GroupUsageModel *m_model = nullptr;
};

void TestGroupUsageModel::init()
{
    delete m_model;
    m_model = new GroupUsageModel(this);
    new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_model);
}

void TestGroupUsageModel::rowsCarryCallsByOutcome()
{
    m_model->setGroups({group(u"starter"_s, 5, 2), group(u"unlimited"_s, 7, 0)}, UsageReport::Grouping::BySubscription);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(0, GroupUsageModel::NameColumn).data().toString(), u"starter subscription"_s);
    QCOMPARE(m_model->index(0, GroupUsageModel::SuccessColumn).data().toLongLong(), 5);
    QCOMPARE(m_model->index(0, GroupUsageModel::ThrottledColumn).data().toLongLong(), 2);
    QCOMPARE(m_model->index(0, GroupUsageModel::TotalColumn).data().toLongLong(), 7);
    QCOMPARE(m_model->index(1, 0).data(GroupUsageModel::IdRole).toString(), u"unlimited"_s);
}

void TestGroupUsageModel::headerSaysWhatIsGrouped()
{
    m_model->setGroups({group(u"starter"_s, 5, 2)}, UsageReport::Grouping::BySubscription);
    QCOMPARE(m_model->headerData(GroupUsageModel::NameColumn, Qt::Horizontal).toString(), u"Subscription"_s);
    QSignalSpy header(m_model, &QAbstractItemModel::headerDataChanged);
    m_model->setGroups({group(u"azureml-demo"_s, 5, 2)}, UsageReport::Grouping::ByApi);
    QCOMPARE(m_model->headerData(GroupUsageModel::NameColumn, Qt::Horizontal).toString(), u"API"_s);
    QCOMPARE(header.size(), 1);
    QCOMPARE(m_model->headerData(GroupUsageModel::ClientErrorColumn, Qt::Horizontal).toString(), u"Client error"_s);
}

void TestGroupUsageModel::samePollLeavesTheModelAlone()
{
    m_model->setGroups({group(u"starter"_s, 5, 2)}, UsageReport::Grouping::BySubscription);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setGroups({group(u"starter"_s, 5, 2)}, UsageReport::Grouping::BySubscription);
    QCOMPARE(reset.size() + changed.size(), 0);
    m_model->setGroups({group(u"starter"_s, 5, 3)}, UsageReport::Grouping::BySubscription);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_model->index(0, GroupUsageModel::ThrottledColumn).data().toLongLong(), 3);
}

QTEST_MAIN(TestGroupUsageModel)
#include "tst_groupusagemodel.moc"
