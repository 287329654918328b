// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/publish/productchoicemodel.h"

namespace portico::ui {

ProductChoiceModel::ProductChoiceModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void ProductChoiceModel::setChoices(const QList<client::ProductChoice> &choices, const QStringList &checkedIds)
{
    beginResetModel();
    m_choices = choices;
    m_checked = QSet<QString>(checkedIds.cbegin(), checkedIds.cend());
    endResetModel();
}

QStringList ProductChoiceModel::checkedIds() const
{
    // In list order, so the result does not depend on the order of clicks.
    QStringList ids;
    for (const client::ProductChoice &c : m_choices) {
        if (m_checked.contains(c.id))
            ids.append(c.id);
    }
    return ids;
}

int ProductChoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_choices.size());
}

QVariant ProductChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::ProductChoice &c = m_choices.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return c.name;
    case Qt::CheckStateRole:
        return m_checked.contains(c.id) ? Qt::Checked : Qt::Unchecked;
    case IdRole:
        return c.id;
    default:
        return {};
    }
}

bool ProductChoiceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString &id = m_choices.at(index.row()).id;
    if (value.toInt() == Qt::Checked)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    return true;
}

Qt::ItemFlags ProductChoiceModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

} // namespace portico::ui
