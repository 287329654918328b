// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// JobOutputDialog: a downloaded output opens as a table, read off the UI thread, with the
// CSV read as RFC 4180 has it (quotes, doubled quotes, commas and line breaks in fields, CRLF).
#include "ui/jobs/joboutputdialog.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using portico::ui::JobOutputDialog;
using portico::ui::ResultsTable;

class TestJobOutputDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsQuotedFieldsAndCrlf();
    void stopsAtTheRowLimit();
    void showsTheOutputAsATable();
    void saysWhenTheFileCannotBeRead();

private:
    QString write(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(u"out-%1.csv"_s.arg(++m_files));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }

    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestJobOutputDialog::readsQuotedFieldsAndCrlf()
{
    const QString path = write("Col2,Col2 - Hashing feature 1\r\n"
                               "\"This is a good day\",1\r\n"
                               "\"comma, and \"\"quotes\"\"\",2\r\n"
                               "\"two\r\nlines\",3\r\n"
                               "\r\n"
                               "last,4");
    QString error;
    const ResultsTable table = JobOutputDialog::readCsv(path, 100, &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(table.columnNames, (QStringList{u"Col2"_s, u"Col2 - Hashing feature 1"_s}));
    QCOMPARE(table.rows.size(), 4);
    QCOMPARE(table.rows.at(0), (QStringList{u"This is a good day"_s, u"1"_s}));
    QCOMPARE(table.rows.at(1), (QStringList{u"comma, and \"quotes\""_s, u"2"_s}));
    QCOMPARE(table.rows.at(2).first(), u"two\nlines"_s);
    QCOMPARE(table.rows.at(3), (QStringList{u"last"_s, u"4"_s}));
}

void TestJobOutputDialog::stopsAtTheRowLimit()
{
    QByteArray csv = "Col2\n";
    for (int i = 0; i < 50; ++i)
        csv += "row " + QByteArray::number(i) + "\n";
    const ResultsTable table = JobOutputDialog::readCsv(write(csv), 10, nullptr);
    QCOMPARE(table.rows.size(), 10);
    QCOMPARE(table.rows.last().first(), u"row 9"_s);
}

void TestJobOutputDialog::showsTheOutputAsATable()
{
    JobOutputDialog dialog(write("Col2,Col2 - Hashing feature 1\nThis is a good day,1\nhello,0\n"));
    QAbstractItemModelTester tester(dialog.model());
    QSignalSpy loaded(&dialog, &JobOutputDialog::loaded);
    dialog.show();
    QTRY_VERIFY(dialog.isLoaded());
    QCOMPARE(dialog.model()->rowCount(), 2);
    QCOMPARE(dialog.model()->headerData(1, Qt::Horizontal).toString(), u"Col2 - Hashing feature 1"_s);
    QCOMPARE(dialog.model()->index(0, 0).data().toString(), u"This is a good day"_s);
    QVERIFY(dialog.findChild<QLabel *>(u"outputSummaryLabel"_s)->text().contains(u"2 rows"_s));
}

void TestJobOutputDialog::saysWhenTheFileCannotBeRead()
{
    JobOutputDialog dialog(m_dir.filePath(u"missing.csv"_s));
    QTRY_VERIFY(dialog.isLoaded());
    QCOMPARE(dialog.model()->rowCount(), 0);
    QVERIFY(dialog.findChild<QLabel *>(u"outputSummaryLabel"_s)->text().startsWith(u"Could not read"_s));
}

QTEST_MAIN(TestJobOutputDialog)
#include "tst_joboutputdialog.moc"
