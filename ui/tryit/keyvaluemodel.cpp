// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/tryit/keyvaluemodel.h"

#include "ui/theme.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace portico::ui {

KeyValueModel::KeyValueModel(bool namesEditable, QObject *parent)
    : QAbstractTableModel(parent)
    , m_namesEditable(namesEditable)
{ }

void KeyValueModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QList<QPair<QString, QString>> KeyValueModel::pairs() const
{
    QList<QPair<QString, QString>> out;
    for (const Row &r : m_rows)
        out.append({r.name, r.value});
    return out;
}

QStringList KeyValueModel::missingRequired() const
{
    QStringList out;
    for (const Row &r : m_rows) {
        if (r.required && r.value.trimmed().isEmpty())
            out.append(r.name);
    }
    return out;
}

int KeyValueModel::appendRow(const QString &name, const QString &value)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append({name, value, false, {}, {}});
    endInsertRows();
    return row;
}

bool KeyValueModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rows.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    return true;
}

int KeyValueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KeyValueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeyValueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const bool missing = r.required && r.value.trimmed().isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return r.required ? r.name + u" *"_s : r.name;
        return r.value;
    case Qt::EditRole:
        return index.column() == NameColumn ? r.name : r.value;
    case Qt::ToolTipRole: {
        QString tip = r.description;
        if (r.required)
            tip += (tip.isEmpty() ? QString() : u"\n"_s) + tr("Required.");
        if (!r.defaultValue.isEmpty())
            tip += (tip.isEmpty() ? QString() : u"\n"_s) + tr("Default: %1").arg(r.defaultValue);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::FontRole:
        if (index.column() == NameColumn && r.required) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::BackgroundRole:
        if (index.column() == ValueColumn && missing)
            return QBrush(theme::tint(theme::Tone::Warning, QGuiApplication::palette()));
        return {};
    case Qt::AccessibleDescriptionRole:
        return missing ? tr("Required value missing") : QVariant();
    case RequiredRole:
        return r.required;
    case DescriptionRole:
        return r.description;
    case MissingRole:
        return missing;
    default:
        return {};
    }
}

QVariant KeyValueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Name") : tr("Value");
}

bool KeyValueModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row &r = m_rows[index.row()];
    if (index.column() == NameColumn) {
        if (!m_namesEditable)
            return false;
        r.name = value.toString().trimmed();
    } else {
        r.value = value.toString();
    }
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

Qt::ItemFlags KeyValueModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    if (index.column() == ValueColumn || m_namesEditable)
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace portico::ui
