// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// Drives DashboardView offscreen: from a real history and from a real sandbox's reports (admin
// key in the real keychain) its four charts hold exactly the models' numbers, the range
// selector changes the buckets, new calls show up while it is on screen, and the empty and
// error states say so in words.

#include "client/history/historystore.h"
#include "client/http/httpengine.h"
#include "client/http/redactedexchange.h"
#include "client/secrets/secretstore.h"
#include "client/usage/reportsclient.h"
#include "sandbox/sandbox.h"
#include "ui/dashboard/callsovertimemodel.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/dashboard/groupusagemodel.h"
#include "ui/dashboard/operationusagemodel.h"
#include "ui/dashboard/usagechart.h"

#include "../common/gatewaycalls.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QComboBox>
#include <QLabel>
#include <QLegend>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QValueAxis>

#include <memory>

using namespace Qt::StringLiterals;
using portico::client::Exchange;
using portico::client::HistoryStore;
using portico::client::SecretStore;
using portico::client::UsageRange;
using portico::ui::CallsOverTimeModel;
using portico::ui::DashboardView;
using portico::ui::OperationUsageModel;
using portico::ui::UsageChart;

namespace {

constexpr int kWaitMs = 20'000;
const QString kAdminKeySecret = u"sandbox-admin-key"_s;
const QDateTime kNow = QDateTime(QDate(2026, 11, 27), QTime(10, 32), Qt::UTC);

Exchange exchange(qint64 atMs, int status, qint64 durationMs, int retryAfter = -1)
{
    Exchange e;
    e.request.method = "POST";
    e.request.url = QUrl(u"http://127.0.0.1:9/azureml-demo/execute"_s);
    e.status = status;
    e.startedAt = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
    e.finishedAfterMs = durationMs;
    e.retryAfterSeconds = retryAfter;
    return e;
}

// A bar set's values, in category order.
QList<qreal> values(const QBarSet *set)
{
    QList<qreal> out;
    for (int i = 0; i < set->count(); ++i)
        out.append(set->at(i));
    return out;
}

QList<qreal> column(const QAbstractItemModel *model, int column)
{
    QList<qreal> out;
    for (int row = 0; row < model->rowCount(); ++row)
        out.append(model->index(row, column).data().toReal());
    return out;
}

// A gateway whose management API answers with API Management's standard report rows only
// (no outcome split, no percentiles), as a cloud gateway does.
class StandardReportsGateway : public QTcpServer
{
public:
    StandardReportsGateway()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    const QByteArray request = socket->peek(socket->bytesAvailable());
                    if (!request.contains("\r\n\r\n"))
                        return;
                    socket->readAll();
                    const QByteArray row = R"("callCountTotal":10,"callCountSuccess":6,"callCountBlocked":3,)"
                                           R"("callCountFailed":1,"apiTimeAvg":20,"apiTimeMin":5,"apiTimeMax":80)"_ba;
                    QByteArray extra = R"("subscriptionId":"s1","name":"Partner")"_ba;
                    if (request.contains("/byOperation"))
                        extra = R"("apiId":"api","operationId":"score","name":"Score")"_ba;
                    if (request.contains("/byTime")) // the bucket of kNow
                        extra = R"("timestamp":"2026-11-27T10:30:00Z","interval":"PT5M")"_ba;
                    const QByteArray body =
                        R"({"value":[{)"_ba + row + ',' + extra + R"(}],"count":1,"nextLink":null})"_ba;
                    socket->write(
                        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                        QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
};

} // namespace

class TestDashboardView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void chartsHoldTheHistoryModelsNumbers();
    void rangeSwitchChangesTheBuckets();
    void emptyRangeSaysSoInWords();
    void newExchangesShowUpWhileOnScreen();
    void gatewayReportsShowTheBurstPerSubscription();
    void missingAdminKeyShowsAnErrorNotABlankChart();
    void gatewayDownShowsAnError();
    void standardReportsWithoutPercentilesSaySo();
    void controlsAreNamedForScreenReaders();

private:
    UsageChart *chart(const QString &name) const { return m_view->findChild<UsageChart *>(name); }

    QTemporaryDir m_dir;
    SecretStore *m_secrets = nullptr;
    portico::client::HttpEngine m_engine;
    std::unique_ptr<portico::client::ReportsClient> m_reports;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<DashboardView> m_view;
    std::unique_ptr<portico::sandbox::Sandbox> m_sandbox;
    QNetworkAccessManager m_network;
    qint64 m_sandboxNow = 0;
};

