// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/catalog/operationtreemodel.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace portico::ui {

OperationTreeModel::OperationTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void OperationTreeModel::setApis(const QList<client::Api> &apis)
{
    beginResetModel();
    m_apis = apis;
    m_nodes.clear();
    m_roots.clear();
    auto add = [this](Node node) {
        const int id = int(m_nodes.size());
        if (node.parent >= 0) {
            node.row = int(m_nodes[size_t(node.parent)].children.size());
            m_nodes[size_t(node.parent)].children.push_back(id);
        } else {
            node.row = int(m_roots.size());
            m_roots.push_back(id);
        }
        m_nodes.push_back(std::move(node));
        return id;
    };
    for (int a = 0; a < int(m_apis.size()); ++a) {
        const int apiNode = add(Node{-1, 0, a, -1, {}, {}});
        const QList<client::Operation> &ops = m_apis.at(a).operations;
        QHash<QString, int> groups;
        for (const client::Operation &op : ops) {
            const QString tag = op.tags.isEmpty() ? QString() : op.tags.first().trimmed();
            if (!tag.isEmpty() && !groups.contains(tag))
                groups.insert(tag, add(Node{apiNode, 0, a, -1, tag, {}}));
        }
        for (int o = 0; o < int(ops.size()); ++o) {
            const QString tag = ops.at(o).tags.isEmpty() ? QString() : ops.at(o).tags.first().trimmed();
            add(Node{tag.isEmpty() ? apiNode : groups.value(tag), 0, a, o, {}, {}});
        }
    }
    endResetModel();
}

const OperationTreeModel::Node *OperationTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() >= m_nodes.size())
        return nullptr;
    return &m_nodes[size_t(index.internalId())];
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
    for (size_t id = size_t(m_roots[size_t(api.row())]); id < m_nodes.size(); ++id) {
        const Node &n = m_nodes[id];
        if (n.api != api.row())
            break;
        if (n.operation >= 0 && ops.at(n.operation).id == operationId)
            return createIndex(n.row, 0, quintptr(id));
    }
    return {};
}

bool OperationTreeModel::hasGroups(const QString &apiId) const
{
    const QModelIndex api = apiIndex(apiId);
    if (!api.isValid())
        return false;
    for (int child : m_nodes[size_t(m_roots[size_t(api.row())])].children) {
        if (m_nodes[size_t(child)].operation < 0)
            return true;
    }
    return false;
}

QModelIndex OperationTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(m_roots[size_t(row)]));
    const Node *p = nodeOf(parent);
    return p ? createIndex(row, column, quintptr(p->children[size_t(row)])) : QModelIndex();
}

QModelIndex OperationTreeModel::parent(const QModelIndex &child) const
{
    const Node *n = nodeOf(child);
    if (!n || n->parent < 0)
        return {};
    return createIndex(m_nodes[size_t(n->parent)].row, 0, quintptr(n->parent));
}

int OperationTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    const Node *p = nodeOf(parent);
    return p ? int(p->children.size()) : 0;
}

int OperationTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant OperationTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &n = m_nodes[size_t(index.internalId())];
    const client::Api &api = m_apis.at(n.api);
    if (n.operation < 0) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            if (n.parent >= 0)
                return n.group;
            return api.name.isEmpty() ? api.id : api.name;
        case ApiIdRole:
            return api.id;
        case IsOperationRole:
            return false;
        case IsGroupRole:
            return n.parent >= 0;
        default:
            return {};
        }
    }
    const client::Operation &op = api.operations.at(n.operation);
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
    case IsGroupRole:
        return false;
    default:
        return {};
    }
}

} // namespace portico::ui
