// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/publish/templateparametersmodel.h"

#include "client/catalog/urltemplate.h"

namespace portico::ui {

TemplateParametersModel::TemplateParametersModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void TemplateParametersModel::setTemplate(const QString &urlTemplate, const QList<client::Parameter> &known)
{
    for (const client::Parameter &p : known) {
        m_remembered.removeIf([&](const client::Parameter &r) { return r.name == p.name; });
        m_remembered.append(p);
    }
    const client::UrlTemplate parsed = client::UrlTemplate::parse(urlTemplate);
    if (!parsed.isValid())
        return;
    QList<client::Parameter> next;
    QList<bool> inQuery;
    for (const QString &name : parsed.parameterNames()) {
        client::Parameter p;
        p.name = name;
        for (const client::Parameter &r : std::as_const(m_remembered)) {
            if (r.name == name)
                p = r;
        }
        // APIM matches no operation without them, so every template parameter is required.
        p.required = true;
        next.append(p);
        inQuery.append(parsed.isQueryParameter(name));
    }
    if (next == m_parameters && inQuery == m_inQuery)
        return;
    beginResetModel();
    m_parameters = next;
    m_inQuery = inQuery;
    endResetModel();
}

QStringList TemplateParametersModel::names() const
{
    QStringList out;
    for (const client::Parameter &p : m_parameters)
        out.append(p.name);
    return out;
}

int TemplateParametersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_parameters.size());
}

int TemplateParametersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TemplateParametersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::Parameter &p = m_parameters.at(index.row());
    const bool query = m_inQuery.at(index.row());
    if (role == NameRole)
        return p.name;
    if (role == InQueryRole)
        return query;
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return p.name;
    case LocationColumn:
        return query ? tr("query") : tr("path");
    case DescriptionColumn:
        return p.description;
    default:
        return {};
    }
}

bool TemplateParametersModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != DescriptionColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    client::Parameter &p = m_parameters[index.row()];
    p.description = value.toString();
    m_remembered.removeIf([&](const client::Parameter &r) { return r.name == p.name; });
    m_remembered.append(p);
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

QVariant TemplateParametersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Parameter");
    case LocationColumn:
        return tr("In");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

Qt::ItemFlags TemplateParametersModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == DescriptionColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace portico::ui
