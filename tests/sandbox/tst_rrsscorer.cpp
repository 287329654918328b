// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The RRS scorer reads requests with simdjson, and answers every request, good or bad, with
// the very bytes it answered when it read them through QJsonDocument: same status, same
// headers, same body, down to the wording of AzureML's error bodies.
#include "sandbox/scoring/rrsrequest.h"
#include "sandbox/scoring/rrsscorer.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using portico::sandbox::RrsRequest;
using portico::sandbox::RrsScorer;

class TestRrsScorer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAnswerAsTheQtReader_data();
    void sameAnswerAsTheQtReader();
    void sameAnswerOnGeneratedRequests();
    void wellFormedRequestsTakeTheFastReader_data();
    void wellFormedRequestsTakeTheFastReader();
    void errorBodiesKeepAzureMlsShape();

private:
    static void compareBothWays(const QByteArray &body);
};

namespace {

QByteArray table(const QByteArray &values, const QByteArray &globals = "{}")
{
    return R"({"Inputs":{"input1":{"ColumnNames":["Col2"],"Values":)" + values + R"(}},"GlobalParameters":)" + globals +
        '}';
}

} // namespace

void TestRrsScorer::compareBothWays(const QByteArray &body)
{
    for (const auto format : {RrsScorer::Format::Table, RrsScorer::Format::Swagger}) {
        for (const bool details : {false, true}) {
            const auto reference = RrsScorer::scoreWithQtJson(body, format, details);
            const auto fast = RrsScorer::score(body, format, details);
            QCOMPARE(fast.status, reference.status);
            QCOMPARE(fast.headers.fields(), reference.headers.fields());
            QCOMPARE(fast.body, reference.body);
        }
    }
}

