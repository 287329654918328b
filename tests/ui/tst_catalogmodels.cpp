// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The models behind the API list, the operation tree and the Try-it tables, each checked by
// QAbstractItemModelTester from before it is filled: what the views show and what edits do.

#include "client/catalog/sampleworkspace.h"
#include "ui/catalog/apilistmodel.h"
#include "ui/catalog/operationtreemodel.h"
#include "ui/tryit/keyvaluemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portico;

class TestCatalogModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void apiListShowsEachApiByName();
    void operationTreeNestsOperationsUnderTheirApi();
    void taggedOperationsAreGroupedUnderTheirFirstTag();
    void parametersMarkAndReportMissingRequiredValues();
    void headersAreAddedEditedAndRemoved();

private:
    static QList<client::Api> apis()
    {
        client::Workspace w =
            client::sampleWorkspace({QUrl(u"http://127.0.0.1:1"_s), QUrl(u"http://127.0.0.1:2"_s), u"w"_s, u"s"_s});
        client::Api second = w.apis.first();
        second.id = u"second"_s;
        second.name = u"Second API"_s;
        second.operations.resize(2);
        return {w.apis.first(), second};
    }
};

void TestCatalogModels::apiListShowsEachApiByName()
{
    ui::ApiListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setApis(apis());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data().toString(), u"AzureML Demo API"_s);
    QCOMPARE(model.index(1).data(ui::ApiListModel::ApiIdRole).toString(), u"second"_s);
    QCOMPARE(model.rowOf(u"second"_s), 1);
    QCOMPARE(model.rowOf(u"nope"_s), -1);
}

void TestCatalogModels::operationTreeNestsOperationsUnderTheirApi()
{
    ui::OperationTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setApis(apis());
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex demo = model.apiIndex(u"azureml-demo"_s);
    QCOMPARE(model.rowCount(demo), 5);
    const QModelIndex execute = model.operationIndex(u"azureml-demo"_s, u"rrs-execute"_s);
    QCOMPARE(execute.parent(), demo);
    QCOMPARE(execute.data().toString(), u"RRS Execute"_s);
    QCOMPARE(execute.data(ui::OperationTreeModel::MethodRole).toString(), u"POST"_s);
    // A screen reader hears the verb the badge paints.
    QCOMPARE(execute.data(Qt::AccessibleTextRole).toString(), u"POST RRS Execute"_s);
    QCOMPARE(
        model.operationIndex(u"azureml-demo"_s, u"bes-delete"_s).data(ui::OperationTreeModel::MethodRole).toString(),
        u"DELETE"_s);
    QCOMPARE(model.rowCount(model.apiIndex(u"second"_s)), 2);
    QVERIFY(!model.operationIndex(u"second"_s, u"bes-delete"_s).isValid());
}

void TestCatalogModels::taggedOperationsAreGroupedUnderTheirFirstTag()
{
    QList<client::Api> list = apis();
    QList<client::Operation> &ops = list[0].operations; // rrs-execute, bes-submit, bes-start, bes-status, bes-delete
    ops[1].tags = QStringList{u"Batch"_s, u"Jobs"_s};
    ops[2].tags = QStringList{u"Batch"_s};
    ops[3].tags = QStringList{u"Status"_s};
    ops[4].tags = QStringList{u"Batch"_s};
    ui::OperationTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setApis(list);

    const QModelIndex demo = model.apiIndex(u"azureml-demo"_s);
    QVERIFY(model.hasGroups(u"azureml-demo"_s));
    QVERIFY(!model.hasGroups(u"second"_s));
    // The groups first, in the order their tags first appear, then the untagged operation.
    QCOMPARE(model.rowCount(demo), 3);
    const QModelIndex batch = model.index(0, 0, demo);
    QCOMPARE(batch.data().toString(), u"Batch"_s);
    QVERIFY(batch.data(ui::OperationTreeModel::IsGroupRole).toBool());
    QVERIFY(!batch.data(ui::OperationTreeModel::IsOperationRole).toBool());
    QCOMPARE(batch.data(ui::OperationTreeModel::ApiIdRole).toString(), u"azureml-demo"_s);
    QCOMPARE(model.index(1, 0, demo).data().toString(), u"Status"_s);
    QCOMPARE(model.index(2, 0, demo).data(ui::OperationTreeModel::OperationIdRole).toString(), u"rrs-execute"_s);
    // Each operation once, under its first tag.
    QCOMPARE(model.rowCount(batch), 3);
    QStringList inBatch;
    for (int r = 0; r < model.rowCount(batch); ++r)
        inBatch << model.index(r, 0, batch).data(ui::OperationTreeModel::OperationIdRole).toString();
    QCOMPARE(inBatch, (QStringList{u"bes-submit"_s, u"bes-start"_s, u"bes-delete"_s}));
    const QModelIndex status = model.operationIndex(u"azureml-demo"_s, u"bes-status"_s);
    QCOMPARE(status.parent(), model.index(1, 0, demo));
    QCOMPARE(status.parent().parent(), demo);
    QCOMPARE(model.operationIndex(u"azureml-demo"_s, u"rrs-execute"_s).parent(), demo);
    // The second API has no tags: its operations sit straight under it.
    QCOMPARE(model.operationIndex(u"second"_s, u"rrs-execute"_s).parent(), model.apiIndex(u"second"_s));
}

void TestCatalogModels::parametersMarkAndReportMissingRequiredValues()
{
    ui::KeyValueModel model(false);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows({{u"workspace"_s, u"{{workspace}}"_s, true, u"The workspace id"_s, {}},
                   {u"jobid"_s, QString(), true, {}, {}},
                   {u"format"_s, QString(), false, {}, {}}});
    QCOMPARE(model.missingRequired(), QStringList{u"jobid"_s});
    QCOMPARE(model.index(1, 0).data().toString(), u"jobid *"_s);
    QVERIFY(model.index(1, 1).data(ui::KeyValueModel::MissingRole).toBool());
    QVERIFY(model.index(1, 1).data(Qt::BackgroundRole).isValid());
    // Names come from the operation: only values are editable.
    QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(model.index(0, 0), u"other"_s));
    QVERIFY(model.setData(model.index(1, 1), u"539d0bc2"_s));
    QVERIFY(model.missingRequired().isEmpty());
    QCOMPARE(model.pairs().at(1), (QPair<QString, QString>{u"jobid"_s, u"539d0bc2"_s}));
}

void TestCatalogModels::headersAreAddedEditedAndRemoved()
{
    ui::KeyValueModel model(true);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int row = model.appendRow();
    QVERIFY(model.setData(model.index(row, 0), u"  Accept  "_s));
    QVERIFY(model.setData(model.index(row, 1), u"application/json"_s));
    QCOMPARE(model.pairs(), (QList<QPair<QString, QString>>{{u"Accept"_s, u"application/json"_s}}));
    model.appendRow(u"X-Two"_s, u"2"_s);
    QVERIFY(model.removeRows(0, 1));
    QCOMPARE(model.pairs(), (QList<QPair<QString, QString>>{{u"X-Two"_s, u"2"_s}}));
    QVERIFY(!model.removeRows(3, 1));
}

QTEST_MAIN(TestCatalogModels)
#include "tst_catalogmodels.moc"
