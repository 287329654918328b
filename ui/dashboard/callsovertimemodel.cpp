// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/dashboard/callsovertimemodel.h"

#include "ui/dashboard/outcomes.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace portico::ui {

CallsOverTimeModel::CallsOverTimeModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CallsOverTimeModel::setBuckets(const QList<client::TimeBucketUsage> &buckets, qint64 bucketMs)
{
    if (buckets == m_buckets && bucketMs == m_bucketMs)
        return;
    if (buckets.size() == m_buckets.size() && bucketMs == m_bucketMs && !buckets.isEmpty()) {
        // The window slid or counts grew: same shape, so the charts update in place.
        m_buckets = buckets;
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_buckets = buckets;
    m_bucketMs = bucketMs;
    endResetModel();
}

QString CallsOverTimeModel::label(int row) const
{
    if (row < 0 || row >= m_buckets.size())
        return QString();
    const QDateTime start = m_buckets.at(row).start;
    // Day buckets start at midnight UTC, as the gateway cuts them: name the UTC day.
    if (m_bucketMs >= 24 * 3600 * 1000)
        return QLocale().toString(start.toUTC().date(), u"ddd d MMM"_s);
    return QLocale().toString(start.toLocalTime().time(), u"HH:mm"_s);
}

int CallsOverTimeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_buckets.size());
}

int CallsOverTimeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallsOverTimeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const client::TimeBucketUsage &bucket = m_buckets.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // Numbers stay numbers: the chart's model mapper reads them as values.
        if (index.column() == TimeColumn)
            return label(index.row());
        return bucket.calls.count(outcomes::kAll[index.column() - SuccessColumn]);
    case Qt::TextAlignmentRole:
        return index.column() == TimeColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case BucketStartRole:
        return bucket.start;
    case TotalRole:
        return bucket.calls.total();
    default:
        return QVariant();
    }
}

QVariant CallsOverTimeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == TimeColumn)
        return tr("Time");
    return outcomes::title(outcomes::kAll[section - SuccessColumn]);
}

} // namespace portico::ui
