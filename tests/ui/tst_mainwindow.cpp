// The console's main window before any sandbox: its title, its keyboard exit, the status
// bar explaining the sandbox's state, and a name for every control a user can reach.

#include "common/datapaths.h"
#include "mainwindow.h"
#include "messagebox.h"

#include <QDir>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void titleNamesTheProduct();
    void ctrlQQuits();
    void statusBarExplainsTheSandboxState();
    void everyControlHasAnObjectNameAndAnAccessibleName();
    void unreadableWorkspaceIsKeptAsideNotOverwritten();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestMainWindow::titleNamesTheProduct()
{
    portico::ui::MainWindow window{portico::client::DataPaths(m_dir->path())};
    QVERIFY(window.windowTitle().contains(u"Portico"_s));
}

void TestMainWindow::ctrlQQuits()
{
    portico::ui::MainWindow window{portico::client::DataPaths(m_dir->path())};
    auto *quit = window.findChild<QAction *>(u"quitAction"_s);
    QVERIFY(quit);
    QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
    QSignalSpy triggered(quit, &QAction::triggered);
    quit->trigger();
    QCOMPARE(triggered.size(), 1);
}

void TestMainWindow::statusBarExplainsTheSandboxState()
{
    portico::ui::MainWindow window{portico::client::DataPaths(m_dir->path())};
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
    portico::ui::MainWindow window{portico::client::DataPaths(m_dir->path())};
    window.show();
    QStringList unnamed;
    const auto widgets = window.findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QAbstractItemView *>(w)
            || qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QPlainTextEdit *>(w);
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
    portico::ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    {
        portico::ui::MainWindow window{paths};
        QVERIFY(!portico::ui::MessageBox::hasNextAnswer()); // the user was told
    }
    // The broken file is still there, under a new name, byte for byte.
    const QStringList kept = QDir(m_dir->path()).entryList({u"workspace.json.unreadable-*"_s});
    QCOMPARE(kept.size(), 1);
    QFile keptFile(QDir(m_dir->path()).filePath(kept.first()));
    QVERIFY(keptFile.open(QIODevice::ReadOnly));
    QCOMPARE(keptFile.readAll(), "{ \"schemaVersion\": 1, \"apis\": [ oops"_ba);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
