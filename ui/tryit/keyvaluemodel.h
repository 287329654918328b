// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The editable name/value rows of the Try-it panel: request parameters (names fixed by the
// operation, required ones marked and checked) and headers (names editable, rows added and
// removed by the user).

#include <QAbstractTableModel>

namespace portico::ui {

class KeyValueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { NameColumn, ValueColumn, ColumnCount };
    enum Roles { RequiredRole = Qt::UserRole, DescriptionRole, MissingRole };

    struct Row
    {
        QString name;
        QString value;
        bool required = false;
        QString description;
        QString defaultValue;
    };

    explicit KeyValueModel(bool namesEditable, QObject *parent = nullptr);

    void setRows(const QList<Row> &rows);
    const QList<Row> &rows() const { return m_rows; }
    QList<QPair<QString, QString>> pairs() const;
    // Rows whose value is required but empty: what stops a send.
    QStringList missingRequired() const;

    int appendRow(const QString &name = {}, const QString &value = {});
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    bool m_namesEditable;
    QList<Row> m_rows;
};

} // namespace portico::ui
