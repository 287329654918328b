// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The whole console on an Azure API Management connection, against the real sandbox's Azure
// Resource Manager and Entra surfaces over 127.0.0.1 and the real keychain: sign in by device
// code (the sandbox approves the code as a person's browser would), publish the seed's API
// with five operations, put it in a product with a rate limit, subscribe, fetch the keys into
// the keychain, call RRS Execute through the gateway with them, see the call on the dashboard
// from reports/byOperation, and find no token, refresh token or key in any file the console
// wrote. Then what ends a sign-in: a lapsed token refreshes itself once; a revoked sign-in asks
// the user to sign in again and keeps what they were typing; a token refreshes ahead of its
// expiry; the Azure CLI's sign-in works through `az account get-access-token`; and going back
// to the local sandbox takes the instance's APIs out of Try it.

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

#include "recordinganswerer.h"

#include <QAction>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPointer>
#include <QSignalSpy>
#include <QStatusBar>
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
    void anExpiredTokenRefreshesItselfOnce();
    void aFailedRefreshAsksToSignInAgainAndKeepsTheUnsavedEdit();
    void aShortLivedTokenIsRefreshedBeforeItExpires();
    void theAzureCliSignInListsTheInstancesApisUntilTheConnectionGoesLocal();
    void aMissingOrSignedOutAzureCliIsNamed();
    void azureApisListedByAnEarlierRunLeaveTryItWhenTheConnectionGoesLocal_data();
    void azureApisListedByAnEarlierRunLeaveTryItWhenTheConnectionGoesLocal();
    void cleanup();

private:
    // A sandbox standing in for Azure Resource Manager and Entra, and a console on it.
    bool startConsole(int tokenLifetimeSeconds = 3600);
    client::AzureSession::Settings azureSettings(client::AzureSession::SignInMethod method) const;
    // Signs in by device code from the menu; the sandbox approves the code.
    bool signInByDeviceCode();
    // Opens the Publish page and waits for its first load from the instance.
    ui::PublisherView *publishPage();
    // An executable `az` on a PATH of the test's own: stdout, stderr and exit code as given;
    // it records its arguments in az-arguments.txt beside it.
    void writeFakeAz(const QByteArray &out, const QByteArray &err, int exitCode);

    std::unique_ptr<QTemporaryDir> m_sandboxDir;
    std::unique_ptr<QTemporaryDir> m_profile;
    std::unique_ptr<QTemporaryDir> m_bin;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<app::Console> m_console;
    QByteArray m_path = qgetenv("PATH");

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

void TestAzureConsole::cleanup()
{
    if (m_console && m_console->services().session)
        m_console->services().session->signOut();
    m_console.reset();
    m_sandbox.reset();
    m_bin.reset();
    m_profile.reset();
    m_sandboxDir.reset();
    qputenv("PATH", m_path);
}

bool TestAzureConsole::startConsole(int tokenLifetimeSeconds)
{
    m_sandboxDir = std::make_unique<QTemporaryDir>();
    m_profile = std::make_unique<QTemporaryDir>();
    m_sandbox = std::make_unique<sandbox::Sandbox>();
    sandbox::SandboxOptions options;
    options.dataDir = m_sandboxDir->path();
    options.storageEnabled = false;
    options.entra.pollIntervalSeconds = 1;
    options.entra.accessTokenLifetimeSeconds = tokenLifetimeSeconds;
    QString error;
    if (!m_sandbox->start(options, &error)) {
        qWarning() << error;
        return false;
    }
    m_console = std::make_unique<app::Console>(client::DataPaths(m_profile->path()));
    m_console->window()->show();
    return m_console->services().session != nullptr;
}

client::AzureSession::Settings TestAzureConsole::azureSettings(client::AzureSession::SignInMethod method) const
{
    const auto &name = m_sandbox->gateway()->arm()->resourceName();
    client::AzureSession::Settings settings;
    settings.connection.kind = client::Connection::Kind::AzureApiManagement;
    settings.connection.azure.tenant = u"contoso.example"_s;
    settings.connection.azure.subscriptionId = name.subscriptionId;
    settings.connection.azure.resourceGroup = name.resourceGroup;
    settings.connection.azure.serviceName = name.serviceName;
    settings.connection.azure.baseUrl = m_sandbox->gatewayUrl();
    settings.method = method;
    settings.clientId = u"portico-console"_s;
    settings.authority = m_sandbox->loginUrl();
    return settings;
}

