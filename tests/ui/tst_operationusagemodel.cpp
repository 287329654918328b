// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// Pins OperationUsageModel: a well-behaved table (QAbstractItemModelTester from before it is
// filled) with an operation's calls by outcome and its latency percentiles as numbers, which a
// proxy sorts into the top operations.

#include "ui/dashboard/operationusagemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;
using portico::client::OperationUsage;
using portico::ui::OperationUsageModel;

namespace {

OperationUsage operation(const QString &id, qint64 success, qint64 throttled, qint64 p50)
{
    OperationUsage op;
    op.apiId = u"azureml-demo"_s;
    op.operationId = id;
    op.name = id.toUpper();
    op.calls.success = success;
    op.calls.throttled = throttled;
    op.hasPercentiles = true;
    op.p50Ms = p50;
    op.p95Ms = p50 * 2;
    op.p99Ms = p50 * 3;
    op.averageMs = p50 + 0.5;
    return op;
}

} // namespace

class TestOperationUsageModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();

    void rowsCarryCountsAndPercentiles();
    void headersNameTheColumns();
    void proxyPutsTheMostCalledFirst();
    void percentilesAreMissingWhenAnyRowLacksThem();
    void samePollLeavesTheModelAlone();

private:
    OperationUsageModel *m_model = nullptr;
};

void TestOperationUsageModel::init()
{
    delete m_model;
    m_model = new OperationUsageModel(this);
    new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_model);
}

void TestOperationUsageModel::rowsCarryCountsAndPercentiles()
{
    m_model->setOperations({operation(u"rrs-execute"_s, 12, 2, 40), operation(u"bes-status"_s, 1, 0, 5)});
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(0, OperationUsageModel::NameColumn).data().toString(), u"RRS-EXECUTE"_s);
    QCOMPARE(m_model->index(0, OperationUsageModel::CallsColumn).data().toLongLong(), 14);
    QCOMPARE(m_model->index(0, OperationUsageModel::SuccessColumn).data().toLongLong(), 12);
    QCOMPARE(m_model->index(0, OperationUsageModel::ThrottledColumn).data().toLongLong(), 2);
    QCOMPARE(m_model->index(0, OperationUsageModel::ClientErrorColumn).data().toLongLong(), 0);
    QCOMPARE(m_model->index(0, OperationUsageModel::P50Column).data().toLongLong(), 40);
    QCOMPARE(m_model->index(0, OperationUsageModel::P95Column).data().toLongLong(), 80);
    QCOMPARE(m_model->index(0, OperationUsageModel::P99Column).data().toLongLong(), 120);
    QCOMPARE(m_model->index(0, OperationUsageModel::AverageColumn).data().toDouble(), 40.5);
    QCOMPARE(m_model->index(1, 0).data(OperationUsageModel::OperationIdRole).toString(), u"bes-status"_s);
    QCOMPARE(m_model->index(1, 0).data(OperationUsageModel::ApiIdRole).toString(), u"azureml-demo"_s);
    QVERIFY(m_model->index(1, 0).data(OperationUsageModel::HasPercentilesRole).toBool());
}

void TestOperationUsageModel::headersNameTheColumns()
{
    QCOMPARE(m_model->headerData(OperationUsageModel::NameColumn, Qt::Horizontal).toString(), u"Operation"_s);
    QCOMPARE(m_model->headerData(OperationUsageModel::CallsColumn, Qt::Horizontal).toString(), u"Calls"_s);
    QCOMPARE(m_model->headerData(OperationUsageModel::ServerErrorColumn, Qt::Horizontal).toString(), u"Server error"_s);
    QCOMPARE(m_model->headerData(OperationUsageModel::P95Column, Qt::Horizontal).toString(), u"p95 (ms)"_s);
}

void TestOperationUsageModel::proxyPutsTheMostCalledFirst()
{
    QSortFilterProxyModel top;
    top.setSourceModel(m_model);
    top.sort(OperationUsageModel::CallsColumn, Qt::DescendingOrder);
    m_model->setOperations({operation(u"bes-status"_s, 1, 0, 5), operation(u"rrs-execute"_s, 12, 2, 40)});
    QCOMPARE(top.index(0, OperationUsageModel::NameColumn).data().toString(), u"RRS-EXECUTE"_s);
    // Counts change in place; the proxy re-sorts.
    m_model->setOperations({operation(u"bes-status"_s, 30, 0, 5), operation(u"rrs-execute"_s, 12, 2, 40)});
    QCOMPARE(top.index(0, OperationUsageModel::NameColumn).data().toString(), u"BES-STATUS"_s);
}

void TestOperationUsageModel::percentilesAreMissingWhenAnyRowLacksThem()
{
    OperationUsage cloud = operation(u"get"_s, 1, 0, 0);
    cloud.hasPercentiles = false;
    m_model->setOperations({operation(u"rrs-execute"_s, 12, 2, 40)});
    QVERIFY(m_model->hasPercentiles());
    m_model->setOperations({operation(u"rrs-execute"_s, 12, 2, 40), cloud});
    QVERIFY(!m_model->hasPercentiles());
}

void TestOperationUsageModel::samePollLeavesTheModelAlone()
{
    m_model->setOperations({operation(u"rrs-execute"_s, 12, 2, 40)});
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setOperations({operation(u"rrs-execute"_s, 12, 2, 40)});
    QCOMPARE(reset.size() + changed.size(), 0);
    m_model->setOperations({operation(u"rrs-execute"_s, 13, 2, 40)});
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    m_model->setOperations({operation(u"rrs-execute"_s, 13, 2, 40), operation(u"bes-status"_s, 1, 0, 5)});
    QCOMPARE(reset.size(), 1);
}

QTEST_MAIN(TestOperationUsageModel)
#include "tst_operationusagemodel.moc"
