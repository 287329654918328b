// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// Managed mode against a real sandbox: the publisher's view of the gateway is read back from
// its management API, edits reach it (product links included), a deleted API comes back
// whole on undo, and the gateway's refusals arrive as failed() in its words.

#include "client/catalog/sampleworkspace.h"
#include "client/http/httpengine.h"
#include "client/management/managedpublisher.h"
#include "client/management/managementclient.h"
#include "client/secrets/secretstore.h"
#include "sandbox/sandbox.h"
#include "sandbox/state/sandboxstore.h"

#include "../common/managedsandbox.h"

#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace portico;

namespace {

constexpr int kWaitMs = 20'000;

} // namespace

class TestManagedPublisher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void refreshShowsTheGatewaysApisOperationsAndProducts();
    void savedApiIsCreatedAndPutInItsProducts();
    void deletedApiComesBackWholeOnUndo();
    void refusedChangeIsReportedInTheGatewaysWords();
    void cleanupTestCase();

private:
    bool refreshed();

    test::ManagedSandbox m_fixture;
    sandbox::Sandbox &m_sandbox = m_fixture.sandbox;
    client::SecretStore *m_secrets = nullptr;
    client::ManagementClient *m_client = nullptr;
    client::ManagedPublisher *m_publisher = nullptr;
};

void TestManagedPublisher::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.start(this, &error), qPrintable(error));
    m_secrets = m_fixture.secrets;
    m_client = m_fixture.client;
    m_publisher = new client::ManagedPublisher(m_client, this);
    QVERIFY(refreshed());
}

void TestManagedPublisher::cleanupTestCase()
{
    QVERIFY(m_fixture.removeAdminKey(this));
}

bool TestManagedPublisher::refreshed()
{
    QSignalSpy changed(m_publisher, &client::ApiPublisher::apisChanged);
    m_publisher->refresh();
    return changed.wait(kWaitMs) && !m_publisher->isBusy();
}

void TestManagedPublisher::refreshShowsTheGatewaysApisOperationsAndProducts()
{
    QVERIFY(m_publisher->managesGateway());
    const QList<client::Api> apis = m_publisher->apis();
    QCOMPARE(apis.size(), 1);
    const client::Api &api = apis.first();
    QCOMPARE(api.path, u"azureml-demo"_s);
    QCOMPARE(api.operations.size(), 5);
    QVERIFY(api.operation(u"rrs-execute"_s));
    QCOMPARE(api.products, (QStringList{u"Starter"_s, u"Unlimited"_s}));
    QCOMPARE(m_publisher->products().size(), 2);
}

void TestManagedPublisher::savedApiIsCreatedAndPutInItsProducts()
{
    client::Api api;
    api.id = u"echo"_s;
    api.name = u"Echo API"_s;
    api.serviceUrl = m_sandbox.serviceUrl().toString();
    api.path = u"echo"_s;
    QSignalSpy busy(m_publisher, &client::ApiPublisher::busyChanged);
    m_publisher->saveApi(api, {u"starter"_s});
    QTRY_VERIFY_WITH_TIMEOUT(m_publisher->api(u"echo"_s) && !m_publisher->isBusy(), kWaitMs);
    QCOMPARE(m_publisher->api(u"echo"_s)->products, QStringList{u"Starter"_s});
    QVERIFY(m_sandbox.store()->products().first().apiIds.contains(u"echo"_s));
    QCOMPARE(m_publisher->undoText(), u"Add API “Echo API”"_s);

    // Moving it to the other product unlinks the first.
    m_publisher->saveApi(api, {u"unlimited"_s});
    QTRY_VERIFY_WITH_TIMEOUT(m_publisher->api(u"echo"_s)->products == QStringList{u"Unlimited"_s}, kWaitMs);
}

void TestManagedPublisher::deletedApiComesBackWholeOnUndo()
{
    const client::Api before = *m_publisher->api(u"azureml-demo"_s);
    m_publisher->deleteApi(u"azureml-demo"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!m_publisher->api(u"azureml-demo"_s) && !m_publisher->isBusy(), kWaitMs);
    QCOMPARE(m_publisher->undoText(), u"Delete API “%1”"_s.arg(before.name));

    m_publisher->undo();
    QTRY_VERIFY_WITH_TIMEOUT(m_publisher->api(u"azureml-demo"_s) && !m_publisher->isBusy(), kWaitMs);
    QVERIFY(refreshed());
    const client::Api after = *m_publisher->api(u"azureml-demo"_s);
    QCOMPARE(after.operations.size(), before.operations.size());
    QCOMPARE(after.operation(u"rrs-execute"_s)->urlTemplate, before.operation(u"rrs-execute"_s)->urlTemplate);
    QCOMPARE(after.products, before.products);
}

void TestManagedPublisher::refusedChangeIsReportedInTheGatewaysWords()
{
    QSignalSpy failed(m_publisher, &client::ApiPublisher::failed);
    client::Api clash;
    clash.id = u"clash"_s;
    clash.name = u"Clash"_s;
    clash.path = u"echo"_s;
    m_publisher->saveApi(clash, {});
    QVERIFY(failed.wait(kWaitMs));
    QCOMPARE(failed.first().first().toString(), u"The URL suffix 'echo' is already used by the API 'echo'."_s);
    QTRY_VERIFY_WITH_TIMEOUT(!m_publisher->isBusy(), kWaitMs);
    QVERIFY(!m_publisher->api(u"clash"_s));
}

QTEST_GUILESS_MAIN(TestManagedPublisher)
#include "tst_managedpublisher.moc"
