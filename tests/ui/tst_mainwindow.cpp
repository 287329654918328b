// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The console's main window before any sandbox: its title, its keyboard exit, the status
// bar explaining the sandbox's state, and a name for every control a user can reach.

#include "app/portico/console.h"
#include "client/catalog/sampleworkspace.h"
#include "client/common/datapaths.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/help/aboutdialog.h"
#include "ui/help/shortcutsdialog.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/messagebox.h"
#include "ui/publish/publisherview.h"

#include "recordinganswerer.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void titleNamesTheProduct();
    void ctrlQQuits();
    void quitWithASendInFlightAsksFirstAndCancelKeepsTheWindow();
    void statusBarExplainsTheSandboxState();
    void everyControlHasAnObjectNameAndAnAccessibleName();
    void unreadableWorkspaceIsKeptAsideNotOverwritten();
    void pagesAreReachedFromTheViewMenuAndTheirShortcuts();
    void tryItPageShowsCatalogPanelAndResponseSideBySide();
    void publishAndDashboardPagesAreBuiltWhenFirstShown();
    void shortcutsDialogListsEveryShortcutOfTheWindow();
    void aboutShowsVersionQtAndLicence();
    void languageChoiceIsSavedForTheNextStart();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestMainWindow::titleNamesTheProduct()
{
    portico::app::Console console{portico::client::DataPaths(m_dir->path())};
    portico::ui::MainWindow &window = *console.window();
    QVERIFY(window.windowTitle().contains(u"Portico"_s));
}

void TestMainWindow::ctrlQQuits()
{
    portico::app::Console console{portico::client::DataPaths(m_dir->path())};
    portico::ui::MainWindow &window = *console.window();
    auto *quit = window.findChild<QAction *>(u"quitAction"_s);
    QVERIFY(quit);
    const QList<QKeySequence> standard = QKeySequence::keyBindings(QKeySequence::Quit);
    QCOMPARE(quit->shortcut(), standard.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Q) : standard.first());

    // Press the key itself inside the application's own event loop, as a user would, and see
    // what it does: the window closes and the loop ends with exit code 0.
    portico::tests::RecordingAnswerer answerer(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QTimer::singleShot(0, &window, [&window] { QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier); });
    // Only if the key does nothing: end the loop with a code the check below refuses.
    QTimer guard;
    guard.setSingleShot(true);
    connect(&guard, &QTimer::timeout, qApp, [] { QCoreApplication::exit(77); });
    guard.start(30'000);
    const int code = QApplication::exec();
    QCOMPARE(code, 0);
    QVERIFY(!window.isVisible());
    QCOMPARE(answerer.count(), 0); // nothing on its way: nothing to ask
}

