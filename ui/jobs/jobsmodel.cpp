// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/jobs/jobsmodel.h"

#include "client/jobs/jobmonitor.h"

#include <QLocale>

using namespace Qt::StringLiterals;
using portico::client::BatchJob;
using portico::client::JobStatus;

namespace portico::ui {

JobsModel::JobsModel(client::JobMonitor *monitor, QObject *parent)
    : QAbstractTableModel(parent)
{
    for (const BatchJob &job : monitor->jobs()) {
        m_rows.insert(job.id, int(m_jobs.size()));
        m_jobs.append(job);
    }
    connect(monitor, &client::JobMonitor::jobAdded, this, &JobsModel::add);
    connect(monitor, &client::JobMonitor::jobsChanged, this, &JobsModel::changeAll);
    connect(monitor, &client::JobMonitor::jobRemoved, this, &JobsModel::removeId);
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &JobsModel::tick);
    m_clock.start();
}

int JobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JobsModel::elapsedText(qint64 ms)
{
    if (ms < 0)
        return {};
    const qint64 s = ms / 1000;
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString JobsModel::rowsText(qint64 done, qint64 total)
{
    const QLocale locale;
    if (done < 0 && total < 0)
        return {};
    if (total < 0)
        return locale.toString(done);
    return tr("%1 / %2").arg(locale.toString(std::max<qint64>(done, 0)), locale.toString(total));
}

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BatchJob &job = m_jobs.at(index.row());
    const auto time = [](const QDateTime &t) {
        return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
    };
    switch (role) {
    case StatusRole:
        return int(job.state.status);
    case ProgressRole:
        if (job.state.rowsTotal > 0 && job.state.rowsDone >= 0)
            return int(std::min<qint64>(100, job.state.rowsDone * 100 / job.state.rowsTotal));
        return job.state.status == JobStatus::Finished ? 100 : -1;
    case JobIdRole:
        return job.id;
    case CreatedRole:
        return job.created();
    case StartedRole:
        return job.state.startedAt;
    case EndedRole:
        return job.state.endedAt;
    case ElapsedMsRole:
        return job.elapsedMs();
    case DetailsRole:
        return job.lastError.isEmpty() ? job.state.details : job.lastError;
    case StatusJsonRole:
        return QString::fromUtf8(job.state.json);
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && !(job.lastError.isEmpty() && job.state.details.isEmpty()))
            return job.lastError.isEmpty() ? job.state.details : job.lastError;
        if (index.column() == InputColumn)
            return job.inputFile;
        break;
    case Qt::AccessibleTextRole:
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case StatusColumn: {
            const QString name = client::jobStatusName(job.state.status);
            const int progress = data(index, ProgressRole).toInt();
            if (role == Qt::AccessibleTextRole && job.state.status == JobStatus::Running && progress >= 0)
                return tr("%1, %2 percent").arg(name).arg(progress);
            return name;
        }
        case IdColumn:
            return job.id;
        case InputColumn:
            return job.inputFile.isEmpty() ? job.inputLocation : job.inputFile.section(u'/', -1);
        case CreatedColumn:
            return time(job.created());
        case StartedColumn:
            return time(job.state.startedAt);
        case EndedColumn:
            return time(job.state.endedAt);
        case ElapsedColumn:
            return elapsedText(job.elapsedMs());
        case RowsColumn:
            return rowsText(job.state.rowsDone, job.state.rowsTotal);
        case ColumnCount:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ElapsedColumn || index.column() == RowsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant JobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case StatusColumn:
        return tr("Status");
    case IdColumn:
        return tr("Job id");
    case InputColumn:
        return tr("Input");
    case CreatedColumn:
        return tr("Created");
    case StartedColumn:
        return tr("Started");
    case EndedColumn:
        return tr("Ended");
    case ElapsedColumn:
        return tr("Elapsed");
    case RowsColumn:
        return tr("Rows done / total");
    case ColumnCount:
        break;
    }
    return {};
}

QString JobsModel::detailsText(const BatchJob &job)
{
    QString text = tr("Job %1 — %2").arg(job.id, client::jobStatusName(job.state.status)) + u"\n"_s;
    text += tr("Input: %1 → %2").arg(job.inputFile.isEmpty() ? job.inputLocation : job.inputFile, job.inputLocation) +
        u"\n"_s;
    text += tr("Output: %1").arg(job.outputLocation) + u"\n"_s;
    if (!job.state.details.isEmpty())
        text += u"\n"_s + tr("Details:") + u"\n"_s + job.state.details + u"\n"_s;
    if (!job.lastError.isEmpty())
        text += u"\n"_s + tr("Last status check failed: %1").arg(job.lastError) + u"\n"_s;
    if (!job.state.json.isEmpty())
        text += u"\n"_s + tr("Status as the service sent it:") + u"\n"_s + QString::fromUtf8(job.state.json);
    return text;
}

QString JobsModel::endedMessage(const BatchJob &job, QString *title)
{
    switch (job.state.status) {
    case JobStatus::Finished:
        *title = tr("Batch job finished");
        return job.state.rowsTotal >= 0
            ? tr("Job %1 finished: %2 rows scored.").arg(job.id, QLocale().toString(job.state.rowsTotal))
            : tr("Job %1 finished.").arg(job.id);
    case JobStatus::Failed:
        *title = tr("Batch job failed");
        return job.state.details.isEmpty() ? tr("Job %1 failed.").arg(job.id)
                                           : tr("Job %1 failed: %2").arg(job.id, job.state.details);
    case JobStatus::Cancelled:
        *title = tr("Batch job cancelled");
        return tr("Job %1 was cancelled.").arg(job.id);
    case JobStatus::NotStarted:
    case JobStatus::Running:
        break;
    }
    return {};
}

void JobsModel::add(const BatchJob &job)
{
    if (m_rows.contains(job.id)) {
        change(job);
        return;
    }
    const int row = int(m_jobs.size());
    beginInsertRows(QModelIndex(), row, row);
    m_rows.insert(job.id, row);
    m_jobs.append(job);
    endInsertRows();
}

void JobsModel::change(const BatchJob &job)
{
    const int row = m_rows.value(job.id, -1);
    if (row < 0) {
        add(job);
        return;
    }
    m_jobs[row] = job;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void JobsModel::changeAll(const QList<BatchJob> &jobs)
{
    // One signal for the span of changed rows: the monitor batches a tick's answers, and a
    // signal per row would cost the view more than the painting it triggers.
    int first = -1, last = -1;
    for (const BatchJob &job : jobs) {
        const int row = m_rows.value(job.id, -1);
        if (row < 0) {
            add(job);
            continue;
        }
        m_jobs[row] = job;
        first = first < 0 ? row : std::min(first, row);
        last = std::max(last, row);
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void JobsModel::removeId(const QString &id)
{
    const int row = m_rows.value(id, -1);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_jobs.removeAt(row);
    m_rows.remove(id);
    for (int r = row; r < m_jobs.size(); ++r)
        m_rows[m_jobs.at(r).id] = r;
    endRemoveRows();
}

void JobsModel::tick()
{
    // One signal for the span of running rows: with a thousand jobs, a signal per row each
    // second would cost more than the painting it triggers.
    int first = -1, last = -1;
    for (int r = 0; r < m_jobs.size(); ++r) {
        if (m_jobs.at(r).state.status != JobStatus::Running || !m_jobs.at(r).state.startedAt.isValid())
            continue;
        if (first < 0)
            first = r;
        last = r;
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, ElapsedColumn), index(last, ElapsedColumn), {Qt::DisplayRole, ElapsedMsRole});
}

} // namespace portico::ui
