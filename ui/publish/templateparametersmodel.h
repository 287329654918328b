// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The parameters an operation's URL template names, detected as the template is typed, with
// a description the publisher can write for each; kept by name while the template changes.

#include "client/catalog/catalog.h"

#include <QAbstractTableModel>

namespace portico::ui {

class TemplateParametersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, LocationColumn, DescriptionColumn, ColumnCount };
    enum Roles { NameRole = Qt::UserRole + 1, InQueryRole };

    explicit TemplateParametersModel(QObject *parent = nullptr);

    // Keeps what is known of each name from the parameters given (and from earlier
    // descriptions); a template that does not parse leaves the list as it was.
    void setTemplate(const QString &urlTemplate, const QList<client::Parameter> &known = {});
    QList<client::Parameter> parameters() const { return m_parameters; }
    QStringList names() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QList<client::Parameter> m_parameters;
    QList<bool> m_inQuery;
    // Every parameter ever seen, so deleting a name and typing it again keeps its description.
    QList<client::Parameter> m_remembered;
};

} // namespace portico::ui
