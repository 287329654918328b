// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Calls per subscription (or per API, where the source cannot tell subscriptions apart),
// split by outcome, for the dashboard's horizontal stacked bar chart.

#include "client/usage/usage.h"

#include <QAbstractTableModel>

namespace portico::ui {

class GroupUsageModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The count columns follow outcomes::kAll, so column - SuccessColumn is an outcome.
    enum Column {
        NameColumn,
        SuccessColumn,
        ClientErrorColumn,
        ThrottledColumn,
        ServerErrorColumn,
        TotalColumn,
        ColumnCount
    };
    enum Roles {
        IdRole = Qt::UserRole, // QString: the subscription's or the API's id
    };

    explicit GroupUsageModel(QObject *parent = nullptr);

    // Leaves the model untouched when nothing changed, so charts do not redraw every poll.
    void setGroups(const QList<client::GroupUsage> &groups, client::UsageReport::Grouping grouping);
    client::UsageReport::Grouping grouping() const { return m_grouping; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<client::GroupUsage> m_groups;
    client::UsageReport::Grouping m_grouping = client::UsageReport::Grouping::BySubscription;
};

} // namespace portico::ui
