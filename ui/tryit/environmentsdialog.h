// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Edits the workspace's environments as one unit: add, duplicate, rename and remove them, edit
// their variables, and give one the kind "Azure ML online endpoint" (scoring URI, key or
// Microsoft Entra sign-in, deployment, sample body). Works on a copy: nothing changes until OK,
// and OK is refused while any environment has a problem. An endpoint key typed here is handed
// to the caller for the keychain and never enters an environment, which holds only a
// {{secret:NAME}} reference to it.

#include "client/catalog/variables.h"

#include <QDialog>
#include <QHash>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace portico::ui {

class EnvironmentsDialog : public QDialog
{
    Q_OBJECT
public:
    // secretNames: the keychain's key names, offered for an endpoint's key; current: the
    // environment to show first.
    EnvironmentsDialog(const QList<client::Environment> &environments, const QStringList &secretNames,
                       const QString &current, QWidget *parent = nullptr);

    // The environments as edited, in the list's order.
    QList<client::Environment> environments() const;
    // The environment on show when the dialog closed (to make it the active one).
    QString currentName() const;
    // Endpoint keys typed in, by keychain name: the caller stores them and forgets them.
    QHash<QString, QString> keysToStore() const;
    // The first problem that keeps OK disabled; empty when there is none.
    QString problem() const;
    bool isModified() const;

    void addEnvironment(bool onlineEndpoint);
    void duplicateEnvironment();
    void removeEnvironment();

    void done(int result) override;

private:
    void buildLayout();
    void showEnvironment(int row);
    void storeEditor();
    void loadEditor();
    void onKindChanged();
    void addVariable();
    void removeVariable();
    void validate();
    // environmentsdialogcheck.cpp: the first problem of one environment (typedKey: an endpoint
    // key typed for it; secretNames: the keychain's key names), empty when there is none.
    static QString problemOf(const client::Environment &environment, const QString &typedKey,
                             const QStringList &secretNames);
    // The variables an online endpoint's own fields stand for; the table shows only the others.
    static bool isEndpointVariable(const QString &name);
    QString uniqueName(const QString &base) const;

    const QList<client::Environment> m_original;
    QList<client::Environment> m_environments;
    QHash<QString, QString> m_keys; // typed endpoint keys, by environment name while editing
    const QStringList m_secretNames;
    int m_row = -1;
    int m_shownKind = 0; // the kind the fields show: 0 variables, 1 online endpoint
    bool m_loading = false;
    bool m_discardConfirmed = false;

    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_addOnline;
    QPushButton *m_duplicate;
    QPushButton *m_remove;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QGroupBox *m_endpoint;
    QLineEdit *m_scoringUri;
    QComboBox *m_auth;
    QComboBox *m_keySecret;
    QLineEdit *m_keyValue;
    QLineEdit *m_deployment;
    QPlainTextEdit *m_sampleBody;
    QPushButton *m_insertSample;
    QLabel *m_variablesLabel;
    QTableWidget *m_variables;
    QPushButton *m_addVariable;
    QPushButton *m_removeVariable;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace portico::ui
