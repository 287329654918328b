// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The connection dialog as a user fills it in with the keyboard: the local sandbox asks for
// nothing, an Azure connection says which field is missing or wrong and clears the message as
// soon as the user types, and what it hands back is what was typed (with Azure's defaults).
// The session keeps the chosen connection in settings.ini, names only.

#include "client/arm/azurecatalog.h"
#include "client/arm/azuresession.h"
#include "client/http/transport.h"
#include "client/secrets/secretstore.h"
#include "ui/connection/connectiondialog.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using portico::client::AzureSession;
using portico::client::Connection;
using portico::ui::ConnectionDialog;

class TestConnectionDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theLocalSandboxAsksForNothing();
    void anAzureConnectionSaysWhichFieldIsMissing();
    void aWrongApiVersionOrAddressIsNamed();
    void whatIsTypedComesBackWithAzuresDefaults();
    void theSessionKeepsTheConnectionInSettingsWithoutASecret();
    void anAzureApiNeverReplacesALocalOneWithTheSameId();

private:
    static QLineEdit *edit(ConnectionDialog &d, const QString &name) { return d.findChild<QLineEdit *>(name); }
    static void chooseAzure(ConnectionDialog &d)
    {
        auto *kind = d.findChild<QComboBox *>(u"connectionKindComboBox"_s);
        kind->setCurrentIndex(kind->findData(int(Connection::Kind::AzureApiManagement)));
    }
    static void type(ConnectionDialog &d, const QString &name, const QString &text)
    {
        QLineEdit *e = edit(d, name);
        e->setFocus();
        e->selectAll();
        QTest::keyClicks(e, text);
    }
    static void clickOk(ConnectionDialog &d)
    {
        QTest::mouseClick(d.findChild<QPushButton *>(u"connectionOkButton"_s), Qt::LeftButton);
    }
};

void TestConnectionDialog::theLocalSandboxAsksForNothing()
{
    ConnectionDialog dialog({}, false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!edit(dialog, u"subscriptionIdLineEdit"_s)->isVisible());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    clickOk(dialog);
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(dialog.settings().connection.kind, Connection::Kind::LocalSandbox);
}

