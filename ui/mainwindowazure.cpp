// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The main window's Connection menu and status: where the publisher, keys and dashboard work
// (the local sandbox or an Azure API Management instance), and the Microsoft Entra sign-in.
#include "client/arm/armmanagement.h"
#include "client/arm/armpublisher.h"
#include "client/arm/azurecatalog.h"
#include "client/arm/azuresession.h"
#include "client/auth/azureclitokensource.h"
#include "client/auth/devicecodesignin.h"
#include "ui/auth/signindialog.h"
#include "ui/connection/connectiondialog.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/mainwindow.h"
#include "ui/messagebox.h"
#include "ui/publish/publisherview.h"
#include "ui/tryit/tryitpage.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace portico::ui {

namespace {
// The gateway whose APIs Try it lists beside the workspace's own, kept in settings.ini so a
// later run that starts or turns local can still tell those copies from the user's APIs.
const QString kAzureTryItGatewayKey = u"connection/azureTryItGateway"_s;
} // namespace

bool MainWindow::onAzure() const
{
    return m_services.session && m_services.session->isAzure();
}

void MainWindow::buildConnectionMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Connection"));
    menu->setObjectName(u"connectionMenu"_s);
    QAction *choose = menu->addAction(tr("&Choose connection…"), this, &MainWindow::chooseConnection);
    choose->setObjectName(u"chooseConnectionAction"_s);
    choose->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    choose->setStatusTip(tr("Work on the local sandbox or on an Azure API Management instance"));
    m_signInAction = menu->addAction(tr("Sign &in…"), this, &MainWindow::openSignIn);
    m_signInAction->setObjectName(u"signInAction"_s);
    m_signInAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_signOutAction = menu->addAction(tr("Sign &out"), this, [this] {
        if (m_services.session)
            m_services.session->signOut();
    });
    m_signOutAction->setObjectName(u"signOutAction"_s);

    m_connectionStatus = new QLabel(this);
    m_connectionStatus->setObjectName(u"connectionStatusLabel"_s);
    m_connectionStatus->setAccessibleName(tr("Connection status"));
    m_connectionStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_connectionStatus);

    if (client::AzureSession *session = m_services.session) {
        connect(session, &client::AzureSession::connectionChanged, this, &MainWindow::applyConnection);
        connect(session, &client::AzureSession::stateChanged, this, &MainWindow::showConnectionState);
        connect(session, &client::AzureSession::stateChanged, this, [this] {
            if (!m_azureCatalogAsked && m_services.session->state() == client::AzureSession::State::SignedIn)
                refreshAzureCatalog();
        });
        connect(session, &client::AzureSession::problem, this,
                [this](const QString &message) { statusBar()->showMessage(message, 10'000); });
        connect(session, &client::AzureSession::signInRequired, this, [this](const QString &message) {
            // Every call the ended sign-in refuses says so; the user is asked once.
            if (m_askingSignIn || m_signInDialog)
                return;
            m_askingSignIn = true;
            MessageBox::question(
                this, tr("Sign in again"),
                tr("%1\n\nSign in to Microsoft Entra ID again? Nothing you were editing is lost.").arg(message),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes, this, [this](QMessageBox::StandardButton answer) {
                    m_askingSignIn = false;
                    if (answer == QMessageBox::Yes)
                        openSignIn();
                });
        });
    }
    showConnectionState();
}

void MainWindow::showConnectionState()
{
    client::AzureSession *session = m_services.session;
    const client::AzureSession::State state = session ? session->state() : client::AzureSession::State::Local;
    m_connectionStatus->setText(session ? session->description() : tr("Connection: local sandbox"));
    m_signInAction->setEnabled(state == client::AzureSession::State::SignedOut);
    m_signOutAction->setEnabled(state == client::AzureSession::State::SignedIn ||
                                state == client::AzureSession::State::SigningIn);
}

void MainWindow::chooseConnection()
{
    client::AzureSession *session = m_services.session;
    if (!session)
        return;
    auto *dialog = new ConnectionDialog(session->settings(), client::auth::AzureCliTokenSource::isAvailable(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, session, dialog] {
        const client::AzureSession::Settings chosen = dialog->settings();
        if (chosen == session->settings())
            return;
        session->setSettings(chosen);
        if (session->state() == client::AzureSession::State::SignedOut)
            statusBar()->showMessage(
                tr("Sign in (Ctrl+Shift+L) to work on %1.").arg(chosen.connection.azure.serviceName), 10'000);
    });
    dialog->open();
}

void MainWindow::openSignIn()
{
    client::AzureSession *session = m_services.session;
    if (!session || !session->isAzure())
        return;
    client::auth::DeviceCodeSignIn *deviceCode = session->deviceCodeSignIn();
    if (!deviceCode) {
        session->signIn(); // the Azure CLI's sign-in
        return;
    }
    QString why;
    if (!session->settings().canSignIn(&why)) {
        statusBar()->showMessage(why, 10'000);
        return;
    }
    if (m_signInDialog) {
        m_signInDialog->raise();
        m_signInDialog->activateWindow();
        return;
    }
    auto *dialog = new SignInDialog(deviceCode, nullptr, this);
    m_signInDialog = dialog;
    dialog->setObjectName(u"signInDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        // The views ask again with the new sign-in.
        if (m_publisher)
            m_publisher->refresh();
        if (m_dashboard)
            m_dashboard->refresh();
    });
    dialog->open();
    dialog->start();
}

void MainWindow::applyConnection()
{
    client::AzureSession *session = m_services.session;
    const bool azure = onAzure();
    // Answers still due from the connection before are dropped with their context.
    delete m_azureCalls;
    m_azureCalls = new QObject(this);
    // The instance before's APIs leave the Try-it catalog with it, whether this run learnt
    // its gateway or an earlier one did.
    QUrl left = std::exchange(m_azureGateway, QUrl());
    if (!left.isValid() && !azure)
        left = QUrl(m_settings->value(kAzureTryItGatewayKey).toString());
    removeAzureApis(left);
    m_azureCatalogAsked = false;
    m_publishManaged->setEnabled(!azure && m_managedGateway.isValid());
    m_publishWorkspace->setEnabled(!azure);
    if (!azure) {
        if (m_dashboard)
            m_dashboard->setGateway(m_managedGateway,
                                    m_managedGateway.isValid() ? client::kSandboxAdminKeySecret : QString());
        if (m_publisher) {
            if (m_publishManaged->isChecked() && m_managedGateway.isValid())
                m_publisher->setManagedGateway(m_managedGateway, client::kSandboxAdminKeySecret);
            else
                m_publisher->setWorkspaceMode(&m_workspace);
        }
    } else {
        const client::AzureConnection &c = session->settings().connection.azure;
        if (m_publisher)
            m_publisher->setManagement(
                session->management(),
                tr("Publishing on the Azure API Management instance %1 (resource group %2): changes apply to it at once.")
                    .arg(c.serviceName, c.resourceGroup));
        if (m_dashboard)
            m_dashboard->setReports(session->reports());
        // What the Publish page changes on the instance reaches the Try-it catalog too.
        if (m_publisher && m_publisher->publisher())
            connect(m_publisher->publisher(), &client::ApiPublisher::apisChanged, m_azureCalls,
                    [this, publisher = m_publisher->publisher()] { mergeAzureApis(publisher->apis()); });
        if (session->state() == client::AzureSession::State::SignedIn)
            refreshAzureCatalog();
    }
    showConnectionState();
}

void MainWindow::removeAzureApis(const QUrl &gateway)
{
    if (!gateway.isValid())
        return;
    if (m_workspaceLoaded) {
        const qsizetype before = m_workspace.apis.size();
        m_workspace.apis.removeIf(
            [&gateway](const client::Api &api) { return client::AzureCatalog::isFromGateway(api, gateway); });
        if (m_workspace.apis.size() != before) {
            saveWorkspace();
            installWorkspace();
        }
    }
    if (!onAzure() && m_settings->contains(kAzureTryItGatewayKey) && m_workspaceLoaded)
        m_settings->remove(kAzureTryItGatewayKey);
}

void MainWindow::forgetEarlierAzureApis()
{
    if (!onAzure())
        removeAzureApis(QUrl(m_settings->value(kAzureTryItGatewayKey).toString()));
}

void MainWindow::refreshAzureCatalog()
{
    client::AzureSession *session = m_services.session;
    if (!onAzure() || !session->armClient())
        return;
    m_azureCatalogAsked = true;
    auto *publisher = new client::ArmPublisher(session->armClient(), m_azureCalls);
    connect(publisher, &client::ApiPublisher::apisChanged, this, [this, publisher] {
        mergeAzureApis(publisher->apis());
        publisher->deleteLater();
    });
    connect(publisher, &client::ApiPublisher::failed, this, [this, publisher](const QString &message) {
        statusBar()->showMessage(tr("The Azure instance's APIs are not in Try it: %1").arg(message), 10'000);
        publisher->deleteLater();
    });
    publisher->refresh();
}

void MainWindow::mergeAzureApis(const QList<client::Api> &apis)
{
    client::AzureSession *session = m_services.session;
    if (!onAzure())
        return;
    if (!m_azureGateway.isValid()) {
        // The APIs answer at the instance's gateway: learn where that is first.
        session->armManagement()->gatewayUrl(
            m_azureCalls, [this, apis](const client::GatewayManagement::Result<QUrl> &r) {
                if (!r.ok()) {
                    statusBar()->showMessage(tr("The Azure instance's APIs are not in Try it: %1").arg(r.error),
                                             10'000);
                    return;
                }
                m_azureGateway = r.value;
                m_settings->setValue(kAzureTryItGatewayKey, m_azureGateway.toString());
                mergeAzureApis(apis);
            });
        return;
    }
    QStringList renamed;
    m_workspace.apis = client::AzureCatalog::merge(m_workspace.apis, m_azureGateway, apis, &renamed);
    m_workspaceLoaded = true;
    saveWorkspace();
    installWorkspace();
    if (!renamed.isEmpty())
        statusBar()->showMessage(tr("Azure APIs with the id of a local one are listed under ids of their own: %1")
                                     .arg(renamed.join(u", "_s)),
                                 15'000);
}

} // namespace portico::ui