void TestRrsScorer::sameAnswerAsTheQtReader_data()
{
    QTest::addColumn<QByteArray>("body");
    // Answers
    QTest::newRow("the documented example") << table(R"([["This is a good day"]])");
    QTest::newRow("details off, several rows") << table(R"([["a b c"],["d"],[""],["  spaced   out  "]])");
    QTest::newRow("more columns, Col2 in the middle")
        << R"({"Inputs":{"input1":{"ColumnNames":["Col1","Col2","Col3"],"Values":[["x","good day",1],["y","z",null]]}},"GlobalParameters":{}})"_ba;
    QTest::newRow("Col2 named twice: the last counts")
        << R"({"Inputs":{"input1":{"ColumnNames":["Col2","Col2"],"Values":[["first","second"]]}}})"_ba;
    QTest::newRow("a column name that is not text")
        << R"({"Inputs":{"input1":{"ColumnNames":[7,"Col2",null],"Values":[[1,"t",2]]}}})"_ba;
    QTest::newRow("escapes and unicode") << table(
        R"([["tab\there \"quoted\" back\\slash \/ \u00e9 \u20ac \ud83d\ude00 çağrı"],["\u0000nul"],["line\nbreak\r\f\b"]])");
    QTest::newRow("numbers as cells") << table(
        R"([[0],[-0],[12],[-7],[3.5],[1e3],[1E-3],[0.1],[123456789012345678],[9007199254740993],[18446744073709551615],[-9223372036854775808],[1.7976931348623157e308],[5e-324],[8999999999999999],[9e15]])");
    QTest::newRow("a number too long for 64 bits") << table(R"([[123456789012345678901234567890]])");
    QTest::newRow("a number out of range") << table(R"([[1e400]])");
    QTest::newRow("booleans and null") << table(R"([[true],[false],[null]])");
    QTest::newRow("no rows") << table("[]");
    QTest::newRow("no GlobalParameters") << R"({"Inputs":{"input1":{"ColumnNames":["Col2"],"Values":[["a"]]}}})"_ba;
    QTest::newRow("GlobalParameters null") << table(R"([["a"]])", "null");
    QTest::newRow("parameters as numbers") << table(R"([["a b c d"]])", R"({"Hashing bitsize":5,"N-grams":3})");
    QTest::newRow("parameters as text") << table(R"([["a b c d"]])", R"({"Hashing bitsize":" 4 ","N-grams":"1"})");
    QTest::newRow("parameters as whole doubles") << table(R"([["a b"]])", R"({"Hashing bitsize":4.0,"N-grams":2e0})");
    QTest::newRow("a parameter named twice: the last counts")
        << table(R"([["a b"]])", R"({"Hashing bitsize":2,"Hashing bitsize":6})");
    QTest::newRow("keys named twice everywhere")
        << R"({"Inputs":{"input1":{"ColumnNames":["Col2"],"Values":[["old"]]}},"Inputs":{"input1":[{"Col2":"x"}],"input1":{"ColumnNames":["Col2"],"ColumnNames":["Col1","Col2"],"Values":[["a","new"]]}},"GlobalParameters":{"N-grams":9},"GlobalParameters":{}})"_ba;
    QTest::newRow("other top-level members are ignored")
        << R"({"Extra":[1,{"deep":[[[]]]}],"Inputs":{"input1":{"ColumnNames":["Col2"],"Values":[["a"]]}}})"_ba;
    QTest::newRow("swagger rows")
        << R"({"Inputs":{"input1":[{"Col2":"a b"},{"Col1":1,"Col2":"c"},{"Col2":null},{"Col2":2.25}]},"GlobalParameters":{}})"_ba;
    QTest::newRow("swagger, Col2 twice in a row") << R"({"Inputs":{"input1":[{"Col2":"a","Col2":"b"}]}})"_ba;
    QTest::newRow("swagger, no rows") << R"({"Inputs":{"input1":[]}})"_ba;
    QTest::newRow("whitespace around everything")
        << "\n\t {  \"Inputs\" : { \"input1\" : { \"ColumnNames\" : [ \"Col2\" ] , \"Values\" : [ [ \"a\" ] ] } } }  \n"_ba;
    QTest::newRow("the answer would be too large")
        << table(R"([["a"],["b"],["c"],["d"],["e"],["f"],["g"],["h"],["i"]])", R"({"Hashing bitsize":24})");
    // Errors
    QTest::newRow("empty body") << QByteArray();
    QTest::newRow("not JSON") << "Col2\nThis is a good day\n"_ba;
    QTest::newRow("cut short") << table(R"([["a"],["b")").chopped(3);
    QTest::newRow("trailing garbage") << table(R"([["a"]])") + " x";
    QTest::newRow("two documents") << table(R"([["a"]])") + table(R"([["b"]])");
    QTest::newRow("a byte order mark") << "\xef\xbb\xbf"_ba + table(R"([["a"]])");
    QTest::newRow("a trailing comma") << table(R"([["a"],])");
    QTest::newRow("single quotes") << "{'Inputs':{}}"_ba;
    QTest::newRow("a top-level array") << "[1,2]"_ba;
    QTest::newRow("a top-level string") << "\"Inputs\""_ba;
    QTest::newRow("invalid UTF-8 in a cell") << table("[[\"caf\xe9\"]]");
    QTest::newRow("an overlong UTF-8 sequence") << table("[[\"\xc0\xaf\"]]");
    QTest::newRow("a lone high surrogate") << table(R"([["a\ud800b"]])");
    QTest::newRow("a lone low surrogate") << table(R"([["a\udc00"]])");
    QTest::newRow("a bad escape") << table(R"([["a\qb"]])");
    QTest::newRow("a raw control character") << table("[[\"a\x01\"]]");
    QTest::newRow("a leading zero") << table("[[012]]");
    QTest::newRow("NaN") << table("[[NaN]]");
    QTest::newRow("deeply nested") << R"({"Inputs":{"input1":{"ColumnNames":["Col2"],"Values":[["a"]]}},"x":)" +
            QByteArray(3000, '[') + QByteArray(3000, ']') + '}';
    QTest::newRow("no Inputs") << R"({"GlobalParameters":{}})"_ba;
    QTest::newRow("Inputs not an object") << R"({"Inputs":[1]})"_ba;
    QTest::newRow("an unknown input") << R"({"Inputs":{"input1":[],"inputX":[],"another":[]}})"_ba;
    QTest::newRow("no input1") << R"({"Inputs":{}})"_ba;
    QTest::newRow("GlobalParameters not an object") << table(R"([["a"]])", "[]");
    QTest::newRow("an unknown parameter") << table(R"([["a"]])", R"({"Zeta":1,"Alpha":2,"N-grams":2})");
    QTest::newRow("bitsize out of range") << table(R"([["a"]])", R"({"Hashing bitsize":32})");
    QTest::newRow("N-grams zero") << table(R"([["a"]])", R"({"N-grams":0})");
    QTest::newRow("bitsize not whole") << table(R"([["a"]])", R"({"Hashing bitsize":2.5})");
    QTest::newRow("bitsize not a number") << table(R"([["a"]])", R"({"Hashing bitsize":"three"})");
    QTest::newRow("bitsize true") << table(R"([["a"]])", R"({"Hashing bitsize":true})");
    QTest::newRow("bitsize an object") << table(R"([["a"]])", R"({"Hashing bitsize":{"v":3}})");
    QTest::newRow("bitsize null") << table(R"([["a"]])", R"({"Hashing bitsize":null})");
    QTest::newRow("no Values") << R"({"Inputs":{"input1":{"ColumnNames":["Col2"]}}})"_ba;
    QTest::newRow("Values not an array") << R"({"Inputs":{"input1":{"ColumnNames":["Col2"],"Values":{}}}})"_ba;
    QTest::newRow("no Col2 column") << R"({"Inputs":{"input1":{"ColumnNames":["Col1"],"Values":[["a"]]}}})"_ba;
    QTest::newRow("a short row")
        << R"({"Inputs":{"input1":{"ColumnNames":["Col1","Col2"],"Values":[["a","b"],["c"]]}}})"_ba;
    QTest::newRow("a row that is not a list") << table(R"([["a"],"b"])");
    QTest::newRow("a cell that is a list") << table(R"([["a"],[["b"]]])");
    QTest::newRow("a cell that is an object") << table(R"([[{"text":"b"}]])");
    QTest::newRow("input1 a string") << R"({"Inputs":{"input1":"a"}})"_ba;
    QTest::newRow("swagger row not an object") << R"({"Inputs":{"input1":[{"Col2":"a"},"b"]}})"_ba;
    QTest::newRow("swagger row without Col2") << R"({"Inputs":{"input1":[{"Col2":"a"},{"Col1":"b"}]}})"_ba;
    QTest::newRow("swagger cell a list") << R"({"Inputs":{"input1":[{"Col2":["a"]}]}})"_ba;
}

