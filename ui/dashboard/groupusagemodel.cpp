// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/dashboard/groupusagemodel.h"

#include "ui/dashboard/outcomes.h"

namespace portico::ui {

GroupUsageModel::GroupUsageModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void GroupUsageModel::setGroups(const QList<client::GroupUsage> &groups, client::UsageReport::Grouping grouping)
{
    if (groups == m_groups && grouping == m_grouping)
        return;
    const auto sameRows = [&] {
        if (groups.size() != m_groups.size() || grouping != m_grouping)
            return false;
        for (qsizetype i = 0; i < groups.size(); ++i) {
            if (groups.at(i).id != m_groups.at(i).id)
                return false;
        }
        return true;
    };
    if (sameRows()) {
        m_groups = groups;
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_groups = groups;
    const bool headerChanged = grouping != m_grouping;
    m_grouping = grouping;
    endResetModel();
    if (headerChanged)
        Q_EMIT headerDataChanged(Qt::Horizontal, NameColumn, NameColumn);
}

int GroupUsageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int GroupUsageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupUsageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const client::GroupUsage &group = m_groups.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // Numbers stay numbers: the chart's model mapper reads them as values.
        if (index.column() == NameColumn)
            return group.name;
        if (index.column() == TotalColumn)
            return group.calls.total();
        return group.calls.count(outcomes::kAll[index.column() - SuccessColumn]);
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case IdRole:
        return group.id;
    default:
        return QVariant();
    }
}

QVariant GroupUsageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == NameColumn)
        return m_grouping == client::UsageReport::Grouping::ByApi ? tr("API") : tr("Subscription");
    if (section == TotalColumn)
        return tr("Calls");
    return outcomes::title(outcomes::kAll[section - SuccessColumn]);
}

} // namespace portico::ui
