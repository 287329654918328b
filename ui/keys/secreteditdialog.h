// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Asks for a new key's name and value, or for a key's new name, and accepts only names the
// keychain store takes.

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace portico::ui {

class SecretEditDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Add, Rename };

    // existingNames: to refuse renaming onto a stored key, and to say when adding replaces one.
    explicit SecretEditDialog(Mode mode, const QStringList &existingNames, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    // For Rename, the key being renamed: shown as the starting text, and refused as the answer.
    void setOriginalName(const QString &name);
    // For Add, a name to start from (the key a request was missing); the value gets focus.
    void setSuggestedName(const QString &name);
    QString originalName() const { return m_originalName; }
    QString name() const;
    QString value() const;

    void done(int result) override;

private:
    void validate();

    const Mode m_mode;
    const QStringList m_existingNames;
    QString m_originalName;
    QLineEdit *m_nameEdit;
    QLineEdit *m_valueEdit = nullptr;
    QLabel *m_hintLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace portico::ui
