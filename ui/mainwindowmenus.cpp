// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The main window's menu bar: File (save, import, quit), Edit (undo), View, Tools (keys,
// environments, sandbox, publishing target, language) and Help.
#include "ui/mainwindow.h"

#include "ui/help/aboutdialog.h"
#include "ui/help/shortcutsdialog.h"
#include "ui/import/importcontroller.h"
#include "ui/language.h"
#include "ui/tryit/tryitpage.h"

#include <QAbstractItemView>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace portico::ui {

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *save = file->addAction(tr("&Save workspace"), this, &MainWindow::saveWorkspace);
    save->setObjectName(u"saveWorkspaceAction"_s);
    save->setShortcut(QKeySequence::Save);
    buildImport(file);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setObjectName(u"quitAction"_s);
    // Some desktops (and the offscreen platform) bind no key to Quit: Ctrl+Q then.
    quit->setShortcuts(QKeySequence::keyBindings(QKeySequence::Quit).isEmpty()
                           ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Q)}
                           : QKeySequence::keyBindings(QKeySequence::Quit));
    quit->setShortcutContext(Qt::ApplicationShortcut);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);

    buildEditMenu();
    menuBar()->addMenu(m_viewMenu);
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *keys = tools->addAction(tr("&Keys…"), this, &MainWindow::openKeys);
    keys->setObjectName(u"keysAction"_s);
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    QAction *environments = tools->addAction(tr("&Environments…"), this, &MainWindow::openEnvironments);
    environments->setObjectName(u"environmentsAction"_s);
    environments->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    environments->setStatusTip(tr("Add, change or remove environments, Azure ML online endpoints among them"));
    QAction *sandboxAtLaunch = tools->addAction(tr("Start the local &sandbox at launch"));
    sandboxAtLaunch->setObjectName(u"sandboxAtLaunchAction"_s);
    sandboxAtLaunch->setCheckable(true);
    sandboxAtLaunch->setChecked(sandboxEnabled());
    connect(sandboxAtLaunch, &QAction::toggled, this, [this](bool on) {
        m_settings->setValue(client::DataPaths::sandboxAtLaunchKey(), on);
        statusBar()->showMessage(on ? tr("The sandbox starts with the next launch.")
                                    : tr("The sandbox stays off from the next launch."),
                                 5000);
    });
    buildPublishMenu(tools);
    buildLanguageMenu(tools);
    buildConnectionMenu();
    buildHelpMenu();
}

void MainWindow::buildImport(QMenu *file)
{
    m_import = new ImportController(&m_workspace, m_engine, m_undo, this);
    connect(m_import, &ImportController::workspaceChanged, this, &MainWindow::onImported);
    connect(m_import, &ImportController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10'000); });
    QAction *import = file->addAction(tr("&Import…"), m_import, &ImportController::openDialog);
    import->setObjectName(u"importAction"_s);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setStatusTip(tr("Import an OpenAPI, Swagger or Postman document, or a curl command, from a file, a URL or text"));
    QAction *paste = file->addAction(tr("Paste &curl / document"), m_import, &ImportController::pasteFromClipboard);
    paste->setObjectName(u"pasteImportAction"_s);
    paste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    paste->setStatusTip(tr("Import the curl command, document or address on the clipboard"));
    // Files and text dropped on the API list import too.
    if (auto *apis = m_tryItPage->findChild<QAbstractItemView *>(u"apiListView"_s))
        m_import->acceptDropsOn(apis->viewport());
}

void MainWindow::buildEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(u"editMenu"_s);
    QAction *undo = m_undo->createUndoAction(edit, tr("&Undo"));
    undo->setObjectName(u"undoAction"_s);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(edit, tr("&Redo"));
    redo->setObjectName(u"redoAction"_s);
    redo->setShortcut(QKeySequence::Redo);
    // The keys work on the Try-it page; the Publish page has an undo of its own for the
    // gateway, and one key for both would be ambiguous there.
    for (QAction *a : {undo, redo}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_tryItPage->addAction(a);
        edit->addAction(a);
    }
}

void MainWindow::buildPublishMenu(QMenu *parent)
{
    // Two ways to publish: through a gateway Portico can manage (the sandbox's management
    // API), or into this workspace's catalog alone, for a gateway it cannot (a cloud one).
    QMenu *menu = parent->addMenu(tr("&Publish to"));
    menu->setObjectName(u"publishToMenu"_s);
    auto *group = new QActionGroup(menu);
    m_publishManaged = menu->addAction(tr("The sandbox's &gateway (managed)"));
    m_publishManaged->setObjectName(u"publishManagedAction"_s);
    m_publishWorkspace = menu->addAction(tr("This &workspace only"));
    m_publishWorkspace->setObjectName(u"publishWorkspaceAction"_s);
    for (QAction *a : {m_publishManaged, m_publishWorkspace}) {
        a->setCheckable(true);
        group->addAction(a);
        connect(a, &QAction::triggered, this, &MainWindow::choosePublishTarget);
    }
    m_publishWorkspace->setChecked(true);
    m_publishManaged->setEnabled(false); // until the sandbox is up
}

void MainWindow::buildLanguageMenu(QMenu *parent)
{
    QMenu *menu = parent->addMenu(tr("&Language"));
    menu->setObjectName(u"languageMenu"_s);
    auto *group = new QActionGroup(menu);
    const QString chosen = m_settings->value(Language::settingsKey()).toString();
    for (const QString &code : QStringList{QString()} + Language::available()) {
        QAction *action = menu->addAction(Language::nativeName(code));
        action->setObjectName(u"language"_s + (code.isEmpty() ? u"System"_s : code.toUpper()) + u"Action"_s);
        action->setCheckable(true);
        action->setChecked(code == chosen || (code.isEmpty() && !Language::available().contains(chosen)));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            if (code.isEmpty())
                m_settings->remove(Language::settingsKey());
            else
                m_settings->setValue(Language::settingsKey(), code);
            statusBar()->showMessage(tr("The interface changes language at the next start."), 8000);
        });
    }
}

void MainWindow::buildHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard shortcuts…"), this, [this] {
        auto *dialog = new ShortcutsDialog(this, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    shortcuts->setObjectName(u"keyboardShortcutsAction"_s);
    shortcuts->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Slash), QKeySequence(Qt::Key_F1)});
    QAction *about = help->addAction(tr("&About Portico"), this, [this] {
        auto *dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    about->setObjectName(u"aboutAction"_s);
}

} // namespace portico::ui
