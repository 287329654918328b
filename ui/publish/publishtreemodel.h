// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The publisher's tree: each API (name, URL suffix) with its operations (verb, display name,
// URL template) beneath, read from an ApiPublisher and rebuilt when it changes.

#include <QAbstractItemModel>

namespace portico::client {
class ApiPublisher;
}

namespace portico::ui {

class PublishTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, DetailColumn, ColumnCount };
    enum Roles {
        ApiIdRole = Qt::UserRole + 1,
        OperationIdRole, // empty on an API row
        IsOperationRole,
        MethodRole,
    };

    explicit PublishTreeModel(client::ApiPublisher *publisher, QObject *parent = nullptr);

    QModelIndex apiIndex(const QString &apiId) const;
    QModelIndex operationIndex(const QString &apiId, const QString &operationId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();

    client::ApiPublisher *m_publisher;
};

} // namespace portico::ui