void TestMainWindow::quitWithASendInFlightAsksFirstAndCancelKeepsTheWindow()
{
    // A server that takes the request and never answers: the send stays on its way.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QByteArray received;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            connect(socket, &QTcpSocket::readyRead, this, [&received, socket] { received += socket->readAll(); });
    });
    const portico::client::DataPaths paths(m_dir->path());
    portico::client::Workspace ws = portico::client::sampleWorkspace(
        {QUrl(u"http://127.0.0.1:1"_s), QUrl(u"http://127.0.0.1:1"_s), u"w"_s, u"s"_s});
    portico::client::Environment env = ws.environments.first();
    env.name = u"Silent server"_s;
    env.variables[0].second = u"http://127.0.0.1:%1"_s.arg(silent.serverPort());
    ws.environments.append(env);
    ws.activeEnvironment = env.name;
    ws.savedRequests.first().headers = {{u"Content-Type"_s, u"application/json"_s}};
    QString error;
    QVERIFY2(ws.save(paths.workspaceFile(), &error), qPrintable(error));

    portico::app::Console console{paths};
    portico::ui::MainWindow &window = *console.window();
    portico::tests::RecordingAnswerer answerer(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    auto *send = window.findChild<QPushButton *>(u"sendRequestButton"_s);
    QVERIFY(send);
    QTRY_VERIFY(send->isEnabled());
    send->click();
    QTRY_VERIFY_WITH_TIMEOUT(received.startsWith("POST "), 20'000);

    // Closing the window asks; Cancel keeps it open and the request going.
    answerer.answerNext(QMessageBox::Cancel);
    window.close();
    QCOMPARE(answerer.count(), 1);
    const portico::ui::MessageBox::Shown asked = answerer.last();
    QCOMPARE(asked.icon, QMessageBox::Question);
    QCOMPARE(asked.title, u"Quit Portico"_s);
    QCOMPARE(asked.text, u"A request is still being sent. Quit anyway?"_s);
    QCOMPARE(asked.informativeText, u"Quitting stops it; its response is not shown or kept in the history."_s);
    QCOMPARE(asked.buttonTexts, (QStringList{u"Cancel"_s, u"Quit"_s}));
    QCOMPARE(asked.defaultButton, QMessageBox::Cancel);
    QTRY_VERIFY(answerer.allAnswered());
    QCoreApplication::sendPostedEvents(); // the answer arrives queued
    QVERIFY(window.isVisible());
    QVERIFY(!send->isEnabled()); // still sending

    // Ctrl+Q asks the same; Cancel keeps the window, Quit then ends the loop with 0.
    answerer.answerNext(QMessageBox::Cancel);
    answerer.answerNext(QMessageBox::Yes);
    bool visibleAfterCancel = false;
    QTimer::singleShot(0, &window, [&] {
        QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
        // Posted after the queued Cancel, so it runs once that answer is in.
        QTimer::singleShot(0, &window, [&] {
            visibleAfterCancel = window.isVisible();
            QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
        });
    });
    QTimer guard;
    guard.setSingleShot(true);
    connect(&guard, &QTimer::timeout, qApp, [] { QCoreApplication::exit(77); });
    guard.start(30'000);
    const int code = QApplication::exec();
    QCOMPARE(answerer.count(), 3);
    QVERIFY(visibleAfterCancel);
    QCOMPARE(code, 0);
    QVERIFY(!window.isVisible());
}

void TestMainWindow::statusBarExplainsTheSandboxState()
{
    portico::app::Console console{portico::client::DataPaths(m_dir->path())};
    portico::ui::MainWindow &window = *console.window();
    auto *label = window.findChild<QLabel *>(u"sandboxStatusLabel"_s);
    QVERIFY(label);
    QVERIFY(!label->accessibleName().isEmpty());
    window.showSandboxStarting();
    QVERIFY(label->text().contains(u"starting"_s));
    window.showSandboxFailed(u"address already in use"_s);
    QVERIFY(label->text().contains(u"address already in use"_s));
    window.showSandboxDisabled();
    QVERIFY(label->text().contains(u"off"_s));
}

void TestMainWindow::everyControlHasAnObjectNameAndAnAccessibleName()
{
    portico::app::Console console{portico::client::DataPaths(m_dir->path())};
    portico::ui::MainWindow &window = *console.window();
    window.show();
    QStringList unnamed;
    const auto widgets = window.findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QAbstractItemView *>(w) ||
            qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QPlainTextEdit *>(w);
        if (!interactive || !w->isVisibleTo(&window) || w->focusPolicy() == Qt::NoFocus)
            continue;
        // Qt's own sub-widgets (scroll bars, header views, the tab bar's scrollers) are named
        // by their owners; what the window builds must be named by it.
        if (w->objectName().startsWith(u"qt_"_s) || w->parentWidget()->objectName().startsWith(u"qt_"_s))
            continue;
        if (w->objectName().isEmpty() || w->accessibleName().isEmpty())
            unnamed.append(QString::fromLatin1(w->metaObject()->className()) + u" '"_s + w->objectName() + u"'"_s);
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
}

void TestMainWindow::unreadableWorkspaceIsKeptAsideNotOverwritten()
{
    const portico::client::DataPaths paths(m_dir->path());
    QFile file(paths.workspaceFile());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ \"schemaVersion\": 1, \"apis\": [ oops");
    file.close();
    {
        portico::app::Console console{paths};
        portico::ui::MainWindow *window = console.window();
        // The user is told, in a box of its own on the window, where the file went.
        auto *box = window->findChild<QMessageBox *>(u"messageBox"_s);
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QCOMPARE(box->windowTitle(), u"Workspace not loaded"_s);
        const QStringList kept = QDir(m_dir->path()).entryList({u"workspace.json.unreadable-*"_s});
        QCOMPARE(kept.size(), 1);
        QVERIFY2(box->text().contains(QDir(m_dir->path()).filePath(kept.first())), qPrintable(box->text()));
        QVERIFY2(box->text().contains(u"Portico starts with a new workspace."_s), qPrintable(box->text()));
        box->button(QMessageBox::Ok)->click();
        QTRY_VERIFY(!window->findChild<QMessageBox *>(u"messageBox"_s));
    }
    // The broken file is still there, under a new name, byte for byte.
    const QStringList kept = QDir(m_dir->path()).entryList({u"workspace.json.unreadable-*"_s});
    QCOMPARE(kept.size(), 1);
    QFile keptFile(QDir(m_dir->path()).filePath(kept.first()));
    QVERIFY(keptFile.open(QIODevice::ReadOnly));
    QCOMPARE(keptFile.readAll(), "{ \"schemaVersion\": 1, \"apis\": [ oops"_ba);
}

void TestMainWindow::pagesAreReachedFromTheViewMenuAndTheirShortcuts()
{
    portico::app::Console console{portico::client::DataPaths(m_dir->path())};
    portico::ui::MainWindow &window = *console.window();
    window.show();
    auto *extra = new QLabel(u"page"_s);
    extra->setObjectName(u"extraPage"_s);
    QAction *action = window.addPage(extra, u"E&xtra"_s, QKeySequence(Qt::CTRL | Qt::Key_9));
    QVERIFY(window.currentPage() != extra); // the Try-it page stays in front
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_9));
    action->trigger();
    QCOMPARE(window.currentPage(), extra);
    QVERIFY(action->isChecked());
    auto *tryIt = window.findChild<QAction *>(u"mainSplitterPageAction"_s);
    QVERIFY(tryIt);
    QCOMPARE(tryIt->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_1));
    tryIt->trigger();
    QCOMPARE(window.currentPage()->objectName(), u"mainSplitter"_s);
    QVERIFY(!action->isChecked());
}

