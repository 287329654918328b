// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Manages the API keys of one profile in the OS keychain: lists their names, adds, renames and
// deletes keys, and shows or copies a value only when asked, hiding it again right after.

#include "client/secrets/secretstore.h"

#include <QDialog>
#include <QPointer>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace portico::ui {

class SecretNamesModel;

class KeysDialog : public QDialog
{
    Q_OBJECT
public:
    // The store is not owned; it must be used from this thread only, as SecretStore requires.
    explicit KeysDialog(client::SecretStore *store, QWidget *parent = nullptr);
    ~KeysDialog() override;

    SecretNamesModel *namesModel() const { return m_model; }
    QString selectedName() const;
    // True while the keychain is working on something this dialog asked, or a confirmation
    // is open; the action buttons are disabled meanwhile.
    bool isBusy() const { return m_busy > 0; }
    bool isValueRevealed() const { return !m_revealedName.isEmpty(); }

    void done(int result) override;

Q_SIGNALS:
    void busyChanged(bool busy);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void setUpControls();
    void buildLayout();
    void connectSignals();
    using Result = client::SecretStore::Result;

    void refreshNames();
    void addSecret();
    void renameSecret();
    void deleteSecret();
    void toggleReveal();
    void copyValue();

    void hideValue();
    void selectName(const QString &name);
    void beginWork(const QString &progress);
    void endWork();
    void showStatus(const QString &text, bool isError = false);
    // Reports a failed result inline; true when it succeeded.
    bool reportFailure(const Result &result);
    void updateActions();

    QPointer<client::SecretStore> m_store;
    SecretNamesModel *m_model;
    QListView *m_list;
    QPushButton *m_addButton;
    QPushButton *m_renameButton;
    QPushButton *m_deleteButton;
    QPushButton *m_revealButton;
    QPushButton *m_copyButton;
    QLineEdit *m_valueEdit;
    QLabel *m_statusLabel;
    QAction *m_deleteAction;
    QAction *m_renameAction;
    QAction *m_copyAction;

    int m_busy = 0;
    // Whose value the field shows; empty while hidden.
    QString m_revealedName;
    // Bumped whenever a shown value must go, so a read answering afterwards shows nothing.
    quint64 m_revealGeneration = 0;
};

} // namespace portico::ui
