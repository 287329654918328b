// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The operations of every API as a tree: an API, then its operations, each with its HTTP
// verb for the method badge. An API whose operations carry tags (OpenAPI tags, Postman
// folders) files them under one group per tag, in the order the tags first appear; an
// operation sits under its first tag only, and untagged ones follow the groups directly under
// the API. The view shows one API's branch at a time, as the portal does.

#include "client/catalog/catalog.h"

#include <QAbstractItemModel>

#include <vector>

namespace portico::ui {

class OperationTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Roles { ApiIdRole = Qt::UserRole, OperationIdRole, MethodRole, UrlTemplateRole, IsOperationRole, IsGroupRole };

    explicit OperationTreeModel(QObject *parent = nullptr);

    void setApis(const QList<client::Api> &apis);
    QModelIndex apiIndex(const QString &apiId) const;
    QModelIndex operationIndex(const QString &apiId, const QString &operationId) const;
    // True when the API's operations are filed under tag groups.
    bool hasGroups(const QString &apiId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    // One row of the tree; an index's internalId is its node's position in m_nodes.
    struct Node
    {
        int parent = -1;    // node of the parent row, -1 for an API
        int row = 0;        // row under the parent
        int api = 0;        // row of the API in m_apis
        int operation = -1; // position in the API's operations, -1 for an API or a group
        QString group;      // the tag, for a group row
        std::vector<int> children;
    };
    const Node *nodeOf(const QModelIndex &index) const;

    QList<client::Api> m_apis;
    std::vector<Node> m_nodes;
    std::vector<int> m_roots; // the API nodes, in m_apis order
};

} // namespace portico::ui
