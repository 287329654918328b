// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/catalog/operationtreemodel.h"

using namespace Qt::StringLiterals;

namespace portico::ui {

OperationTreeModel::OperationTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void OperationTreeModel::setApis(const QList<client::Api> &apis)
{
    beginResetModel();
    m_apis = apis;
    endResetModel();
}

QModelIndex OperationTreeModel::apiIndex(const QString &apiId) const
{
    for (qsizetype i = 0; i < m_apis.size(); ++i) {
        if (m_apis.at(i).id == apiId)
            return index(int(i), 0);
    }
    return {};
}

QModelIndex OperationTreeModel::operationIndex(const QString &apiId, const QString &operationId) const
{
    const QModelIndex api = apiIndex(apiId);
    if (!api.isValid())
        return {};
    const QList<client::Operation> &ops = m_apis.at(api.row()).operations;
    for (qsizetype i = 0; i < ops.size(); ++i) {
        if (ops.at(i).id == operationId)
            return index(int(i), 0, api);
    }
    return {};
}

QModelIndex OperationTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    if (parent.internalId() != 0)
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex OperationTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int OperationTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_apis.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_apis.at(parent.row()).operations.size());
}

int OperationTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant OperationTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const client::Api &api = m_apis.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return api.name.isEmpty() ? api.id : api.name;
        case ApiIdRole:
            return api.id;
        case IsOperationRole:
            return false;
        default:
            return {};
        }
    }
    const client::Api &api = m_apis.at(int(index.internalId() - 1));
    const client::Operation &op = api.operations.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return op.name.isEmpty() ? op.id : op.name;
    case Qt::AccessibleTextRole:
        // The badge's colour is decoration: the verb is part of what is read out.
        return QString(op.method.toUpper() + u' ' + (op.name.isEmpty() ? op.id : op.name));
    case Qt::ToolTipRole:
        return QString(op.method.toUpper() + u' ' + op.urlTemplate +
                       (op.description.isEmpty() ? QString() : u"\n"_s + op.description));
    case ApiIdRole:
        return api.id;
    case OperationIdRole:
        return op.id;
    case MethodRole:
        return op.method.toUpper();
    case UrlTemplateRole:
        return op.urlTemplate;
    case IsOperationRole:
        return true;
    default:
        return {};
    }
}

} // namespace portico::ui