void TestConnectionDialog::anAzureConnectionSaysWhichFieldIsMissing()
{
    ConnectionDialog dialog({}, false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    chooseAzure(dialog);
    QVERIFY(edit(dialog, u"subscriptionIdLineEdit"_s)->isVisible());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    clickOk(dialog);
    QCOMPARE(accepted.size(), 0);
    QVERIFY2(dialog.errorText().contains(u"subscription id"_s), qPrintable(dialog.errorText()));
    QVERIFY(dialog.findChild<QLabel *>(u"connectionErrorLabel"_s)->isVisible());
    // Typing is the answer: the message goes.
    type(dialog, u"subscriptionIdLineEdit"_s, u"sub-1"_s);
    QVERIFY(dialog.errorText().isEmpty());
    clickOk(dialog);
    QVERIFY2(dialog.errorText().contains(u"resource group"_s), qPrintable(dialog.errorText()));
    type(dialog, u"resourceGroupLineEdit"_s, u"rg"_s);
    clickOk(dialog);
    QVERIFY2(dialog.errorText().contains(u"name of the API Management instance"_s), qPrintable(dialog.errorText()));
    type(dialog, u"serviceNameLineEdit"_s, u"contoso"_s);
    clickOk(dialog);
    // Device-code sign-in needs the user's Entra application.
    QVERIFY2(dialog.errorText().contains(u"client id"_s), qPrintable(dialog.errorText()));
    type(dialog, u"clientIdLineEdit"_s, u"my-app"_s);
    clickOk(dialog);
    QCOMPARE(accepted.size(), 1);
}

void TestConnectionDialog::aWrongApiVersionOrAddressIsNamed()
{
    AzureSession::Settings s;
    s.connection.kind = Connection::Kind::AzureApiManagement;
    s.connection.azure.subscriptionId = u"sub"_s;
    s.connection.azure.resourceGroup = u"rg"_s;
    s.connection.azure.serviceName = u"svc"_s;
    s.clientId = u"app"_s;
    ConnectionDialog dialog(s, false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(dialog, u"apiVersionLineEdit"_s, u"latest"_s);
    clickOk(dialog);
    QVERIFY2(dialog.errorText().contains(u"“latest” is not an API version"_s), qPrintable(dialog.errorText()));
    type(dialog, u"apiVersionLineEdit"_s, u"2024-05-01"_s);
    type(dialog, u"baseUrlLineEdit"_s, u"ftp://arm.example"_s);
    clickOk(dialog);
    QVERIFY2(dialog.errorText().contains(u"ftp://arm.example"_s), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestConnectionDialog::whatIsTypedComesBackWithAzuresDefaults()
{
    ConnectionDialog dialog({}, false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    chooseAzure(dialog);
    type(dialog, u"tenantLineEdit"_s, u"contoso.onmicrosoft.com"_s);
    type(dialog, u"subscriptionIdLineEdit"_s, u"00000000-0000-0000-0000-000000000001"_s);
    type(dialog, u"resourceGroupLineEdit"_s, u"rg1"_s);
    type(dialog, u"serviceNameLineEdit"_s, u"apimService1"_s);
    type(dialog, u"clientIdLineEdit"_s, u"portico-console"_s);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    clickOk(dialog);
    QCOMPARE(accepted.size(), 1);
    const AzureSession::Settings s = dialog.settings();
    QCOMPARE(s.connection.kind, Connection::Kind::AzureApiManagement);
    QCOMPARE(s.connection.azure.tenant, u"contoso.onmicrosoft.com"_s);
    QCOMPARE(s.connection.azure.serviceName, u"apimService1"_s);
    QCOMPARE(s.connection.azure.apiVersion, u"2024-05-01"_s);
    QCOMPARE(s.connection.azure.baseUrl, QUrl(u"https://management.azure.com"_s));
    QCOMPARE(s.method, AzureSession::SignInMethod::DeviceCode);
    QCOMPARE(s.clientId, u"portico-console"_s);
}

void TestConnectionDialog::theSessionKeepsTheConnectionInSettingsWithoutASecret()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(u"settings.ini"_s);
    portico::client::Transport transport("Portico-test");
    portico::client::SecretStore secrets(u"portico-test-connection"_s);
    AzureSession::Settings chosen;
    chosen.connection.kind = Connection::Kind::AzureApiManagement;
    chosen.connection.azure.tenant = u"contoso"_s;
    chosen.connection.azure.subscriptionId = u"sub-42"_s;
    chosen.connection.azure.resourceGroup = u"rg-42"_s;
    chosen.connection.azure.serviceName = u"svc-42"_s;
    chosen.connection.azure.apiVersion = u"2023-09-01-preview"_s;
    chosen.clientId = u"app-42"_s;
    {
        AzureSession session(&transport, &secrets, ini);
        QSignalSpy changed(&session, &AzureSession::connectionChanged);
        session.setSettings(chosen);
        QCOMPARE(changed.size(), 1);
        QVERIFY(session.management());
        QVERIFY(session.reports());
        QCOMPARE(session.state(), AzureSession::State::SignedOut);
        QVERIFY(session.description().contains(u"svc-42"_s));
    }
    AzureSession again(&transport, &secrets, ini);
    again.restore();
    QVERIFY(again.settings() == chosen);
    QFile file(ini);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("svc-42"));
    QVERIFY(!text.contains("token"));
    // Back to the local sandbox: no Azure clients are left to answer.
    again.setSettings({});
    QVERIFY(!again.management());
    QCOMPARE(again.state(), AzureSession::State::Local);
}

void TestConnectionDialog::anAzureApiNeverReplacesALocalOneWithTheSameId()
{
    portico::client::Api local;
    local.id = u"echo"_s;
    local.name = u"Echo"_s;
    local.serviceUrl = u"http://127.0.0.1:9/echo"_s;
    portico::client::Api remote = local;
    remote.name = u"Echo on Azure"_s;
    remote.path = u"echo"_s;
    portico::client::Api other;
    other.id = u"orders"_s;
    other.name = u"Orders"_s;
    other.path = u"orders"_s;
    const QUrl gateway(u"https://contoso.azure-api.net/"_s);
    QStringList renamed;
    const QList<portico::client::Api> merged =
        portico::client::AzureCatalog::merge({local}, gateway, {remote, other}, &renamed);
    QCOMPARE(merged.size(), 3);
    QCOMPARE(merged.at(0), local); // the local one is untouched
    QCOMPARE(merged.at(1).id, u"azure-echo"_s);
    QCOMPARE(merged.at(1).serviceUrl, u"https://contoso.azure-api.net/echo"_s);
    QVERIFY(merged.at(1).name.contains(u"Azure"_s));
    QCOMPARE(merged.at(2).serviceUrl, u"https://contoso.azure-api.net/orders"_s);
    QCOMPARE(renamed, QStringList{u"echo → azure-echo"_s});
    // Taken again from the same gateway: the copies from before are replaced, not doubled.
    const QList<portico::client::Api> again = portico::client::AzureCatalog::merge(merged, gateway, {other}, &renamed);
    QCOMPARE(again.size(), 2);
    QCOMPARE(again.at(0), local);
}

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
