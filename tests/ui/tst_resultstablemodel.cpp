// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// ResultsTableModel: the AzureML RRS answer forms (table, swagger, several outputs) as
// tables, and everything else recognised as "no table".

#include "ui/response/resultstablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using portico::ui::ResultsOutput;
using portico::ui::ResultsTableModel;

namespace {

// The seed service's answer for "This is a good day" with 3 hashing bits and bigrams.
const QByteArray kSeedAnswer =
    R"({"Results":{"output1":{"type":"table","value":{"ColumnNames":["Col2","Col2 - Hashing feature 1",)"
    R"("Col2 - Hashing feature 2","Col2 - Hashing feature 3","Col2 - Hashing feature 4","Col2 - Hashing feature 5",)"
    R"("Col2 - Hashing feature 6","Col2 - Hashing feature 7","Col2 - Hashing feature 8"],)"
    R"("ColumnTypes":["String","Int32","Int32","Int32","Int32","Int32","Int32","Int32","Int32"],)"
    R"("Values":[["This is a good day","1","1","2","2","0","2","0","1"]]}}}})"_ba;

QStringList headers(const ResultsTableModel &model)
{
    QStringList names;
    for (int column = 0; column < model.columnCount(); ++column)
        names.append(model.headerData(column, Qt::Horizontal).toString());
    return names;
}

QStringList row(const ResultsTableModel &model, int row)
{
    QStringList cells;
    for (int column = 0; column < model.columnCount(); ++column)
        cells.append(model.index(row, column).data().toString());
    return cells;
}

} // namespace

class TestResultsTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedTableAnswerIsOneRowOfNineColumns();
    void columnTypesBecomeHeaderTooltipsAndAlignNumbers();
    void answerWithoutDetailsHasNoTypes();
    void swaggerRowsTakeColumnsFromKeysInFirstSeenOrder();
    void severalOutputsKeepTheAnswersOrder();
    void nonAzureMlJsonHasNoOutputs_data();
    void nonAzureMlJsonHasNoOutputs();
    void nonStringValuesKeepTheirJsonSpelling();
    void rowsLongerThanTheColumnNamesGetNumberedColumns();
    void tsvKeepsEveryRowOnOneLine();
};

void TestResultsTableModel::seedTableAnswerIsOneRowOfNineColumns()
{
    ResultsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QList<ResultsOutput> outputs = ResultsTableModel::parseResults(kSeedAnswer);
    QCOMPARE(outputs.size(), 1);
    QCOMPARE(outputs.first().name, u"output1"_s);
    model.setTable(outputs.first().table);

    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), 9);
    QStringList expectedHeaders{u"Col2"_s};
    for (int feature = 1; feature <= 8; ++feature)
        expectedHeaders.append(u"Col2 - Hashing feature %1"_s.arg(feature));
    QCOMPARE(headers(model), expectedHeaders);
    QCOMPARE(row(model, 0),
             (QStringList{u"This is a good day"_s, u"1"_s, u"1"_s, u"2"_s, u"2"_s, u"0"_s, u"2"_s, u"0"_s, u"1"_s}));
    QCOMPARE(model.headerData(0, Qt::Vertical).toInt(), 1);
}