void TestDashboardView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_secrets = new SecretStore(u"t"_s + QUuid::createUuid().toString(QUuid::Id128).left(12), this);
    m_sandboxNow = QDateTime::currentMSecsSinceEpoch();
    m_sandbox = std::make_unique<portico::sandbox::Sandbox>();
    portico::sandbox::SandboxOptions options;
    options.dataDir = m_dir.filePath(u"sandbox"_s);
    options.clock = [this] { return m_sandboxNow; };
    QString error;
    QVERIFY2(m_sandbox->start(options, &error), qPrintable(error));
    for (const auto &s : m_sandbox->subscriptions())
        m_sandboxNow = qMax(m_sandboxNow, s.createdAtMs + 1000);
    QVERIFY(portico::testing::writeSecretAndWait(m_secrets, kAdminKeySecret, m_sandbox->credentials().adminKey));
}

void TestDashboardView::cleanupTestCase()
{
    bool done = false;
    m_secrets->remove(kAdminKeySecret, this, [&](const SecretStore::Result &) { done = true; });
    QVERIFY(QTest::qWaitFor([&] { return done; }, kWaitMs));
}

void TestDashboardView::init()
{
    m_history = std::make_unique<HistoryStore>(
        m_dir.filePath(u"history-%1.sqlite"_s.arg(QUuid::createUuid().toString(QUuid::Id128))));
    QVERIFY(m_history->open());
    m_reports = std::make_unique<portico::client::ReportsClient>(m_secrets, &m_engine);
    m_view = std::make_unique<DashboardView>(m_reports.get(), m_history.get());
    m_view->setClock([] { return kNow; });
    m_view->resize(1200, 800);
}

void TestDashboardView::cleanup()
{
    m_view.reset();
    m_history.reset();
}

