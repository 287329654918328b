// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// ResponseViewer: status, URL, tables, tree and headers for real AzureML answers and
// failures; no credential shown anywhere; exact-byte saving; copying.

#include "ui/response/jsontreemodel.h"
#include "ui/response/lazytextmodel.h"
#include "ui/response/responseviewer.h"
#include "ui/response/resultstablemodel.h"

#include "stallmeter.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTreeView>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using portico::client::Exchange;
using portico::ui::JsonTreeModel;
using portico::ui::ResponseViewer;

namespace {

const QByteArray kSeedAnswer =
    R"({"Results":{"output1":{"type":"table","value":{"ColumnNames":["Col2","Col2 - Hashing feature 1",)"
    R"("Col2 - Hashing feature 2","Col2 - Hashing feature 3","Col2 - Hashing feature 4","Col2 - Hashing feature 5",)"
    R"("Col2 - Hashing feature 6","Col2 - Hashing feature 7","Col2 - Hashing feature 8"],)"
    R"("ColumnTypes":["String","Int32","Int32","Int32","Int32","Int32","Int32","Int32","Int32"],)"
    R"("Values":[["This is a good day","1","1","2","2","0","2","0","1"]]}}}})"_ba;
const QByteArray kApiKey = "k3yApiSecretValue0123456789abcdefXYZ=="_ba;
const QByteArray kSubscriptionKey = "5ub5cr1pt10nKey0123456789abcdef"_ba;

Exchange exchangeWith(int status, const QByteArray &reason, const QByteArray &body)
{
    Exchange exchange;
    exchange.id = 7;
    exchange.request.method = "POST";
    exchange.request.url = QUrl(u"https://portico-demo.azure-api.net/workspaces/ws1/services/hash/execute"
                                u"?api-version=2.0&details=true&subscription-key="_s +
                                QString::fromLatin1(kSubscriptionKey));
    exchange.request.headers = {{"Authorization", QByteArray("Bearer " + kApiKey)},
                                {"Ocp-Apim-Subscription-Key", kSubscriptionKey},
                                {"Content-Type", "application/json"}};
    exchange.finalUrl = exchange.request.url;
    exchange.status = status;
    exchange.reason = reason;
    exchange.responseHeaders = {{"Content-Type", "application/json; charset=utf-8"}, {"x-ms-request-id", "abc-123"}};
    exchange.body = body;
    exchange.bodySize = body.size();
    exchange.headersAfterMs = 41;
    exchange.finishedAfterMs = 57;
    return exchange;
}

// Testers go on every model the viewer has before it shows anything.
std::vector<std::unique_ptr<QAbstractItemModelTester>> attachTesters(ResponseViewer &viewer)
{
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    const auto models = viewer.findChildren<QAbstractItemModel *>();
    for (QAbstractItemModel *model : models)
        testers.push_back(
            std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::Fatal));
    return testers;
}

QString statusText(ResponseViewer &viewer)
{
    return viewer.findChild<QLabel *>(u"responseStatusLabel"_s)->text();
}

QModelIndex findPath(const QAbstractItemModel *model, const QString &path, const QModelIndex &parent = QModelIndex())
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data(JsonTreeModel::PathRole).toString() == path)
            return index;
        const QModelIndex found = findPath(model, path, index);
        if (found.isValid())
            return found;
    }
    return {};
}

void collectModelText(const QAbstractItemModel *model, const QModelIndex &parent, QStringList *texts)
{
    const QList<int> roles{Qt::DisplayRole, Qt::ToolTipRole,  Qt::EditRole,     Qt::StatusTipRole,
                           Qt::UserRole,    Qt::UserRole + 1, Qt::UserRole + 2, Qt::UserRole + 3};
    for (int column = 0; column < model->columnCount(parent); ++column) {
        for (int role : roles)
            texts->append(model->headerData(column, Qt::Horizontal, role).toString());
    }
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            for (int role : roles)
                texts->append(index.data(role).toString());
            if (column == 0)
                collectModelText(model, index, texts);
        }
    }
}