void TestResultsTableModel::columnTypesBecomeHeaderTooltipsAndAlignNumbers()
{
    ResultsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTable(ResultsTableModel::parseResults(kSeedAnswer).first().table);
    QCOMPARE(model.headerData(0, Qt::Horizontal, ResultsTableModel::ColumnTypeRole).toString(), u"String"_s);
    QCOMPARE(model.headerData(3, Qt::Horizontal, ResultsTableModel::ColumnTypeRole).toString(), u"Int32"_s);
    QVERIFY(model.headerData(3, Qt::Horizontal, Qt::ToolTipRole).toString().contains(u"Int32"_s));
    // Int32 columns line up on the right like numbers; the String column does not.
    QCOMPARE(model.index(0, 3).data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    QVERIFY(!model.index(0, 0).data(Qt::TextAlignmentRole).isValid());
}

void TestResultsTableModel::answerWithoutDetailsHasNoTypes()
{
    const QByteArray answer = R"({"Results":{"output1":{"type":"DataTable","value":{"ColumnNames":["Col2","Score"],)"
                              R"("Values":[["a","1"],["b","0"]]}}}})"_ba;
    ResultsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto outputs = ResultsTableModel::parseResults(answer);
    QCOMPARE(outputs.size(), 1);
    model.setTable(outputs.first().table);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(row(model, 1), (QStringList{u"b"_s, u"0"_s}));
    QVERIFY(model.headerData(1, Qt::Horizontal, ResultsTableModel::ColumnTypeRole).toString().isEmpty());
}

void TestResultsTableModel::swaggerRowsTakeColumnsFromKeysInFirstSeenOrder()
{
    // Sorted keys would put "feature 10" before "feature 2" and "Col2" after "Alpha".
    const QByteArray answer = R"({"Results":{"output1":[)"
                              R"({"Col2":"first","Col2 - Hashing feature 2":"1","Col2 - Hashing feature 10":"3"},)"
                              R"({"Col2 - Hashing feature 10":"4","Col2":"second","Alpha":"x"}]}})"_ba;
    ResultsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto outputs = ResultsTableModel::parseResults(answer);
    QCOMPARE(outputs.size(), 1);
    model.setTable(outputs.first().table);
    QCOMPARE(headers(model),
             (QStringList{u"Col2"_s, u"Col2 - Hashing feature 2"_s, u"Col2 - Hashing feature 10"_s, u"Alpha"_s}));
    QCOMPARE(row(model, 0), (QStringList{u"first"_s, u"1"_s, u"3"_s, QString()}));
    QCOMPARE(row(model, 1), (QStringList{u"second"_s, QString(), u"4"_s, u"x"_s}));
    QVERIFY(model.index(0, 3).data(ResultsTableModel::IsNullRole).toBool());
    QVERIFY(!model.index(0, 0).data(ResultsTableModel::IsNullRole).toBool());
}

void TestResultsTableModel::severalOutputsKeepTheAnswersOrder()
{
    const QByteArray answer =
        R"({"Results":{"scored":{"type":"table","value":{"ColumnNames":["Label"],"Values":[["yes"]]}},)"
        R"("audit":[{"Who":"me"},{"Who":"you"}],)"
        R"("blob":{"ConnectionString":null,"RelativeLocation":"c/out.csv"}}})"_ba;
    const auto outputs = ResultsTableModel::parseResults(answer);
    QCOMPARE(outputs.size(), 2);
    QCOMPARE(outputs.at(0).name, u"scored"_s);
    QCOMPARE(outputs.at(1).name, u"audit"_s);
    ResultsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTable(outputs.at(1).table);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, 0).data().toString(), u"you"_s);
    model.setTable(outputs.at(0).table);
    QCOMPARE(model.index(0, 0).data().toString(), u"yes"_s);
}

void TestResultsTableModel::nonAzureMlJsonHasNoOutputs_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("error body") << R"({"error":{"code":"Unauthorized","message":"Invalid credentials provided."}})"_ba;
    QTest::newRow("gateway error") << R"({"statusCode":401,"message":"Access denied"})"_ba;
    QTest::newRow("array") << "[1,2,3]"_ba;
    QTest::newRow("job id") << R"("539d0bc2fde945b6ac986b851d0000f0")"_ba;
    QTest::newRow("BES status") << R"({"StatusCode":"Finished","Results":{"output1":{"ConnectionString":null,)"
                                   R"("RelativeLocation":"container/output.csv","BaseLocation":"https://a/"}}})"_ba;
    QTest::newRow("Results not an object") << R"({"Results":[1,2]})"_ba;
    QTest::newRow("not JSON") << "<html>nope</html>"_ba;
    QTest::newRow("empty") << QByteArray();
}

void TestResultsTableModel::nonAzureMlJsonHasNoOutputs()
{
    QFETCH(QByteArray, json);
    QVERIFY(ResultsTableModel::parseResults(json).isEmpty());
}

void TestResultsTableModel::nonStringValuesKeepTheirJsonSpelling()
{
    const QByteArray answer = R"({"Results":{"output1":{"value":{"ColumnNames":["n","f","b","z","o"],)"
                              R"("Values":[[42,0.25,true,null,{"k":[1]}]]}}}})"_ba;
    ResultsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTable(ResultsTableModel::parseResults(answer).first().table);
    QCOMPARE(row(model, 0), (QStringList{u"42"_s, u"0.25"_s, u"true"_s, QString(), uR"({"k":[1]})"_s}));
    QVERIFY(model.index(0, 3).data(ResultsTableModel::IsNullRole).toBool());
}

void TestResultsTableModel::rowsLongerThanTheColumnNamesGetNumberedColumns()
{
    const QByteArray answer =
        R"({"Results":{"output1":{"value":{"ColumnNames":["a"],"Values":[["1","2","3"],["4"]]}}}})"_ba;
    ResultsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTable(ResultsTableModel::parseResults(answer).first().table);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(headers(model), (QStringList{u"a"_s, u"2"_s, u"3"_s}));
    QCOMPARE(row(model, 1), (QStringList{u"4"_s, QString(), QString()}));
}

void TestResultsTableModel::tsvKeepsEveryRowOnOneLine()
{
    const QByteArray answer = R"({"Results":{"output1":{"value":{"ColumnNames":["text","n"],)"
                              R"("Values":[["tab\there","1"],["two\nlines","2"]]}}}})"_ba;
    ResultsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTable(ResultsTableModel::parseResults(answer).first().table);
    QCOMPARE(model.toTsv(), u"text\tn\ntab here\t1\ntwo lines\t2\n"_s);
}

QTEST_MAIN(TestResultsTableModel)
#include "tst_resultstablemodel.moc"
