// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// One Try-it send end to end against a real sandbox and the real keychain: the request is
// resolved, keys are read from the keychain, the answer comes back with every key masked,
// and a missing key or parameter is reported instead of sent.

#include "client/catalog/sampleworkspace.h"
#include "client/history/historystore.h"
#include "client/http/httpengine.h"
#include "client/secrets/secretstore.h"
#include "client/tryit/tryitsession.h"
#include "sandbox/sandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace portico;

class TestTryItSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sampleExecuteScoresAndComesBackRedacted();
    void missingSecretIsReportedNotSent();
    void emptyRequiredParameterIsReportedNotSent();
    void cancelWhileSendingFinishesCancelled();
    void cleanupTestCase();

private:
    bool writeSecret(const QString &name, const QString &value);
    void sendSample(const QString &environment, client::SavedRequest *override = nullptr);

    QTemporaryDir m_dir;
    sandbox::Sandbox m_sandbox;
    client::SecretStore *m_secrets = nullptr;
    client::HttpEngine *m_engine = nullptr;
    client::TryItSession *m_session = nullptr;
    std::unique_ptr<client::HistoryStore> m_history;
    client::Workspace m_workspace;
    QString m_apiKey;
    QString m_unlimitedKey;
};

bool TestTryItSession::writeSecret(const QString &name, const QString &value)
{
    bool done = false;
    bool ok = false;
    m_secrets->write(name, value, this, [&](const client::SecretStore::Result &r) {
        ok = r.ok();
        done = true;
    });
    return QTest::qWaitFor([&] { return done; }, 20'000) && ok;
}

void TestTryItSession::initTestCase()
{
    QVERIFY(m_dir.isValid());
    sandbox::SandboxOptions options;
    options.dataDir = m_dir.filePath(u"sandbox"_s);
    QString error;
    QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
    const sandbox::Credentials c = m_sandbox.credentials();
    m_apiKey = c.apiKey;
    for (const auto &s : m_sandbox.subscriptions()) {
        if (s.productId == u"unlimited")
            m_unlimitedKey = s.primaryKey;
    }
    m_workspace = client::sampleWorkspace({m_sandbox.gatewayUrl(), m_sandbox.serviceUrl(), c.workspace, c.service});

    m_secrets = new client::SecretStore(u"t"_s + QUuid::createUuid().toString(QUuid::Id128).left(12), this);
    m_engine = new client::HttpEngine(nullptr, this);
    m_engine->setProxy(QNetworkProxy::NoProxy);
    m_session = new client::TryItSession(m_engine, m_secrets, this);
    m_history = std::make_unique<client::HistoryStore>(m_dir.filePath(u"history.sqlite"_s));
    QVERIFY(m_history->open());
    m_session->setHistory(m_history.get());
    QVERIFY(writeSecret(client::kSandboxApiKeySecret, m_apiKey));
    QVERIFY(writeSecret(client::kSandboxUnlimitedKeySecret, m_unlimitedKey));
}

void TestTryItSession::cleanupTestCase()
{
    for (const QString &name : {client::kSandboxApiKeySecret, client::kSandboxUnlimitedKeySecret}) {
        bool done = false;
        m_secrets->remove(name, this, [&](const client::SecretStore::Result &) { done = true; });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 20'000));
    }
}

void TestTryItSession::sendSample(const QString &environment, client::SavedRequest *override)
{
    const client::Api *api = m_workspace.api(u"azureml-demo"_s);
    const client::SavedRequest values =
        override ? *override : *m_workspace.savedRequest(u"azureml-demo"_s, u"rrs-execute"_s);
    m_session->send(*api, *api->operation(values.operationId), values, *m_workspace.environment(environment));
}

void TestTryItSession::sampleExecuteScoresAndComesBackRedacted()
{
    QSignalSpy finished(m_session, &client::TryItSession::finished);
    QSignalSpy recorded(m_session, &client::TryItSession::recorded);
    sendSample(client::kSandboxUnlimitedEnvironment);
    QVERIFY(finished.wait(20'000));
    const auto exchange = finished.first().first().value<client::RedactedExchange>().exchange();
    QCOMPARE(exchange.status, 200);
    const QJsonArray row = QJsonDocument::fromJson(exchange.body)
                               .object()[u"Results"_s][u"output1"_s][u"value"_s][u"Values"_s]
                               .toArray()
                               .at(0)
                               .toArray();
    QCOMPARE(row.at(1).toString() + row.at(2).toString() + row.at(3).toString() + row.at(4).toString() +
                 row.at(5).toString() + row.at(6).toString() + row.at(7).toString() + row.at(8).toString(),
             u"11220201"_s);

    // What the UI gets holds no key.
    for (const auto &[name, value] : exchange.request.headers) {
        QVERIFY2(!value.contains(m_apiKey.toUtf8()), name.constData());
        QVERIFY2(!value.contains(m_unlimitedKey.toUtf8()), name.constData());
    }
    QVERIFY(exchange.request.headers.size() >= 3);
    QVERIFY(!m_session->isBusy());

    // Nor does what history keeps.
    QTRY_COMPARE(recorded.size(), 1);
    const auto stored = m_history->load(recorded.first().first().toLongLong());
    QVERIFY(stored);
    QCOMPARE(stored->status, 200);
    for (const auto &[name, value] : stored->request.headers)
        QVERIFY(!value.contains(m_unlimitedKey.toUtf8()) && !value.contains(m_apiKey.toUtf8()));
}

void TestTryItSession::missingSecretIsReportedNotSent()
{
    // The Starter key was never written to this keychain profile.
    QSignalSpy problem(m_session, &client::TryItSession::problem);
    QSignalSpy missing(m_session, &client::TryItSession::secretMissing);
    QSignalSpy finished(m_session, &client::TryItSession::finished);
    sendSample(client::kSandboxStarterEnvironment);
    QVERIFY(problem.wait(20'000));
    QCOMPARE(missing.size(), 1);
    QCOMPARE(missing.first().first().toString(), client::kSandboxStarterKeySecret);
    QVERIFY(problem.first().first().toString().contains(client::kSandboxStarterKeySecret));
    QCOMPARE(finished.size(), 0);
    QVERIFY(!m_session->isBusy());
}

void TestTryItSession::emptyRequiredParameterIsReportedNotSent()
{
    client::SavedRequest values = *m_workspace.savedRequest(u"azureml-demo"_s, u"rrs-execute"_s);
    for (auto &p : values.parameters) {
        if (p.first == u"workspace")
            p.second.clear();
    }
    QSignalSpy problem(m_session, &client::TryItSession::problem);
    sendSample(client::kSandboxUnlimitedEnvironment, &values);
    QCOMPARE(problem.size(), 1); // at once: nothing to wait for
    QVERIFY(problem.first().first().toString().contains(u"workspace"_s));
    QVERIFY(!m_session->isBusy());
}

void TestTryItSession::cancelWhileSendingFinishesCancelled()
{
    // A gateway on 127.0.0.1 that takes the whole request and holds its answer: the cancel
    // comes while the request is on the wire, after the keys were read and sent.
    QTcpServer holding;
    QVERIFY(holding.listen(QHostAddress::LocalHost));
    QByteArray received;
    bool arrived = false;
    connect(&holding, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = holding.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
                received += socket->readAll();
                const qsizetype end = received.indexOf("\r\n\r\n");
                const QByteArray head = received.left(end).toLower();
                const qsizetype at = head.indexOf("content-length:");
                if (end < 0 || at < 0)
                    return;
                const qsizetype lineEnd = head.indexOf("\r\n", at);
                const qint64 length = head.mid(at + 15, lineEnd < 0 ? -1 : lineEnd - at - 15).trimmed().toLongLong();
                arrived = received.size() - end - 4 >= length;
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    client::Environment environment = *m_workspace.environment(client::kSandboxUnlimitedEnvironment);
    for (auto &variable : environment.variables) {
        if (variable.first == u"baseUrl")
            variable.second = u"http://127.0.0.1:%1/azureml-demo"_s.arg(holding.serverPort());
    }
    const client::Api *api = m_workspace.api(u"azureml-demo"_s);
    const client::SavedRequest values = *m_workspace.savedRequest(u"azureml-demo"_s, u"rrs-execute"_s);
    const qsizetype historyBefore = m_history->entries(u"azureml-demo"_s, u"rrs-execute"_s).size();

    QSignalSpy finished(m_session, &client::TryItSession::finished);
    QSignalSpy problem(m_session, &client::TryItSession::problem);
    QVERIFY(m_session->send(*api, *api->operation(values.operationId), values, environment));
    QTRY_VERIFY_WITH_TIMEOUT(arrived, 20'000);
    QVERIFY(received.contains(m_unlimitedKey.toUtf8())); // the key was read and sent
    QCOMPARE(finished.size(), 0);
    QVERIFY(m_session->isBusy());

    m_session->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20'000);
    const client::Exchange exchange = finished.first().first().value<client::RedactedExchange>().exchange();
    QVERIFY(exchange.cancelled);
    QCOMPARE(exchange.status, 0);
    QVERIFY(!m_session->isBusy());
    // Nothing in the history reads as an answer: the send is there as cancelled, without a status.
    const QList<client::HistoryEntry> entries = m_history->entries(u"azureml-demo"_s, u"rrs-execute"_s);
    QVERIFY(entries.size() <= historyBefore + 1);
    if (entries.size() == historyBefore + 1) {
        QCOMPARE(entries.first().status, 0);
        QVERIFY(!entries.first().error.isEmpty());
        const auto stored = m_history->load(entries.first().id);
        QVERIFY(stored && stored->cancelled);
    }
}

QTEST_GUILESS_MAIN(TestTryItSession)
#include "tst_tryitsession.moc"
