// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Creates a subscription: a name for the developer or app, and the product it subscribes to.

#include "client/management/product.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace portico::ui {

class SubscriptionDialog : public QDialog
{
    Q_OBJECT
public:
    SubscriptionDialog(const QList<client::Product> &products, const QStringList &takenIds, QWidget *parent = nullptr);

    client::Subscription subscription() const;
    QString problem() const;

private:
    void validate();

    QStringList m_takenIds;
    QLineEdit *m_nameEdit;
    QComboBox *m_productCombo;
    QLabel *m_problemLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace portico::ui
