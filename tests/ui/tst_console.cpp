// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The console as a user drives it, offscreen, against its real embedded sandbox and the real
// keychain: first launch is ready to send the customer's request, Ctrl+Return scores it, bad
// keys and bodies are explained, a request can be cancelled, and no key reaches the disk.

#include "client/catalog/sampleworkspace.h"
#include "client/common/datapaths.h"
#include "client/history/historystore.h"
#include "client/http/redactedexchange.h"
#include "client/interop/openapiexport.h"
#include "client/secrets/secretstore.h"
#include "ui/catalog/operationtreemodel.h"
#include "ui/mainwindow.h"
#include "ui/response/responseheadersmodel.h"
#include "ui/response/responseviewer.h"
#include "ui/response/resultstablemodel.h"
#include "ui/tryit/keyvaluemodel.h"

#include "../common/openconsole.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDirIterator>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <type_traits>

using namespace Qt::StringLiterals;
using namespace portico;

class TestConsole : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstLaunchIsReadyAndCtrlReturnScoresTheSeed();
    void wrongKeyShowsTheServicesUnauthorizedAnswer();
    void malformedBodyIsFlaggedWithLineAndColumnAndRefused();
    void requestToASilentServerCanBeCancelled();
    void starterThrottlingShowsARetryCountdown();
    void missingKeyIsAskedForAndKeptInTheKeychain();
    void copyAsCurlPutsKeyReferencesOnTheClipboard();
    void noKeyReachesTheDiskOutsideTheSandbox();
    void redactionHappensOnceWhereTheExchangeFinishes();

private:
    // The console as main() builds it, its window shown and the embedded sandbox up.
    testing::OpenConsole launch(const QString &dataDir);
    static QStringList resultRow(ui::MainWindow *w);
    static QString statusText(ui::MainWindow *w);
    static ui::KeyValueModel *headersOf(ui::MainWindow *w);
    void sendAndWait(ui::MainWindow *w);

    QTemporaryDir m_dir;
    qint64 m_startedAt = QDateTime::currentMSecsSinceEpoch();
};

