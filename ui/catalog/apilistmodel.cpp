// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/catalog/apilistmodel.h"

namespace portico::ui {

ApiListModel::ApiListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void ApiListModel::setApis(const QList<client::Api> &apis)
{
    beginResetModel();
    m_apis = apis;
    endResetModel();
}

int ApiListModel::rowOf(const QString &apiId) const
{
    for (qsizetype i = 0; i < m_apis.size(); ++i) {
        if (m_apis.at(i).id == apiId)
            return int(i);
    }
    return -1;
}

int ApiListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_apis.size());
}

QVariant ApiListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::Api &api = m_apis.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return api.name.isEmpty() ? api.id : api.name;
    case Qt::ToolTipRole:
        return api.description.isEmpty() ? api.serviceUrl : QString(api.description + u'\n' + api.serviceUrl);
    case ApiIdRole:
        return api.id;
    case PathRole:
        return api.path;
    case ServiceUrlRole:
        return api.serviceUrl;
    default:
        return {};
    }
}

} // namespace portico::ui