// Everything the widget tree shows or would copy: texts, tooltips and every model's data.
QString visibleText(const ResponseViewer &viewer)
{
    QStringList texts;
    for (const QLabel *label : viewer.findChildren<QLabel *>())
        texts << label->text() << label->toolTip();
    for (const QLineEdit *edit : viewer.findChildren<QLineEdit *>())
        texts << edit->text() << edit->toolTip() << edit->displayText();
    for (const QAbstractButton *button : viewer.findChildren<QAbstractButton *>())
        texts << button->text() << button->toolTip();
    for (const QAbstractItemModel *model : viewer.findChildren<QAbstractItemModel *>())
        collectModelText(model, QModelIndex(), &texts);
    return texts.join(u'\n');
}

} // namespace

class TestResponseViewer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyControlIsNamedForTestsAndScreenReaders();
    void seedAnswerShowsStatusAndHashedValuesInTheTable();
    void azureMlErrorShowsStatusAndTheErrorCodeInTheTree();
    void failedExchangeShowsTheErrorSentence();
    void credentialsAreNeverShownInClear();
    void savesTheExactBytesOfAnInMemoryBody();
    void savesTheExactBytesOfASpooledBody();
    void saveButtonAsksForAFileThenSaves();
    void saveToAnUnwritablePathSaysWhy();
    void copyPutsTheBodyOnTheClipboard();
    void copyOnTheTableTabGivesTabSeparatedRows();
    void bodyOverTheFormattingLimitIsListedRawOnly();
    void bodyThatIsNotJsonShowsWhereParsingFailed();
    void inProgressShowsTheSentenceAndDisablesActions();
    void hundredMegabyteSpooledBodyListsWithoutStallingTheUiThread();
    void tableReachesItsLastRowWhenScrolledToTheEnd();
    void bodyWorkLeavesTheGlobalPoolToPainting();
};

