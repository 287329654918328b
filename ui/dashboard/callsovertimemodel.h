// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Calls per time bucket, split by outcome, for the dashboard's stacked bar chart: one row per
// bucket of the shown range, empty buckets included, so the time axis has no gaps.

#include "client/usage/usage.h"

#include <QAbstractTableModel>

namespace portico::ui {

class CallsOverTimeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The count columns follow outcomes::kAll, so column - SuccessColumn is an outcome.
    enum Column { TimeColumn, SuccessColumn, ClientErrorColumn, ThrottledColumn, ServerErrorColumn, ColumnCount };
    enum Roles {
        BucketStartRole = Qt::UserRole, // QDateTime, UTC
        TotalRole,                      // qint64, every outcome of the row
    };

    explicit CallsOverTimeModel(QObject *parent = nullptr);

    // Leaves the model untouched when nothing changed, so charts do not redraw every poll.
    void setBuckets(const QList<client::TimeBucketUsage> &buckets, qint64 bucketMs);
    qint64 bucketMs() const { return m_bucketMs; }
    // The bucket's label on the time axis: its start, as precise as the bucket size needs.
    QString label(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<client::TimeBucketUsage> m_buckets;
    qint64 m_bucketMs = 0;
};

} // namespace portico::ui
