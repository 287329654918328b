// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/publish/responsesmodel.h"

#include "ui/response/responsesummary.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portico::ui {

namespace {

const QString kJson = u"application/json"_s;

QString sampleOf(const client::ResponseSpec &r)
{
    for (const client::Representation &rep : r.representations) {
        if (!rep.sample.isEmpty())
            return rep.sample;
    }
    return {};
}

} // namespace

ResponsesModel::ResponsesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QString ResponsesModel::reasonPhrase(int statusCode)
{
    return ResponseSummary::standardReason(statusCode);
}

void ResponsesModel::setResponses(const QList<client::ResponseSpec> &responses)
{
    beginResetModel();
    m_responses = responses;
    endResetModel();
}

int ResponsesModel::addResponse()
{
    int code = 200;
    for (int candidate : {200, 201, 202, 400, 401, 404, 500}) {
        code = candidate;
        if (std::none_of(m_responses.cbegin(), m_responses.cend(),
                         [&](const client::ResponseSpec &r) { return r.statusCode == candidate; }))
            break;
    }
    const int row = int(m_responses.size());
    beginInsertRows({}, row, row);
    m_responses.append(client::ResponseSpec{code, reasonPhrase(code), {}});
    endInsertRows();
    return row;
}

void ResponsesModel::removeResponse(int row)
{
    if (row < 0 || row >= m_responses.size())
        return;
    beginRemoveRows({}, row, row);
    m_responses.removeAt(row);
    endRemoveRows();
}

QString ResponsesModel::problem() const
{
    QList<int> seen;
    for (const client::ResponseSpec &r : m_responses) {
        if (r.statusCode < 100 || r.statusCode > 599)
            return tr("%1 is not an HTTP status code (100–599).").arg(r.statusCode);
        if (seen.contains(r.statusCode))
            return tr("The response %1 is listed twice.").arg(r.statusCode);
        seen.append(r.statusCode);
    }
    return {};
}

int ResponsesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_responses.size());
}

int ResponsesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResponsesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::ResponseSpec &r = m_responses.at(index.row());
    switch (role) {
    case StatusCodeRole:
        return r.statusCode;
    case SampleRole:
        return sampleOf(r);
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (index.column() == StatusColumn) {
            const QString reason = reasonPhrase(r.statusCode);
            return reason.isEmpty() ? QString::number(r.statusCode) : u"%1 %2"_s.arg(r.statusCode).arg(reason);
        }
        return r.description;
    case Qt::EditRole:
        return index.column() == StatusColumn ? QVariant(r.statusCode) : QVariant(r.description);
    default:
        return {};
    }
}

bool ResponsesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    client::ResponseSpec &r = m_responses[index.row()];
    if (role == SampleRole) {
        r.representations.removeIf([](const client::Representation &rep) { return rep.contentType == kJson; });
        if (!value.toString().isEmpty())
            r.representations.prepend(client::Representation{kJson, value.toString()});
    } else if (role == Qt::EditRole && index.column() == StatusColumn) {
        bool ok = false;
        const int code = value.toInt(&ok);
        if (!ok)
            return false;
        r.statusCode = code;
    } else if (role == Qt::EditRole && index.column() == DescriptionColumn) {
        r.description = value.toString();
    } else {
        return false;
    }
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

QVariant ResponsesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == StatusColumn ? tr("Status code") : section == DescriptionColumn ? tr("Description") : QVariant();
}

Qt::ItemFlags ResponsesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

} // namespace portico::ui
