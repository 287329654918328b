// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// Tools → Environments…: the environments dialog, its result as one undoable step, and the
// endpoint keys typed into it sent straight to the keychain.
#include "client/secrets/secretstore.h"
#include "ui/mainwindow.h"
#include "ui/tryit/environmentsdialog.h"
#include "ui/tryit/tryitpage.h"

#include <QStatusBar>
#include <QUndoCommand>
#include <QUndoStack>

namespace portico::ui {

namespace {

class EnvironmentsCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(const QList<client::Environment> &, const QString &)>;

    EnvironmentsCommand(const QList<client::Environment> &before, const QString &activeBefore,
                        const QList<client::Environment> &after, const QString &activeAfter, Apply apply)
        : QUndoCommand(MainWindow::tr("Edit of the environments"))
        , m_before(before)
        , m_after(after)
        , m_activeBefore(activeBefore)
        , m_activeAfter(activeAfter)
        , m_apply(std::move(apply))
    {
    }

    void redo() override { m_apply(m_after, m_activeAfter); }
    void undo() override { m_apply(m_before, m_activeBefore); }

private:
    const QList<client::Environment> m_before;
    const QList<client::Environment> m_after;
    const QString m_activeBefore;
    const QString m_activeAfter;
    const Apply m_apply;
};

} // namespace

void MainWindow::openEnvironments()
{
    const QString current = m_workspace.activeEnvironment;
    auto *dialog = new EnvironmentsDialog(m_workspace.environments, m_secrets->names(), current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // Keys first: the store runs its operations in order, so a send that follows reads them.
        const QHash<QString, QString> keys = dialog->keysToStore();
        for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
            const QString name = it.key();
            m_secrets->write(name, it.value(), this, [this, name](const client::SecretStore::Result &result) {
                statusBar()->showMessage(result.ok() ? tr("Key \"%1\" is in the keychain.").arg(name)
                                                     : tr("Key \"%1\" was not stored: %2").arg(name, result.message),
                                         8000);
            });
        }
        const QList<client::Environment> after = dialog->environments();
        QString active = dialog->currentName();
        if (active.isEmpty() && !after.isEmpty())
            active = after.constFirst().name;
        if (after == m_workspace.environments && active == m_workspace.activeEnvironment)
            return;
        m_undo->push(new EnvironmentsCommand(m_workspace.environments, m_workspace.activeEnvironment, after, active,
                                             [this](const QList<client::Environment> &environments,
                                                    const QString &chosen) { applyEnvironments(environments, chosen); }));
    });
    dialog->open();
}

void MainWindow::applyEnvironments(const QList<client::Environment> &environments, const QString &active)
{
    m_workspace.environments = environments;
    m_workspace.activeEnvironment = active;
    saveWorkspace();
    m_tryItPage->installWorkspace();
    statusBar()->showMessage(tr("Environments: %1.").arg(environments.size()), 5000);
}

} // namespace portico::ui
