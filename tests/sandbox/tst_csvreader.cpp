// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// CsvReader on the RFC 4180 cases batch inputs bring: quotes, doubled quotes, delimiters
// and line breaks inside quotes, a byte order mark, ragged endings, and the errors a user
// must be able to find in their file by line number.

#include "sandbox/batch/csvreader.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using portico::sandbox::CsvReader;

namespace {

struct Parsed
{
    QList<QStringList> records;
    QList<qint64> lines;
    QString error;
};

Parsed parse(const QByteArray &data, char delimiter = ',')
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, delimiter);
    Parsed p;
    for (;;) {
        const CsvReader::Status s = reader.next();
        if (s == CsvReader::Status::End)
            break;
        if (s == CsvReader::Status::Error) {
            p.error = reader.errorString();
            break;
        }
        QStringList fields;
        for (qsizetype i = 0; i < reader.fieldCount(); ++i)
            fields.append(QString::fromUtf8(reader.field(i)));
        p.records.append(fields);
        p.lines.append(reader.recordLine());
    }
    return p;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsQuotedFieldsAsRfc4180Says_data();
    void readsQuotedFieldsAsRfc4180Says();
    void recordLinesCountLineBreaksInsideQuotes();
    void malformedInputNamesTheLine_data();
    void malformedInputNamesTheLine();
    void readsTabSeparatedInput();
    void recordsSpanningChunkBoundariesStayWhole();
    void countRecordsMatchesWhatNextReads_data();
    void countRecordsMatchesWhatNextReads();
};

void TestCsvReader::readsQuotedFieldsAsRfc4180Says_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QStringList>>("expected");
    QTest::newRow("plain") << "a,b\r\n1,2\r\n"_ba << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}};
    QTest::newRow("no final newline") << "a,b\n1,2"_ba << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}};
    QTest::newRow("comma and quotes inside quotes")
        << "\"x, y\",\"say \"\"hi\"\"\"\n"_ba << QList<QStringList>{{u"x, y"_s, u"say \"hi\""_s}};
    QTest::newRow("CRLF inside quotes") << "\"one\r\ntwo\",b\r\n"_ba << QList<QStringList>{{u"one\r\ntwo"_s, u"b"_s}};
    QTest::newRow("empty fields") << ",\n\"\",x\n"_ba
                                  << QList<QStringList>{{QString(), QString()}, {QString(), u"x"_s}};
    QTest::newRow("byte order mark") << "\xEF\xBB\xBF"
                                        "Col2\nok\n"_ba
                                     << QList<QStringList>{{u"Col2"_s}, {u"ok"_s}};
    QTest::newRow("UTF-8 kept") << "güzel 🙂\n"_ba << QList<QStringList>{{u"güzel 🙂"_s}};
    QTest::newRow("empty line is one empty field")
        << "Col2\n\nx\n"_ba << QList<QStringList>{{u"Col2"_s}, {QString()}, {u"x"_s}};
    QTest::newRow("empty input") << QByteArray() << QList<QStringList>{};
}

void TestCsvReader::readsQuotedFieldsAsRfc4180Says()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QStringList>, expected);
    const Parsed p = parse(input);
    QCOMPARE(p.error, QString());
    QCOMPARE(p.records, expected);
}

void TestCsvReader::recordLinesCountLineBreaksInsideQuotes()
{
    const Parsed p = parse("h\n\"a\nb\nc\"\nnext\n"_ba);
    QCOMPARE(p.lines, (QList<qint64>{1, 2, 5}));
}

void TestCsvReader::malformedInputNamesTheLine_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("error");
    QTest::newRow("quote inside unquoted field")
        << "h\nok\nbad\"field\n"_ba << u"line 3: a quote inside an unquoted field"_s;
    QTest::newRow("text after closing quote")
        << "h\n\"ok\"x\n"_ba << u"line 2: unexpected text after the closing quote"_s;
    QTest::newRow("never closed") << "h\n\"open\nstill\nopen\n"_ba << u"line 2: a quoted field is never closed"_s;
}

void TestCsvReader::malformedInputNamesTheLine()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, error);
    const Parsed p = parse(input);
    QVERIFY2(p.error.startsWith(error), qPrintable(p.error));
}

void TestCsvReader::readsTabSeparatedInput()
{
    const Parsed p = parse("Col2\tn\n\"a\tb\"\t1\nc, d\t2\n"_ba, '\t');
    QCOMPARE(p.records, (QList<QStringList>{{u"Col2"_s, u"n"_s}, {u"a\tb"_s, u"1"_s}, {u"c, d"_s, u"2"_s}}));
}

void TestCsvReader::recordsSpanningChunkBoundariesStayWhole()
{
    // Far more than one read chunk, with quoted line breaks landing anywhere.
    QByteArray data = "Col2\n";
    for (int i = 0; i < 60'000; ++i)
        data += "\"row " + QByteArray::number(i) + ",\r\nsecond \"\"line\"\"\"\n";
    const Parsed p = parse(data);
    QCOMPARE(p.error, QString());
    QCOMPARE(p.records.size(), 60'001);
    QCOMPARE(p.records.at(45'678), QStringList{u"row 45677,\r\nsecond \"line\""_s});
}

void TestCsvReader::countRecordsMatchesWhatNextReads_data()
{
    // The count is a batch job's row total: its progress must end at 100%, not short of it
    // or past it.
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("records");
    QTest::newRow("quoted line break, CRLF, no final line break") << "Col2\n\"a\nb\"\nc\r\nd"_ba << 4;
    QTest::newRow("lone CR line ends") << "Col2\ra\rb\r"_ba << 3;
    QTest::newRow("CR and CRLF mixed") << "Col2\r\na\rb\r\nc"_ba << 4;
    QTest::newRow("CR inside quotes") << "Col2\r\"a\rb\"\rc"_ba << 3;
    QTest::newRow("byte order mark only") << "\xEF\xBB\xBF"_ba << 0;
    QTest::newRow("byte order mark, then rows") << "\xEF\xBB\xBF"
                                                   "Col2\na\n"_ba
                                                << 2;
}

void TestCsvReader::countRecordsMatchesWhatNextReads()
{
    QFETCH(QByteArray, data);
    QFETCH(int, records);
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QCOMPARE(CsvReader::countRecords(&buffer), records);
    QCOMPARE(parse(data).records.size(), records);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
