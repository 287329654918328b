// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// Drives ReportsClient against a real sandbox over HTTP on 127.0.0.1, with the admin key in
// the real keychain: after a known burst through the gateway the reports come back with
// exactly those calls per operation, per subscription and over time; a missing or wrong
// key and a gateway that is down each end in a sentence, and fetches never overlap.

#include "client/http/httpengine.h"
#include "client/secrets/secretstore.h"
#include "client/usage/reportsclient.h"
#include "sandbox/sandbox.h"

#include "../common/gatewaycalls.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using portico::client::HttpEngine;
using portico::client::ReportsClient;
using portico::client::SecretStore;
using portico::client::UsageRange;
using portico::client::UsageReport;
using portico::client::UsageWindow;

namespace {

constexpr int kWaitMs = 20'000;
const QString kAdminKeySecret = u"sandbox-admin-key"_s;

} // namespace

class TestReportsClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void reportsCountTheBurstExactly();
    void fetchesNeverOverlap();
    void missingAdminKeyIsNamed();
    void wrongAdminKeyIsRefused();
    void gatewayDownIsReported();
    void cloudReportsWithoutTheExtensionStillFillTheBuckets();

private:
    // Waits for the fetch's single answer: the report, or the failure's sentence.
    bool fetchAndWait(ReportsClient *client, UsageReport *report, QString *failure);

    QTemporaryDir m_dir;
    std::unique_ptr<portico::sandbox::Sandbox> m_sandbox;
    SecretStore *m_secrets = nullptr;
    QNetworkAccessManager m_network;
    qint64 m_now = 0;
    QString m_unlimitedKey;
    QString m_starterKey;
    QString m_unlimitedId;
    QString m_starterId;
};

bool TestReportsClient::fetchAndWait(ReportsClient *client, UsageReport *report, QString *failure)
{
    QSignalSpy ready(client, &ReportsClient::reportReady);
    QSignalSpy failed(client, &ReportsClient::failed);
    const UsageWindow window =
        UsageWindow::ending(UsageRange::LastHour, QDateTime::fromMSecsSinceEpoch(m_now, Qt::UTC));
    if (!client->fetch(window))
        return false;
    if (!QTest::qWaitFor([&] { return ready.size() + failed.size() > 0; }, kWaitMs))
        return false;
    if (!ready.isEmpty())
        *report = ready.first().first().value<UsageReport>();
    if (!failed.isEmpty())
        *failure = failed.first().first().toString();
    // Exactly one answer per fetch: once it is given, none of the fetch's requests is left
    // in flight (a failure cancels its siblings at once), so whatever else could answer is
    // already posted.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    return ready.size() + failed.size() == 1 && !client->isBusy();
}

void TestReportsClient::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The sandbox's clock stands still at the test's start: every call lands in one bucket.
    m_now = QDateTime::currentMSecsSinceEpoch();
    m_sandbox = std::make_unique<portico::sandbox::Sandbox>();
    portico::sandbox::SandboxOptions options;
    options.dataDir = m_dir.filePath(u"sandbox"_s);
    options.clock = [this] { return m_now; };
    QString error;
    QVERIFY2(m_sandbox->start(options, &error), qPrintable(error));
    for (const auto &s : m_sandbox->subscriptions()) {
        (s.productId == u"starter" ? m_starterKey : m_unlimitedKey) = s.primaryKey;
        (s.productId == u"starter" ? m_starterId : m_unlimitedId) = s.id;
        m_now = qMax(m_now, s.createdAtMs + 1000);
    }
    m_secrets = new SecretStore(u"t"_s + QUuid::createUuid().toString(QUuid::Id128).left(12), this);
    QVERIFY(portico::testing::writeSecretAndWait(m_secrets, kAdminKeySecret, m_sandbox->credentials().adminKey));
}

void TestReportsClient::cleanupTestCase()
{
    for (const QString &name : {kAdminKeySecret, u"wrong-admin-key"_s}) {
        bool done = false;
        m_secrets->remove(name, this, [&](const SecretStore::Result &) { done = true; });
        QVERIFY(QTest::qWaitFor([&] { return done; }, kWaitMs));
    }
}

void TestReportsClient::reportsCountTheBurstExactly()
{
    for (int i = 0; i < 7; ++i)
        QCOMPARE(portico::testing::scoreThroughGateway(&m_network, *m_sandbox, m_unlimitedKey), 200);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(portico::testing::scoreThroughGateway(&m_network, *m_sandbox, u"0123456789abcdef0123456789abcdef"_s),
                 401);
    // Starter allows five calls a minute; the clock stands still, so the rest are refused.
    for (int i = 0; i < 5; ++i)
        QCOMPARE(portico::testing::scoreThroughGateway(&m_network, *m_sandbox, m_starterKey), 200);
    QCOMPARE(portico::testing::scoreThroughGateway(&m_network, *m_sandbox, m_starterKey), 429);
    QCOMPARE(portico::testing::scoreThroughGateway(&m_network, *m_sandbox, m_starterKey), 429);

    HttpEngine engine;
    ReportsClient client(m_secrets, &engine);
    client.setGateway(m_sandbox->gatewayUrl(), kAdminKeySecret);
    UsageReport report;
    QString failure;
    QVERIFY(fetchAndWait(&client, &report, &failure));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    QCOMPARE(report.byOperation.size(), 1);
    const auto &rrs = report.byOperation.first();
    QCOMPARE(rrs.name, u"RRS Execute"_s);
    QCOMPARE(rrs.calls.success, 12);
    QCOMPARE(rrs.calls.clientError, 3);
    QCOMPARE(rrs.calls.throttled, 2);
    QCOMPARE(rrs.calls.serverError, 0);
    QVERIFY(rrs.hasPercentiles);

    // The invalid key belongs to no subscription: those calls count per operation only.
    QCOMPARE(report.grouping, UsageReport::Grouping::BySubscription);
    QCOMPARE(report.byGroup.size(), 2);
    for (const auto &group : std::as_const(report.byGroup)) {
        if (group.id == m_unlimitedId) {
            QCOMPARE(group.calls.success, 7);
            QCOMPARE(group.calls.total(), 7);
        } else {
            QCOMPARE(group.id, m_starterId);
            QCOMPARE(group.name, u"Starter subscription"_s);
            QCOMPARE(group.calls.success, 5);
            QCOMPARE(group.calls.throttled, 2);
            QCOMPARE(group.calls.total(), 7);
        }
    }

    QCOMPARE(report.overTime.size(), 12);
    QCOMPARE(report.overTime.last().calls.success, 12);
    QCOMPARE(report.overTime.last().calls.clientError, 3);
    QCOMPARE(report.overTime.last().calls.throttled, 2);
    QCOMPARE(report.totals().total(), 17);
}

