// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// A large body is parsed in pieces, and a spooled one read through its file: the tree still
// has every node QJsonDocument finds, for an answer whose big array sits deep inside as much
// as for a top-level array, and a malformed large body still names its first error by the
// same line and column as when the same lines come in a small body.

#include "ui/response/jsontreemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using portico::ui::JsonIndex;
using portico::ui::JsonTreeModel;

namespace {

// About 5 MB of rows: past the size from which the index parses in pieces.
constexpr int kLargeRows = 60'000;

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

// Walks the model beside the parsed value; returns the nodes compared, -1 on a difference.
qint64 compareWithReference(const JsonTreeModel &model, const QModelIndex &parent, const QJsonValue &value)
{
    qint64 nodes = 0;
    const bool array = value.isArray();
    const QJsonArray list = value.toArray();
    const QJsonObject object = value.toObject();
    const int count = array ? int(list.size()) : int(object.size());
    if (!array && !value.isObject())
        return 0;
    if (model.rowCount(parent) != count)
        return -1;
    for (int row = 0; row < count; ++row) {
        const QModelIndex child = model.index(row, JsonTreeModel::KeyColumn, parent);
        const QString key = child.data().toString();
        if (array ? key != u'[' + QString::number(row) + u']' : !object.contains(key))
            return -1;
        const QJsonValue member = array ? list.at(row) : object.value(key);
        if (child.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString() != referenceText(member))
            return -1;
        const qint64 below = compareWithReference(model, child, member);
        if (below < 0)
            return -1;
        nodes += 1 + below;
    }
    return nodes;
}

QByteArray row(int i)
{
    // Escapes and non-ASCII in every name: {"id":1,"name":"row \"\\ \u00e9 1",...}
    return "{\"id\":" + QByteArray::number(i) + ",\"name\":\"row \\\"\\\\ \xC3\xA9 " + QByteArray::number(i) +
        "\",\"score\":" + QByteArray::number(i * 0.25) + ",\"tags\":[" + QByteArray::number(i % 5) +
        ",[],{},null,true],\"empty\":{}}";
}

QByteArray rows(int count)
{
    QByteArray out;
    for (int i = 0; i < count; ++i)
        out += row(i) + ",\n";
    return out;
}

JsonIndex::Error errorOf(const QByteArray &json)
{
    JsonIndex::Error error;
    if (JsonTreeModel::buildTree(json, &error))
        error.message = u"(no error)"_s;
    return error;
}

} // namespace

class TestJsonIndexPieces : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void largeBodyHasTheNodesQJsonDocumentFinds_data();
    void largeBodyHasTheNodesQJsonDocumentFinds();
    void spooledLargeBodyHasTheSameTree();
    void errorInALargeBodyIsWhereTheSmallBodyHasIt_data();
    void errorInALargeBodyIsWhereTheSmallBodyHasIt();
};

void TestJsonIndexPieces::largeBodyHasTheNodesQJsonDocumentFinds_data()
{
    QTest::addColumn<QByteArray>("json");
    QByteArray body = rows(kLargeRows);
    body.chop(2);
    QTest::newRow("array deep inside") << "{\"a\":{\"before\":[1,2],\"list\":[" + body + "],\"after\":\"x\"},\"z\":[]}";
    QTest::newRow("top-level array") << "\xEF\xBB\xBF[\n" + body + "\n]\n";
    // Three big arrays: the longest is cut, the others parsed with the rest.
    const QByteArray shorter = rows(kLargeRows / 2) + "0";
    QTest::newRow("three arrays") << "{\"a\":[" + shorter + "],\"b\":[" + body + "],\"c\":[" + shorter + "]}";
}