void TestRrsScorer::sameAnswerAsTheQtReader()
{
    QFETCH(QByteArray, body);
    compareBothWays(body);
}

void TestRrsScorer::sameAnswerOnGeneratedRequests()
{
    // Rows of random text from an alphabet heavy in what needs escaping or is multi-byte.
    QRandomGenerator random(20261207);
    const QList<QByteArray> pieces{"a",   "Z",       " ",     "  ",     "\\\"", "\\\\", "\\n", "\\u00e9",
                                   "é",   "€",       "😀",     "\\t",    "good", "day",  "0",   "\\ud83d\\ude00",
                                   "\\/", "\\u0001", "çağrı", "This is"};
    for (int round = 0; round < 40; ++round) {
        QByteArray values = "[";
        const int rows = int(random.bounded(60));
        for (int r = 0; r < rows; ++r) {
            if (r)
                values += ',';
            const int kind = int(random.bounded(10));
            if (kind == 0) {
                values += "[null]";
            } else if (kind == 1) {
                values += '[' +
                    QByteArray::number(random.generateDouble() * 1e6 - 5e5, 'g', int(random.bounded(18)) + 1) + ']';
            } else {
                values += "[\"";
                const int n = int(random.bounded(12));
                for (int k = 0; k < n; ++k)
                    values += pieces.at(int(random.bounded(pieces.size())));
                values += "\"]";
            }
        }
        values += ']';
        const QByteArray globals = "{\"Hashing bitsize\":" + QByteArray::number(random.bounded(1, 9)) +
            ",\"N-grams\":" + QByteArray::number(random.bounded(1, 5)) + '}';
        compareBothWays(table(values, globals));
        if (QTest::currentTestFailed()) {
            qWarning("round %d failed", round);
            return;
        }
    }
}

void TestRrsScorer::wellFormedRequestsTakeTheFastReader_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("fast");
    QTest::addColumn<int>("rows");
    QTest::newRow("table") << table(R"([["a"],["b"],[null],[1]])") << true << 4;
    QTest::newRow("swagger") << R"({"Inputs":{"input1":[{"Col2":"a"}]},"GlobalParameters":{"N-grams":1}})"_ba << true
                             << 1;
    QTest::newRow("invalid JSON") << "{"_ba << false << 0;
    QTest::newRow("an unknown parameter") << table(R"([["a"]])", R"({"Zeta":1})") << false << 0;
    QTest::newRow("a short row") << R"({"Inputs":{"input1":{"ColumnNames":["Col1","Col2"],"Values":[["c"]]}}})"_ba
                                 << false << 0;
}

void TestRrsScorer::wellFormedRequestsTakeTheFastReader()
{
    // Without this, a fast reader that gave every request to the Qt reader would pass the
    // comparisons above and make nothing faster.
    QFETCH(QByteArray, body);
    QFETCH(bool, fast);
    QFETCH(int, rows);
    RrsRequest request;
    QCOMPARE(portico::sandbox::readRrsRequestFast(body, &request), fast);
    if (fast)
        QCOMPARE(int(request.cells.size()), rows);
}

void TestRrsScorer::errorBodiesKeepAzureMlsShape()
{
    const auto answer =
        RrsScorer::score(R"({"Inputs":{"input1":{"ColumnNames":["Col1","Col2"],"Values":[["a","b"],["c"]]}}})"_ba,
                         RrsScorer::Format::Table, true);
    QCOMPARE(answer.status, 400);
    QCOMPARE(
        answer.body,
        R"({"error":{"code":"BadArgument","message":"Invalid argument provided.","details":[{"code":"InputParseError","message":"Parsing of input vector failed. Verify the input vector has the correct number of columns and data types. Additional details: row 2 has 1 values where 2 columns were named."}]}})"_ba);
    const auto ok = RrsScorer::score(table(R"([["This is a good day"]])"), RrsScorer::Format::Table, false);
    QCOMPARE(ok.status, 200);
    QCOMPARE(
        ok.body,
        R"({"Results":{"output1":{"type":"table","value":{"ColumnNames":["Col2","Col2 - Hashing feature 1","Col2 - Hashing feature 2","Col2 - Hashing feature 3","Col2 - Hashing feature 4","Col2 - Hashing feature 5","Col2 - Hashing feature 6","Col2 - Hashing feature 7","Col2 - Hashing feature 8"],"Values":[["This is a good day","1","1","2","2","0","2","0","1"]]}}}})"_ba);
}

QTEST_GUILESS_MAIN(TestRrsScorer)
#include "tst_rrsscorer.moc"
