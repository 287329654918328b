// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/jobs/jobstimeline.h"

#include "ui/jobs/jobsmodel.h"
#include "ui/jobs/statuschipdelegate.h"
#include "ui/theme.h"

#include <QCategoryAxis>
#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>

using namespace Qt::StringLiterals;
using portico::client::JobStatus;

namespace portico::ui {

JobsTimeline::JobsTimeline(QAbstractItemModel *model, QWidget *parent, int maxJobs)
    : QChartView(parent)
    , m_model(model)
    , m_maxJobs(maxJobs)
{
    setObjectName(u"jobsTimelineChartView"_s);
    setAccessibleName(tr("Jobs timeline"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(160);
    auto *c = new QChart;
    c->setTheme(theme::isDark(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    c->legend()->hide();
    c->setMargins(QMargins(4, 4, 4, 4));
    // QChartView built its own empty chart and setChart() hands that one back to us.
    QChart *const placeholder = chart();
    setChart(c);
    delete placeholder;
    m_xAxis = new QDateTimeAxis;
    m_xAxis->setFormat(u"HH:mm:ss"_s);
    m_xAxis->setTitleText(tr("Time"));
    m_yAxis = new QCategoryAxis;
    m_yAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    c->addAxis(m_xAxis, Qt::AlignBottom);
    c->addAxis(m_yAxis, Qt::AlignLeft);

    // Rebuilding the chart costs a series per bar: at most once a second, however many of a
    // thousand jobs changed meanwhile.
    m_rebuild.setSingleShot(true);
    m_rebuild.setInterval(1000);
    connect(&m_rebuild, &QTimer::timeout, this, &JobsTimeline::rebuild);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &JobsTimeline::scheduleRebuild);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(model, signal, this, &JobsTimeline::scheduleRebuild);
    }
    connect(model, &QAbstractItemModel::modelReset, this, &JobsTimeline::scheduleRebuild);
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                // The elapsed column's tick is covered by m_tick.
                if (roles.contains(JobsModel::ElapsedMsRole))
                    return;
                scheduleRebuild();
            });
    rebuild();
}

void JobsTimeline::scheduleRebuild()
{
    if (!m_rebuild.isActive())
        m_rebuild.start();
}

QLineSeries *JobsTimeline::series(QList<QLineSeries *> &pool, int index)
{
    while (pool.size() <= index) {
        auto *line = new QLineSeries;
        chart()->addSeries(line);
        line->attachAxis(m_xAxis);
        line->attachAxis(m_yAxis);
        pool.append(line);
    }
    return pool.at(index);
}

void JobsTimeline::rebuild()
{
    m_rebuild.stop();
    const int rows = m_model->rowCount();
    const int first = std::max(0, rows - m_maxJobs);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime earliest, latest;
    QStringList labels;
    bool running = false;
    int bars = 0, waits = 0;
    // Series are reused from one rebuild to the next: creating and attaching a hundred of
    // them each second is what would make the window stutter.
    for (int row = first; row < rows; ++row) {
        const QModelIndex status = m_model->index(row, JobsModel::StatusColumn);
        const int code = status.data(JobsModel::StatusRole).toInt();
        const QDateTime created = status.data(JobsModel::CreatedRole).toDateTime();
        const QDateTime started = status.data(JobsModel::StartedRole).toDateTime();
        QDateTime ended = status.data(JobsModel::EndedRole).toDateTime();
        const QDateTime from = started.isValid() ? started : created;
        if (!from.isValid())
            continue;
        if (!ended.isValid())
            ended = client::isTerminal(JobStatus(code)) ? from : now;
        running = running || !client::isTerminal(JobStatus(code));
        const double y = bars;
        // Waiting time (created to started) as a thin line, the run itself as a bar.
        if (created.isValid() && started.isValid() && created < started) {
            QLineSeries *wait = series(m_waitSeries, waits++);
            wait->replace(
                QList<QPointF>{{double(created.toMSecsSinceEpoch()), y}, {double(started.toMSecsSinceEpoch()), y}});
            QPen pen(StatusChipDelegate::chipColor(int(JobStatus::NotStarted)));
            pen.setWidth(2);
            wait->setPen(pen);
            wait->setVisible(true);
        }
        QLineSeries *bar = series(m_barSeries, bars);
        bar->replace(QList<QPointF>{{double(from.toMSecsSinceEpoch()), y},
                                    {double(std::max(ended, from.addMSecs(500)).toMSecsSinceEpoch()), y}});
        QPen pen(StatusChipDelegate::chipColor(code));
        pen.setWidth(10);
        pen.setCapStyle(Qt::FlatCap);
        if (bar->pen() != pen)
            bar->setPen(pen);
        bar->setVisible(true);
        labels.append(status.data(JobsModel::JobIdRole).toString().left(8) + u"  "_s +
                      status.data(Qt::DisplayRole).toString());
        ++bars;
        const QDateTime low = created.isValid() ? std::min(created, from) : from;
        earliest = earliest.isValid() ? std::min(earliest, low) : low;
        latest = latest.isValid() ? std::max(latest, ended) : ended;
    }
    for (int i = bars; i < m_barSeries.size(); ++i)
        m_barSeries.at(i)->setVisible(false);
    for (int i = waits; i < m_waitSeries.size(); ++i)
        m_waitSeries.at(i)->setVisible(false);
    if (labels != m_labels) {
        for (const QString &label : m_yAxis->categoriesLabels())
            m_yAxis->remove(label);
        for (int i = 0; i < labels.size(); ++i)
            m_yAxis->append(labels.at(i), i);
        m_labels = labels;
    }
    m_bars = bars;
    if (bars == 0) {
        earliest = now.addSecs(-60);
        latest = now;
    }
    const qint64 span = std::max<qint64>(earliest.msecsTo(latest), 10'000);
    m_xAxis->setRange(earliest.addMSecs(-span / 20).toLocalTime(), earliest.addMSecs(span + span / 20).toLocalTime());
    m_yAxis->setRange(-0.5, std::max(0, bars - 1) + 0.5);
    setAccessibleDescription(tr("%n job(s) on the timeline", nullptr, bars));
    if (running && !m_tick.isActive())
        m_tick.start();
    else if (!running)
        m_tick.stop();
}

} // namespace portico::ui
