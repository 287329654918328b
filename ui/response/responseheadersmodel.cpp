// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/response/responseheadersmodel.h"

#include "client/secrets/redactor.h"

using namespace Qt::StringLiterals;

namespace portico::ui {

ResponseHeadersModel::ResponseHeadersModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ResponseHeadersModel::setHeaders(const portico::client::HeaderList &headers)
{
    beginResetModel();
    m_fields.clear();
    m_fields.reserve(headers.size());
    for (const auto &[name, value] : headers) {
        // Header values are opaque octets; UTF-8 reads ASCII unchanged and shows the
        // non-ASCII values servers actually send (file names) correctly. They arrive redacted.
        const QString shown = QString::fromUtf8(value);
        m_fields.append({QString::fromLatin1(name), shown,
                         portico::client::isSensitiveHeader(name) && shown.contains(portico::client::kRedactionMask)});
    }
    endResetModel();
}

void ResponseHeadersModel::clear()
{
    setHeaders({});
}

QString ResponseHeadersModel::toText() const
{
    QString text;
    for (const Field &field : m_fields)
        text += field.name + u": "_s + field.value + u'\n';
    return text;
}

int ResponseHeadersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int ResponseHeadersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResponseHeadersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Field &field = m_fields.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? field.name : field.value;
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn && field.redacted)
            return tr("Hidden: this header carries a credential.");
        return {};
    case IsRedactedRole:
        return field.redacted;
    default:
        return {};
    }
}

QVariant ResponseHeadersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ValueColumn:
        return tr("Value");
    default:
        return {};
    }
}

} // namespace portico::ui