bool TestAzureConsole::signInByDeviceCode()
{
    client::AzureSession *session = m_console->services().session;
    ui::MainWindow *window = m_console->window();
    auto *action = window->findChild<QAction *>(u"signInAction"_s);
    if (!action || !action->isEnabled())
        return false;
    action->trigger();
    client::auth::DeviceCodeSignIn *deviceCode = session->deviceCodeSignIn();
    if (!deviceCode ||
        !QTest::qWaitFor([&] { return deviceCode->isSigningIn() && !deviceCode->userCode().userCode.isEmpty(); },
                         kWaitMs))
        return false;
    if (!m_sandbox->tokenIssuer()->approve(deviceCode->userCode().userCode))
        return false;
    return QTest::qWaitFor([&] { return session->state() == client::AzureSession::State::SignedIn; }, kWaitMs);
}

ui::PublisherView *TestAzureConsole::publishPage()
{
    ui::MainWindow *window = m_console->window();
    window->findChild<QAction *>(u"publishPagePageAction"_s)->trigger();
    auto *publisher = window->findChild<ui::PublisherView *>();
    if (!publisher || !QTest::qWaitFor([&] { return publisher->isManaged(); }, kWaitMs) ||
        !QTest::qWaitFor([&] { return !publisher->publisher()->isBusy(); }, kWaitMs))
        return nullptr;
    return publisher;
}

void TestAzureConsole::writeFakeAz(const QByteArray &out, const QByteArray &err, int exitCode)
{
    if (!m_bin)
        m_bin = std::make_unique<QTemporaryDir>();
    QFile outFile(m_bin->filePath(u"az-stdout.txt"_s));
    QVERIFY(outFile.open(QIODevice::WriteOnly));
    outFile.write(out);
    outFile.close();
    QFile errFile(m_bin->filePath(u"az-stderr.txt"_s));
    QVERIFY(errFile.open(QIODevice::WriteOnly));
    errFile.write(err);
    errFile.close();
    QFile script(m_bin->filePath(u"az"_s));
    QVERIFY(script.open(QIODevice::WriteOnly));
    const QByteArray dir = QFile::encodeName(m_bin->path());
    script.write("#!/bin/sh\n"
                 "printf '%s\\n' \"$*\" >> '" +
                 dir +
                 "/az-arguments.txt'\n"
                 "cat '" +
                 dir +
                 "/az-stdout.txt'\n"
                 "cat '" +
                 dir +
                 "/az-stderr.txt' >&2\n"
                 "exit " +
                 QByteArray::number(exitCode) + "\n");
    script.close();
    QVERIFY(script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
}

void TestAzureConsole::anExpiredTokenRefreshesItselfOnce()
{
    QVERIFY(startConsole());
    client::AzureSession *session = m_console->services().session;
    session->setSettings(azureSettings(client::AzureSession::SignInMethod::DeviceCode));
    QVERIFY(signInByDeviceCode());
    tests::RecordingAnswerer answerer(m_console->window());
    ui::PublisherView *publisher = publishPage();
    QVERIFY(publisher);

    // An hour on, Azure refuses the token the console still holds: the Publish page's calls
    // (APIs, products and subscriptions at once) bring one refresh between them, and work.
    sandbox::TokenIssuer *issuer = m_sandbox->tokenIssuer();
    const int grants = issuer->refreshGrantRequests();
    issuer->expireAccessTokens();
    publisher->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(issuer->refreshGrantRequests(), grants + 1, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!publisher->publisher()->isBusy(), kWaitMs);
    publisher->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!publisher->publisher()->isBusy(), kWaitMs);
    QCOMPARE(issuer->refreshGrantRequests(), grants + 1);
    QCOMPARE(session->state(), client::AzureSession::State::SignedIn);
    QCOMPARE(answerer.count(), 0);
    // The dashboard, asked after, works on the same new token.
    const auto gateway =
        wait<client::ArmManagement::Result<QUrl>>([&](auto done) { session->armManagement()->gatewayUrl(this, done); });
    QVERIFY2(gateway.ok(), qPrintable(gateway.error));
    QCOMPARE(issuer->refreshGrantRequests(), grants + 1);
}

