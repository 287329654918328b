// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// A JSON answer as the viewer gets it: the project's own JSON files show the nodes
// QJsonDocument finds in them, and a 100 MiB answer spooled to a file, read the way the
// viewer reads it, gets a tree, a table and a search that reaches 90 MiB into it.

#include "ui/response/jsontreemodel.h"
#include "ui/response/responsedigest.h"
#include "ui/response/resultstablemodel.h"

#include <QAbstractItemModelTester>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

#include <memory>

using namespace Qt::StringLiterals;
using portico::ui::JsonTreeModel;
using portico::ui::ResponseDigest;
using portico::ui::ResultsTableModel;

namespace {

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

// The first difference between the model under parent and value, as a path; empty when
// they agree. Object members are matched by key: QJsonObject does not keep their order.
QString firstDifference(const JsonTreeModel &model, const QModelIndex &parent, const QJsonValue &value, qint64 *nodes)
{
    const bool isArray = value.isArray();
    const QJsonArray array = value.toArray();
    const QJsonObject object = value.toObject();
    const int count = isArray ? int(array.size()) : int(object.size());
    if (!value.isArray() && !value.isObject())
        return model.rowCount(parent) == 0 ? QString() : model.path(parent) + u": children"_s;
    if (model.rowCount(parent) != count)
        return model.path(parent) + u": %1 children, not %2"_s.arg(model.rowCount(parent)).arg(count);
    for (int row = 0; row < count; ++row) {
        const QModelIndex child = model.index(row, JsonTreeModel::KeyColumn, parent);
        const QString key = child.data().toString();
        if (!isArray && !object.contains(key))
            return model.path(child) + u": no such key"_s;
        const QJsonValue expected = isArray ? array.at(row) : object.value(key);
        if (isArray && key != u'[' + QString::number(row) + u']')
            return model.path(child) + u": key "_s + key;
        const QString shown = child.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString();
        if (shown != referenceText(expected))
            return model.path(child) + u": "_s + shown + u" vs "_s + referenceText(expected);
        ++*nodes;
        const QString below = firstDifference(model, child, expected, nodes);
        if (!below.isEmpty())
            return below;
    }
    return QString();
}

struct Generated
{
    qint64 rows = 0;
    qint64 markerRow = -1;
    qint64 markerOffset = -1;
};

QByteArray rowObject(qint64 i)
{
    // Plain literals: moc loses its way in raw strings that hold a backslash.
    return "{\"id\":\"" + QByteArray::number(i) + "\",\"triple\":" + QByteArray::number(i * 3) +
        ",\"text\":\"text \\\"" + QByteArray::number(i) + "\\\"\",\"flag\":" + (i % 2 ? "true" : "null") + "}";
}

// An answer of swagger rows, written straight to the file a chunk at a time, as the spool
// is; one row near markerAt carries a key no other row has.
Generated writeSwaggerAnswer(const QString &path, qint64 bytes, qint64 markerAt)
{
    Generated out;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return out;
    QByteArray chunk = "{\"Results\":{\"output1\":["_ba;
    qint64 written = 0;
    while (written + chunk.size() < bytes) {
        if (out.rows)
            chunk += ",\n";
        if (out.markerRow < 0 && written + chunk.size() >= markerAt) {
            out.markerRow = out.rows;
            out.markerOffset = written + chunk.size();
            chunk += "{\"id\":\"marker\",\"needleNinetyMiB\":\"found\"}";
        } else {
            chunk += rowObject(out.rows);
        }
        ++out.rows;
        if (chunk.size() >= 1 << 20) {
            file.write(chunk);
            written += chunk.size();
            chunk.clear();
        }
    }
    chunk += "\n]}}\n";
    file.write(chunk);
    return out;
}

} // namespace

class TestSpooledJsonBody : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void projectJsonFilesShowWhatQJsonDocumentFinds();
    void hundredMebibyteSpooledAnswerHasATreeATableAndSearch();
};

