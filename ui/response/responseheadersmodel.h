// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// HTTP header fields as a two-column table (Name, Value) with credentials masked; the
// secret values are dropped on the way in, so no view or copy can reach them.

#include "client/http/exchange.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace portico::ui {

class ResponseHeadersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ValueColumn, ColumnCount };
    enum Roles {
        IsRedactedRole = Qt::UserRole, // the value shown is a mask, not what was sent
    };

    explicit ResponseHeadersModel(QObject *parent = nullptr);

    void setHeaders(const portico::client::HeaderList &headers);
    void clear();
    // "Name: value" lines, as masked as the table.
    QString toText() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Field
    {
        QString name;
        QString value;
        bool redacted = false;
    };
    QList<Field> m_fields;
};

} // namespace portico::ui
