// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// JsonTreeModel: a JSON document as a key/value/type tree in the server's key order,
// built on a worker thread and installed on the UI thread; parse errors with positions.

#include "ui/response/jsontreemodel.h"

#include <QAbstractItemModelTester>
#include <QFutureWatcher>
#include <QJsonParseError>
#include <QSignalSpy>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;
using portico::ui::JsonTreeModel;

namespace {

QString cell(const QModelIndex &index, int column)
{
    return index.sibling(index.row(), column).data().toString();
}

QStringList keys(const QAbstractItemModel &model, const QModelIndex &parent = QModelIndex())
{
    QStringList list;
    for (int row = 0; row < model.rowCount(parent); ++row)
        list.append(model.index(row, JsonTreeModel::KeyColumn, parent).data().toString());
    return list;
}

} // namespace

class TestJsonTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void membersKeepTheDocumentsOrder();
    void objectsAndArraysHaveChildrenAndASize();
    void scalarsShowTheirJsonSpellingAndType();
    void pathNamesEachNode();
    void bareValueDocumentIsShown();
    void invalidJsonGivesTheErrorWithLineAndColumn();
    void longStringsAreCutForDisplay();
    void buildsOnAWorkerThreadAndInstallsOnTheUiThread();
    void replacingOrClearingTheTreeResetsTheModel();
};

void TestJsonTreeModel::membersKeepTheDocumentsOrder()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTree(JsonTreeModel::buildTree(
        R"({"zeta":1,"alpha":{"mid":true,"beta":2,"a":3},"Col2 - feature 10":0,"Col2 - feature 2":0})"_ba));
    QCOMPARE(keys(model), (QStringList{u"zeta"_s, u"alpha"_s, u"Col2 - feature 10"_s, u"Col2 - feature 2"_s}));
    QCOMPARE(keys(model, model.index(1, 0)), (QStringList{u"mid"_s, u"beta"_s, u"a"_s}));
}

void TestJsonTreeModel::objectsAndArraysHaveChildrenAndASize()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTree(JsonTreeModel::buildTree(R"({"list":[10,[],{"k":"v"}],"empty":{}})"_ba));
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex list = model.index(0, 0);
    QCOMPARE(cell(list, JsonTreeModel::ValueColumn), u"[3]"_s);
    QCOMPARE(cell(list, JsonTreeModel::TypeColumn), u"array"_s);
    QCOMPARE(model.rowCount(list), 3);
    QCOMPARE(keys(model, list), (QStringList{u"[0]"_s, u"[1]"_s, u"[2]"_s}));
    QCOMPARE(model.rowCount(model.index(1, 0, list)), 0);
    const QModelIndex inner = model.index(2, 0, list);
    QCOMPARE(cell(inner, JsonTreeModel::ValueColumn), u"{1}"_s);
    QCOMPARE(model.parent(model.index(0, 0, inner)), inner);
    QCOMPARE(cell(model.index(0, 0, inner), JsonTreeModel::ValueColumn), u"v"_s);
    QCOMPARE(cell(model.index(1, 0), JsonTreeModel::TypeColumn), u"object"_s);
    QCOMPARE(model.rowCount(model.index(1, 0)), 0);
    QCOMPARE(model.nodeCount(), 6);
}

void TestJsonTreeModel::scalarsShowTheirJsonSpellingAndType()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTree(JsonTreeModel::buildTree(R"([1, 0.25, -3e2, 9007199254740993, "text", true, false, null])"_ba));
    const QStringList values{u"1"_s,    u"0.25"_s, u"-300"_s,  u"9007199254740993"_s,
                             u"text"_s, u"true"_s, u"false"_s, u"null"_s};
    const QStringList types{u"number"_s, u"number"_s,  u"number"_s,  u"number"_s,
                            u"string"_s, u"boolean"_s, u"boolean"_s, u"null"_s};
    QCOMPARE(model.rowCount(), values.size());
    for (int row = 0; row < values.size(); ++row) {
        QCOMPARE(cell(model.index(row, 0), JsonTreeModel::ValueColumn), values.at(row));
        QCOMPARE(cell(model.index(row, 0), JsonTreeModel::TypeColumn), types.at(row));
    }
    QCOMPARE(model.index(4, 0).data(JsonTreeModel::KindRole).toInt(), int(JsonTreeModel::Kind::String));
}

