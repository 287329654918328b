#include "jobstimeline.h"

#include "jobsmodel.h"
#include "statuschipdelegate.h"

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
    c->legend()->hide();
    c->setMargins(QMargins(4, 4, 4, 4));
    setChart(c);

    m_rebuild.setSingleShot(true);
    m_rebuild.setInterval(150);
    connect(&m_rebuild, &QTimer::timeout, this, &JobsTimeline::rebuild);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &JobsTimeline::rebuild);
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

void JobsTimeline::rebuild()
{
    QChart *c = chart();
    c->removeAllSeries();
    const auto axes = c->axes();
    for (QAbstractAxis *axis : axes) {
        c->removeAxis(axis);
        delete axis;
    }

    const int rows = m_model->rowCount();
    const int first = std::max(0, rows - m_maxJobs);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime earliest, latest;
    auto *xAxis = new QDateTimeAxis;
    xAxis->setFormat(u"HH:mm:ss"_s);
    xAxis->setTitleText(tr("Time"));
    auto *yAxis = new QCategoryAxis;
    yAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    c->addAxis(xAxis, Qt::AlignBottom);
    c->addAxis(yAxis, Qt::AlignLeft);

    bool running = false;
    m_bars = 0;
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
        const double y = row - first;
        // Waiting time (created to started) as a thin line, the run itself as a bar.
        if (created.isValid() && started.isValid() && created < started) {
            auto *wait = new QLineSeries;
            wait->append(double(created.toMSecsSinceEpoch()), y);
            wait->append(double(started.toMSecsSinceEpoch()), y);
            QPen pen(StatusChipDelegate::chipColor(int(JobStatus::NotStarted)));
            pen.setWidth(2);
            wait->setPen(pen);
            c->addSeries(wait);
            wait->attachAxis(xAxis);
            wait->attachAxis(yAxis);
        }
        auto *bar = new QLineSeries;
        bar->setName(status.data(JobsModel::JobIdRole).toString());
        bar->append(double(from.toMSecsSinceEpoch()), y);
        bar->append(double(std::max(ended, from.addMSecs(500)).toMSecsSinceEpoch()), y);
        QPen pen(StatusChipDelegate::chipColor(code));
        pen.setWidth(10);
        pen.setCapStyle(Qt::FlatCap);
        bar->setPen(pen);
        c->addSeries(bar);
        bar->attachAxis(xAxis);
        bar->attachAxis(yAxis);
        const QString label = status.data(JobsModel::JobIdRole).toString().left(8) + u"  "_s
            + status.data(Qt::DisplayRole).toString();
        yAxis->append(label, y);
        ++m_bars;
        const QDateTime low = created.isValid() ? std::min(created, from) : from;
        earliest = earliest.isValid() ? std::min(earliest, low) : low;
        latest = latest.isValid() ? std::max(latest, ended) : ended;
    }
    if (m_bars == 0) {
        earliest = now.addSecs(-60);
        latest = now;
    }
    const qint64 span = std::max<qint64>(earliest.msecsTo(latest), 10'000);
    xAxis->setRange(earliest.addMSecs(-span / 20).toLocalTime(), earliest.addMSecs(span + span / 20).toLocalTime());
    yAxis->setRange(-0.5, std::max(0, m_bars - 1) + 0.5);
    setAccessibleDescription(tr("%n job(s) on the timeline", nullptr, m_bars));
    if (running && !m_tick.isActive())
        m_tick.start();
    else if (!running)
        m_tick.stop();
}

} // namespace portico::ui
