// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/keys/secretnamesmodel.h"

#include "client/secrets/secretstore.h"

#include <algorithm>

namespace portico::ui {

SecretNamesModel::SecretNamesModel(client::SecretStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    if (store) {
        connect(store, &client::SecretStore::namesChanged, this, &SecretNamesModel::syncWithStore);
        connect(store, &QObject::destroyed, this, &SecretNamesModel::syncWithStore);
    }
    syncWithStore();
}

QModelIndex SecretNamesModel::indexOfName(const QString &name) const
{
    const qsizetype row = m_names.indexOf(name);
    return row < 0 ? QModelIndex() : index(int(row));
}

int SecretNamesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_names.size());
}

QVariant SecretNamesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case NameRole:
        return m_names.at(index.row());
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> SecretNamesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NameRole, "name");
    return names;
}

void SecretNamesModel::syncWithStore()
{
    QStringList target = m_store ? m_store->names() : QStringList();
    // The merge below needs both lists in one order; the store's is not relied on.
    std::sort(target.begin(), target.end());
    target.erase(std::unique(target.begin(), target.end()), target.end());

    int row = 0;
    qsizetype next = 0;
    while (row < m_names.size() || next < target.size()) {
        const bool haveOld = row < m_names.size();
        const bool haveNew = next < target.size();
        if (haveOld && haveNew && m_names.at(row) == target.at(next)) {
            ++row;
            ++next;
        } else if (haveOld && (!haveNew || m_names.at(row) < target.at(next))) {
            int last = row;
            while (last + 1 < m_names.size() && (!haveNew || m_names.at(last + 1) < target.at(next)))
                ++last;
            beginRemoveRows(QModelIndex(), row, last);
            m_names.remove(row, last - row + 1);
            endRemoveRows();
        } else {
            qsizetype end = next;
            while (end + 1 < target.size() && (!haveOld || target.at(end + 1) < m_names.at(row)))
                ++end;
            const int count = int(end - next + 1);
            beginInsertRows(QModelIndex(), row, row + count - 1);
            for (int i = 0; i < count; ++i)
                m_names.insert(row + i, target.at(next + i));
            endInsertRows();
            row += count;
            next = end + 1;
        }
    }
}

} // namespace portico::ui
