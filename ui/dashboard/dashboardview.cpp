// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/dashboard/dashboardview.h"

#include "client/history/historystore.h"
#include "client/usage/historyusage.h"
#include "client/usage/reportsclient.h"
#include "ui/dashboard/callsovertimemodel.h"
#include "ui/dashboard/groupusagemodel.h"
#include "ui/dashboard/operationusagemodel.h"
#include "ui/dashboard/outcomes.h"
#include "ui/dashboard/usagechart.h"

#include <QBarCategoryAxis>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace portico::ui {

using client::UsageRange;

namespace {

QList<QColor> outcomeColours()
{
    QList<QColor> colours;
    for (client::CallOutcome o : outcomes::kAll)
        colours.append(outcomes::colour(o));
    return colours;
}

} // namespace

DashboardView::DashboardView(client::ReportsClient *reports, client::HistoryStore *history, QWidget *parent)
    : QWidget(parent)
    , m_history(history)
    , m_local(reports)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_overTime(new CallsOverTimeModel(this))
    , m_operations(new OperationUsageModel(this))
    , m_topOperations(new QSortFilterProxyModel(this))
    , m_groups(new GroupUsageModel(this))
    , m_poll(new QTimer(this))
    , m_soon(new QTimer(this))
{
    setObjectName(u"dashboardView"_s);
    m_overTime->setObjectName(u"callsOverTimeModel"_s);
    m_operations->setObjectName(u"operationUsageModel"_s);
    m_groups->setObjectName(u"groupUsageModel"_s);
    m_topOperations->setObjectName(u"topOperationsModel"_s);
    m_topOperations->setSourceModel(m_operations);
    m_topOperations->setSortRole(Qt::DisplayRole);
    m_topOperations->sort(OperationUsageModel::CallsColumn, Qt::DescendingOrder);

    m_poll->setInterval(kRefreshIntervalMs);
    connect(m_poll, &QTimer::timeout, this, &DashboardView::refresh);
    m_soon->setSingleShot(true);
    m_soon->setInterval(250);
    connect(m_soon, &QTimer::timeout, this, &DashboardView::refresh);

    buildLayout();
    listenTo(m_local);
    syncSourceChoice();
    showMessage(tr("Loading usage…"));
}

void DashboardView::listenTo(client::UsageReports *reports)
{
    if (m_reports)
        m_reports->disconnect(this);
    m_reports = reports;
    connect(m_reports, &client::UsageReports::reportReady, this, [this](const client::UsageReport &report) {
        // The user switched away while the fetch ran: this answer is for another question.
        if (m_source != Source::Gateway || report.window.range != m_range) {
            if (m_source == Source::Gateway)
                refresh();
            return;
        }
        showReport(report);
    });
    connect(m_reports, &client::UsageReports::failed, this, [this](const QString &message) {
        if (m_source == Source::Gateway)
            showError(tr("Cannot show the gateway's usage: %1").arg(message));
    });
}

DashboardView::~DashboardView() = default;

