// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Creates or edits an API in front of a web service, with exactly the fields API Management's
// publisher form has: Web API name, Web service URL, Web API URL suffix, URL scheme and
// Products. OK stays disabled, with the reason shown, until the input can be saved.

#include "client/catalog/catalog.h"
#include "client/management/apipublisher.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;

namespace portico::ui {

class ProductChoiceModel;

class ApiDialog : public QDialog
{
    Q_OBJECT
public:
    // others: the APIs already published, whose URL suffixes are taken.
    ApiDialog(const QList<client::Api> &others, const QList<client::ProductChoice> &products,
              QWidget *parent = nullptr);

    // Edits this API instead of creating one; its own suffix stays allowed.
    void setApi(const client::Api &api, const QStringList &productIds);
    // The API as entered: its id is kept when editing and derived from the name otherwise.
    client::Api api() const;
    QStringList productIds() const;

    // Empty when the input can be saved; otherwise why not, as shown under the form.
    QString problem() const;

private:
    void validate();

    QList<client::Api> m_others;
    client::Api m_original;
    bool m_editing = false;
    ProductChoiceModel *m_products;
    QLineEdit *m_nameEdit;
    QLineEdit *m_serviceUrlEdit;
    QLineEdit *m_suffixEdit;
    QCheckBox *m_httpCheck;
    QCheckBox *m_httpsCheck;
    QListView *m_productsView;
    QLabel *m_problemLabel;
    QDialogButtonBox *m_buttons;
};

// Whether a URL suffix can stand in a gateway URL; empty when it can, otherwise why not.
QString urlSuffixProblem(const QString &suffix);

} // namespace portico::ui
