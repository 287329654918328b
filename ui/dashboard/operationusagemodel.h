// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// One row per operation that was called: its calls by outcome and its latency percentiles.
// The latency chart reads the percentile columns; the top-operations chart reads the calls
// column through a proxy sorted by it.

#include "client/usage/usage.h"

#include <QAbstractTableModel>

namespace portico::ui {

class OperationUsageModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        CallsColumn,
        SuccessColumn, // the four outcome columns follow outcomes::kAll
        ClientErrorColumn,
        ThrottledColumn,
        ServerErrorColumn,
        P50Column,
        P95Column,
        P99Column,
        AverageColumn,
        ColumnCount
    };
    enum Roles {
        ApiIdRole = Qt::UserRole, // QString
        OperationIdRole,          // QString
        HasPercentilesRole,       // bool: false when the source reported none
    };

    explicit OperationUsageModel(QObject *parent = nullptr);

    // Leaves the model untouched when nothing changed, so charts do not redraw every poll.
    void setOperations(const QList<client::OperationUsage> &operations);
    const QList<client::OperationUsage> &operations() const { return m_operations; }
    // True when every row carries percentiles (a gateway without the extension has none).
    bool hasPercentiles() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant value(const client::OperationUsage &op, int column) const;

    QList<client::OperationUsage> m_operations;
};

} // namespace portico::ui
