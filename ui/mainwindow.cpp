#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portico::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_sandboxStatus(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Portico"));
    resize(1100, 720);

    auto *central = new QWidget(this);
    central->setObjectName(u"workAreaWidget"_s);
    auto *layout = new QVBoxLayout(central);
    auto *welcome = new QLabel(tr("Portico — a console for machine-learning web services behind an API gateway."), central);
    welcome->setObjectName(u"welcomeLabel"_s);
    welcome->setAlignment(Qt::AlignCenter);
    welcome->setWordWrap(true);
    layout->addWidget(welcome);
    setCentralWidget(central);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcut(QKeySequence::Quit);
    quit->setShortcutContext(Qt::ApplicationShortcut);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);

    m_sandboxStatus->setObjectName(u"sandboxStatusLabel"_s);
    m_sandboxStatus->setAccessibleName(tr("Sandbox status"));
    m_sandboxStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_sandboxStatus);
}

void MainWindow::showSandboxStarting()
{
    m_sandboxStatus->setText(tr("Sandbox: starting…"));
}

void MainWindow::showSandboxReady(const QUrl &gateway, const QUrl &service)
{
    m_sandboxStatus->setText(tr("Sandbox: gateway %1, service %2").arg(gateway.toString(), service.toString()));
}

void MainWindow::showSandboxFailed(const QString &message)
{
    m_sandboxStatus->setText(tr("Sandbox failed to start: %1").arg(message));
}

void MainWindow::showSandboxDisabled()
{
    m_sandboxStatus->setText(tr("Sandbox: off"));
}

} // namespace portico::ui
