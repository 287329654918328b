// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The operations of every API as a tree: an API, then its operations, each with its HTTP
// verb for the method badge. The view shows one API's branch at a time, as the portal does.

#include "client/catalog/catalog.h"

#include <QAbstractItemModel>

namespace portico::ui {

class OperationTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Roles { ApiIdRole = Qt::UserRole, OperationIdRole, MethodRole, UrlTemplateRole, IsOperationRole };

    explicit OperationTreeModel(QObject *parent = nullptr);

    void setApis(const QList<client::Api> &apis);
    QModelIndex apiIndex(const QString &apiId) const;
    QModelIndex operationIndex(const QString &apiId, const QString &operationId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    // internalId: 0 for an API row, otherwise 1 + the API's row for an operation row.
    QList<client::Api> m_apis;
};

} // namespace portico::ui