void TestSpooledJsonBody::projectJsonFilesShowWhatQJsonDocumentFinds()
{
    const QString data = QStringLiteral(PORTICO_TEST_DATA_DIR);
    QVERIFY(!data.isEmpty());
    int valid = 0;
    int invalid = 0;
    for (QDirIterator it(data, {u"*.json"_s}, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QJsonParseError parseError;
        const QJsonDocument reference = QJsonDocument::fromJson(bytes, &parseError);
        const ResponseDigest digest = ResponseDigest::fromBody(QByteArray(), path, "application/json");
        QCOMPARE(digest.isJson, parseError.error == QJsonParseError::NoError);
        if (!digest.isJson) {
            QVERIFY2(digest.problem.contains(u"line "_s), qPrintable(path + u": "_s + digest.problem));
            ++invalid;
            continue;
        }
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setTree(digest.tree);
        qint64 nodes = 0;
        const QJsonValue top = reference.isArray() ? QJsonValue(reference.array()) : QJsonValue(reference.object());
        const QString difference = firstDifference(model, QModelIndex(), top, &nodes);
        QVERIFY2(difference.isEmpty(), qPrintable(path + u": "_s + difference));
        QCOMPARE(nodes, qint64(model.nodeCount()));
        ++valid;
    }
    QVERIFY(valid >= 5);
    QVERIFY(invalid >= 1);
}

void TestSpooledJsonBody::hundredMebibyteSpooledAnswerHasATreeATableAndSearch()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"body.json"_s);
    constexpr qint64 kMiB = 1024 * 1024;
    const Generated generated = writeSwaggerAnswer(path, 100 * kMiB, 90 * kMiB);
    QVERIFY(generated.markerRow > 0);
    QVERIFY(QFileInfo(path).size() >= 100 * kMiB - 64);

    const ResponseDigest digest = ResponseDigest::fromBody(QByteArray(), path, "application/json");
    QVERIFY2(digest.isJson, qPrintable(digest.problem));
    QCOMPARE(digest.outputs.size(), 1);
    QCOMPARE(digest.outputs.first().name, u"output1"_s);

    ResultsTableModel table;
    auto tableTester =
        std::make_unique<QAbstractItemModelTester>(&table, QAbstractItemModelTester::FailureReportingMode::Fatal);
    table.setTable(digest.outputs.first().table);
    QCOMPARE(table.table().rowCount(), int(generated.rows));
    // The model lists its first block of rows and brings the rest when asked; the tester
    // walks every listed row on every change, so it watches the first blocks only.
    QCOMPARE(table.rowCount(), ResultsTableModel::kRowsPerFetch);
    QTRY_COMPARE(table.rowCount(), 2 * ResultsTableModel::kRowsPerFetch);
    tableTester.reset();
    QTRY_VERIFY_WITH_TIMEOUT((table.fetchMore(QModelIndex()), table.rowCount() == int(generated.rows)), 60'000);
    // Columns are every key in first-seen order, the one row's own key included.
    QCOMPARE(table.columnCount(), 5);
    QCOMPARE(table.headerData(4, Qt::Horizontal).toString(), u"needleNinetyMiB"_s);
    for (qint64 row : {qint64(0), generated.rows / 2, generated.markerRow - 1, generated.rows - 1}) {
        QCOMPARE(table.index(int(row), 0).data().toString(), QString::number(row));
        QCOMPARE(table.index(int(row), 1).data().toString(), QString::number(row * 3));
        QCOMPARE(table.index(int(row), 2).data().toString(), u"text \"%1\""_s.arg(row));
        QCOMPARE(table.index(int(row), 3).data(ResultsTableModel::IsNullRole).toBool(), row % 2 == 0);
        QVERIFY(table.index(int(row), 4).data(ResultsTableModel::IsNullRole).toBool());
    }
    QCOMPARE(table.index(int(generated.markerRow), 0).data().toString(), u"marker"_s);
    QCOMPARE(table.index(int(generated.markerRow), 4).data().toString(), u"found"_s);

    JsonTreeModel tree;
    tree.setTree(digest.tree);
    const QModelIndex rows = tree.index(0, 0, tree.index(0, 0));
    QCOMPARE(tree.path(rows), u"Results.output1"_s);
    QCOMPARE(tree.rowCount(rows), int(generated.rows));
    const QModelIndex last = tree.index(int(generated.rows - 1), 0, rows);
    QCOMPARE(tree.index(2, JsonTreeModel::ValueColumn, last).data().toString(),
             u"text \"%1\""_s.arg(generated.rows - 1));

    const QModelIndex found = tree.find(u"needleNinetyMiB"_s);
    QVERIFY(found.isValid());
    QCOMPARE(tree.path(found), u"Results.output1[%1].needleNinetyMiB"_s.arg(generated.markerRow));
    QCOMPARE(found.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(), u"found"_s);
    QVERIFY(digest.tree->valueOffset(int(found.internalId())) > 90 * kMiB);
    QVERIFY(!tree.find(u"needleNinetyMiB"_s, found).isValid());
}

QTEST_MAIN(TestSpooledJsonBody)
#include "tst_spooledjsonbody.moc"
