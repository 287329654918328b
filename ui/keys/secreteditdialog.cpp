// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/keys/secreteditdialog.h"

#include "client/secrets/redactor.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portico::ui {

SecretEditDialog::SecretEditDialog(Mode mode, const QStringList &existingNames, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_existingNames(existingNames)
    , m_nameEdit(new QLineEdit(this))
    , m_hintLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"secretEditDialog"_s);
    setWindowTitle(mode == Mode::Add ? tr("Add Key") : tr("Rename Key"));
    setAccessibleName(windowTitle());

    auto *form = new QFormLayout;
    m_nameEdit->setObjectName(u"secretNameLineEdit"_s);
    m_nameEdit->setAccessibleName(tr("Key name"));
    m_nameEdit->setPlaceholderText(tr("e.g. scoring-key"));
    m_nameEdit->setMaxLength(100);
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setObjectName(u"secretNameLabel"_s);
    nameLabel->setAccessibleName(tr("Key name"));
    nameLabel->setBuddy(m_nameEdit);
    form->addRow(nameLabel, m_nameEdit);

    if (mode == Mode::Add) {
        m_valueEdit = new QLineEdit(this);
        m_valueEdit->setObjectName(u"newSecretValueLineEdit"_s);
        m_valueEdit->setAccessibleName(tr("Key value"));
        m_valueEdit->setEchoMode(QLineEdit::Password);
        m_valueEdit->setPlaceholderText(tr("Pasted from the developer portal"));
        auto *valueLabel = new QLabel(tr("&Value:"), this);
        valueLabel->setObjectName(u"newSecretValueLabel"_s);
        valueLabel->setAccessibleName(tr("Key value"));
        valueLabel->setBuddy(m_valueEdit);
        form->addRow(valueLabel, m_valueEdit);
        connect(m_valueEdit, &QLineEdit::textChanged, this, &SecretEditDialog::validate);
    }

    m_hintLabel->setObjectName(u"secretEditHintLabel"_s);
    m_hintLabel->setAccessibleName(tr("Hint"));
    m_hintLabel->setWordWrap(true);
    m_hintLabel->setTextFormat(Qt::PlainText);

    m_buttons->setObjectName(u"secretEditButtonBox"_s);
    m_buttons->setAccessibleName(tr("Dialog buttons"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"secretEditOkButton"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Confirm"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"secretEditCancelButton"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hintLabel);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_nameEdit, &QLineEdit::textChanged, this, &SecretEditDialog::validate);
    setMinimumWidth(420);
    validate();
}

void SecretEditDialog::setOriginalName(const QString &name)
{
    m_originalName = name;
    m_nameEdit->setText(name);
    m_nameEdit->selectAll();
    validate();
}

void SecretEditDialog::setSuggestedName(const QString &name)
{
    m_nameEdit->setText(name);
    if (m_valueEdit)
        m_valueEdit->setFocus();
    validate();
}

QString SecretEditDialog::name() const
{
    return m_nameEdit->text().trimmed();
}

QString SecretEditDialog::value() const
{
    return m_valueEdit ? m_valueEdit->text() : QString();
}

void SecretEditDialog::done(int result)
{
    QDialog::done(result);
    // accepted() has been handled by now; the value need not outlive it in the widget.
    if (m_valueEdit)
        m_valueEdit->clear();
}

void SecretEditDialog::validate()
{
    const QString candidate = name();
    QString hint;
    bool acceptable = false;
    QString okText = m_mode == Mode::Add ? tr("Add") : tr("Rename");
    if (candidate.isEmpty()) {
        hint = tr("Names use letters, digits, “-”, “_” and “.”.");
    } else if (!client::isValidSecretName(candidate)) {
        hint = tr("“%1” is not a valid name: use letters, digits, “-”, “_” and “.”, not starting with “.”.")
                   .arg(candidate);
    } else if (m_mode == Mode::Rename) {
        if (candidate == m_originalName)
            hint = tr("Type the new name.");
        else if (m_existingNames.contains(candidate))
            hint = tr("A key named “%1” already exists.").arg(candidate);
        else
            acceptable = true;
    } else {
        if (m_existingNames.contains(candidate)) {
            hint = tr("A key named “%1” exists; its value will be replaced.").arg(candidate);
            okText = tr("Replace");
        }
        acceptable = !value().isEmpty();
        if (!acceptable && hint.isEmpty())
            hint = tr("Paste the key's value.");
    }
    m_hintLabel->setText(hint);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(okText);
    ok->setEnabled(acceptable);
}

} // namespace portico::ui