void DashboardView::buildLayout()
{
    auto *sourceLabel = new QLabel(tr("&Source:"), this);
    m_sourceBox = new QComboBox(this);
    m_sourceBox->setObjectName(u"sourceComboBox"_s);
    m_sourceBox->setAccessibleName(tr("Usage source"));
    m_sourceBox->addItem(tr("Gateway reports"), int(Source::Gateway));
    m_sourceBox->addItem(tr("This console's history"), int(Source::History));
    sourceLabel->setBuddy(m_sourceBox);
    connect(m_sourceBox, &QComboBox::activated, this,
            [this](int index) { setSource(Source(m_sourceBox->itemData(index).toInt())); });

    auto *rangeLabel = new QLabel(tr("&Range:"), this);
    m_rangeBox = new QComboBox(this);
    m_rangeBox->setObjectName(u"rangeComboBox"_s);
    m_rangeBox->setAccessibleName(tr("Time range"));
    m_rangeBox->addItem(tr("Last hour (5-minute bars)"), int(UsageRange::LastHour));
    m_rangeBox->addItem(tr("Last day (hourly bars)"), int(UsageRange::LastDay));
    m_rangeBox->addItem(tr("Last week (daily bars)"), int(UsageRange::LastWeek));
    rangeLabel->setBuddy(m_rangeBox);
    connect(m_rangeBox, &QComboBox::activated, this,
            [this](int index) { setRange(UsageRange(m_rangeBox->itemData(index).toInt())); });

    m_refreshButton = new QPushButton(tr("Re&fresh"), this);
    m_refreshButton->setObjectName(u"refreshDashboardButton"_s);
    m_refreshButton->setAccessibleName(tr("Refresh the dashboard"));
    connect(m_refreshButton, &QPushButton::clicked, this, &DashboardView::refresh);

    m_status = new QLabel(this);
    m_status->setObjectName(u"dashboardStatusLabel"_s);
    m_status->setAccessibleName(tr("Dashboard status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bar = new QHBoxLayout();
    bar->addWidget(sourceLabel);
    bar->addWidget(m_sourceBox);
    bar->addSpacing(12);
    bar->addWidget(rangeLabel);
    bar->addWidget(m_rangeBox);
    bar->addWidget(m_refreshButton);
    bar->addSpacing(12);
    bar->addWidget(m_status, 1);

    UsageChart::Spec overTime;
    overTime.kind = UsageChart::Kind::StackedBars;
    overTime.title = tr("Calls over time");
    overTime.categoryTitle = tr("Time");
    overTime.valueTitle = tr("Calls");
    overTime.labelColumn = CallsOverTimeModel::TimeColumn;
    overTime.firstValueColumn = CallsOverTimeModel::SuccessColumn;
    overTime.lastValueColumn = CallsOverTimeModel::ServerErrorColumn;
    overTime.colours = outcomeColours();
    auto *overTimeChart = new UsageChart(m_overTime, overTime, this);
    overTimeChart->setObjectName(u"callsOverTimeChartView"_s);

    UsageChart::Spec latency;
    latency.title = tr("Latency per operation");
    latency.categoryTitle = tr("Operation");
    latency.valueTitle = tr("Milliseconds");
    latency.labelColumn = OperationUsageModel::NameColumn;
    latency.firstValueColumn = OperationUsageModel::P50Column;
    latency.lastValueColumn = OperationUsageModel::P99Column;
    latency.colours = {QColor(0x9E, 0xCA, 0xE1), QColor(0x42, 0x92, 0xC6), QColor(0x08, 0x45, 0x94)};
    m_latencyChart = new UsageChart(m_operations, latency, this);
    m_latencyChart->setObjectName(u"latencyChartView"_s);

    UsageChart::Spec top;
    top.title = tr("Top operations");
    top.categoryTitle = tr("Operation");
    top.valueTitle = tr("Calls");
    top.labelColumn = OperationUsageModel::NameColumn;
    top.firstValueColumn = OperationUsageModel::CallsColumn;
    top.lastValueColumn = OperationUsageModel::CallsColumn;
    top.maxRows = kTopOperations;
    top.colours = {QColor(0x00, 0x72, 0xB2)};
    auto *topChart = new UsageChart(m_topOperations, top, this);
    topChart->setObjectName(u"topOperationsChartView"_s);

    UsageChart::Spec groups;
    groups.kind = UsageChart::Kind::HorizontalStackedBars;
    groups.title = tr("Calls per subscription");
    groups.categoryTitle = tr("Subscription");
    groups.valueTitle = tr("Calls");
    groups.labelColumn = GroupUsageModel::NameColumn;
    groups.firstValueColumn = GroupUsageModel::SuccessColumn;
    groups.lastValueColumn = GroupUsageModel::ServerErrorColumn;
    groups.colours = outcomeColours();
    m_groupChart = new UsageChart(m_groups, groups, this);
    m_groupChart->setObjectName(u"groupChartView"_s);

    auto *charts = new QWidget(this);
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(overTimeChart, 0, 0);
    grid->addWidget(m_latencyChart, 0, 1);
    grid->addWidget(topChart, 1, 0);
    grid->addWidget(m_groupChart, 1, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(u"dashboardMessageLabel"_s);
    m_message->setAccessibleName(tr("Dashboard message"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_message->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_message->setFont(big);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"dashboardPages"_s);
    m_pages->addWidget(charts);
    m_pages->addWidget(m_message);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_pages, 1);
}

void DashboardView::setGateway(const QUrl &gatewayBase, const QString &adminKeySecretName)
{
    m_local->setGateway(gatewayBase, adminKeySecretName);
    setReports(nullptr);
}

void DashboardView::setReports(client::UsageReports *reports)
{
    client::UsageReports *next = reports ? reports : m_local;
    if (next != m_reports) {
        listenTo(next);
        showMessage(tr("Loading usage…"));
    }
    m_source = m_reports->isConfigured() ? Source::Gateway : Source::History;
    syncSourceChoice();
    if (isVisible())
        refresh();
}

void DashboardView::setWorkspace(const client::Workspace &workspace)
{
    m_workspace = workspace;
    if (isVisible() && m_source == Source::History)
        refresh();
}

void DashboardView::setSource(Source source)
{
    if (source == Source::Gateway && !m_reports->isConfigured())
        source = Source::History;
    m_source = source;
    syncSourceChoice();
    refresh();
}

void DashboardView::setRange(UsageRange range)
{
    m_range = range;
    m_rangeBox->setCurrentIndex(m_rangeBox->findData(int(range)));
    refresh();
}

void DashboardView::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void DashboardView::syncSourceChoice()
{
    // No gateway to ask: its entry stays listed, greyed, so the choice is visible.
    if (auto *items = qobject_cast<QStandardItemModel *>(m_sourceBox->model()))
        items->item(m_sourceBox->findData(int(Source::Gateway)))->setEnabled(m_reports->isConfigured());
    m_sourceBox->setCurrentIndex(m_sourceBox->findData(int(m_source)));
}

void DashboardView::refresh()
{
    m_soon->stop();
    const client::UsageWindow window = client::UsageWindow::ending(m_range, m_clock());
    if (m_source == Source::Gateway) {
        // A fetch under way answers soon enough; fetches never overlap.
        m_reports->fetch(window);
        return;
    }
    if (!m_history || !m_history->isOpen()) {
        showError(tr("The console's request history is off, so it has no calls to show."));
        return;
    }
    showReport(client::HistoryUsage::fromStore(*m_history, window, &m_workspace));
}

void DashboardView::exchangeRecorded()
{
    if (isVisible())
        m_soon->start();
}

void DashboardView::showReport(const client::UsageReport &report)
{
    m_report = report;
    m_overTime->setBuckets(report.overTime, report.window.bucketMs);
    m_operations->setOperations(report.byOperation);
    m_groups->setGroups(report.byGroup, report.grouping);
    // A cloud gateway's standard reports carry average, minimum and maximum only.
    m_latencyChart->setTitle(m_operations->hasPercentiles()
                                 ? tr("Latency per operation")
                                 : tr("Latency per operation: this gateway reports no percentiles"));
    m_groupChart->setTitle(report.grouping == client::UsageReport::Grouping::ByApi ? tr("Calls per API")
                                                                                   : tr("Calls per subscription"));
    m_groupChart->categoryAxis()->setTitleText(
        m_groups->headerData(GroupUsageModel::NameColumn, Qt::Horizontal).toString());

    const client::CallCounts totals = report.totals();
    m_status->setText(tr("Calls: %1 (success %2, client error %3, throttled %4, server error %5). Updated %6.")
                          .arg(totals.total())
                          .arg(totals.success)
                          .arg(totals.clientError)
                          .arg(totals.throttled)
                          .arg(totals.serverError)
                          .arg(QLocale().toString(m_clock().toLocalTime().time(), QLocale::LongFormat)));
    if (totals.total() == 0)
        showMessage(emptyText());
    else
        m_pages->setCurrentIndex(0);
    Q_EMIT updated();
}

void DashboardView::showError(const QString &message)
{
    m_report = client::UsageReport();
    m_status->setText(tr("Not updated."));
    showMessage(message);
    Q_EMIT updated();
}

void DashboardView::showMessage(const QString &text)
{
    m_message->setText(text);
    m_pages->setCurrentIndex(1);
}

QString DashboardView::message() const
{
    return m_pages->currentIndex() == 1 ? m_message->text() : QString();
}

QString DashboardView::emptyText() const
{
    switch (m_range) {
    case UsageRange::LastHour:
        return tr("No calls in the last hour");
    case UsageRange::LastDay:
        return tr("No calls in the last day");
    case UsageRange::LastWeek:
        return tr("No calls in the last week");
    }
    return QString();
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_poll->start();
    refresh();
}

void DashboardView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_poll->stop();
    m_soon->stop();
}

} // namespace portico::ui
