// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/history/historymodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace portico::ui {

using client::HistoryEntry;
using client::HistoryStore;

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void HistoryModel::setEntries(const QList<HistoryEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void HistoryModel::prependEntry(const HistoryEntry &entry)
{
    beginInsertRows(QModelIndex(), 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
    if (m_entries.size() > HistoryStore::kKeptPerOperation) {
        beginRemoveRows(QModelIndex(), HistoryStore::kKeptPerOperation, int(m_entries.size()) - 1);
        m_entries.resize(HistoryStore::kKeptPerOperation);
        endRemoveRows();
    }
}

bool HistoryModel::removeEntry(qint64 id)
{
    const int row = rowOfId(id);
    if (row < 0)
        return false;
    beginRemoveRows(QModelIndex(), row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    return true;
}

void HistoryModel::clear()
{
    setEntries({});
}

int HistoryModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return row;
    }
    return -1;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::displayText(const HistoryEntry &entry, int column) const
{
    const QLocale locale;
    switch (column) {
    case TimeColumn:
        return locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat);
    case MethodColumn:
        return QString::fromLatin1(entry.method);
    case StatusColumn:
        if (entry.status > 0)
            return QString::number(entry.status);
        return entry.error.isEmpty() ? tr("—") : tr("Failed");
    case DurationColumn:
        if (entry.durationMs < 0)
            return QString();
        if (entry.durationMs < 1000)
            return tr("%1 ms").arg(entry.durationMs);
        return tr("%1 s").arg(locale.toString(double(entry.durationMs) / 1000.0, 'f', 2));
    case SizeColumn:
        return locale.formattedDataSize(entry.bodySize, 1, QLocale::DataSizeTraditionalFormat);
    default:
        return QVariant();
    }
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const HistoryEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(entry, index.column());
    case Qt::ToolTipRole:
        if (!entry.error.isEmpty())
            return entry.error;
        if (index.column() == SizeColumn && entry.bodyTruncated)
            return tr("Only the first %1 of the body were kept.")
                .arg(QLocale().formattedDataSize(HistoryStore::kMaxStoredBodyBytes, 0,
                                                 QLocale::DataSizeTraditionalFormat));
        return entry.url;
    case Qt::TextAlignmentRole:
        if (index.column() == StatusColumn || index.column() == DurationColumn || index.column() == SizeColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    case IdRole:
        return entry.id;
    case TimeRole:
        return entry.at;
    case MethodRole:
        return QString::fromLatin1(entry.method);
    case UrlRole:
        return entry.url;
    case StatusRole:
        return entry.status;
    case ErrorRole:
        return entry.error;
    case DurationRole:
        return entry.durationMs;
    case SizeRole:
        return entry.bodySize;
    case TruncatedRole:
        return entry.bodyTruncated;
    default:
        return QVariant();
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    case SizeColumn:
        return tr("Size");
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> HistoryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "historyId");
    names.insert(TimeRole, "time");
    names.insert(MethodRole, "method");
    names.insert(UrlRole, "url");
    names.insert(StatusRole, "status");
    names.insert(ErrorRole, "error");
    names.insert(DurationRole, "durationMs");
    names.insert(SizeRole, "size");
    names.insert(TruncatedRole, "truncated");
    return names;
}

} // namespace portico::ui