void TestAzureConsole::aFailedRefreshAsksToSignInAgainAndKeepsTheUnsavedEdit()
{
    QVERIFY(startConsole());
    client::AzureSession *session = m_console->services().session;
    ui::MainWindow *window = m_console->window();
    session->setSettings(azureSettings(client::AzureSession::SignInMethod::DeviceCode));
    QVERIFY(signInByDeviceCode());
    tests::RecordingAnswerer answerer(window);
    ui::PublisherView *publisher = publishPage();
    QVERIFY(publisher);

    // The user starts a new API; meanwhile the token lapses and an administrator revokes the
    // sign-in, so neither the token nor a refresh will do.
    publisher->addApi();
    QPointer<ui::ApiDialog> dialog = publisher->openApiDialog();
    QVERIFY(dialog);
    client::Api typed;
    typed.id = u"typed-while-signed-in"_s;
    typed.name = u"Typed while signed in"_s;
    typed.path = u"typed-while-signed-in"_s;
    typed.serviceUrl = m_sandbox->serviceUrl().toString();
    dialog->setApi(typed, {});
    sandbox::TokenIssuer *issuer = m_sandbox->tokenIssuer();
    issuer->expireAccessTokens();
    issuer->revokeRefreshTokens();
    const int grants = issuer->refreshGrantRequests();

    // Saving is refused, the refresh too: the console asks to sign in again, once.
    answerer.answerNext(QMessageBox::Yes);
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(answerer.count(), 1, kWaitMs);
    QCOMPARE(answerer.last().title, u"Sign in again"_s);
    QVERIFY2(answerer.last().text.contains(u"Sign in to Microsoft Entra ID again?"_s),
             qPrintable(answerer.last().text));
    QVERIFY2(answerer.last().text.contains(u"Nothing you were editing is lost"_s), qPrintable(answerer.last().text));
    QCOMPARE(issuer->refreshGrantRequests(), grants + 1);
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), client::AzureSession::State::SigningIn, kWaitMs);

    // Yes opens the device-code sign-in with a new code; the user approves it.
    QTRY_VERIFY_WITH_TIMEOUT(window->findChild<QDialog *>(u"signInDialog"_s) != nullptr, kWaitMs);
    client::auth::DeviceCodeSignIn *deviceCode = session->deviceCodeSignIn();
    QTRY_VERIFY_WITH_TIMEOUT(!deviceCode->userCode().userCode.isEmpty(), kWaitMs);
    QVERIFY(issuer->approve(deviceCode->userCode().userCode));
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), client::AzureSession::State::SignedIn, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(window->findChild<QDialog *>(u"signInDialog"_s) == nullptr, kWaitMs);
    QCOMPARE(answerer.count(), 1);

    // What the user typed is still in its dialog, and now it saves on the instance.
    QTRY_VERIFY_WITH_TIMEOUT(publisher->openApiDialog() != nullptr, kWaitMs);
    QCOMPARE(publisher->openApiDialog()->api().id, typed.id);
    QCOMPARE(publisher->openApiDialog()->api().name, typed.name);
    QCOMPARE(publisher->openApiDialog()->api().path, typed.path);
    publisher->openApiDialog()->accept();
    QTRY_VERIFY_WITH_TIMEOUT(publisher->publisher()->api(typed.id) != nullptr, kWaitMs);
    QCOMPARE(publisher->publisher()->api(typed.id)->name, typed.name);
}

void TestAzureConsole::aShortLivedTokenIsRefreshedBeforeItExpires()
{
    // Tokens that live five minutes and two seconds, two seconds past the console's margin:
    // their refresh is due two seconds in, and until then calls use them as they are.
    QVERIFY(startConsole(302));
    client::AzureSession *session = m_console->services().session;
    session->setSettings(azureSettings(client::AzureSession::SignInMethod::DeviceCode));
    QVERIFY(signInByDeviceCode());
    client::auth::DeviceCodeSignIn *deviceCode = session->deviceCodeSignIn();
    const client::auth::AccessToken before = wait<client::auth::AccessToken>([&](auto done) {
        deviceCode->token(QString::fromLatin1(client::ArmClient::kAudience),
                          [done](const client::auth::AccessToken &t, const QString &) { done(t); });
    });
    QVERIFY(before.isValid());
    const int grants = m_sandbox->tokenIssuer()->refreshGrantRequests();
    // Nobody asks for a token meanwhile: the refresh comes by itself, and the new token works.
    QSignalSpy refreshed(deviceCode, &client::auth::DeviceCodeSignIn::refreshed);
    QVERIFY(refreshed.wait(kWaitMs));
    QCOMPARE(refreshed.first().first().toString(), QString::fromLatin1(client::ArmClient::kAudience));
    QCOMPARE(m_sandbox->tokenIssuer()->refreshGrantRequests(), grants + 1);
    const QString audience = QString::fromLatin1(client::ArmClient::kAudience);
    const client::auth::AccessToken after = wait<client::auth::AccessToken>([&](auto done) {
        deviceCode->token(audience, [done](const client::auth::AccessToken &t, const QString &) { done(t); });
    });
    QVERIFY(after.isValid());
    QVERIFY(after.value != before.value);
    const auto gateway =
        wait<client::ArmManagement::Result<QUrl>>([&](auto done) { session->armManagement()->gatewayUrl(this, done); });
    QVERIFY2(gateway.ok(), qPrintable(gateway.error));
    // Switching the connection away ends the timer with the sign-in it belonged to.
    QPointer<client::auth::DeviceCodeSignIn> gone(deviceCode);
    session->setSettings({});
    QTRY_VERIFY(!gone);
}