void TestResponseViewer::everyControlIsNamedForTestsAndScreenReaders()
{
    ResponseViewer viewer;
    for (const char *name : {"responseStatusLabel", "responseUrlLineEdit", "responseTimingLabel", "responseSizeLabel",
                             "responseTabWidget", "prettyTreeView", "rawBodyView", "responseHeadersTableView",
                             "requestHeadersTableView", "copyResponseButton", "saveResponseButton"}) {
        auto *widget = viewer.findChild<QWidget *>(QString::fromLatin1(name));
        QVERIFY2(widget, name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
    auto *tabs = viewer.findChild<QTabWidget *>(u"responseTabWidget"_s);
    QCOMPARE(tabs->count(), 4);
    QCOMPARE(tabs->tabText(ResponseViewer::PrettyTab), u"Pretty"_s);
    QCOMPARE(tabs->tabText(ResponseViewer::RawTab), u"Raw"_s);
    QCOMPARE(tabs->tabText(ResponseViewer::TableTab), u"Table"_s);
    QCOMPARE(tabs->tabText(ResponseViewer::HeadersTab), u"Headers"_s);
    auto *raw = viewer.findChild<QListView *>(u"rawBodyView"_s);
    QVERIFY(raw->uniformItemSizes());
    QVERIFY(qobject_cast<portico::ui::LazyTextModel *>(raw->model()));
}

void TestResponseViewer::seedAnswerShowsStatusAndHashedValuesInTheTable()
{
    ResponseViewer viewer;
    const auto testers = attachTesters(viewer);
    QSignalSpy formatted(&viewer, &ResponseViewer::formattingFinished);
    viewer.resize(1000, 560);
    viewer.show();
    viewer.showExchange(portico::client::RedactedExchange::of(exchangeWith(200, "OK", kSeedAnswer), {}));

    QVERIFY(statusText(viewer).contains(u"200"_s));
    QVERIFY(statusText(viewer).contains(u"OK"_s));
    QCOMPARE(viewer.findChild<QLabel *>(u"responseStatusLabel"_s)->property("statusClass").toString(), u"Success"_s);
    QVERIFY(viewer.findChild<QLabel *>(u"responseTimingLabel"_s)->text().contains(u"57"_s));
    QVERIFY(!viewer.findChild<QLabel *>(u"responseSizeLabel"_s)->text().isEmpty());
    QTRY_COMPARE(formatted.size(), 1);

    auto *tabs = viewer.findChild<QTabWidget *>(u"responseTabWidget"_s);
    tabs->setCurrentIndex(ResponseViewer::TableTab);
    auto *table = viewer.findChild<QTableView *>(u"responseTableView"_s);
    QVERIFY(table);
    const QAbstractItemModel *model = table->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->columnCount(), 9);
    QCOMPARE(model->headerData(8, Qt::Horizontal).toString(), u"Col2 - Hashing feature 8"_s);
    QStringList values;
    for (int column = 0; column < 9; ++column)
        values.append(model->index(0, column).data().toString());
    QCOMPARE(values,
             (QStringList{u"This is a good day"_s, u"1"_s, u"1"_s, u"2"_s, u"2"_s, u"0"_s, u"2"_s, u"0"_s, u"1"_s}));

    auto *tree = viewer.findChild<QTreeView *>(u"prettyTreeView"_s);
    QVERIFY(findPath(tree->model(), u"Results.output1.value.ColumnNames"_s).isValid());
    auto *raw = viewer.findChild<QListView *>(u"rawBodyView"_s);
    QTRY_VERIFY(!static_cast<portico::ui::LazyTextModel *>(raw->model())->isIndexing());
    QCOMPARE(raw->model()->rowCount(), 1);

    // For looking at: PORTICO_SCREENSHOT_DIR=/tmp ./tst_responseviewer renders every tab.
    const QString screenshots = qEnvironmentVariable("PORTICO_SCREENSHOT_DIR");
    if (!screenshots.isEmpty()) {
        const QStringList names{u"pretty"_s, u"raw"_s, u"table"_s, u"headers"_s};
        for (int tab = 0; tab < names.size(); ++tab) {
            tabs->setCurrentIndex(tab);
            QVERIFY(QTest::qWaitForWindowExposed(&viewer));
            QVERIFY(viewer.grab().save(QDir(screenshots).filePath(u"viewer-%1.png"_s.arg(names.at(tab)))));
        }
        tabs->setCurrentIndex(ResponseViewer::TableTab);
    }
}

void TestResponseViewer::azureMlErrorShowsStatusAndTheErrorCodeInTheTree()
{
    ResponseViewer viewer;
    const auto testers = attachTesters(viewer);
    QSignalSpy formatted(&viewer, &ResponseViewer::formattingFinished);
    viewer.showExchange(portico::client::RedactedExchange::of(
        exchangeWith(
            401, QByteArray(),
            R"({"error":{"code":"Unauthorized","message":"Invalid credentials provided.",)"
            R"("details":[{"code":"ScoreRequestUnauthorized","message":"Invalid credentials provided."}]}})"_ba),
        {}));
    QVERIFY(statusText(viewer).contains(u"401"_s));
    QVERIFY(statusText(viewer).contains(u"Unauthorized"_s)); // the reason phrase HTTP/2 leaves out
    QCOMPARE(viewer.findChild<QLabel *>(u"responseStatusLabel"_s)->property("statusClass").toString(),
             u"ClientError"_s);
    QTRY_COMPARE(formatted.size(), 1);

    auto *tree = viewer.findChild<QTreeView *>(u"prettyTreeView"_s);
    const QModelIndex code = findPath(tree->model(), u"error.code"_s);
    QVERIFY(code.isValid());
    QCOMPARE(code.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(), u"Unauthorized"_s);
    QVERIFY(tree->isExpanded(code.parent())); // the top levels open by themselves
    QVERIFY(!viewer.findChild<QLabel *>(u"noResultsTableLabel"_s)->text().isEmpty());
    const QString screenshots = qEnvironmentVariable("PORTICO_SCREENSHOT_DIR");
    if (!screenshots.isEmpty()) {
        viewer.resize(1000, 420);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QVERIFY(viewer.grab().save(QDir(screenshots).filePath(u"viewer-401.png"_s)));
    }
}

void TestResponseViewer::failedExchangeShowsTheErrorSentence()
{
    ResponseViewer viewer;
    const auto testers = attachTesters(viewer);
    Exchange exchange = exchangeWith(0, QByteArray(), QByteArray());
    exchange.error = u"Connection refused by 127.0.0.1"_s;
    exchange.headersAfterMs = -1;
    viewer.showExchange(portico::client::RedactedExchange::of(exchange, {}));
    QVERIFY(statusText(viewer).contains(u"Connection refused by 127.0.0.1"_s));
    QCOMPARE(viewer.findChild<QLabel *>(u"responseStatusLabel"_s)->property("statusClass").toString(), u"Failed"_s);
    QVERIFY(viewer.findChild<QLabel *>(u"prettyMessageLabel"_s)->text().contains(u"Connection refused by 127.0.0.1"_s));
    QVERIFY(!viewer.findChild<QAction *>(u"saveResponseAction"_s)->isEnabled());
    const QString screenshots = qEnvironmentVariable("PORTICO_SCREENSHOT_DIR");
    if (!screenshots.isEmpty()) {
        viewer.resize(1000, 360);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QVERIFY(viewer.grab().save(QDir(screenshots).filePath(u"viewer-failed.png"_s)));
    }
}

void TestResponseViewer::credentialsAreNeverShownInClear()
{
    ResponseViewer viewer;
    const auto testers = attachTesters(viewer);
    QSignalSpy formatted(&viewer, &ResponseViewer::formattingFinished);
    Exchange exchange = exchangeWith(200, "OK", kSeedAnswer);
    exchange.responseHeaders.append({"Set-Cookie", QByteArray("session=" + kApiKey)});
    viewer.showExchange(portico::client::RedactedExchange::of(exchange, {}));
    QTRY_COMPARE(formatted.size(), 1);
    auto *raw = static_cast<portico::ui::LazyTextModel *>(viewer.findChild<QListView *>(u"rawBodyView"_s)->model());
    QTRY_VERIFY(!raw->isIndexing());

    const QString everything = visibleText(viewer);
    QVERIFY(everything.contains(u"portico-demo.azure-api.net"_s)); // the walk did reach the URL
    QVERIFY(everything.contains(u"Ocp-Apim-Subscription-Key"_s));  // and the request headers
    QVERIFY(everything.contains(u"Bearer"_s));
    for (const QByteArray &secret : {kApiKey, kSubscriptionKey}) {
        QVERIFY2(!everything.contains(QString::fromLatin1(secret)), secret.constData());
        QVERIFY(!everything.contains(QString::fromLatin1(secret.left(12))));
    }

    // An error sentence that quotes the request (its URL, say) is masked as well.
    Exchange failed = exchangeWith(0, QByteArray(), QByteArray());
    failed.error = u"\"%1\" is not an http or https address."_s.arg(failed.request.url.toString());
    viewer.showExchange(portico::client::RedactedExchange::of(failed, {}));
    QVERIFY(statusText(viewer).contains(u"is not an http or https address"_s));
    const QString afterFailure = visibleText(viewer);
    QVERIFY(afterFailure.contains(u"is not an http or https address"_s));
    for (const QByteArray &secret : {kApiKey, kSubscriptionKey})
        QVERIFY2(!afterFailure.contains(QString::fromLatin1(secret)), secret.constData());
}

void TestResponseViewer::savesTheExactBytesOfAnInMemoryBody()
{
    QTemporaryDir dir;
    QByteArray body = kSeedAnswer;
    body += "\r\n\x00\xff\xfe tail"_ba;
    ResponseViewer viewer;
    viewer.showExchange(portico::client::RedactedExchange::of(exchangeWith(200, "OK", body), {}));
    const QString path = dir.filePath(u"saved.json"_s);
    QString error = u"stale"_s;
    viewer.saveBodyTo(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), body);
}

