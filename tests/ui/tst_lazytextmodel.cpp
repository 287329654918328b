// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// LazyTextModel: a body's lines from memory or from a file, LF and CRLF, indexed off the
// UI thread, read one line at a time; and a 50 MB file that never stalls the event loop.

#include "ui/response/lazytextmodel.h"
#include "ui/response/responseworkpool.h"

#include "stallmeter.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QThreadPool>

#include <memory>

using namespace Qt::StringLiterals;
using portico::ui::LazyTextModel;

namespace {

QStringList allLines(const LazyTextModel &model)
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(); ++row)
        lines.append(model.index(row).data().toString());
    return lines;
}

// Line i of the generated file: its number, then a run of one letter whose length varies.
QByteArray generatedLine(int i)
{
    const int length = 10 + int((quint64(i) * 7919u) % 190u);
    return QByteArray::number(i).rightJustified(8, '0') + ' ' + QByteArray(length, char('a' + i % 26));
}

} // namespace

class TestLazyTextModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void inMemoryBodySplitsOnLineFeeds();
    void crlfLineBreaksAreNotShown();
    void lastLineWithoutLineBreakIsStillALine();
    void emptyBodyHasNoRowsAndStillFinishes();
    void emptyLinesAreRows();
    void fileBackedBodyReadsItsLinesFromDisk();
    void largeInMemoryBodyIndexesOnAWorkerAndRowsArriveInSteps();
    void longLinesAreCutForDisplayButKeptWhole();
    void utf8IsDecoded();
    void replacingTheBodyMidScanKeepsOnlyTheNewOne();
    void missingFileSaysWhyAndFinishes();
    void fiftyMegabyteFileIndexesWithoutStallingTheUiThread();
};

void TestLazyTextModel::inMemoryBodySplitsOnLineFeeds()
{
    LazyTextModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy finished(&model, &LazyTextModel::indexingFinished);
    model.setBytes("alpha\nbeta\ngamma\n"_ba);
    QCOMPARE(finished.size(), 0); // always from the event loop, after setBytes() returned
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!model.isIndexing());
    QCOMPARE(allLines(model), (QStringList{u"alpha"_s, u"beta"_s, u"gamma"_s}));
    QCOMPARE(model.index(1).data(LazyTextModel::LineNumberRole).toInt(), 2);
    QCOMPARE(model.index(1).data(LazyTextModel::ByteOffsetRole).toLongLong(), 6);
    QCOMPARE(model.index(1).data(LazyTextModel::ByteLengthRole).toLongLong(), 4);
}

void TestLazyTextModel::crlfLineBreaksAreNotShown()
{
    LazyTextModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy finished(&model, &LazyTextModel::indexingFinished);
    model.setBytes("one\r\ntwo\r\nthree\nfour\r\n"_ba);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(allLines(model), (QStringList{u"one"_s, u"two"_s, u"three"_s, u"four"_s}));
    QCOMPARE(model.index(0).data(LazyTextModel::ByteLengthRole).toLongLong(), 3);
    QCOMPARE(model.lineBytes(3), "four"_ba);
}

void TestLazyTextModel::lastLineWithoutLineBreakIsStillALine()
{
    LazyTextModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy finished(&model, &LazyTextModel::indexingFinished);
    model.setBytes(R"({"a": 1,
"b": 2})"_ba);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(allLines(model), (QStringList{uR"({"a": 1,)"_s, uR"("b": 2})"_s}));
}

void TestLazyTextModel::emptyBodyHasNoRowsAndStillFinishes()
{
    LazyTextModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy finished(&model, &LazyTextModel::indexingFinished);
    model.setBytes(QByteArray());
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalBytes(), 0);
}

void TestLazyTextModel::emptyLinesAreRows()
{
    LazyTextModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy finished(&model, &LazyTextModel::indexingFinished);
    model.setBytes("\n\r\n\nlast"_ba);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(allLines(model), (QStringList{QString(), QString(), QString(), u"last"_s}));
}

void TestLazyTextModel::fileBackedBodyReadsItsLinesFromDisk()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("first line\r\nsecond line\nthird, unterminated");
    file.close();

    LazyTextModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy finished(&model, &LazyTextModel::indexingFinished);
    QVERIFY(model.setFile(file.fileName()));
    QVERIFY(model.isIndexing());
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(allLines(model), (QStringList{u"first line"_s, u"second line"_s, u"third, unterminated"_s}));
    QCOMPARE(model.totalBytes(), file.size());
    QCOMPARE(model.indexedBytes(), file.size());
}

