// The console's main window: its title, its keyboard exit, and the status bar telling
// the user where the embedded sandbox listens (or why it does not).

#include "mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void titleNamesTheProduct();
    void ctrlQQuits();
    void statusBarShowsWhereTheSandboxListens();
    void statusBarExplainsASandboxFailure();
};

void TestMainWindow::titleNamesTheProduct()
{
    portico::ui::MainWindow window;
    QVERIFY(window.windowTitle().contains(u"Portico"_s));
}

void TestMainWindow::ctrlQQuits()
{
    portico::ui::MainWindow window;
    auto *quit = window.findChild<QAction *>(u"quitAction"_s);
    QVERIFY(quit);
    QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
    QSignalSpy triggered(quit, &QAction::triggered);
    quit->trigger();
    QCOMPARE(triggered.size(), 1);
}

void TestMainWindow::statusBarShowsWhereTheSandboxListens()
{
    portico::ui::MainWindow window;
    auto *label = window.findChild<QLabel *>(u"sandboxStatusLabel"_s);
    QVERIFY(label);
    QVERIFY(!label->accessibleName().isEmpty());
    window.showSandboxStarting();
    QVERIFY(!label->text().isEmpty());
    window.showSandboxReady(QUrl(u"http://127.0.0.1:4100"_s), QUrl(u"http://127.0.0.1:4200"_s));
    QVERIFY(label->text().contains(u"http://127.0.0.1:4100"_s));
    QVERIFY(label->text().contains(u"http://127.0.0.1:4200"_s));
}

void TestMainWindow::statusBarExplainsASandboxFailure()
{
    portico::ui::MainWindow window;
    auto *label = window.findChild<QLabel *>(u"sandboxStatusLabel"_s);
    window.showSandboxFailed(u"address already in use"_s);
    QVERIFY(label->text().contains(u"address already in use"_s));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