void TestResponseViewer::savesTheExactBytesOfASpooledBody()
{
    QTemporaryDir dir;
    QByteArray body(9 * 1024 * 1024 + 17, Qt::Uninitialized);
    QRandomGenerator random(42);
    for (qsizetype i = 0; i < body.size(); ++i)
        body[i] = char(i % 97 == 0 ? '\n' : 'a' + random.bounded(26));
    const QString spool = dir.filePath(u"spool.bin"_s);
    {
        QFile file(spool);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(body), body.size());
    }
    Exchange exchange = exchangeWith(200, "OK", QByteArray());
    exchange.responseHeaders = {{"Content-Type", "text/plain"}};
    exchange.bodyFile = spool;
    exchange.bodySize = body.size();

    ResponseViewer viewer;
    const auto testers = attachTesters(viewer);
    QSignalSpy formatted(&viewer, &ResponseViewer::formattingFinished);
    viewer.showExchange(portico::client::RedactedExchange::of(exchange, {}));
    const QString path = dir.filePath(u"saved.txt"_s);
    QString error;
    viewer.saveBodyTo(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(saved.readAll() == body);

    auto *raw = static_cast<portico::ui::LazyTextModel *>(viewer.findChild<QListView *>(u"rawBodyView"_s)->model());
    QTRY_VERIFY_WITH_TIMEOUT(!raw->isIndexing(), 20'000);
    QCOMPARE(raw->rowCount(), int(body.count('\n')) + 1);
    QTRY_COMPARE_WITH_TIMEOUT(formatted.size(), 1, 20'000);
}

void TestResponseViewer::saveButtonAsksForAFileThenSaves()
{
    QTemporaryDir dir;
    ResponseViewer viewer;
    viewer.show();
    viewer.showExchange(portico::client::RedactedExchange::of(exchangeWith(200, "OK", kSeedAnswer), {}));
    QCOMPARE(viewer.suggestedFileName(), u"response-200.json"_s);
    viewer.findChild<QAbstractButton *>(u"saveResponseButton"_s)->click();
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = viewer.findChild<QFileDialog *>(u"saveResponseFileDialog"_s)));
    const QString path = dir.filePath(u"chosen.json"_s);
    dialog->selectFile(path);
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog hides accept(); the override still runs
    QTRY_VERIFY(QFile::exists(path));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), kSeedAnswer);
    QVERIFY(viewer.findChild<QLabel *>(u"responseNoticeLabel"_s)->text().contains(u"chosen.json"_s));
}

