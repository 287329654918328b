// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// What the publisher's API and operation dialogs edit, whichever gateway is behind them:
// one Portico can manage (ManagedPublisher, over the management API) or one it cannot, where
// only the local workspace's catalog changes (WorkspacePublisher).

#include "client/catalog/catalog.h"

#include <QList>
#include <QObject>
#include <QString>

namespace portico::client {

// A product an API can be put in; in workspace mode the id is the product's display name.
struct ProductChoice
{
    QString id;
    QString name;
};

class ApiPublisher : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // The APIs with their operations, and each API's products (display names), as of the
    // last apisChanged().
    virtual QList<Api> apis() const = 0;
    virtual QList<ProductChoice> products() const = 0;
    // True when products and subscriptions live on a gateway Portico can change.
    virtual bool managesGateway() const = 0;

    // Each change answers with apisChanged() (and changed() for the workspace) or failed();
    // never inside the call.
    virtual void refresh() = 0;
    // Creates or replaces the API (its operations are left alone) and puts it in exactly
    // the products given.
    virtual void saveApi(const Api &api, const QStringList &productIds) = 0;
    virtual void deleteApi(const QString &apiId) = 0;
    virtual void saveOperation(const QString &apiId, const Operation &op) = 0;
    virtual void deleteOperation(const QString &apiId, const QString &operationId) = 0;
    // Creates or replaces the API with exactly the operations given (an imported document's),
    // as one change that undo takes back whole.
    virtual void importApi(const Api &api, const QStringList &productIds) = 0;

    // The last change that can be taken back, in words ("Delete API “X”"); empty if none.
    virtual QString undoText() const = 0;
    virtual void undo() = 0;

    bool isBusy() const { return m_busy > 0; }

    const Api *api(const QString &id) const;

Q_SIGNALS:
    void apisChanged();
    void failed(const QString &message);
    void busyChanged(bool busy);
    void undoChanged();

protected:
    void beginWork();
    void endWork();

    // The cache apis() returns; subclasses fill it.
    QList<Api> m_apis;

private:
    int m_busy = 0;
};

// Derives an id API Management accepts from a display name: "BES Status" -> "bes-status".
QString idFromName(const QString &name);

} // namespace portico::client