void TestJsonTreeModel::pathNamesEachNode()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTree(JsonTreeModel::buildTree(
        R"({"error":{"code":"BadArgument","details":[{"code":"InputParseError"}]},"Col2 - x":{"y":1}})"_ba));
    const QModelIndex error = model.index(0, 0);
    QCOMPARE(model.path(model.index(0, 0, error)), u"error.code"_s);
    QCOMPARE(model.index(0, 0, error).data(JsonTreeModel::PathRole).toString(), u"error.code"_s);
    const QModelIndex details = model.index(1, 0, error);
    QCOMPARE(model.path(model.index(0, 0, model.index(0, 0, details))), u"error.details[0].code"_s);
    QCOMPARE(model.path(model.index(0, 0, model.index(1, 0))), uR"(["Col2 - x"].y)"_s);
}

void TestJsonTreeModel::bareValueDocumentIsShown()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    portico::ui::JsonIndex::Error error;
    model.setTree(JsonTreeModel::buildTree(R"("539d0bc2fde945b6ac986b851d0000f0")"_ba, &error));
    QVERIFY(!error.isError());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(model.index(0, 0), JsonTreeModel::ValueColumn), u"539d0bc2fde945b6ac986b851d0000f0"_s);
    QCOMPARE(cell(model.index(0, 0), JsonTreeModel::TypeColumn), u"string"_s);
}

void TestJsonTreeModel::invalidJsonGivesTheErrorWithLineAndColumn()
{
    const QByteArray json = "{\n  \"a\": 1,\n  \"b\": ]\n}"_ba;
    portico::ui::JsonIndex::Error error;
    const JsonTreeModel::Tree tree = JsonTreeModel::buildTree(json, &error);
    QVERIFY(!tree);
    QVERIFY(error.isError());
    const QString text = error.describe();
    QVERIFY2(text.contains(u"line 3, column 7"_s), qPrintable(text));
    QVERIFY2(text.startsWith(error.message), qPrintable(text));

    portico::ui::JsonIndex::Error truncated;
    QVERIFY(!JsonTreeModel::buildTree("[1, 2"_ba, &truncated));
    QVERIFY2(truncated.describe().contains(u"line 1, column"_s), qPrintable(truncated.describe()));
}

void TestJsonTreeModel::longStringsAreCutForDisplay()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTree(JsonTreeModel::buildTree("[\"" + QByteArray(20'000, 'q') + "\"]"));
    const QString shown = cell(model.index(0, 0), JsonTreeModel::ValueColumn);
    QCOMPARE(shown.size(), JsonTreeModel::kMaxDisplayChars + 1);
    QVERIFY(shown.endsWith(u'…'));
}

void TestJsonTreeModel::buildsOnAWorkerThreadAndInstallsOnTheUiThread()
{
    QByteArray json = "{\"rows\":[";
    for (int i = 0; i < 20'000; ++i)
        json += (i ? "," : "") + R"({"id":)"_ba + QByteArray::number(i) + R"(,"name":"n)"_ba + QByteArray::number(i) +
            "\"}";
    json += "]}";

    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QFutureWatcher<JsonTreeModel::Tree> watcher;
    QSignalSpy done(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(QtConcurrent::run([json] { return JsonTreeModel::buildTree(json); }));
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30'000);
    model.setTree(watcher.result());
    const QModelIndex rows = model.index(0, 0);
    QCOMPARE(model.rowCount(rows), 20'000);
    QCOMPARE(keys(model, model.index(12'345, 0, rows)), (QStringList{u"id"_s, u"name"_s}));
    QCOMPARE(cell(model.index(1, 0, model.index(12'345, 0, rows)), JsonTreeModel::ValueColumn), u"n12345"_s);
}

void TestJsonTreeModel::replacingOrClearingTheTreeResetsTheModel()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &JsonTreeModel::modelReset);
    model.setTree(JsonTreeModel::buildTree(R"({"a":[1,2]})"_ba));
    model.setTree(JsonTreeModel::buildTree(R"([true])"_ba));
    QCOMPARE(keys(model), QStringList{u"[0]"_s});
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(reset.size(), 3);
}

QTEST_MAIN(TestJsonTreeModel)
#include "tst_jsontreemodel.moc"