void TestResponseViewer::saveToAnUnwritablePathSaysWhy()
{
    ResponseViewer viewer;
    viewer.showExchange(portico::client::RedactedExchange::of(exchangeWith(200, "OK", kSeedAnswer), {}));
    QString error;
    viewer.saveBodyTo(u"/nonexistent/portico/out.json"_s, &error);
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(u"/nonexistent/portico/out.json"_s));
}

void TestResponseViewer::copyPutsTheBodyOnTheClipboard()
{
    ResponseViewer viewer;
    viewer.showExchange(portico::client::RedactedExchange::of(exchangeWith(200, "OK", kSeedAnswer), {}));
    auto *copy = viewer.findChild<QAction *>(u"copyResponseAction"_s);
    QCOMPARE(copy->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QGuiApplication::clipboard()->clear();
    copy->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromUtf8(kSeedAnswer));
}

void TestResponseViewer::copyOnTheTableTabGivesTabSeparatedRows()
{
    ResponseViewer viewer;
    QSignalSpy formatted(&viewer, &ResponseViewer::formattingFinished);
    viewer.showExchange(portico::client::RedactedExchange::of(exchangeWith(200, "OK", kSeedAnswer), {}));
    QTRY_COMPARE(formatted.size(), 1);
    viewer.findChild<QTabWidget *>(u"responseTabWidget"_s)->setCurrentIndex(ResponseViewer::TableTab);
    viewer.copyToClipboard();
    const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(u"Col2\tCol2 - Hashing feature 1\t"_s));
    QCOMPARE(lines.at(1), u"This is a good day\t1\t1\t2\t2\t0\t2\t0\t1"_s);
}

