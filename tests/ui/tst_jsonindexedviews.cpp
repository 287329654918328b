// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The Pretty tree and the Table tab read from an index over the body's text: they show the
// same nodes and cells QJsonDocument finds in the same text, also for a 100 MiB answer, and
// finding a key deep in such an answer lands on its node.

#include "ui/response/jsontreemodel.h"
#include "ui/response/resultstablemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <QVariant>

using namespace Qt::StringLiterals;
using portico::ui::JsonTreeModel;
using portico::ui::ResultsTableModel;

namespace {

// The spelling the viewer has always given a JSON value, as QJsonDocument sees it.
QString referenceText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return value.toVariant().toString();
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Object:
        return u'{' + QString::number(value.toObject().size()) + u'}';
    case QJsonValue::Array:
        return u'[' + QString::number(value.toArray().size()) + u']';
    default:
        return QString();
    }
}

// Walks the model under parent beside the parsed value; objects are compared by key, as
// QJsonObject does not keep the text's order. Returns the nodes compared.
qint64 compareWithReference(const JsonTreeModel &model, const QModelIndex &parent, const QJsonValue &value)
{
    qint64 nodes = 0;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (model.rowCount(parent) != array.size())
            return -1;
        for (int row = 0; row < array.size(); ++row) {
            const QModelIndex child = model.index(row, JsonTreeModel::KeyColumn, parent);
            if (child.data().toString() != u'[' + QString::number(row) + u']' ||
                child.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString() != referenceText(array.at(row)))
                return -1;
            const qint64 below = compareWithReference(model, child, array.at(row));
            if (below < 0)
                return -1;
            nodes += 1 + below;
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (model.rowCount(parent) != object.size())
            return -1;
        for (int row = 0; row < object.size(); ++row) {
            const QModelIndex child = model.index(row, JsonTreeModel::KeyColumn, parent);
            const QString key = child.data().toString();
            if (!object.contains(key) ||
                child.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString() != referenceText(object.value(key)))
                return -1;
            const qint64 below = compareWithReference(model, child, object.value(key));
            if (below < 0)
                return -1;
            nodes += 1 + below;
        }
    }
    return nodes;
}

// Rows of mixed values: escapes, non-ASCII, numbers of every spelling, nesting, nulls.
QByteArray mixedDocument(int rows)
{
    QRandomGenerator random(7);
    QByteArray json =
        R"({"meta":{"count":)" + QByteArray::number(rows) + R"(,"note":"tab\tquote\" é \u00e9 \ud83d\ude00"},"rows":[)";
    for (int i = 0; i < rows; ++i) {
        json += i ? ",\n  " : "\n  ";
        json += R"({"id":)" + QByteArray::number(i) + R"(,"score":)" +
            QByteArray::number(random.generateDouble() * 1e6, 'g', 17) + R"(,"exp":)" + QByteArray::number(i) + "e-3" +
            R"(,"big":)" + QByteArray::number(9007199254740993LL + i) + R"(,"name":"row \\ )" + QByteArray::number(i) +
            R"(","flag":)" + (i % 2 ? "true" : "false") + R"(,"none":null,"tags":[")" + QByteArray::number(i % 7) +
            R"(",[],{}, -0.5]})";
    }
    json += "]}";
    return json;
}

// An AzureML table answer of about `bytes`, rows {"<i>","<i*3>","text <i>"} with a marker
// key in a row object near `markerAt`.
QByteArray tableAnswer(qint64 bytes, qint64 markerAt, int *rowsOut)
{
    QByteArray json;
    json.reserve(bytes + 1024);
    json += R"({"Results":{"output1":{"type":"table","value":{"ColumnNames":["id","triple","text"],)"
            R"("ColumnTypes":["Int32","Int32","String"],"Values":[)";
    int rows = 0;
    bool marked = false;
    while (json.size() < bytes) {
        if (rows)
            json += ',';
        if (!marked && json.size() >= markerAt) {
            json += R"([{"needleKeyDeepInside":"found"},"x","y"])";
            marked = true;
        } else {
            json += "[\"" + QByteArray::number(rows) + "\",\"" + QByteArray::number(qint64(rows) * 3) + "\",\"text " +
                QByteArray::number(rows) + "\"]";
        }
        ++rows;
    }
    json += "]}}}}";
    *rowsOut = rows;
    return json;
}

} // namespace

class TestJsonIndexedViews : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void treeHasTheNodesQJsonDocumentFinds();
    void tableHasTheCellsQJsonDocumentFinds();
    void hundredMebibyteAnswerHasATreeAndATable();
    void findWalksMatchesInTextOrder();
};

