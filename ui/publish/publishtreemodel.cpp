// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/publish/publishtreemodel.h"

#include "client/management/apipublisher.h"

using namespace Qt::StringLiterals;

namespace portico::ui {

namespace {

// Internal ids: 0 marks an API row; an operation row holds its API's row + 1.
constexpr quintptr kApiRow = 0;

} // namespace

PublishTreeModel::PublishTreeModel(client::ApiPublisher *publisher, QObject *parent)
    : QAbstractItemModel(parent)
    , m_publisher(publisher)
{
    connect(m_publisher, &client::ApiPublisher::apisChanged, this, &PublishTreeModel::reload);
}

void PublishTreeModel::reload()
{
    // The publisher's list is its own copy, replaced as a whole on every change.
    beginResetModel();
    endResetModel();
}

QModelIndex PublishTreeModel::apiIndex(const QString &apiId) const
{
    const QList<client::Api> apis = m_publisher->apis();
    for (int row = 0; row < apis.size(); ++row) {
        if (apis.at(row).id == apiId)
            return index(row, 0);
    }
    return {};
}

QModelIndex PublishTreeModel::operationIndex(const QString &apiId, const QString &operationId) const
{
    const QModelIndex api = apiIndex(apiId);
    if (!api.isValid())
        return {};
    // A copy: apis() returns by value, and a reference into that temporary dangles.
    const QList<client::Operation> ops = m_publisher->apis().at(api.row()).operations;
    for (int row = 0; row < ops.size(); ++row) {
        if (ops.at(row).id == operationId)
            return index(row, 0, api);
    }
    return {};
}

QModelIndex PublishTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kApiRow);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex PublishTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kApiRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kApiRow);
}

int PublishTreeModel::rowCount(const QModelIndex &parent) const
{
    const QList<client::Api> &apis = m_publisher->apis();
    if (!parent.isValid())
        return int(apis.size());
    if (parent.internalId() != kApiRow || parent.column() != 0 || parent.row() >= apis.size())
        return 0;
    return int(apis.at(parent.row()).operations.size());
}

int PublishTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PublishTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QList<client::Api> apis = m_publisher->apis();
    const bool isOperation = index.internalId() != kApiRow;
    const int apiRow = isOperation ? int(index.internalId() - 1) : index.row();
    if (apiRow >= apis.size())
        return {};
    const client::Api &api = apis.at(apiRow);
    if (role == ApiIdRole)
        return api.id;
    if (role == IsOperationRole)
        return isOperation;
    if (!isOperation) {
        if (role == OperationIdRole || role == MethodRole)
            return QString();
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return index.column() == NameColumn ? api.name : u"/"_s + api.path;
        if (role == Qt::ToolTipRole)
            return tr("%1 → %2").arg(u"/"_s + api.path, api.serviceUrl);
        return {};
    }
    const client::Operation &op = api.operations.at(index.row());
    switch (role) {
    case OperationIdRole:
        return op.id;
    case MethodRole:
        return op.method;
    case Qt::DisplayRole:
        return index.column() == NameColumn ? op.name : u"%1 %2"_s.arg(op.method, op.urlTemplate);
    case Qt::AccessibleTextRole:
        return index.column() == NameColumn ? tr("%1, %2").arg(op.name, op.method) : op.urlTemplate;
    case Qt::ToolTipRole:
        return op.description.isEmpty() ? op.urlTemplate : op.description;
    default:
        return {};
    }
}

QVariant PublishTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("API / operation") : tr("URL suffix / signature");
}

} // namespace portico::ui