void TestResponseViewer::bodyOverTheFormattingLimitIsListedRawOnly()
{
    QByteArray body = "[\n";
    for (int i = 0; i < 200; ++i)
        body += "  {\"row\": " + QByteArray::number(i) + "},\n";
    body += "  {}\n]\n";
    ResponseViewer viewer;
    const auto testers = attachTesters(viewer);
    viewer.setFormattingLimit(1024);
    QSignalSpy formatted(&viewer, &ResponseViewer::formattingFinished);
    viewer.showExchange(portico::client::RedactedExchange::of(exchangeWith(200, "OK", body), {}));
    QTRY_COMPARE(formatted.size(), 1);
    QVERIFY(!viewer.findChild<QLabel *>(u"prettyMessageLabel"_s)->text().isEmpty());
    QCOMPARE(viewer.findChild<QTreeView *>(u"prettyTreeView"_s)->model()->rowCount(), 0);
    auto *showRaw = viewer.findChild<QAbstractButton *>(u"showRawButton"_s);
    QVERIFY(!showRaw->isHidden());
    showRaw->click();
    QCOMPARE(viewer.findChild<QTabWidget *>(u"responseTabWidget"_s)->currentIndex(), int(ResponseViewer::RawTab));
    QCOMPARE(viewer.findChild<QListView *>(u"rawBodyView"_s)->model()->rowCount(), 203);
}

void TestResponseViewer::bodyThatIsNotJsonShowsWhereParsingFailed()
{
    ResponseViewer viewer;
    QSignalSpy formatted(&viewer, &ResponseViewer::formattingFinished);
    Exchange exchange = exchangeWith(502, "Bad Gateway", "{\n  \"ok\": tru\n}"_ba);
    viewer.showExchange(portico::client::RedactedExchange::of(exchange, {}));
    QVERIFY(statusText(viewer).contains(u"502 Bad Gateway"_s));
    QTRY_COMPARE(formatted.size(), 1);
    const QString message = viewer.findChild<QLabel *>(u"prettyMessageLabel"_s)->text();
    QVERIFY2(message.contains(u"line 2, column"_s), qPrintable(message));

    exchange = exchangeWith(503, "Service Unavailable", "<html><body>busy</body></html>"_ba);
    exchange.responseHeaders = {{"Content-Type", "text/html"}};
    viewer.showExchange(portico::client::RedactedExchange::of(exchange, {}));
    QTRY_COMPARE(formatted.size(), 2);
    QVERIFY(viewer.findChild<QLabel *>(u"prettyMessageLabel"_s)->text().contains(u"text/html"_s));
    QCOMPARE(viewer.findChild<QLabel *>(u"responseStatusLabel"_s)->property("statusClass").toString(),
             u"ServerError"_s);
}