void TestJsonIndexedViews::treeHasTheNodesQJsonDocumentFinds()
{
    const QByteArray json = mixedDocument(20'000);
    const QJsonDocument reference = QJsonDocument::fromJson(json);
    QVERIFY(reference.isObject());
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTree(JsonTreeModel::buildTree(json));
    const qint64 nodes = compareWithReference(model, QModelIndex(), reference.object());
    QVERIFY(nodes > 0);
    QCOMPARE(nodes, qint64(model.nodeCount()));
    // Members stay in the text's order, which QJsonObject does not keep.
    const QModelIndex row = model.index(5, 0, model.index(1, 0));
    QCOMPARE(model.index(0, 0, row).data().toString(), u"id"_s);
    QCOMPARE(model.index(7, 0, row).data().toString(), u"tags"_s);
    QCOMPARE(model.index(3, 0, model.index(7, 0, row)).siblingAtColumn(1).data().toString(), u"-0.5"_s);
}

void TestJsonIndexedViews::tableHasTheCellsQJsonDocumentFinds()
{
    // Swagger rows with a nested value: cells as QJsonDocument spells them.
    const QByteArray json =
        R"({"Results":{"out":[{"a":1.5,"b":"x\"y","c":null},{"b":"2","a":-3e2,"d":true},{"a":12345678901234}]}})"_ba;
    ResultsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto outputs = ResultsTableModel::parseResults(json);
    QCOMPARE(outputs.size(), 1);
    model.setTable(outputs.first().table);
    const QJsonArray rows =
        QJsonDocument::fromJson(json).object().value("Results"_L1).toObject().value("out"_L1).toArray();
    QCOMPARE(model.rowCount(), rows.size());
    QCOMPARE(model.columnCount(), 4);
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < model.columnCount(); ++c) {
            const QString column = model.headerData(c, Qt::Horizontal).toString();
            const QJsonValue value = rows.at(r).toObject().value(column);
            const QModelIndex cell = model.index(r, c);
            QCOMPARE(cell.data(ResultsTableModel::IsNullRole).toBool(), value.isNull() || value.isUndefined());
            if (!value.isNull() && !value.isUndefined())
                QCOMPARE(cell.data().toString(), referenceText(value));
        }
    }
}

void TestJsonIndexedViews::hundredMebibyteAnswerHasATreeAndATable()
{
    constexpr qint64 kSize = 100 * 1024 * 1024;
    int rows = 0;
    const QByteArray json = tableAnswer(kSize, 90 * 1024 * 1024, &rows);
    const JsonTreeModel::Tree tree = JsonTreeModel::buildTree(json);
    QVERIFY(tree);
    // The index of a table of short cells costs about what the text does, not a DOM's many times.
    QVERIFY2(tree->indexBytes() < json.size() * 5 / 4, qPrintable(QString::number(tree->indexBytes())));

    JsonTreeModel model;
    model.setTree(tree);
    const QModelIndex values = model.index(2, 0, model.index(1, 0, model.index(0, 0, model.index(0, 0))));
    QCOMPARE(values.data().toString(), u"Values"_s);
    QCOMPARE(model.rowCount(values), rows);
    const QModelIndex last = model.index(rows - 1, 0, values);
    QCOMPARE(model.index(2, JsonTreeModel::ValueColumn, last).data().toString(), u"text %1"_s.arg(rows - 1));

    const auto outputs = ResultsTableModel::parseResults(tree);
    QCOMPARE(outputs.size(), 1);
    ResultsTableModel table;
    table.setTable(outputs.first().table);
    QCOMPARE(table.table().rowCount(), rows);
    // Rows beyond the first block come when a view asks for them, as its scroll bar reaches the end.
    QTRY_VERIFY_WITH_TIMEOUT((table.fetchMore(QModelIndex()), table.rowCount() == rows), 60'000);
    QCOMPARE(table.columnCount(), 3);
    QCOMPARE(table.index(rows / 3, 1).data().toString(), QString::number(qint64(rows / 3) * 3));
    QCOMPARE(table.index(rows - 1, 2).data().toString(), u"text %1"_s.arg(rows - 1));

    // The key sits 90 MiB in; finding it selects its node, named by its path.
    const QModelIndex found = model.find(u"needleKeyDeepInside"_s);
    QVERIFY(found.isValid());
    QCOMPARE(found.data().toString(), u"needleKeyDeepInside"_s);
    QCOMPARE(found.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(), u"found"_s);
    QVERIFY(model.path(found).startsWith(u"Results.output1.value.Values["_s));
    QVERIFY(!model.find(u"needleKeyDeepInside"_s, found).isValid());
}

void TestJsonIndexedViews::findWalksMatchesInTextOrder()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTree(JsonTreeModel::buildTree(R"({"alpha":{"beta":"gamma beta"},"list":["beta",2]})"_ba));
    const QModelIndex first = model.find(u"beta"_s);
    QCOMPARE(model.path(first), u"alpha.beta"_s);
    const QModelIndex second = model.find(u"beta"_s, first);
    QCOMPARE(model.path(second), u"list[0]"_s);
    QVERIFY(!model.find(u"beta"_s, second).isValid());
    QVERIFY(!model.find(u"missing"_s).isValid());
}

QTEST_MAIN(TestJsonIndexedViews)
#include "tst_jsonindexedviews.moc"