void TestAzureConsole::theAzureCliSignInListsTheInstancesApisUntilTheConnectionGoesLocal()
{
    // The Azure CLI cannot be installed here (it is in neither Debian's archive nor npm) and
    // could not reach Azure if it were: a script named az stands in for it on PATH, printing
    // what `az account get-access-token` prints, with a token the sandbox's ARM accepts.
    QVERIFY(startConsole());
    const QString token = m_sandbox->tokenIssuer()->mintAccessToken(QString::fromLatin1(client::ArmClient::kAudience));
    const qint64 expires = QDateTime::currentSecsSinceEpoch() + 3600;
    const QJsonObject answer{
        {u"accessToken"_s, token},
        {u"expiresOn"_s, QDateTime::fromSecsSinceEpoch(expires).toString(u"yyyy-MM-dd HH:mm:ss.zzz000"_s)},
        {u"expires_on"_s, expires},
        {u"subscription"_s, m_sandbox->gateway()->arm()->resourceName().subscriptionId},
        {u"tenant"_s, u"00000000-0000-0000-0000-000000000001"_s},
        {u"tokenType"_s, u"Bearer"_s}};
    writeFakeAz(QJsonDocument(answer).toJson(), {}, 0);
    qputenv("PATH", QFile::encodeName(m_bin->path()) + ':' + m_path);

    ui::MainWindow *window = m_console->window();
    client::AzureSession *session = m_console->services().session;
    // The workspace's own APIs, at the local sandbox.
    const sandbox::Credentials credentials = m_sandbox->credentials();
    client::SandboxAccess access;
    access.endpoints = {m_sandbox->gatewayUrl(), m_sandbox->serviceUrl(), credentials.workspace, credentials.service};
    access.apiKey = credentials.apiKey;
    window->attachSandbox(access);
    QTRY_VERIFY_WITH_TIMEOUT(!window->workspace().apis.isEmpty(), kWaitMs);
    QStringList localIds;
    for (const client::Api &api : window->workspace().apis)
        localIds.append(api.id);
    QVERIFY(!localIds.isEmpty());
    session->setSettings(azureSettings(client::AzureSession::SignInMethod::AzureCli));
    QVERIFY(!session->deviceCodeSignIn());
    window->findChild<QAction *>(u"signInAction"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), client::AzureSession::State::SignedIn, kWaitMs);
    QFile arguments(m_bin->filePath(u"az-arguments.txt"_s));
    QVERIFY(arguments.open(QIODevice::ReadOnly));
    QCOMPARE(arguments.readAll().split('\n').first(),
             "account get-access-token --resource https://management.azure.com -o json"_ba);

    // With the CLI's token the console publishes on the instance and lists its APIs, in
    // Publish and in Try it.
    ui::PublisherView *publisher = publishPage();
    QVERIFY(publisher);
    client::Api api;
    api.id = u"from-the-cli-sign-in"_s;
    api.name = u"From the CLI sign-in"_s;
    api.path = u"from-the-cli-sign-in"_s;
    api.serviceUrl = m_sandbox->serviceUrl().toString();
    publisher->publisher()->saveApi(api, {});
    QTRY_VERIFY_WITH_TIMEOUT(publisher->publisher()->api(api.id) != nullptr, kWaitMs);
    publisher->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!publisher->publisher()->isBusy(), kWaitMs);
    QVERIFY(publisher->publisher()->api(api.id));
    QTRY_VERIFY_WITH_TIMEOUT(window->workspace().api(api.id) != nullptr, kWaitMs);

    // Back on the local sandbox, Try it lists the workspace's own APIs only.
    session->setSettings({});
    QTRY_VERIFY_WITH_TIMEOUT(window->workspace().api(api.id) == nullptr, kWaitMs);
    for (const QString &id : std::as_const(localIds))
        QVERIFY2(window->workspace().api(id), qPrintable(id));
}