void TestResponseViewer::inProgressShowsTheSentenceAndDisablesActions()
{
    ResponseViewer viewer;
    viewer.showExchange(portico::client::RedactedExchange::of(exchangeWith(200, "OK", kSeedAnswer), {}));
    viewer.showInProgress(u"Sending POST to portico-demo…"_s);
    QCOMPARE(statusText(viewer), u"Sending POST to portico-demo…"_s);
    QVERIFY(!viewer.findChild<QAction *>(u"copyResponseAction"_s)->isEnabled());
    QVERIFY(!viewer.findChild<QAction *>(u"saveResponseAction"_s)->isEnabled());
    QVERIFY(viewer.findChild<QLineEdit *>(u"responseUrlLineEdit"_s)->text().isEmpty());
    QString error;
    viewer.saveBodyTo(QDir::temp().filePath(u"portico-never-written.json"_s), &error);
    QVERIFY(!error.isEmpty());
    viewer.clear();
    QVERIFY(!statusText(viewer).isEmpty());
}

void TestResponseViewer::hundredMegabyteSpooledBodyListsWithoutStallingTheUiThread()
{
    QTemporaryDir dir;
    const QString spool = dir.filePath(u"spool.txt"_s);
    int lines = 0;
    {
        QFile file(spool);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray chunk;
        for (qint64 written = 0; written < 100LL * 1024 * 1024; ++lines) {
            const QByteArray line = "{\"row\": " + QByteArray::number(lines) + ", \"text\": \"" +
                QByteArray(20 + lines % 150, char('a' + lines % 26)) + "\"},\n";
            chunk += line;
            written += line.size();
            if (chunk.size() > 1024 * 1024) {
                file.write(chunk);
                chunk.clear();
            }
        }
        file.write(chunk);
    }
    Exchange exchange = exchangeWith(200, "OK", QByteArray());
    exchange.bodyFile = spool;
    exchange.bodySize = QFileInfo(spool).size();

    ResponseViewer viewer;
    StallMeter meter;
    const auto models = viewer.findChildren<QAbstractItemModel *>();
    for (QAbstractItemModel *model : models)
        meter.bracketTesterBefore(model);
    const auto testers = attachTesters(viewer);
    for (QAbstractItemModel *model : models)
        meter.bracketTesterAfter(model);
    QSignalSpy formatted(&viewer, &ResponseViewer::formattingFinished);
    viewer.resize(1000, 600);
    viewer.show();
    viewer.findChild<QTabWidget *>(u"responseTabWidget"_s)->setCurrentIndex(ResponseViewer::RawTab);
    auto *list = viewer.findChild<QListView *>(u"rawBodyView"_s);
    auto *raw = static_cast<portico::ui::LazyTextModel *>(list->model());

    QElapsedTimer took;
    took.start();
    meter.start();
    viewer.showExchange(portico::client::RedactedExchange::of(exchange, {}));
    QTRY_VERIFY_WITH_TIMEOUT(!raw->isIndexing(), 60'000);
    QTRY_COMPARE(formatted.size(), 1);
    // The list lays its rows out in batches after the last ones arrive: that work counts too.
    QTRY_VERIFY_WITH_TIMEOUT(list->visualRect(raw->index(lines - 1)).isValid(), 60'000);
    meter.stop();
    qInfo(
        "100 MB spooled, %d lines on the Raw tab in %lld ms: longest UI-thread gap %lld ms, of it UI-thread CPU %lld ms "
        "(not counting %lld ms of QAbstractItemModelTester walks)",
        lines, took.elapsed(), meter.maxWallGap(), meter.maxCpuGap(), meter.testerMs());
    // Other processes can take the CPU away from the UI thread; its own work is what counts.
    QVERIFY2(meter.maxCpuGap() < 50,
             qPrintable(u"the UI thread worked %1 ms without a break"_s.arg(meter.maxCpuGap())));

    QCOMPARE(raw->rowCount(), lines);
    list->scrollToBottom();
    QVERIFY(raw->index(lines - 1).data().toString().startsWith(u"{\"row\": %1, \"text\""_s.arg(lines - 1)));
    // Lines of objects are not one JSON document: the whole body was read, and the Pretty
    // tab says where it stops being JSON and offers the Raw tab.
    const QString message = viewer.findChild<QLabel *>(u"prettyMessageLabel"_s)->text();
    QVERIFY2(message.contains(u"not valid JSON"_s) && message.contains(u"line 1, column"_s), qPrintable(message));
    QVERIFY(!viewer.findChild<QAbstractButton *>(u"showRawButton"_s)->isHidden());
}

void TestResponseViewer::tableReachesItsLastRowWhenScrolledToTheEnd()
{
    // More rows than the table hands its view at once.
    const int rows = portico::ui::ResultsTableModel::kRowsPerFetch + 7;
    QByteArray body = R"({"Results":{"output1":{"type":"table","value":{"ColumnNames":["n"],"Values":[)"_ba;
    for (int row = 0; row < rows; ++row)
        body += (row > 0 ? ",[\"" : "[\"") + QByteArray::number(row) + "\"]";
    body += "]}}}}";
    ResponseViewer viewer;
    QSignalSpy formatted(&viewer, &ResponseViewer::formattingFinished);
    viewer.resize(900, 500);
    viewer.show();
    viewer.showExchange(portico::client::RedactedExchange::of(exchangeWith(200, "OK", body), {}));
    QTRY_COMPARE(formatted.size(), 1);
    auto *tabs = viewer.findChild<QTabWidget *>(u"responseTabWidget"_s);
    QCOMPARE(tabs->currentIndex(), int(ResponseViewer::TableTab));
    auto *outputs = viewer.findChild<QTabWidget *>(u"resultsOutputsTabWidget"_s);
    QVERIFY(outputs->tabToolTip(0).contains(QLocale().toString(rows)));
    auto *table = viewer.findChild<QTableView *>(u"responseTableView"_s);
    auto *model = qobject_cast<portico::ui::ResultsTableModel *>(table->model());
    QVERIFY(model);
    const QModelIndex last = model->index(model->rowCount() - 1, 0);
    QVERIFY(last.isValid());
    // The end of the scroll bar brings the rest, as far as the answer's last row.
    QTRY_VERIFY((table->scrollToBottom(), model->rowCount() == rows));
    QCOMPARE(model->index(rows - 1, 0).data().toString(), QString::number(rows - 1));
    // Copying takes every row, listed or not.
    QCOMPARE(model->toTsv().count(u'\n'), rows + 1);
}

void TestResponseViewer::bodyWorkLeavesTheGlobalPoolToPainting()
{
    // The raster paint engine splits large fills across Qt's global pool and waits for
    // them: a body's scan or parse there would hold a repaint until it ended.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"body.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[");
    const QByteArray row = R"({"text":"a line of the answer","n":12345},)"_ba + '\n';
    for (int i = 0; i < 400'000; ++i)
        file.write(row);
    file.write("0]\n");
    file.close();
    Exchange exchange = exchangeWith(200, "OK", QByteArray());
    exchange.bodyFile = file.fileName();
    exchange.bodySize = file.size();

    ResponseViewer viewer;
    QSignalSpy formatted(&viewer, &ResponseViewer::formattingFinished);
    viewer.resize(900, 500);
    viewer.show();
    viewer.findChild<QTabWidget *>(u"responseTabWidget"_s)->setCurrentIndex(ResponseViewer::RawTab);
    auto *raw = static_cast<portico::ui::LazyTextModel *>(viewer.findChild<QListView *>(u"rawBodyView"_s)->model());
    viewer.showExchange(portico::client::RedactedExchange::of(exchange, {}));
    QVERIFY(raw->isIndexing());
    QVERIFY(viewer.isFormatting());
    QCOMPARE(QThreadPool::globalInstance()->activeThreadCount(), 0);
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QTRY_COMPARE_WITH_TIMEOUT(formatted.size(), 1, 60'000);
    QTRY_VERIFY_WITH_TIMEOUT(!raw->isIndexing(), 60'000);
    QCOMPARE(raw->rowCount(), 400'001);
}

QTEST_MAIN(TestResponseViewer)
#include "tst_responseviewer.moc"
