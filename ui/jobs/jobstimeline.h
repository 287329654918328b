// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// A Gantt-style timeline of the batch jobs, drawn with Qt Charts from the JobsModel: one bar
// per job from its start (or creation) to its end (or now), coloured as its status chip.

#include <QChartView>
#include <QTimer>

class QAbstractItemModel;
class QCategoryAxis;
class QDateTimeAxis;
class QLineSeries;

namespace portico::ui {

class JobsTimeline : public QChartView
{
    Q_OBJECT
public:
    // Shows the most recent maxJobs jobs; older ones stay in the table.
    explicit JobsTimeline(QAbstractItemModel *model, QWidget *parent = nullptr, int maxJobs = 50);

    int barCount() const { return m_bars; }
    // Rebuilds now instead of after the short delay that batches model changes.
    void rebuild();

private:
    void scheduleRebuild();
    QLineSeries *series(QList<QLineSeries *> &pool, int index);

    QAbstractItemModel *m_model;
    int m_maxJobs;
    int m_bars = 0;
    QDateTimeAxis *m_xAxis;
    QCategoryAxis *m_yAxis;
    QList<QLineSeries *> m_barSeries;
    QList<QLineSeries *> m_waitSeries;
    QStringList m_labels;
    QTimer m_rebuild;
    QTimer m_tick; // stretches running jobs' bars to now
};

} // namespace portico::ui
