// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Creates or edits a product: name, description, whether subscribing needs approval, its
// rate limit and quota, and the APIs it holds. OK stays disabled, with the reason shown,
// until the gateway would accept the input.

#include "client/management/apipublisher.h"
#include "client/management/product.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QSpinBox;

namespace portico::ui {

class ProductChoiceModel;

class ProductDialog : public QDialog
{
    Q_OBJECT
public:
    // apis: every API, as choices to link; others: the other products, whose ids are taken.
    ProductDialog(const QList<client::ProductChoice> &apis, const QList<client::Product> &others,
                  QWidget *parent = nullptr);

    void setProduct(const client::Product &product);
    client::Product product() const;
    QString problem() const;

private:
    void validate();

    QList<client::Product> m_others;
    client::Product m_original;
    bool m_editing = false;
    ProductChoiceModel *m_apis;
    QLineEdit *m_nameEdit;
    QPlainTextEdit *m_descriptionEdit;
    QCheckBox *m_approvalCheck;
    QSpinBox *m_rateCallsSpin;
    QSpinBox *m_ratePeriodSpin;
    QSpinBox *m_quotaCallsSpin;
    QSpinBox *m_quotaPeriodSpin;
    QListView *m_apisView;
    QLabel *m_problemLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace portico::ui