testing::OpenConsole TestConsole::launch(const QString &dataDir)
{
    testing::OpenConsole open = testing::openConsole(dataDir);
    QSignalSpy ready(open.get(), &ui::MainWindow::ready);
    open.console->startSandbox();
    if (!ready.wait(30'000))
        return {};
    return open;
}

QStringList TestConsole::resultRow(ui::MainWindow *w)
{
    for (QTableView *view : w->findChildren<QTableView *>()) {
        auto *model = qobject_cast<ui::ResultsTableModel *>(view->model());
        if (!model || model->rowCount() == 0 || !view->isVisibleTo(w))
            continue;
        QStringList row;
        for (int c = 0; c < model->columnCount(); ++c)
            row.append(model->index(0, c).data().toString());
        return row;
    }
    return {};
}

QString TestConsole::statusText(ui::MainWindow *w)
{
    QStringList texts;
    for (QLabel *label : w->findChildren<QLabel *>()) {
        if (label->objectName().startsWith(u"response"_s) && label->isVisibleTo(w))
            texts.append(label->text());
    }
    return texts.join(u" | "_s);
}

ui::KeyValueModel *TestConsole::headersOf(ui::MainWindow *w)
{
    auto *view = w->findChild<QTableView *>(u"headersTableView"_s);
    return view ? qobject_cast<ui::KeyValueModel *>(view->model()) : nullptr;
}

void TestConsole::sendAndWait(ui::MainWindow *w)
{
    auto *send = w->findChild<QPushButton *>(u"sendRequestButton"_s);
    QVERIFY(send && send->isEnabled());
    // Ctrl+Return belongs to the window: it must be the active one (a dialog may just have closed).
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    QTest::keyClick(w, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(QTest::qWaitFor([send] { return send->isEnabled(); }, 30'000));
}

void TestConsole::firstLaunchIsReadyAndCtrlReturnScoresTheSeed()
{
    const QString dataDir = m_dir.filePath(u"profile"_s);
    auto w = launch(dataDir);
    QVERIFY(w);
    QVERIFY(w->windowTitle().contains(u"Portico"_s));

    // RRS Execute of the sample API is selected, with the customer's body filled in.
    auto *tree = w->findChild<QTreeView *>(u"operationTreeView"_s);
    QVERIFY(tree);
    QAbstractItemModelTester tester(tree->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(tree->currentIndex().data(ui::OperationTreeModel::OperationIdRole).toString(), u"rrs-execute"_s);
    auto *body = w->findChild<QPlainTextEdit *>(u"bodyPlainTextEdit"_s);
    QVERIFY(body->toPlainText().contains(u"This is a good day"_s));
    auto *environment = w->findChild<QComboBox *>(u"environmentComboBox"_s);
    QCOMPARE(environment->currentText(), client::kSandboxUnlimitedEnvironment);

    sendAndWait(w.get());
    QTRY_COMPARE_WITH_TIMEOUT(
        resultRow(w.get()),
        (QStringList{u"This is a good day"_s, u"1"_s, u"1"_s, u"2"_s, u"2"_s, u"0"_s, u"2"_s, u"0"_s, u"1"_s}), 10'000);
    auto *tabs = w->findChild<QTabWidget *>(u"responseTabWidget"_s);
    QVERIFY(tabs);
    QVERIFY2(tabs->tabText(tabs->currentIndex()).remove(u'&').contains(u"Table"_s),
             qPrintable(tabs->tabText(tabs->currentIndex())));
    QVERIFY2(statusText(w.get()).contains(u"200"_s), qPrintable(statusText(w.get())));

    // Remember the keys the sandbox issued, for the scan at the end.
    QFile workspaceFile(client::DataPaths(dataDir).workspaceFile());
    QVERIFY(workspaceFile.exists());
}

void TestConsole::copyAsCurlPutsKeyReferencesOnTheClipboard()
{
    auto w = launch(m_dir.filePath(u"profile"_s));
    QVERIFY(w);
    auto *copy = w->findChild<QPushButton *>(u"copyAsCurlButton"_s);
    QVERIFY(copy && copy->isVisible());
    QGuiApplication::clipboard()->clear();
    copy->click();
    const QString command = QGuiApplication::clipboard()->text();
    QVERIFY2(command.startsWith(u"curl -X POST '"_s), qPrintable(command));
    QVERIFY2(command.contains(u"${PORTICO_SECRET_sandbox_unlimited_key}"_s), qPrintable(command));
    QVERIFY2(command.contains(u"This is a good day"_s), qPrintable(command));
    QVERIFY2(!command.contains(u"{{secret:"_s), qPrintable(command));
}

void TestConsole::wrongKeyShowsTheServicesUnauthorizedAnswer()
{
    auto w = launch(m_dir.filePath(u"profile"_s));
    QVERIFY(w);
    ui::KeyValueModel *headers = headersOf(w.get());
    QVERIFY(headers);
    QAbstractItemModelTester tester(headers, QAbstractItemModelTester::FailureReportingMode::QtTest);
    int row = -1;
    for (int r = 0; r < headers->rowCount(); ++r) {
        if (headers->index(r, 0).data(Qt::EditRole).toString() == u"Authorization")
            row = r;
    }
    QVERIFY(row >= 0);
    const QString saved = headers->index(row, 1).data(Qt::EditRole).toString();
    headers->setData(headers->index(row, 1), u"Bearer not-the-key"_s);
    sendAndWait(w.get());
    QTRY_VERIFY2_WITH_TIMEOUT(statusText(w.get()).contains(u"401"_s), qPrintable(statusText(w.get())), 10'000);
    headers->setData(headers->index(row, 1), saved); // leave the profile as we found it
}

void TestConsole::malformedBodyIsFlaggedWithLineAndColumnAndRefused()
{
    auto w = launch(m_dir.filePath(u"profile"_s));
    QVERIFY(w);
    auto *body = w->findChild<QPlainTextEdit *>(u"bodyPlainTextEdit"_s);
    const QString saved = body->toPlainText();
    // The stray bracket is the 14th character of line 2 and the parser stops just past it; the
    // two-byte ü tells a column counted in characters (15) from one counted in bytes (16).
    body->setPlainText(u"{\"Inputs\":\n  {\"\u00fcnput1\": ]"_s);
    auto *bodyStatus = w->findChild<QLabel *>(u"bodyStatusLabel"_s);
    QTRY_VERIFY2(bodyStatus->text().contains(u"Line 2, column 15:"_s), qPrintable(bodyStatus->text()));
    sendAndWait(w.get());
    QTRY_VERIFY2_WITH_TIMEOUT(statusText(w.get()).contains(u"400"_s), qPrintable(statusText(w.get())), 10'000);
    body->setPlainText(saved);
}

void TestConsole::requestToASilentServerCanBeCancelled()
{
    // A server that accepts and never answers, in an environment of its own.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    const QString dataDir = m_dir.filePath(u"silent"_s);
    client::Workspace ws =
        client::sampleWorkspace({QUrl(u"http://127.0.0.1:1"_s), QUrl(u"http://127.0.0.1:1"_s), u"w"_s, u"s"_s});
    client::Environment env = ws.environments.first();
    env.name = u"Silent server"_s;
    env.variables[0].second = u"http://127.0.0.1:%1"_s.arg(silent.serverPort());
    ws.environments.append(env);
    ws.activeEnvironment = env.name;
    QString error;
    QVERIFY2(ws.save(client::DataPaths(dataDir).workspaceFile(), &error), qPrintable(error));

    auto w = launch(dataDir);
    QVERIFY(w);
    auto *environment = w->findChild<QComboBox *>(u"environmentComboBox"_s);
    QCOMPARE(environment->currentText(), u"Silent server"_s);
    auto *send = w->findChild<QPushButton *>(u"sendRequestButton"_s);
    auto *cancel = w->findChild<QPushButton *>(u"cancelRequestButton"_s);
    QTest::keyClick(w.get(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(cancel->isEnabled());
    QTRY_VERIFY(silent.hasPendingConnections() || silent.nextPendingConnection());
    QTest::keyClick(w.get(), Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), 10'000);
    QVERIFY(!cancel->isEnabled());
    QTRY_VERIFY2(statusText(w.get()).contains(u"ancel"_s), qPrintable(statusText(w.get())));
}

void TestConsole::starterThrottlingShowsARetryCountdown()
{
    auto w = launch(m_dir.filePath(u"throttled"_s));
    QVERIFY(w);
    auto *environment = w->findChild<QComboBox *>(u"environmentComboBox"_s);
    environment->setCurrentText(client::kSandboxStarterEnvironment);
    auto *countdown = w->findChild<QLabel *>(u"retryCountdownLabel"_s);
    auto *remaining = w->findChild<QLabel *>(u"remainingCallsLabel"_s);
    QVERIFY(countdown && remaining);
    // Starter allows 5 calls a minute; the gateway says what is left after each.
    sendAndWait(w.get());
    QTRY_VERIFY2(remaining->text().contains(u"4 of 5"_s), qPrintable(remaining->text()));
    QVERIFY2(remaining->text().contains(u"99 of 100"_s), qPrintable(remaining->text()));
    QVERIFY(remaining->isVisibleTo(w.get()));
    // The sixth call is throttled with Retry-After.
    for (int i = 0; i < 5; ++i)
        sendAndWait(w.get());
    QTRY_VERIFY2(statusText(w.get()).contains(u"429"_s), qPrintable(statusText(w.get())));
    QVERIFY(countdown->isVisibleTo(w.get()));
    QVERIFY2(countdown->text().contains(u" s"_s), qPrintable(countdown->text()));
    const QString before = countdown->text();
    QTRY_VERIFY_WITH_TIMEOUT(countdown->text() != before, 3000); // it counts down
}

void TestConsole::missingKeyIsAskedForAndKeptInTheKeychain()
{
    const QString dataDir = m_dir.filePath(u"missing-key"_s);
    auto w = launch(dataDir);
    QVERIFY(w);
    // Take the Starter key out of this profile's keychain, as if it had never been stored.
    bool removed = false;
    w->secretStore()->remove(client::kSandboxStarterKeySecret, this, [&](const auto &) { removed = true; });
    QTRY_VERIFY(removed);

    QProcess credentials;
    credentials.start(QStringLiteral(PORTICO_BINARY_DIR "/app/portico-sandbox/portico-sandbox"),
                      {u"credentials"_s, u"--data-dir"_s, client::DataPaths(dataDir).sandboxDir()});
    QVERIFY(credentials.waitForFinished(20'000));
    QString starterKey;
    for (const QJsonValue &s :
         QJsonDocument::fromJson(credentials.readAllStandardOutput()).object()[u"subscriptions"_s].toArray()) {
        if (s.toObject().value(u"product"_s).toString() == u"Starter")
            starterKey = s.toObject().value(u"primaryKey"_s).toString();
    }
    QVERIFY(!starterKey.isEmpty());

    w->findChild<QComboBox *>(u"environmentComboBox"_s)->setCurrentText(client::kSandboxStarterEnvironment);
    sendAndWait(w.get());
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w->findChild<QDialog *>(u"missingSecretDialog"_s)) != nullptr);
    QVERIFY(statusText(w.get()).contains(client::kSandboxStarterKeySecret));
    const auto edits = dialog->findChildren<QLineEdit *>();
    QLineEdit *valueEdit = nullptr;
    for (QLineEdit *e : edits) {
        if (e->echoMode() == QLineEdit::Password)
            valueEdit = e;
        else
            QCOMPARE(e->text(), client::kSandboxStarterKeySecret);
    }
    QVERIFY(valueEdit);
    valueEdit->setText(starterKey);
    dialog->accept();
    QTRY_VERIFY(w->secretStore()->names().contains(client::kSandboxStarterKeySecret));

    sendAndWait(w.get());
    QTRY_VERIFY2_WITH_TIMEOUT(statusText(w.get()).contains(u"200"_s), qPrintable(statusText(w.get())), 10'000);
}

void TestConsole::noKeyReachesTheDiskOutsideTheSandbox()
{
    // The sandbox's own state holds its keys, as any service's does; read them from there.
    const QString dataDir = m_dir.filePath(u"profile"_s);
    auto w = launch(dataDir);
    QVERIFY(w);
    sendAndWait(w.get()); // one more exchange for the history
    // The gateway's admin key, for the publisher's views, went to the keychain with the others.
    QString storedAdminKey;
    w->secretStore()->read(client::kSandboxAdminKeySecret, this,
                           [&](const client::SecretStore::Result &r) { storedAdminKey = r.ok() ? r.value : u"-"_s; });
    QTRY_VERIFY_WITH_TIMEOUT(!storedAdminKey.isEmpty(), 20'000);
    w.reset(); // saves the workspace

    QProcess credentials;
    credentials.start(QStringLiteral(PORTICO_BINARY_DIR "/app/portico-sandbox/portico-sandbox"),
                      {u"credentials"_s, u"--data-dir"_s, client::DataPaths(dataDir).sandboxDir()});
    QVERIFY(credentials.waitForFinished(20'000));
    const QJsonObject c = QJsonDocument::fromJson(credentials.readAllStandardOutput()).object();
    QCOMPARE(storedAdminKey, c.value(u"adminKey"_s).toString());
    QStringList keys{c.value(u"apiKey"_s).toString(), c.value(u"adminKey"_s).toString()};
    for (const QJsonValue &s : c.value(u"subscriptions"_s).toArray()) {
        keys.append(s.toObject().value(u"primaryKey"_s).toString());
        keys.append(s.toObject().value(u"secondaryKey"_s).toString());
    }
    QCOMPARE(keys.size(), 6);

    QStringList scanned;
    auto scan = [&](const QString &root, bool onlyRecent) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.startsWith(client::DataPaths(dataDir).sandboxDir() + u'/'))
                continue;
            if (onlyRecent && it.fileInfo().lastModified().toMSecsSinceEpoch() < m_startedAt)
                continue;
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            scanned.append(path);
            for (const QString &key : std::as_const(keys))
                QVERIFY2(!bytes.contains(key.toUtf8()), qPrintable(u"a key is in %1"_s.arg(path)));
        }
    };
    scan(dataDir, false);
    scan(QDir::tempPath(), true);
    QVERIFY2(scanned.contains(client::DataPaths(dataDir).workspaceFile()), qPrintable(scanned.join(u", "_s)));
    QVERIFY(scanned.contains(client::DataPaths(dataDir).historyFile()));
}

void TestConsole::redactionHappensOnceWhereTheExchangeFinishes()
{
    // The types make "once" hold: only RedactedExchange::of() masks, and everything downstream
    // of the place an exchange finishes takes the masked type, never a raw exchange.
    static_assert(!std::is_constructible_v<client::RedactedExchange, const client::Exchange &>);
    static_assert(!std::is_invocable_v<decltype(&ui::ResponseViewer::showExchange), ui::ResponseViewer &,
                                       const client::Exchange &>);
    static_assert(!std::is_invocable_v<decltype(&client::HistoryStore::record), client::HistoryStore &,
                                       const QString &, const QString &, const client::Exchange &, QString *>);

    // And the values show it: the keys the exchange was sent with appear nowhere downstream.
    const QString dataDir = m_dir.filePath(u"redaction-profile"_s);
    auto w = launch(dataDir);
    QVERIFY(w);
    QStringList keys;
    for (const QString &name : {client::kSandboxApiKeySecret, client::kSandboxUnlimitedKeySecret}) {
        QString value;
        w->secretStore()->read(name, this,
                               [&](const client::SecretStore::Result &r) { value = r.ok() ? r.value : u"-"_s; });
        QTRY_VERIFY_WITH_TIMEOUT(!value.isEmpty(), 20'000);
        QVERIFY2(value.size() > 8, qPrintable(name));
        keys.append(value);
    }
    sendAndWait(w.get());
    const auto leaks = [&keys](const QString &text) {
        for (const QString &key : std::as_const(keys)) {
            if (text.contains(key))
                return true;
        }
        return false;
    };

    // The viewer: the request headers it shows carry both credentials, masked.
    auto *requestView = w->findChild<QTableView *>(u"requestHeadersTableView"_s);
    QVERIFY(requestView);
    auto *requestHeaders = qobject_cast<ui::ResponseHeadersModel *>(requestView->model());
    QVERIFY(requestHeaders);
    const QString shown = requestHeaders->toText();
    QVERIFY2(shown.contains(u"Authorization"_s) && shown.contains(u"Ocp-Apim-Subscription-Key"_s), qPrintable(shown));
    QVERIFY2(!leaks(shown), qPrintable(shown));

    // Copy: the response, and the request as curl.
    auto *copyResponse = w->findChild<QAction *>(u"copyResponseAction"_s);
    QVERIFY(copyResponse);
    QGuiApplication::clipboard()->clear();
    copyResponse->trigger();
    QTRY_VERIFY(!QGuiApplication::clipboard()->text().isEmpty());
    QVERIFY(!leaks(QGuiApplication::clipboard()->text()));
    auto *copyCurl = w->findChild<QPushButton *>(u"copyAsCurlButton"_s);
    QVERIFY(copyCurl);
    copyCurl->click();
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(u"curl "_s));
    QVERIFY(!leaks(QGuiApplication::clipboard()->text()));

    // Export: the API as OpenAPI.
    const QByteArray exported = QJsonDocument(client::openApiDocument(w->workspace().apis.constFirst(),
                                                                      u"http://127.0.0.1"_s))
                                    .toJson();
    QVERIFY(!leaks(QString::fromUtf8(exported)));

    // The history, read back as the history panel reads it.
    client::HistoryStore history(client::DataPaths(dataDir).historyFile());
    QVERIFY(history.open());
    const QList<client::HistoryEntry> entries = history.entries(u"azureml-demo"_s, u"rrs-execute"_s);
    QVERIFY(!entries.isEmpty());
    const std::optional<client::Exchange> stored = history.load(entries.constFirst().id);
    QVERIFY(stored);
    QCOMPARE(stored->status, 200);
    QStringList storedHeaders;
    for (const auto &header : stored->request.headers)
        storedHeaders.append(QString::fromUtf8(header.first + ": " + header.second));
    QVERIFY2(storedHeaders.join(u'\n').contains(u"Authorization"_s), qPrintable(storedHeaders.join(u'\n')));
    QVERIFY2(!leaks(storedHeaders.join(u'\n')), qPrintable(storedHeaders.join(u'\n')));
}

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
