// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The whole console on an Azure API Management connection, against the real sandbox's Azure
// Resource Manager and Entra surfaces over 127.0.0.1 and the real keychain: sign in by device
// code (the sandbox approves the code as a person's browser would), publish the seed's API
// with five operations, put it in a product with a rate limit, subscribe, fetch the keys into
// the keychain, call RRS Execute through the gateway with them, see the call on the dashboard
// from reports/byOperation, and find no token, refresh token or key in any file the console
// wrote.

#include "app/portico/console.h"
#include "client/arm/armclient.h"
#include "client/arm/armmanagement.h"
#include "client/arm/azuresession.h"
#include "client/auth/devicecodesignin.h"
#include "client/catalog/sampleworkspace.h"
#include "client/common/datapaths.h"
#include "client/http/httpengine.h"
#include "client/management/apipublisher.h"
#include "client/secrets/secretstore.h"
#include "sandbox/arm/armapi.h"
#include "sandbox/gateway/gateway.h"
#include "sandbox/sandbox.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/dashboard/operationusagemodel.h"
#include "ui/mainwindow.h"
#include "ui/publish/apidialog.h"
#include "ui/publish/publisherview.h"

#include <QAction>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace portico;

namespace {
constexpr int kWaitMs = 30'000;
}

class TestAzureConsole : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void publishKeyCallAndWatchOnAzureLeavingNoSecretOnDisk();

private:
    template<typename T> static T wait(std::function<void(std::function<void(const T &)>)> start)
    {
        std::optional<T> got;
        start([&](const T &value) { got = value; });
        if (!QTest::qWaitFor([&] { return got.has_value(); }, kWaitMs))
            return T{};
        return *got;
    }
};