void TestDashboardView::chartsHoldTheHistoryModelsNumbers()
{
    const qint64 t = kNow.toMSecsSinceEpoch() - 60'000;
    for (int ms : {10, 20, 30, 40})
        QVERIFY(m_history->record(u"azureml-demo"_s, u"rrs-execute"_s,
                                  portico::client::RedactedExchange::of(exchange(t, 200, ms), {})) >= 0);
    QVERIFY(m_history->record(u"azureml-demo"_s, u"rrs-execute"_s,
                              portico::client::RedactedExchange::of(exchange(t, 429, 5, 30), {})) >= 0);
    QVERIFY(m_history->record(u"azureml-demo"_s, u"bes-status"_s,
                              portico::client::RedactedExchange::of(exchange(t - 600'000, 500, 70), {})) >= 0);
    QSignalSpy updated(m_view.get(), &DashboardView::updated);
    m_view->show();
    QTRY_VERIFY_WITH_TIMEOUT(!updated.isEmpty(), kWaitMs);
    QCOMPARE(m_view->message(), QString());

    // Calls over time: four stacked sets named after the outcomes, values straight from the model.
    const auto *model = m_view->callsOverTimeModel();
    const UsageChart *overTime = chart(u"callsOverTimeChartView"_s);
    const QList<QBarSet *> sets = overTime->series()->barSets();
    QCOMPARE(sets.size(), 4);
    QCOMPARE(sets.at(0)->label(), u"Success"_s);
    QCOMPARE(sets.at(2)->label(), u"Throttled"_s);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(values(sets.at(i)), column(model, CallsOverTimeModel::SuccessColumn + i));
    QCOMPARE(values(sets.at(0)).last(), 4.0);
    QCOMPARE(values(sets.at(2)).last(), 1.0);
    QCOMPARE(values(sets.at(3)).at(9), 1.0); // ten minutes earlier, two buckets back
    QCOMPARE(overTime->categoryAxis()->count(), 12);
    QVERIFY(overTime->accessibleDescription().contains(u"Success 4"_s));

    // Latency: p50, p95, p99 per operation.
    const UsageChart *latency = chart(u"latencyChartView"_s);
    const QList<QBarSet *> percentiles = latency->series()->barSets();
    QCOMPARE(percentiles.size(), 3);
    QCOMPARE(percentiles.at(0)->label(), u"p50 (ms)"_s);
    QCOMPARE(latency->categoryAxis()->categories(), (QStringList{u"bes-status"_s, u"rrs-execute"_s}));
    QCOMPARE(values(percentiles.at(0)), (QList<qreal>{70, 20})); // nearest rank over 5, 10, 20, 30, 40
    QCOMPARE(values(percentiles.at(2)), (QList<qreal>{70, 40}));

    // Top operations: the most called first.
    const UsageChart *top = chart(u"topOperationsChartView"_s);
    QCOMPARE(top->categoryAxis()->categories(), (QStringList{u"rrs-execute"_s, u"bes-status"_s}));
    QCOMPARE(values(top->series()->barSets().first()), (QList<qreal>{5, 1}));

    // The history knows no subscriptions: per API, and the chart says so.
    const UsageChart *groups = chart(u"groupChartView"_s);
    QCOMPARE(groups->title(), u"Calls per API"_s);
    QCOMPARE(groups->categoryAxis()->categories(), QStringList{u"azureml-demo"_s});
    QCOMPARE(values(groups->series()->barSets().at(0)), QList<qreal>{4});
    QCOMPARE(values(groups->series()->barSets().at(3)), QList<qreal>{1});
}

void TestDashboardView::rangeSwitchChangesTheBuckets()
{
    QVERIFY(m_history->record(u"a"_s, u"op"_s,
                              portico::client::RedactedExchange::of(
                                  exchange(kNow.toMSecsSinceEpoch() - 3 * 3'600'000, 200, 1), {})) >= 0);
    m_view->show();
    auto *range = m_view->findChild<QComboBox *>(u"rangeComboBox"_s);
    QVERIFY(range);
    const UsageChart *overTime = chart(u"callsOverTimeChartView"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->message(), u"No calls in the last hour"_s, kWaitMs);

    range->setCurrentIndex(range->findData(int(UsageRange::LastDay)));
    Q_EMIT range->activated(range->currentIndex());
    QCOMPARE(m_view->range(), UsageRange::LastDay);
    QCOMPARE(m_view->callsOverTimeModel()->rowCount(), 24);
    QCOMPARE(overTime->categoryAxis()->count(), 24);
    QCOMPARE(overTime->series()->barSets().first()->count(), 24);
    QCOMPARE(values(overTime->series()->barSets().first()).at(20), 1.0); // 07:00, three hours back
    QCOMPARE(m_view->message(), QString());

    range->setCurrentIndex(range->findData(int(UsageRange::LastWeek)));
    Q_EMIT range->activated(range->currentIndex());
    QCOMPARE(m_view->callsOverTimeModel()->rowCount(), 7);
    QCOMPARE(overTime->categoryAxis()->count(), 7);
    QCOMPARE(values(overTime->series()->barSets().first()).last(), 1.0);
}

void TestDashboardView::emptyRangeSaysSoInWords()
{
    m_view->show();
    QTRY_COMPARE_WITH_TIMEOUT(m_view->message(), u"No calls in the last hour"_s, kWaitMs);
    QVERIFY(m_view->findChild<QLabel *>(u"dashboardMessageLabel"_s)->isVisible());
    m_view->setRange(UsageRange::LastWeek);
    QCOMPARE(m_view->message(), u"No calls in the last week"_s);
}

void TestDashboardView::newExchangesShowUpWhileOnScreen()
{
    QSignalSpy updated(m_view.get(), &DashboardView::updated);
    m_view->show();
    QTRY_VERIFY_WITH_TIMEOUT(!updated.isEmpty(), kWaitMs);
    QVERIFY(m_history->record(u"a"_s, u"op"_s,
                              portico::client::RedactedExchange::of(exchange(kNow.toMSecsSinceEpoch(), 200, 1), {})) >=
            0);
    m_view->exchangeRecorded();
    QVERIFY(m_history->record(u"a"_s, u"op"_s,
                              portico::client::RedactedExchange::of(exchange(kNow.toMSecsSinceEpoch(), 503, 1), {})) >=
            0);
    m_view->exchangeRecorded(); // two in a row: one refresh
    const int before = int(updated.size());
    QTRY_COMPARE_WITH_TIMEOUT(m_view->report().totals().total(), 2, kWaitMs);
    QCOMPARE(updated.size(), before + 1);
    QCOMPARE(values(chart(u"callsOverTimeChartView"_s)->series()->barSets().at(3)).last(), 1.0);
}

void TestDashboardView::gatewayReportsShowTheBurstPerSubscription()
{
    QString unlimited;
    QString starter;
    for (const auto &s : m_sandbox->subscriptions())
        (s.productId == u"starter" ? starter : unlimited) = s.primaryKey;
    m_view->setClock([this] { return QDateTime::fromMSecsSinceEpoch(m_sandboxNow, Qt::UTC); });
    m_view->setGateway(m_sandbox->gatewayUrl(), kAdminKeySecret);
    QCOMPARE(m_view->source(), DashboardView::Source::Gateway);
    m_view->show();
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->message().isEmpty() || m_view->report().totals().total() > 0, kWaitMs);

    for (int i = 0; i < 3; ++i)
        QCOMPARE(portico::testing::scoreThroughGateway(&m_network, *m_sandbox, unlimited), 200);
    QCOMPARE(portico::testing::scoreThroughGateway(&m_network, *m_sandbox, u"0123456789abcdef0123456789abcdef"_s), 401);
    // The poll picks the calls up while the view is on screen.
    QTRY_COMPARE_WITH_TIMEOUT(m_view->report().totals().total(), 4, kWaitMs);
    const auto *groups = m_view->groupModel();
    QCOMPARE(groups->headerData(0, Qt::Horizontal).toString(), u"Subscription"_s);
    QCOMPARE(chart(u"groupChartView"_s)->title(), u"Calls per subscription"_s);
    QCOMPARE(chart(u"groupChartView"_s)->categoryAxis()->categories(), QStringList{u"Unlimited subscription"_s});
    QCOMPARE(values(chart(u"groupChartView"_s)->series()->barSets().at(0)), QList<qreal>{3});
    const auto *ops = m_view->operationModel();
    QCOMPARE(ops->rowCount(), 1);
    QCOMPARE(ops->index(0, OperationUsageModel::ClientErrorColumn).data().toInt(), 1);
    QCOMPARE(chart(u"topOperationsChartView"_s)->categoryAxis()->categories(), QStringList{u"RRS Execute"_s});

    // Switching to the history: this console sent none of those calls.
    auto *source = m_view->findChild<QComboBox *>(u"sourceComboBox"_s);
    source->setCurrentIndex(source->findData(int(DashboardView::Source::History)));
    Q_EMIT source->activated(source->currentIndex());
    QCOMPARE(m_view->message(), u"No calls in the last hour"_s);
}

void TestDashboardView::missingAdminKeyShowsAnErrorNotABlankChart()
{
    m_view->setGateway(m_sandbox->gatewayUrl(), u"no-admin-key-here"_s);
    m_view->show();
    QTRY_VERIFY_WITH_TIMEOUT(m_view->message().startsWith(u"Cannot show the gateway's usage"_s), kWaitMs);
    QVERIFY2(m_view->message().contains(u"no-admin-key-here"_s), qPrintable(m_view->message()));
    QVERIFY(m_view->findChild<QLabel *>(u"dashboardMessageLabel"_s)->isVisible());
    QVERIFY(!chart(u"callsOverTimeChartView"_s)->isVisible());
}

void TestDashboardView::gatewayDownShowsAnError()
{
    m_view->setGateway(QUrl(u"http://127.0.0.1:1"_s), kAdminKeySecret);
    m_view->show();
    QTRY_VERIFY_WITH_TIMEOUT(m_view->message().contains(u"Cannot reach the gateway"_s), kWaitMs);
    // Without a gateway the history is the only source.
    m_view->setGateway(QUrl(), QString());
    QCOMPARE(m_view->source(), DashboardView::Source::History);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->message(), u"No calls in the last hour"_s, kWaitMs);
}

void TestDashboardView::standardReportsWithoutPercentilesSaySo()
{
    StandardReportsGateway gateway;
    QVERIFY(gateway.listen(QHostAddress::LocalHost));
    m_view->setGateway(QUrl(u"http://127.0.0.1:%1"_s.arg(gateway.serverPort())), kAdminKeySecret);
    m_view->show();
    QTRY_COMPARE_WITH_TIMEOUT(m_view->operationModel()->rowCount(), 1, kWaitMs);
    QCOMPARE(chart(u"latencyChartView"_s)->title(), u"Latency per operation: this gateway reports no percentiles"_s);
    // APIM's blocked and failed stand in for throttled and server errors; the rest are client errors.
    const auto *ops = m_view->operationModel();
    QCOMPARE(ops->index(0, OperationUsageModel::SuccessColumn).data().toInt(), 6);
    QCOMPARE(ops->index(0, OperationUsageModel::ThrottledColumn).data().toInt(), 3);
    QCOMPARE(ops->index(0, OperationUsageModel::ServerErrorColumn).data().toInt(), 1);
    QCOMPARE(ops->index(0, OperationUsageModel::ClientErrorColumn).data().toInt(), 0);
    QCOMPARE(chart(u"groupChartView"_s)->categoryAxis()->categories(), QStringList{u"Partner"_s});
    QCOMPARE(m_view->message(), QString());
    QCOMPARE(m_view->report().totals().total(), 10);
}

void TestDashboardView::controlsAreNamedForScreenReaders()
{
    for (const QString &name : {u"sourceComboBox"_s, u"rangeComboBox"_s, u"refreshDashboardButton"_s}) {
        const QWidget *w = m_view->findChild<QWidget *>(name);
        QVERIFY2(w && !w->accessibleName().isEmpty(), qPrintable(name));
    }
    for (const QString &name :
         {u"callsOverTimeChartView"_s, u"latencyChartView"_s, u"topOperationsChartView"_s, u"groupChartView"_s}) {
        const UsageChart *c = chart(name);
        QVERIFY2(c && !c->accessibleName().isEmpty() && !c->accessibleDescription().isEmpty(), qPrintable(name));
        QVERIFY(c->chart()->legend()->isVisible());
        QVERIFY(!c->valueAxis()->titleText().isEmpty());
    }
}

QTEST_MAIN(TestDashboardView)
#include "tst_dashboardview.moc"
