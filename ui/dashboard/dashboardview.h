// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The usage dashboard: calls over time by outcome, latency percentiles per operation, the
// top operations and calls per subscription, from a gateway's reports or from the console's
// own history, kept current while it is on screen. Self-contained: give it the keychain,
// the history and, when there is one, a manageable gateway.

#include "client/catalog/workspace.h"
#include "client/usage/usage.h"
#include "client/usage/usagereports.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTimer;

namespace portico::client {
class HistoryStore;
class ReportsClient;
class SecretStore;
class UsageReports;
} // namespace portico::client

namespace portico::ui {

class CallsOverTimeModel;
class GroupUsageModel;
class OperationUsageModel;
class UsageChart;

class DashboardView : public QWidget
{
    Q_OBJECT
public:
    enum class Source { Gateway, History };
    // Often enough to watch a burst arrive; a poll is three small GETs or one SQLite query.
    static constexpr int kRefreshIntervalMs = 3000;
    static constexpr int kTopOperations = 5;

    // history may be null or closed: the history source then says so instead of charting.
    // Neither is owned; the view points the reports client at the gateway it shows.
    DashboardView(client::ReportsClient *reports, client::HistoryStore *history, QWidget *parent = nullptr);
    ~DashboardView() override;

    // A gateway whose management API gives reports; the admin key is read from the keychain
    // under that name on each fetch. Switches the source to it. An empty URL forgets it.
    void setGateway(const QUrl &gatewayBase, const QString &adminKeySecretName);
    // Any other source of gateway reports (an Azure API Management instance's), not owned;
    // null goes back to the local gateway's. Answers still due from the source before are
    // dropped.
    void setReports(client::UsageReports *reports);
    // Names the history's APIs and operations; without it they show as ids.
    void setWorkspace(const client::Workspace &workspace);

    Source source() const { return m_source; }
    void setSource(Source source);
    client::UsageRange range() const { return m_range; }
    void setRange(client::UsageRange range);
    // For tests: the time the ranges end at.
    void setClock(std::function<QDateTime()> clock);

    // The empty or error text on show; empty while the charts are on show.
    QString message() const;
    const client::UsageReport &report() const { return m_report; }
    CallsOverTimeModel *callsOverTimeModel() const { return m_overTime; }
    OperationUsageModel *operationModel() const { return m_operations; }
    GroupUsageModel *groupModel() const { return m_groups; }

public Q_SLOTS:
    void refresh();
    // The console recorded an exchange: refresh soon (several in a row refresh once).
    void exchangeRecorded();

Q_SIGNALS:
    // A refresh landed: charts, the empty state or the error state is on show.
    void updated();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildLayout();
    void listenTo(client::UsageReports *reports);
    void showReport(const client::UsageReport &report);
    void showError(const QString &message);
    void showMessage(const QString &text);
    void syncSourceChoice();
    QString emptyText() const;

    client::HistoryStore *m_history;
    client::ReportsClient *m_local;
    // A QPointer: an Azure connection's reports go with their connection, before a switch
    // tells the view.
    QPointer<client::UsageReports> m_reports;
    client::Workspace m_workspace;
    Source m_source = Source::History;
    client::UsageRange m_range = client::UsageRange::LastHour;
    std::function<QDateTime()> m_clock;
    client::UsageReport m_report;

    CallsOverTimeModel *m_overTime;
    OperationUsageModel *m_operations;
    QSortFilterProxyModel *m_topOperations;
    GroupUsageModel *m_groups;

    QComboBox *m_sourceBox = nullptr;
    QComboBox *m_rangeBox = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QLabel *m_status = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_message = nullptr;
    UsageChart *m_latencyChart = nullptr;
    UsageChart *m_groupChart = nullptr;
    QTimer *m_poll;
    QTimer *m_soon;
};

} // namespace portico::ui
