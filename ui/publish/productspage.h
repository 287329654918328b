// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The gateway's products: a table with Add (Ins), Edit (F2) and Delete (Del); the product
// dialog sets approval, rate limit, quota and the APIs each holds. Only for a gateway
// Portico can manage.

#include "client/management/apipublisher.h"
#include "client/management/gatewaymanagement.h"
#include "client/management/product.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTableView;

namespace portico::client {
class GatewayManagement;
}

namespace portico::ui {

class ProductDialog;
class ProductsModel;

class ProductsPage : public QWidget
{
    Q_OBJECT
public:
    // The client is not owned.
    explicit ProductsPage(client::GatewayManagement *client, QWidget *parent = nullptr);

    ProductsModel *model() const { return m_model; }
    // The APIs offered in the product dialog.
    void setApiChoices(const QList<client::ProductChoice> &apis) { m_apiChoices = apis; }
    void refresh();
    // Works on another gateway from now on: replies still due from the last one are dropped
    // and the table empties until the next refresh().
    void setClient(client::GatewayManagement *client);
    bool isBusy() const { return m_busy > 0; }
    QString statusText() const;
    // The dialog open now, if any (window-modal, answered through signals).
    ProductDialog *openDialog() const;

    void addProduct();
    void editProduct();
    void deleteProduct();

Q_SIGNALS:
    // Products were created, changed or deleted on the gateway.
    void productsChanged();
    void busyChanged(bool busy);

private:
    void save(const client::Product &product, const QStringList &previousApis);
    void showDialog(ProductDialog *dialog, const QStringList &previousApis);
    void beginWork();
    void endWork();
    void showError(const QString &message);
    QString selectedId() const;
    void updateActions();

    QPointer<client::GatewayManagement> m_client; // an Azure one goes with its connection
    QObject *m_calls; // the context of every call to m_client: deleted to drop their replies
    ProductsModel *m_model;
    QTableView *m_view;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
    QLabel *m_statusLabel;
    QAction *m_addAction;
    QAction *m_editAction;
    QAction *m_deleteAction;
    QList<client::ProductChoice> m_apiChoices;
    QPointer<ProductDialog> m_dialog;
    int m_busy = 0;
};

} // namespace portico::ui