void TestLazyTextModel::largeInMemoryBodyIndexesOnAWorkerAndRowsArriveInSteps()
{
    QByteArray body;
    for (int i = 0; body.size() < 12 * 1024 * 1024; ++i)
        body += generatedLine(i) + '\n';
    const int expectedRows = int(body.count('\n'));

    LazyTextModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy finished(&model, &LazyTextModel::indexingFinished);
    QSignalSpy inserted(&model, &LazyTextModel::rowsInserted);
    model.setBytes(body);
    QVERIFY(model.isIndexing());
    QCOMPARE(model.rowCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30'000);
    QCOMPARE(model.rowCount(), expectedRows);
    QVERIFY(!inserted.isEmpty());
    QCOMPARE(model.index(expectedRows - 1).data().toString(), QString::fromLatin1(generatedLine(expectedRows - 1)));
}

void TestLazyTextModel::longLinesAreCutForDisplayButKeptWhole()
{
    const QByteArray longLine(25'000, 'x');
    LazyTextModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy finished(&model, &LazyTextModel::indexingFinished);
    model.setBytes("short\n" + longLine + "\r\nend"_ba);
    QTRY_COMPARE(finished.size(), 1);
    const QString shown = model.index(1).data().toString();
    QCOMPARE(shown.size(), LazyTextModel::kMaxDisplayChars + 1);
    QVERIFY(shown.endsWith(u'…'));
    QVERIFY(model.index(1).data(LazyTextModel::TruncatedRole).toBool());
    QVERIFY(!model.index(0).data(LazyTextModel::TruncatedRole).toBool());
    QCOMPARE(model.index(1).data(LazyTextModel::ByteLengthRole).toLongLong(), 25'000);
    QCOMPARE(model.lineBytes(1), longLine);
    QCOMPARE(model.longestLineLength(), LazyTextModel::kMaxDisplayChars + 1);
}

void TestLazyTextModel::utf8IsDecoded()
{
    LazyTextModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy finished(&model, &LazyTextModel::indexingFinished);
    model.setBytes(u"Günaydın ✓\n日本語"_s.toUtf8());
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(allLines(model), (QStringList{u"Günaydın ✓"_s, u"日本語"_s}));
}

void TestLazyTextModel::replacingTheBodyMidScanKeepsOnlyTheNewOne()
{
    QTemporaryDir dir;
    QFile big(dir.filePath(u"big.txt"_s));
    QVERIFY(big.open(QIODevice::WriteOnly));
    const QByteArray block = QByteArray(99, 'b') + '\n';
    for (int i = 0; i < 200'000; ++i)
        big.write(block);
    big.close();

    LazyTextModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy finished(&model, &LazyTextModel::indexingFinished);
    QVERIFY(model.setFile(big.fileName()));
    model.setBytes("just\nthis"_ba);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(allLines(model), (QStringList{u"just"_s, u"this"_s}));
    // Whatever the abandoned scan still finds must not reach the model: let it run to its end
    // and deliver everything it posted, then look again.
    QVERIFY(portico::ui::responseWorkPool()->waitForDone(60'000));
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(model.rowCount(), 2);
}

void TestLazyTextModel::missingFileSaysWhyAndFinishes()
{
    LazyTextModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy finished(&model, &LazyTextModel::indexingFinished);
    QVERIFY(!model.setFile(u"/nonexistent/portico/body.json"_s));
    QVERIFY(!model.errorString().isEmpty());
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(model.rowCount(), 0);
}

void TestLazyTextModel::fiftyMegabyteFileIndexesWithoutStallingTheUiThread()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"fifty.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    int lines = 0;
    qint64 written = 0;
    QByteArray chunk;
    while (written < 50LL * 1024 * 1024) {
        const QByteArray line = generatedLine(lines) + (lines % 3 == 0 ? "\r\n" : "\n");
        chunk += line;
        written += line.size();
        ++lines;
        if (chunk.size() > 1024 * 1024) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    file.close();

    LazyTextModel model;
    StallMeter meter;
    meter.bracketTesterBefore(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    meter.bracketTesterAfter(&model);
    QSignalSpy finished(&model, &LazyTextModel::indexingFinished);

    QElapsedTimer took;
    took.start();
    meter.start();
    QVERIFY(model.setFile(file.fileName()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60'000);
    meter.stop();
    qInfo("50 MB, %d lines indexed in %lld ms; longest UI-thread gap %lld ms (UI-thread CPU %lld ms), "
          "not counting the %lld ms QAbstractItemModelTester spent walking the rows",
          lines, took.elapsed(), meter.maxWallGap(), meter.maxCpuGap(), meter.testerMs());

    QCOMPARE(model.rowCount(), lines);
    // The UI thread's own CPU time between two event-loop turns: a loaded machine stretches the
    // wall-clock gaps, not the work the UI thread does in one turn. Wall times belong in make bench.
    QVERIFY2(meter.maxCpuGap() < 50, qPrintable(u"UI thread busy for %1 ms in one turn"_s.arg(meter.maxCpuGap())));
    QRandomGenerator random(20240601);
    for (int probe = 0; probe < 200; ++probe) {
        const int row = int(random.bounded(quint32(lines)));
        QCOMPARE(model.index(row).data().toString(), QString::fromLatin1(generatedLine(row)));
    }
    QCOMPARE(model.index(lines - 1).data().toString(), QString::fromLatin1(generatedLine(lines - 1)));
}

QTEST_MAIN(TestLazyTextModel)
#include "tst_lazytextmodel.moc"