void TestReportsClient::fetchesNeverOverlap()
{
    HttpEngine engine;
    ReportsClient client(m_secrets, &engine);
    const UsageWindow window = UsageWindow::ending(UsageRange::LastDay, QDateTime::fromMSecsSinceEpoch(m_now, Qt::UTC));
    QVERIFY(!client.fetch(window)); // no gateway yet
    client.setGateway(m_sandbox->gatewayUrl(), kAdminKeySecret);
    QSignalSpy ready(&client, &ReportsClient::reportReady);
    QVERIFY(client.fetch(window));
    QVERIFY(client.isBusy());
    QVERIFY(!client.fetch(window));
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, kWaitMs);
    QCOMPARE(ready.first().first().value<UsageReport>().overTime.size(), 24);
    QVERIFY(client.fetch(window));
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, kWaitMs);
}

void TestReportsClient::missingAdminKeyIsNamed()
{
    HttpEngine engine;
    ReportsClient client(m_secrets, &engine);
    client.setGateway(m_sandbox->gatewayUrl(), u"no-such-admin-key"_s);
    UsageReport report;
    QString failure;
    QVERIFY(fetchAndWait(&client, &report, &failure));
    QVERIFY2(failure.contains(u"no-such-admin-key"_s), qPrintable(failure));
}

void TestReportsClient::wrongAdminKeyIsRefused()
{
    QVERIFY(portico::testing::writeSecretAndWait(m_secrets, u"wrong-admin-key"_s, u"not-the-admin-key-0123456789"_s));
    HttpEngine engine;
    ReportsClient client(m_secrets, &engine);
    client.setGateway(m_sandbox->gatewayUrl(), u"wrong-admin-key"_s);
    UsageReport report;
    QString failure;
    QVERIFY(fetchAndWait(&client, &report, &failure));
    QVERIFY2(failure.contains(u"refused"_s) && failure.contains(u"401"_s), qPrintable(failure));
    QVERIFY(!failure.contains(u"not-the-admin-key"_s));
}

void TestReportsClient::gatewayDownIsReported()
{
    // A port that was free a moment ago: nothing listens there now.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    HttpEngine engine;
    ReportsClient client(m_secrets, &engine);
    client.setGateway(QUrl(u"http://127.0.0.1:%1"_s.arg(port)), kAdminKeySecret);
    UsageReport report;
    QString failure;
    QVERIFY(fetchAndWait(&client, &report, &failure));
    QVERIFY2(failure.startsWith(u"Cannot reach the gateway at"_s), qPrintable(failure));
}

void TestReportsClient::cloudReportsWithoutTheExtensionStillFillTheBuckets()
{
    const UsageWindow window =
        UsageWindow::ending(UsageRange::LastHour, QDateTime::fromMSecsSinceEpoch(m_now, Qt::UTC));
    const QByteArray row = R"({"callCountTotal":10,"callCountSuccess":5,"callCountBlocked":2,"callCountFailed":1,
        "apiTimeAvg":12.5,"apiTimeMin":3,"apiTimeMax":40)"_ba;
    const QByteArray byTime = R"({"value":[)"_ba + row + R"(,"timestamp":")"_ba +
        window.from.toString(Qt::ISODate).toUtf8() + R"(","interval":"PT5M"}],"count":1,"nextLink":null})"_ba;
    const QByteArray byOperation = R"({"value":[)"_ba + row + R"(,"apiId":"a","operationId":"op","name":"Op"}]})"_ba;
    const QByteArray bySubscription = R"({"value":[)"_ba + row + R"(,"subscriptionId":"s1","name":"Sub"}]})"_ba;
    UsageReport report;
    QString error;
    QVERIFY2(ReportsClient::parse(window, byTime, byOperation, bySubscription, &report, &error), qPrintable(error));
    QCOMPARE(report.overTime.first().calls.total(), 10);
    const auto &op = report.byOperation.first();
    QCOMPARE(op.calls.success, 5);
    QCOMPARE(op.calls.throttled, 2);
    QCOMPARE(op.calls.serverError, 1);
    QCOMPARE(op.calls.clientError, 2);
    QVERIFY(!op.hasPercentiles);
    QCOMPARE(op.maxMs, 40);
    QCOMPARE(report.byGroup.first().name, u"Sub"_s);

    QVERIFY(!ReportsClient::parse(window, "<html>", byOperation, bySubscription, &report, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestReportsClient)
#include "tst_reportsclient.moc"