void TestJsonIndexPieces::largeBodyHasTheNodesQJsonDocumentFinds()
{
    QFETCH(QByteArray, json);
    const QJsonDocument reference = QJsonDocument::fromJson(json.startsWith('\xEF') ? json.mid(3) : json);
    QVERIFY(!reference.isNull());
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTree(JsonTreeModel::buildTree(json));
    const qint64 nodes = reference.isArray() ? compareWithReference(model, QModelIndex(), reference.array())
                                             : compareWithReference(model, QModelIndex(), reference.object());
    QVERIFY(nodes > kLargeRows);
    QCOMPARE(nodes, qint64(model.nodeCount()));
}

void TestJsonIndexPieces::spooledLargeBodyHasTheSameTree()
{
    QByteArray body = rows(kLargeRows);
    body.chop(2);
    const QByteArray json = "{\"Results\":{\"rows\":[" + body + "]}}";
    QTemporaryFile spool;
    QVERIFY(spool.open());
    QCOMPARE(spool.write(json), json.size());
    QVERIFY(spool.flush());
    auto file = std::make_unique<QFile>(spool.fileName());
    QVERIFY(file->open(QIODevice::ReadOnly));
    const JsonTreeModel::Tree fromFile = JsonIndex::build(std::move(file));
    QVERIFY(fromFile);
    const JsonTreeModel::Tree inMemory = JsonTreeModel::buildTree(json);
    QCOMPARE(fromFile->nodeCount(), inMemory->nodeCount());
    for (int node = 0; node < inMemory->nodeCount(); node += 97) {
        QCOMPARE(fromFile->valueOffset(node), inMemory->valueOffset(node));
        QCOMPARE(fromFile->key(node), inMemory->key(node));
        QCOMPARE(fromFile->scalarText(node), inMemory->scalarText(node));
    }
    JsonTreeModel model;
    model.setTree(fromFile);
    const QModelIndex found = model.find(u"row \\\"\\\\ é %1"_s.arg(kLargeRows - 3));
    QVERIFY(found.isValid());
    QCOMPARE(model.path(found), u"Results.rows[%1].name"_s.arg(kLargeRows - 3));
}

void TestJsonIndexPieces::errorInALargeBodyIsWhereTheSmallBodyHasIt_data()
{
    // The bad line follows one row in the small body and kLargeRows in the large one.
    QTest::addColumn<QByteArray>("badLines");
    QTest::addColumn<QByteArray>("tail");
    const QByteArray more = rows(10) + "0]";
    QTest::newRow("misplaced token") << "{\"a\": ]},"_ba << more;
    QTest::newRow("missing comma") << "1\n 2,"_ba << more;
    QTest::newRow("bad literal") << "[tru],"_ba << more;
    QTest::newRow("invalid UTF-8") << "\"caf\xC3\x28\","_ba << more;
    QTest::newRow("control character") << "\"a\tb\","_ba << more;
    QTest::newRow("unterminated string") << "\"abc"_ba << "\n]"_ba;
    QTest::newRow("trailing comma") << "5,"_ba << "\n]"_ba;
    QTest::newRow("truncated") << "[5, 6"_ba << ""_ba;
    QTest::newRow("unbalanced") << "[5]],"_ba << more;
    // Runs of nothing but blanks between commas, each longer than a piece.
    const QByteArray blanks(3 * 1024 * 1024, ' ');
    QTest::newRow("empty element") << blanks + "1,\n" + blanks + "\n,"_ba << more;
}

void TestJsonIndexPieces::errorInALargeBodyIsWhereTheSmallBodyHasIt()
{
    QFETCH(QByteArray, badLines);
    QFETCH(QByteArray, tail);
    const JsonIndex::Error small = errorOf("[\n" + rows(1) + badLines + tail);
    const JsonIndex::Error large = errorOf("[\n" + rows(kLargeRows) + badLines + tail);
    QVERIFY2(small.isError() && small.message != u"(no error)"_s, qPrintable(small.message));
    QCOMPARE(large.message, small.message);
    QCOMPARE(large.line, small.line + kLargeRows - 1);
    QCOMPARE(large.column, small.column);
}

QTEST_GUILESS_MAIN(TestJsonIndexPieces)
#include "tst_jsonindexpieces.moc"
