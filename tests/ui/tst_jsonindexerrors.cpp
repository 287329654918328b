// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// A body that is not valid JSON is named by the place of its first error, as a line and a
// column the user can go to in the Raw tab, whichever stage of the parser finds it: bad
// UTF-8, an unterminated string and a raw control character as much as a misplaced token.

#include "ui/response/jsontreemodel.h"

#include <QTest>

using namespace Qt::StringLiterals;
using portico::ui::JsonIndex;
using portico::ui::JsonTreeModel;

class TestJsonIndexErrors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstErrorHasItsLineAndColumn_data();
    void firstErrorHasItsLineAndColumn();
    void errorDeepInALargeBodyHasItsLine();
    void validBodyHasNoError();
    void badEscapesAreErrors_data();
    void badEscapesAreErrors();
};

void TestJsonIndexErrors::firstErrorHasItsLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("column");
    QTest::newRow("misplaced token") << "{\n  \"a\": 1,\n  \"b\": ]\n}"_ba << qint64(3) << qint64(7);
    QTest::newRow("missing comma") << "[1,\n 2\n 3]"_ba << qint64(3) << qint64(2);
    QTest::newRow("truncated array") << "[1, 2"_ba << qint64(1) << qint64(6);
    QTest::newRow("bad literal") << "[\n  tru\n]"_ba << qint64(2) << qint64(3);
    QTest::newRow("bad number") << "{\"n\":\n  01}"_ba << qint64(2) << qint64(3);
    QTest::newRow("garbage after the value") << "{\"a\":1}\n x"_ba << qint64(2) << qint64(2);
    // Columns count characters, not bytes: é is one.
    QTest::newRow("after non-ASCII") << "{\"é\": tru}"_ba << qint64(1) << qint64(6);
    // Found while the text is scanned, before any token is read.
    QTest::newRow("unterminated string") << "{\"a\": [1,\n  \"abc, 2]}"_ba << qint64(2) << qint64(3);
    QTest::newRow("unterminated string after escapes") << "[\"x\\\\\", \"y\\\"z]"_ba << qint64(1) << qint64(9);
    QTest::newRow("invalid UTF-8") << "[\"ok\",\n \"caf\xC3\x28\"]"_ba << qint64(2) << qint64(6);
    QTest::newRow("control character in a string") << "[\"ok\",\n\"a\tb\"]"_ba << qint64(2) << qint64(3);
}

void TestJsonIndexErrors::firstErrorHasItsLineAndColumn()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, line);
    QFETCH(qint64, column);
    JsonIndex::Error error;
    QVERIFY(!JsonTreeModel::buildTree(json, &error));
    QVERIFY(error.isError());
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QVERIFY2(error.describe().contains(u"line %1, column %2"_s.arg(line).arg(column)), qPrintable(error.describe()));
}

void TestJsonIndexErrors::errorDeepInALargeBodyHasItsLine()
{
    // Twenty thousand good rows, then one with bad UTF-8, then good rows again: the error is
    // where the bad byte is, not at the end of the body.
    QByteArray json = "[\n";
    for (int i = 0; i < 20'000; ++i)
        json += "  [\"row " + QByteArray::number(i) + "\", 1, 2, 3],\n";
    json += "  [\"bad \xFF byte\"],\n";
    for (int i = 0; i < 20'000; ++i)
        json += "  [\"row " + QByteArray::number(i) + "\", 1, 2, 3],\n";
    json += "  []\n]\n";
    JsonIndex::Error error;
    QVERIFY(!JsonTreeModel::buildTree(json, &error));
    QCOMPARE(error.line, qint64(20'002));
    QCOMPARE(error.column, qint64(9));
}

void TestJsonIndexErrors::validBodyHasNoError()
{
    JsonIndex::Error error;
    QVERIFY(JsonTreeModel::buildTree("{\"a\": [\"x\\\"y\", \"\\u00e9\", 1e3, null]}"_ba, &error));
    QVERIFY(!error.isError());
}

void TestJsonIndexErrors::badEscapesAreErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("in a value") << "[\"ok\",\n \"a\\qb\"]"_ba;
    QTest::newRow("in a key") << "{\"ok\": 1,\n \"k\\x\": 2}"_ba;
    QTest::newRow("short unicode escape") << "[\"\\u12\"]"_ba;
}

void TestJsonIndexErrors::badEscapesAreErrors()
{
    QFETCH(QByteArray, json);
    JsonIndex::Error error;
    QVERIFY(!JsonTreeModel::buildTree(json, &error));
    QVERIFY2(error.describe().contains(u"line "_s), qPrintable(error.describe()));
}

QTEST_MAIN(TestJsonIndexErrors)
#include "tst_jsonindexerrors.moc"