void TestMainWindow::tryItPageShowsCatalogPanelAndResponseSideBySide()
{
    portico::app::Console console{portico::client::DataPaths(m_dir->path())};
    portico::ui::MainWindow &window = *console.window();
    window.resize(1360, 820);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList panes{u"operationTreeView"_s, u"sendRequestButton"_s, u"historyTableView"_s};
    int previousRight = -1;
    for (const QString &name : panes) {
        auto *w = window.findChild<QWidget *>(name);
        QVERIFY2(w, qPrintable(name));
        QVERIFY2(w->isVisible() && w->width() > 60, qPrintable(name + u" is hidden or squeezed"_s));
        const QRect r(w->mapTo(&window, QPoint(0, 0)), w->size());
        QVERIFY2(r.left() > previousRight - 2, qPrintable(name + u" is not beside the pane before it"_s));
        previousRight = r.left();
    }
    for (const QString &name : {u"retryCountdownLabel"_s, u"remainingCallsLabel"_s, u"sandboxStatusLabel"_s}) {
        auto *label = window.findChild<QLabel *>(name);
        QVERIFY2(label && window.statusBar()->isAncestorOf(label), qPrintable(name + u" is not in the status bar"_s));
    }
}

void TestMainWindow::publishAndDashboardPagesAreBuiltWhenFirstShown()
{
    portico::app::Console console{portico::client::DataPaths(m_dir->path())};
    portico::ui::MainWindow &window = *console.window();
    window.show();
    QVERIFY(!window.findChild<portico::ui::PublisherView *>());
    QVERIFY(!window.findChild<portico::ui::DashboardView *>());
    auto *publishAction = window.findChild<QAction *>(u"publishPagePageAction"_s);
    QVERIFY(publishAction);
    QCOMPARE(publishAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_3));
    publishAction->trigger();
    auto *publisher = window.findChild<portico::ui::PublisherView *>();
    QVERIFY(publisher);
    QTRY_VERIFY(publisher->isVisible());
    QVERIFY(!publisher->isManaged()); // no sandbox: the workspace alone
    window.findChild<QAction *>(u"dashboardPagePageAction"_s)->trigger();
    auto *dashboard = window.findChild<portico::ui::DashboardView *>();
    QVERIFY(dashboard);
    QTRY_VERIFY(dashboard->isVisible());
    QCOMPARE(dashboard->source(), portico::ui::DashboardView::Source::History);
}