void TestAzureConsole::publishKeyCallAndWatchOnAzureLeavingNoSecretOnDisk()
{
    QTemporaryDir sandboxDir;
    QTemporaryDir profile;
    sandbox::Sandbox sandbox;
    sandbox::SandboxOptions options;
    options.dataDir = sandboxDir.path();
    options.storageEnabled = false;
    QString error;
    QVERIFY2(sandbox.start(options, &error), qPrintable(error));
    const sandbox::Credentials credentials = sandbox.credentials();

    const client::DataPaths paths(profile.path());
    app::Console console{paths};
    ui::MainWindow *window = console.window();
    window->show();
    client::AzureSession *session = console.services().session;
    QVERIFY(session);

    // Choose the connection: the sandbox stands in for Azure Resource Manager and for Entra.
    const auto &name = sandbox.gateway()->arm()->resourceName();
    client::AzureSession::Settings settings;
    settings.connection.kind = client::Connection::Kind::AzureApiManagement;
    settings.connection.azure.tenant = u"contoso.example"_s;
    settings.connection.azure.subscriptionId = name.subscriptionId;
    settings.connection.azure.resourceGroup = name.resourceGroup;
    settings.connection.azure.serviceName = name.serviceName;
    settings.connection.azure.baseUrl = sandbox.gatewayUrl();
    settings.clientId = u"portico-console"_s;
    settings.authority = sandbox.loginUrl();
    session->setSettings(settings);
    auto *status = window->findChild<QLabel *>(u"connectionStatusLabel"_s);
    QVERIFY(status->text().contains(name.serviceName));
    QVERIFY(status->text().contains(u"signed out"_s));

    // Sign in by device code, from the menu's shortcut; the sandbox approves the code.
    auto *signIn = window->findChild<QAction *>(u"signInAction"_s);
    QVERIFY(signIn && signIn->isEnabled());
    signIn->trigger();
    client::auth::DeviceCodeSignIn *deviceCode = session->deviceCodeSignIn();
    QVERIFY(deviceCode);
    QTRY_VERIFY_WITH_TIMEOUT(!deviceCode->userCode().userCode.isEmpty(), kWaitMs);
    QVERIFY(sandbox.tokenIssuer()->approve(deviceCode->userCode().userCode));
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), client::AzureSession::State::SignedIn, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"signed in"_s), kWaitMs);

    // Publish: the seed's API with five of its operations, on the Azure connection.
    window->findChild<QAction *>(u"publishPagePageAction"_s)->trigger();
    auto *publisher = window->findChild<ui::PublisherView *>();
    QVERIFY(publisher);
    QTRY_VERIFY(publisher->isManaged());
    QCOMPARE(publisher->management(), session->management());
    client::Api api =
        client::sampleWorkspace(
            {sandbox.gatewayUrl(), sandbox.serviceUrl(), credentials.workspace, credentials.service}, QUrl())
            .apis.constFirst();
    api.id = u"azureml-on-azure"_s;
    api.name = u"AzureML on Azure"_s;
    api.path = u"azureml-on-azure"_s;
    QVERIFY(api.operation(u"rrs-execute"_s));
    QList<client::Operation> five{*api.operation(u"rrs-execute"_s)};
    for (const client::Operation &op : std::as_const(api.operations)) {
        if (five.size() < 5 && op.id != u"rrs-execute")
            five.append(op);
    }
    QCOMPARE(five.size(), 5);
    api.operations = five;
    publisher->publisher()->importApi(api, {});
    QTRY_VERIFY_WITH_TIMEOUT(
        publisher->publisher()->api(api.id) && publisher->publisher()->api(api.id)->operations.size() == 5, kWaitMs);

    // The Try-it catalog lists it, called at the instance's gateway.
    using UrlResult = client::ArmManagement::Result<QUrl>;
    const UrlResult gateway = wait<UrlResult>([&](auto done) { session->armManagement()->gatewayUrl(this, done); });
    QVERIFY2(gateway.ok(), qPrintable(gateway.error));
    QTRY_VERIFY_WITH_TIMEOUT(window->workspace().api(api.id) != nullptr, kWaitMs);
    QCOMPARE(window->workspace().api(api.id)->serviceUrl, gateway.value.toString() + u"/azureml-on-azure"_s);
    QCOMPARE(window->workspace().api(api.id)->operations.size(), 5);

    // A product with a rate limit, holding the API, and a subscription to it.
    client::GatewayManagement *management = session->management();
    client::Product product;
    product.id = u"azure-gold"_s;
    product.name = u"Azure Gold"_s;
    product.rateLimit = {100, 60};
    using Result = client::GatewayManagement::Result<client::Product>;
    const Result put = wait<Result>([&](auto done) { management->putProduct(product, this, done); });
    QVERIFY2(put.ok(), qPrintable(put.error));
    using DoneResult = client::GatewayManagement::Result<client::GatewayManagement::Done>;
    const DoneResult linked =
        wait<DoneResult>([&](auto done) { management->setProductApi(product.id, api.id, true, this, done); });
    QVERIFY2(linked.ok(), qPrintable(linked.error));
    client::Subscription subscription;
    subscription.id = u"azure-e2e"_s;
    subscription.name = u"Azure end to end"_s;
    subscription.productId = product.id;
    using SubResult = client::GatewayManagement::Result<client::Subscription>;
    const SubResult created =
        wait<SubResult>([&](auto done) { management->putSubscription(subscription, this, done); });
    QVERIFY2(created.ok(), qPrintable(created.error));

    // Its keys go from listSecrets straight into the keychain; the console holds only names.
    using NamesResult = client::GatewayManagement::Result<QStringList>;
    const NamesResult names =
        wait<NamesResult>([&](auto done) { management->storeSubscriptionKeys(subscription.id, this, done); });
    QVERIFY2(names.ok(), qPrintable(names.error));
    QCOMPARE(names.value.size(), 2);
    client::SecretStore *secrets = console.services().secrets;
    const auto readKey = [&](const QString &secretName) {
        return wait<client::SecretStore::Result>([&](auto done) { secrets->read(secretName, this, done); });
    };
    const QString primaryKey = readKey(names.value.at(0)).value;
    const QString secondaryKey = readKey(names.value.at(1)).value;
    QVERIFY(!primaryKey.isEmpty());
    QVERIFY(!secondaryKey.isEmpty());

    // RRS Execute through the instance's gateway, with the subscription's key: 200.
    const client::Operation *execute = api.operation(u"rrs-execute"_s);
    QString target = execute->urlTemplate;
    target.replace(u"{workspace}"_s, credentials.workspace)
        .replace(u"{service}"_s, credentials.service)
        .replace(u"{apiversion}"_s, u"2.0"_s)
        .replace(u"{details}"_s, u"true"_s);
    client::RequestSpec call;
    call.method = "POST";
    call.url = QUrl(gateway.value.toString() + u'/' + api.path + target);
    call.headers = {{"Content-Type", "application/json"},
                    {"Authorization", "Bearer " + credentials.apiKey.toUtf8()},
                    {api.subscriptionKeyHeader.toUtf8(), primaryKey.toUtf8()}};
    call.body = execute->requestRepresentations.constFirst().sample.toUtf8();
    client::HttpEngine *engine = window->httpEngine();
    quint64 id = 0;
    int callStatus = 0;
    QByteArray answer;
    connect(engine, &client::HttpEngine::finished, this, [&](const client::Exchange &exchange) {
        if (exchange.id == id) {
            callStatus = exchange.status;
            answer = exchange.body;
        }
    });
    id = engine->send(call);
    QVERIFY(QTest::qWaitFor([&] { return callStatus != 0; }, kWaitMs));
    QVERIFY2(callStatus == 200,
             qPrintable(call.url.toString() + u" answered "_s + QString::number(callStatus) + u' ' +
                        QString::fromUtf8(answer.left(300))));

    // The dashboard shows the call from the instance's reports/byOperation.
    window->findChild<QAction *>(u"dashboardPagePageAction"_s)->trigger();
    auto *dashboard = window->findChild<ui::DashboardView *>();
    QVERIFY(dashboard);
    QCOMPARE(dashboard->source(), ui::DashboardView::Source::Gateway);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            dashboard->refresh();
            for (const client::OperationUsage &op : dashboard->report().byOperation) {
                if (op.operationId == u"rrs-execute" && op.calls.total() >= 1)
                    return true;
            }
            return false;
        }(),
        kWaitMs);

    // No file the console wrote holds a token, the refresh token or a key.
    const client::auth::AccessToken token = wait<client::auth::AccessToken>([&](auto done) {
        session->tokenSource()->token(QString::fromLatin1(client::ArmClient::kAudience),
                                      [done](const client::auth::AccessToken &t, const QString &) { done(t); });
    });
    QVERIFY(token.isValid());
    const QString signInEntry = readKey(deviceCode->secretName()).value;
    QVERIFY2(signInEntry.contains(u"refresh"_s, Qt::CaseInsensitive), "the keychain holds the refresh token");
    QStringList secretsToFind{token.value, primaryKey, secondaryKey};
    const QJsonObject kept = QJsonDocument::fromJson(signInEntry.toUtf8()).object();
    for (auto it = kept.begin(); it != kept.end(); ++it) {
        if (it.key().contains(u"refresh"_s, Qt::CaseInsensitive) && it.value().isString())
            secretsToFind.append(it.value().toString());
    }
    QVERIFY2(secretsToFind.size() >= 4, "the refresh token was found in the keychain entry");
    window->close();
    QDirIterator files(profile.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int scanned = 0;
    while (files.hasNext()) {
        QFile f(files.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        ++scanned;
        for (const QString &secret : std::as_const(secretsToFind))
            QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(u"a secret is in "_s + f.fileName()));
    }
    QVERIFY(scanned > 0);
    // Sign-out deletes the sign-in from the keychain; the test's keys go with it.
    session->signOut();
    QTRY_COMPARE_WITH_TIMEOUT(readKey(deviceCode->secretName()).status, client::SecretStore::Result::NotFound, kWaitMs);
    for (const QString &secretName : names.value)
        wait<client::SecretStore::Result>([&](auto done) { secrets->remove(secretName, this, done); });
    // Signed out, a save fails with a sentence, and the dialog comes back with the user's edit.
    window->findChild<QAction *>(u"publishPagePageAction"_s)->trigger();
    QTRY_VERIFY(!publisher->publisher()->isBusy());
    publisher->addApi();
    QPointer<ui::ApiDialog> first = publisher->openApiDialog();
    QVERIFY(first);
    client::Api unsaved;
    unsaved.id = u"unsaved-edit"_s;
    unsaved.name = u"Unsaved edit"_s;
    unsaved.path = u"unsaved-edit"_s;
    unsaved.serviceUrl = sandbox.serviceUrl().toString();
    first->setApi(unsaved, {});
    first->accept();
    QTRY_VERIFY_WITH_TIMEOUT(!first, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(publisher->openApiDialog() != nullptr, kWaitMs);
    QCOMPARE(publisher->openApiDialog()->api().name, u"Unsaved edit"_s);
    QVERIFY(!publisher->statusText().isEmpty());
    publisher->openApiDialog()->reject();

    // Back to the local sandbox while a refresh from Azure is still on its way: the views
    // leave the instance, and its late answer changes nothing.
    publisher->refresh();
    session->setSettings({});
    QTRY_VERIFY(status->text().contains(u"local sandbox"_s));
    QVERIFY(!publisher->isManaged());
    QCOMPARE(dashboard->source(), ui::DashboardView::Source::History);
    QVERIFY(!window->findChild<QLabel *>(u"publishModeLabel"_s)->text().contains(name.serviceName));
    session->setSettings(settings); // kept for the check below, signed out

    // The connection itself is there, by name.
    QFile ini(paths.settingsFile());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(ini.readAll().contains(name.serviceName.toUtf8()));
}

QTEST_MAIN(TestAzureConsole)
#include "tst_azureconsole.moc"
