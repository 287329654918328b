// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/publish/subscriptiondialog.h"

#include "client/management/apipublisher.h"
#include "ui/publish/dialogbuttons.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portico::ui {

SubscriptionDialog::SubscriptionDialog(const QList<client::Product> &products, const QStringList &takenIds,
                                       QWidget *parent)
    : QDialog(parent)
    , m_takenIds(takenIds)
    , m_nameEdit(new QLineEdit(this))
    , m_productCombo(new QComboBox(this))
    , m_problemLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"subscriptionDialog"_s);
    setWindowTitle(tr("Add Subscription"));
    setAccessibleName(tr("Subscription"));
    m_nameEdit->setObjectName(u"subscriptionNameLineEdit"_s);
    m_nameEdit->setAccessibleName(tr("Subscription name"));
    m_nameEdit->setPlaceholderText(tr("e.g. the developer's or the app's name"));
    m_productCombo->setObjectName(u"subscriptionProductComboBox"_s);
    m_productCombo->setAccessibleName(tr("Product"));
    for (const client::Product &p : products)
        m_productCombo->addItem(p.name, p.id);

    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setObjectName(u"subscriptionNameLabel"_s);
    nameLabel->setBuddy(m_nameEdit);
    auto *productLabel = new QLabel(tr("&Product:"), this);
    productLabel->setObjectName(u"subscriptionProductLabel"_s);
    productLabel->setBuddy(m_productCombo);
    auto *form = new QFormLayout;
    form->addRow(nameLabel, m_nameEdit);
    form->addRow(productLabel, m_productCombo);

    m_problemLabel->setObjectName(u"subscriptionProblemLabel"_s);
    m_problemLabel->setAccessibleName(tr("Why the subscription cannot be created yet"));
    m_problemLabel->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    addProblemAndButtons(this, layout, m_problemLabel, m_buttons, u"subscription"_s, u"createSubscriptionButton"_s,
                         tr("Create subscription"));
    connect(m_nameEdit, &QLineEdit::textChanged, this, &SubscriptionDialog::validate);
    validate();
}

client::Subscription SubscriptionDialog::subscription() const
{
    client::Subscription s;
    s.name = m_nameEdit->text().trimmed();
    s.productId = m_productCombo->currentData().toString();
    s.id = client::idFromName(s.name);
    const QString base = s.id;
    for (int n = 2; m_takenIds.contains(s.id); ++n)
        s.id = base + u'-' + QString::number(n);
    return s;
}

QString SubscriptionDialog::problem() const
{
    if (m_nameEdit->text().trimmed().isEmpty())
        return tr("Enter a name for the subscription.");
    if (m_productCombo->count() == 0)
        return tr("There is no product to subscribe to yet.");
    return {};
}

void SubscriptionDialog::validate()
{
    const QString why = problem();
    m_problemLabel->setText(why);
    m_problemLabel->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace portico::ui