void TestAzureConsole::aMissingOrSignedOutAzureCliIsNamed()
{
    QVERIFY(startConsole());
    ui::MainWindow *window = m_console->window();
    client::AzureSession *session = m_console->services().session;
    // No az anywhere on PATH.
    m_bin = std::make_unique<QTemporaryDir>();
    qputenv("PATH", QFile::encodeName(m_bin->path()));
    session->setSettings(azureSettings(client::AzureSession::SignInMethod::AzureCli));
    window->findChild<QAction *>(u"signInAction"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window->statusBar()->currentMessage().contains(u"Azure CLI (az) is not installed"_s),
                             kWaitMs);
    QCOMPARE(session->state(), client::AzureSession::State::SignedOut);

    // An az that is there but signed out: its own words reach the user.
    // (A script stands in for the Azure CLI, which cannot be installed here.)
    writeFakeAz({}, "ERROR: Please run 'az login' to setup account.\n", 1);
    qputenv("PATH", QFile::encodeName(m_bin->path()) + ':' + m_path);
    window->statusBar()->clearMessage();
    window->findChild<QAction *>(u"signInAction"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window->statusBar()->currentMessage().contains(u"Please run 'az login'"_s), kWaitMs);
    QVERIFY(window->statusBar()->currentMessage().contains(u"Azure CLI failed"_s));
    QCOMPARE(session->state(), client::AzureSession::State::SignedOut);
}

void TestAzureConsole::azureApisListedByAnEarlierRunLeaveTryItWhenTheConnectionGoesLocal_data()
{
    QTest::addColumn<bool>("beforeTheWindow");
    QTest::newRow("after the window opens") << false;
    QTest::newRow("before the window opens") << true;
}

void TestAzureConsole::azureApisListedByAnEarlierRunLeaveTryItWhenTheConnectionGoesLocal()
{
    // A script named az stands in for the Azure CLI, as above.
    QVERIFY(startConsole());
    const QString token = m_sandbox->tokenIssuer()->mintAccessToken(QString::fromLatin1(client::ArmClient::kAudience));
    const qint64 expires = QDateTime::currentSecsSinceEpoch() + 3600;
    const QJsonObject answer{
        {u"accessToken"_s, token},
        {u"expiresOn"_s, QDateTime::fromSecsSinceEpoch(expires).toString(u"yyyy-MM-dd HH:mm:ss.zzz000"_s)},
        {u"expires_on"_s, expires},
        {u"subscription"_s, m_sandbox->gateway()->arm()->resourceName().subscriptionId},
        {u"tenant"_s, u"00000000-0000-0000-0000-000000000001"_s},
        {u"tokenType"_s, u"Bearer"_s}};
    writeFakeAz(QJsonDocument(answer).toJson(), {}, 0);
    qputenv("PATH", QFile::encodeName(m_bin->path()) + ':' + m_path);

    ui::MainWindow *window = m_console->window();
    const sandbox::Credentials credentials = m_sandbox->credentials();
    client::SandboxAccess access;
    access.endpoints = {m_sandbox->gatewayUrl(), m_sandbox->serviceUrl(), credentials.workspace, credentials.service};
    access.apiKey = credentials.apiKey;
    window->attachSandbox(access);
    QTRY_VERIFY_WITH_TIMEOUT(!window->workspace().apis.isEmpty(), kWaitMs);
    const qsizetype local = window->workspace().apis.size();
    QStringList localIds;
    for (const client::Api &api : window->workspace().apis)
        localIds.append(api.id);
    m_console->services().session->setSettings(azureSettings(client::AzureSession::SignInMethod::AzureCli));
    window->findChild<QAction *>(u"signInAction"_s)->trigger();
    // The instance's APIs join Try it and are saved with the workspace.
    QTRY_VERIFY_WITH_TIMEOUT(window->workspace().apis.size() > local, kWaitMs);

    // The next run never learns the instance's gateway itself: it turns local before it
    // signs in, or before its window opens the workspace.
    QFETCH(bool, beforeTheWindow);
    m_console.reset();
    qputenv("PATH", m_path);
    m_console = std::make_unique<app::Console>(client::DataPaths(m_profile->path()));
    QVERIFY(m_console->services().session->isAzure());
    if (beforeTheWindow)
        m_console->services().session->setSettings({});
    window = m_console->window();
    window->show();
    if (!beforeTheWindow) {
        QVERIFY(window->workspace().apis.size() > local);
        m_console->services().session->setSettings({});
    }
    QTRY_COMPARE_WITH_TIMEOUT(window->workspace().apis.size(), local, kWaitMs);
    for (const QString &id : std::as_const(localIds))
        QVERIFY2(window->workspace().api(id), qPrintable(id));
}

QTEST_MAIN(TestAzureConsole)
#include "tst_azureconsole.moc"