void TestMainWindow::shortcutsDialogListsEveryShortcutOfTheWindow()
{
    portico::app::Console console{portico::client::DataPaths(m_dir->path())};
    portico::ui::MainWindow &window = *console.window();
    window.show();
    auto *help = window.findChild<QAction *>(u"keyboardShortcutsAction"_s);
    QVERIFY(help);
    QCOMPARE(help->shortcuts().value(1), QKeySequence(Qt::Key_F1));
    help->trigger();
    auto *dialog = window.findChild<portico::ui::ShortcutsDialog *>();
    QVERIFY(dialog);
    QAbstractItemModelTester tester(dialog->model());
    QStringList listed;
    for (int row = 0; row < dialog->model()->rowCount(); ++row)
        listed.append(dialog->model()->index(row, portico::ui::ShortcutsModel::ActionColumn).data().toString() + u'=' +
                      dialog->model()->index(row, portico::ui::ShortcutsModel::ShortcutColumn).data().toString());
    const QString all = listed.join(u'\n');
    const QStringList expectedRows{u"Keys="_s + QKeySequence(Qt::CTRL | Qt::Key_K).toString(QKeySequence::NativeText),
                                   u"Try it="_s + QKeySequence(Qt::CTRL | Qt::Key_1).toString(QKeySequence::NativeText),
                                   u"Quit="_s + QKeySequence(Qt::CTRL | Qt::Key_Q).toString(QKeySequence::NativeText),
                                   u"Send the request="_s +
                                       QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)};
    for (const QString &expected : expectedRows)
        QVERIFY2(all.contains(expected), qPrintable(expected + u" missing from\n"_s + all));
    dialog->close();
}

void TestMainWindow::aboutShowsVersionQtAndLicence()
{
    portico::app::Console console{portico::client::DataPaths(m_dir->path())};
    portico::ui::MainWindow &window = *console.window();
    auto *about = window.findChild<QAction *>(u"aboutAction"_s);
    QVERIFY(about);
    about->trigger();
    auto *dialog = window.findChild<portico::ui::AboutDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *text = dialog->findChild<QLabel *>(u"aboutTextLabel"_s);
    QVERIFY(text);
    QVERIFY2(text->text().contains(QCoreApplication::applicationVersion()), qPrintable(text->text()));
    QVERIFY2(text->text().contains(QString::fromLatin1(qVersion())), qPrintable(text->text()));
    QVERIFY2(text->text().contains(u"MIT"_s), qPrintable(text->text()));
    dialog->close();
}

void TestMainWindow::languageChoiceIsSavedForTheNextStart()
{
    {
        portico::app::Console console{portico::client::DataPaths(m_dir->path())};
        portico::ui::MainWindow &window = *console.window();
        auto *turkish = window.findChild<QAction *>(u"languageTRAction"_s);
        QVERIFY(turkish);
        QCOMPARE(turkish->text(), u"Türkçe"_s);
        turkish->trigger();
    }
    QSettings settings(QDir(m_dir->path()).filePath(u"settings.ini"_s), QSettings::IniFormat);
    QCOMPARE(settings.value(portico::ui::Language::settingsKey()).toString(), u"tr"_s);
    QCOMPARE(portico::ui::Language::resolve(u"tr"_s), u"tr"_s);
    {
        portico::app::Console console{portico::client::DataPaths(m_dir->path())};
        portico::ui::MainWindow &window = *console.window();
        auto *turkish = window.findChild<QAction *>(u"languageTRAction"_s);
        QVERIFY(turkish->isChecked());
        window.findChild<QAction *>(u"languageSystemAction"_s)->trigger();
    }
    settings.sync();
    QVERIFY(!settings.contains(portico::ui::Language::settingsKey()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
