// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The console's batch jobs as a table for the Jobs view, its chips and its timeline: one
// row per job of the JobMonitor, kept in step with it; running jobs' elapsed time ticks.

#include "client/jobs/batchjob.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>

namespace portico::client {
class JobMonitor;
}

namespace portico::ui {

class JobsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StatusColumn,
        IdColumn,
        InputColumn,
        CreatedColumn,
        StartedColumn,
        EndedColumn,
        ElapsedColumn,
        RowsColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Roles {
        StatusRole = Qt::UserRole, // int(client::JobStatus)
        ProgressRole,              // 0-100 while rows are known, else -1
        JobIdRole,
        CreatedRole, // QDateTime, UTC
        StartedRole,
        EndedRole,
        ElapsedMsRole,  // qint64, -1 before the start
        DetailsRole,    // the service's Details text, or the last poll error
        StatusJsonRole, // the status object as last received (SAS masked)
    };
    Q_ENUM(Roles)

    explicit JobsModel(client::JobMonitor *monitor, QObject *parent = nullptr);

    const client::BatchJob &job(int row) const { return m_jobs.at(row); }
    int rowOf(const QString &id) const { return m_rows.value(id, -1); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString elapsedText(qint64 ms);
    static QString rowsText(qint64 done, qint64 total);
    // The details pane's text: where the job came from, the service's Details, the last
    // failed poll and the status JSON as received (SAS masked).
    static QString detailsText(const client::BatchJob &job);
    // What to announce when a job ended; empty while it has not.
    static QString endedMessage(const client::BatchJob &job, QString *title);

private:
    void add(const client::BatchJob &job);
    void change(const client::BatchJob &job);
    void changeAll(const QList<client::BatchJob> &jobs);
    void removeId(const QString &id);
    void tick();

    QList<client::BatchJob> m_jobs;
    QHash<QString, int> m_rows;
    QTimer m_clock; // moves the elapsed column of running jobs once a second
};

} // namespace portico::ui
