// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/dashboard/operationusagemodel.h"

#include "ui/dashboard/outcomes.h"

#include <algorithm>

namespace portico::ui {

OperationUsageModel::OperationUsageModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void OperationUsageModel::setOperations(const QList<client::OperationUsage> &operations)
{
    if (operations == m_operations)
        return;
    const auto sameRows = [&] {
        if (operations.size() != m_operations.size())
            return false;
        for (qsizetype i = 0; i < operations.size(); ++i) {
            if (operations.at(i).apiId != m_operations.at(i).apiId ||
                operations.at(i).operationId != m_operations.at(i).operationId)
                return false;
        }
        return true;
    };
    if (sameRows()) {
        m_operations = operations;
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_operations = operations;
    endResetModel();
}

bool OperationUsageModel::hasPercentiles() const
{
    return std::all_of(m_operations.cbegin(), m_operations.cend(),
                       [](const client::OperationUsage &op) { return op.hasPercentiles; });
}

int OperationUsageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_operations.size());
}

int OperationUsageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperationUsageModel::value(const client::OperationUsage &op, int column) const
{
    switch (column) {
    case NameColumn:
        return op.name;
    case CallsColumn:
        return op.calls.total();
    case P50Column:
        return op.p50Ms;
    case P95Column:
        return op.p95Ms;
    case P99Column:
        return op.p99Ms;
    case AverageColumn:
        return op.averageMs;
    default:
        return op.calls.count(outcomes::kAll[column - SuccessColumn]);
    }
}

QVariant OperationUsageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const client::OperationUsage &op = m_operations.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // Numbers stay numbers: the charts' model mappers read them as values.
        return value(op, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case ApiIdRole:
        return op.apiId;
    case OperationIdRole:
        return op.operationId;
    case HasPercentilesRole:
        return op.hasPercentiles;
    default:
        return QVariant();
    }
}

QVariant OperationUsageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Operation");
    case CallsColumn:
        return tr("Calls");
    case P50Column:
        return tr("p50 (ms)");
    case P95Column:
        return tr("p95 (ms)");
    case P99Column:
        return tr("p99 (ms)");
    case AverageColumn:
        return tr("Average (ms)");
    default:
        return outcomes::title(outcomes::kAll[section - SuccessColumn]);
    }
}

} // namespace portico::ui
