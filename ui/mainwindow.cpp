// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/mainwindow.h"

#include "client/history/historystore.h"
#include "client/http/exchangetext.h"
#include "client/http/httpengine.h"
#include "client/http/transport.h"
#include "client/http/truststore.h"
#include "client/jobs/besendpointresolver.h"
#include "client/secrets/secretstore.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/jobs/jobsview.h"
#include "ui/keys/keysdialog.h"
#include "ui/keys/secreteditdialog.h"
#include "ui/messagebox.h"
#include "ui/publish/publisherview.h"
#include "ui/tryit/tryitpage.h"

#include <QAction>
#include <QActionGroup>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSslCertificate>
#include <QSslError>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portico::ui {

MainWindow::MainWindow(const Services &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_paths(services.paths)
    , m_secrets(services.secrets)
    , m_engine(services.transport->engine())
    , m_history(services.history)
    , m_settings(new QSettings(m_paths.settingsFile(), QSettings::IniFormat, this))
    , m_sandboxStatus(new QLabel(this))
    , m_saveTimer(new QTimer(this))
    , m_undo(new QUndoStack(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Portico"));
    resize(1360, 820);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(800);
    connect(m_saveTimer, &QTimer::timeout, this, &MainWindow::saveWorkspace);

    QStringList startProblems;
    if (!m_history->isOpen())
        startProblems << tr("History is off: %1").arg(services.historyProblem);
    if (!services.jobsProblem.isEmpty())
        startProblems << tr("Jobs are not kept: %1").arg(services.jobsProblem);
    if (!startProblems.isEmpty())
        statusBar()->showMessage(startProblems.join(u' '));
    buildLayout();
    buildMenus();
    connect(m_engine, &client::HttpEngine::tlsErrors, this, &MainWindow::onTlsErrors);
    connect(m_tryItPage, &TryItPage::secretMissing, this, &MainWindow::askForSecret);
    connect(m_tryItPage, &TryItPage::workspaceEdited, this, &MainWindow::saveWorkspaceSoon);
    connect(m_tryItPage, &TryItPage::environmentsEditRequested, this, &MainWindow::openEnvironments);
    loadWorkspace();
}

MainWindow::~MainWindow()
{
    if (m_saveTimer->isActive())
        saveWorkspace();
}

void MainWindow::onImported(const QString &apiId, const QString &operationId)
{
    m_workspaceLoaded = true; // an import into a new profile is its first workspace
    saveWorkspace();
    installWorkspace();
    if (!apiId.isEmpty())
        selectOperation(apiId, operationId);
}

QWidget *MainWindow::lazyHost(const QString &name)
{
    auto *host = new QWidget(m_pages);
    host->setObjectName(name);
    auto *layout = new QVBoxLayout(host);
    layout->setContentsMargins(0, 0, 0, 0);
    return host;
}

void MainWindow::ensurePublisher()
{
    if (m_publisher)
        return;
    m_publisher = new PublisherView(m_services.management, m_secrets, m_publishHost);
    m_publisher->setObjectName(u"publisherView"_s);
    m_publishHost->layout()->addWidget(m_publisher);
    connect(m_publisher, &PublisherView::workspaceChanged, this, [this] {
        m_undo->clear(); // an import's snapshot would undo the publisher's edit with it
        saveWorkspace();
        installWorkspace();
    });
    choosePublishTarget();
}

void MainWindow::ensureDashboard()
{
    if (m_dashboard)
        return;
    m_dashboard = new DashboardView(m_services.reports, m_history, m_dashboardHost);
    m_dashboard->setObjectName(u"dashboardView"_s);
    m_dashboardHost->layout()->addWidget(m_dashboard);
    m_dashboard->setWorkspace(m_workspace);
    if (onAzure())
        applyConnection();
    else if (m_managedGateway.isValid())
        m_dashboard->setGateway(m_managedGateway, client::kSandboxAdminKeySecret);
}

void MainWindow::choosePublishTarget()
{
    if (!m_publisher)
        return; // applied when the page is first shown
    if (onAzure())
        applyConnection();
    else if (m_publishManaged->isChecked() && m_managedGateway.isValid())
        m_publisher->setManagedGateway(m_managedGateway, client::kSandboxAdminKeySecret);
    else
        m_publisher->setWorkspaceMode(&m_workspace);
}

QAction *MainWindow::addPage(QWidget *page, const QString &title, const QKeySequence &shortcut)
{
    m_pages->addWidget(page);
    if (page->accessibleName().isEmpty())
        page->setAccessibleName(title);
    QAction *action = m_viewMenu->addAction(title);
    action->setObjectName(page->objectName() + u"PageAction"_s);
    action->setCheckable(true);
    action->setShortcut(shortcut);
    action->setToolTip(tr("%1 (%2)").arg(QString(title).remove(u'&'), shortcut.toString(QKeySequence::NativeText)));
    m_pageActions->addAction(action);
    m_pageBar->addAction(action);
    // Toggled, not triggered: a screen reader toggles the page bar's button without a click.
    connect(action, &QAction::toggled, this, [this, page](bool checked) {
        if (checked && m_pages->currentWidget() != page)
            showPage(page);
    });
    if (m_pages->count() == 1)
        action->setChecked(true);
    return action;
}

void MainWindow::showPage(QWidget *page)
{
    // The sandbox's Azurite (a Node.js process) starts when batch jobs are first looked at,
    // not with every launch.
    if (page == m_jobs)
        Q_EMIT storageWanted();
    if (page == m_publishHost)
        ensurePublisher();
    if (page == m_dashboardHost)
        ensureDashboard();
    m_pages->setCurrentWidget(page);
    const QList<QAction *> actions = m_pageActions->actions();
    const int index = m_pages->indexOf(page);
    if (index >= 0 && index < actions.size())
        actions.at(index)->setChecked(true);
    page->setFocus(Qt::ShortcutFocusReason);
}

QWidget *MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

void MainWindow::buildLayout()
{
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"pagesStackedWidget"_s);
    m_pageActions = new QActionGroup(this);
    m_pageBar = new QToolBar(tr("Pages"), this);
    m_pageBar->setObjectName(u"pagesToolBar"_s);
    m_pageBar->setAccessibleName(tr("Pages"));
    m_pageBar->setMovable(false);
    m_pageBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    addToolBar(Qt::TopToolBarArea, m_pageBar);
    m_viewMenu = new QMenu(tr("&View"), this); // joins the menu bar after File
    m_viewMenu->setObjectName(u"viewMenu"_s);
    setCentralWidget(m_pages);

    m_tryItPage = new TryItPage(&m_workspace, m_secrets, m_engine, m_history, m_pages);
    addPage(m_tryItPage, tr("&Try it"), QKeySequence(Qt::CTRL | Qt::Key_1));
    m_jobs = new JobsView(
        m_services.jobs, m_services.bes, m_secrets, m_paths.jobOutputsDir(), [this] { return m_workspace; }, m_pages);
    m_jobs->setObjectName(u"jobsView"_s);
    addPage(m_jobs, tr("&Jobs"), QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_jobs, &JobsView::notification, this,
            [this](const QString &, const QString &message) { statusBar()->showMessage(message, 10'000); });
    // The publisher's and the dashboard's pages are built when first shown: start-up pays
    // only for what the first screen needs (and the Jobs view, which resumes monitoring).
    m_publishHost = lazyHost(u"publishPage"_s);
    addPage(m_publishHost, tr("&Publish"), QKeySequence(Qt::CTRL | Qt::Key_3));
    m_dashboardHost = lazyHost(u"dashboardPage"_s);
    addPage(m_dashboardHost, tr("&Dashboard"), QKeySequence(Qt::CTRL | Qt::Key_4));
    connect(m_tryItPage, &TryItPage::exchangeRecorded, this, [this] {
        if (m_dashboard)
            m_dashboard->exchangeRecorded();
    });

    for (QWidget *w : m_tryItPage->statusWidgets())
        statusBar()->addWidget(w);
    m_sandboxStatus->setObjectName(u"sandboxStatusLabel"_s);
    m_sandboxStatus->setAccessibleName(tr("Sandbox status"));
    m_sandboxStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_sandboxStatus);
}

void MainWindow::loadWorkspace()
{
    const QString path = m_paths.workspaceFile();
    if (!QFile::exists(path))
        return; // the first launch: the sample comes with the sandbox
    QString error;
    if (auto loaded = client::Workspace::load(path, &error)) {
        m_workspace = *loaded;
        m_workspaceLoaded = true;
        installWorkspace();
        forgetEarlierAzureApis();
        return;
    }
    // Keep the unreadable file for the user to mend; never write over it.
    const QString kept = path + u".unreadable-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    QFile::rename(path, kept);
    MessageBox::warning(this, tr("Workspace not loaded"),
                        tr("%1\n\nThe file was kept as %2; Portico starts with a new workspace.").arg(error, kept),
                        this, [](QMessageBox::StandardButton) {});
}

void MainWindow::installWorkspace()
{
    m_tryItPage->installWorkspace();
    if (m_dashboard)
        m_dashboard->setWorkspace(m_workspace);
    if (m_publisher && !m_publisher->isManaged())
        m_publisher->refresh();
}

bool MainWindow::selectOperation(const QString &apiId, const QString &operationId)
{
    return m_tryItPage->selectOperation(apiId, operationId);
}

void MainWindow::openKeys()
{
    auto *dialog = new KeysDialog(m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::askForSecret(const QString &name)
{
    // The request needs a key the keychain lacks: ask for it, keep it in the keychain, and
    // let the user send again.
    auto *dialog = new SecretEditDialog(SecretEditDialog::Mode::Add, m_secrets->names(), this);
    dialog->setObjectName(u"missingSecretDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Key needed: %1").arg(name));
    dialog->setSuggestedName(name);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString stored = dialog->name();
        m_secrets->write(stored, dialog->value(), this, [this, stored](const client::SecretStore::Result &result) {
            statusBar()->showMessage(
                result.ok() ? tr("Key \"%1\" is in the keychain; send again.").arg(stored) : result.message, 8000);
        });
    });
    dialog->open();
}

void MainWindow::onTlsErrors(quint64, const QString &host, const QList<QSslError> &errors, const QSslCertificate &leaf)
{
    QStringList reasons;
    for (const QSslError &e : errors)
        reasons.append(e.errorString());
    const QByteArray fingerprint = leaf.digest(QCryptographicHash::Sha256);
    MessageBox::question(
        this, tr("Untrusted certificate"),
        tr("The certificate of %1 is not trusted:\n%2\n\n%3\n\nTrust this certificate for %1 from now on? Requests to %1 "
           "will accept exactly this certificate and no other.")
            .arg(host, reasons.join(u'\n'), client::ExchangeText::certificate(leaf)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No, this,
        [this, host, fingerprint](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes)
                return;
            // Every engine shares the store, and it keeps the exception in settings.ini.
            m_services.transport->trustStore()->trust(host, fingerprint);
            statusBar()->showMessage(tr("The certificate of %1 is trusted; send again.").arg(host), 8000);
        });
}

bool MainWindow::sandboxEnabled() const
{
    return m_settings->value(client::DataPaths::sandboxAtLaunchKey(), true).toBool();
}

void MainWindow::saveWorkspaceSoon()
{
    m_saveTimer->start();
}

void MainWindow::saveWorkspace()
{
    m_saveTimer->stop();
    if (!m_workspaceLoaded)
        return;
    QString error;
    if (!m_workspace.save(m_paths.workspaceFile(), &error))
        statusBar()->showMessage(tr("The workspace was not saved: %1").arg(error));
}

void MainWindow::attachSandbox(const client::SandboxAccess &access)
{
    m_sandboxStatus->setText(tr("Sandbox: gateway %1, service %2")
                                 .arg(access.endpoints.gatewayUrl.toString(), access.endpoints.serviceUrl.toString()));
    // The keys go into the keychain first; the store runs its operations in order, so a send
    // that follows reads them back.
    const QList<QPair<QString, QString>> keys = {{client::kSandboxApiKeySecret, access.apiKey},
                                                 {client::kSandboxUnlimitedKeySecret, access.unlimitedKey},
                                                 {client::kSandboxStarterKeySecret, access.starterKey},
                                                 {client::kSandboxAdminKeySecret, access.adminKey},
                                                 {client::kSandboxOnlineKeySecret, access.onlineEndpointKey}};
    for (const auto &[name, value] : keys) {
        m_secrets->write(name, value, this, [this](const client::SecretStore::Result &result) {
            if (!result.ok())
                statusBar()->showMessage(result.message);
        });
    }
    if (!m_workspaceLoaded) {
        m_workspace = client::sampleWorkspace(access.endpoints, access.onlineScoringUrl);
        m_workspaceLoaded = true;
        saveWorkspace();
        installWorkspace();
        selectOperation(u"azureml-demo"_s, u"rrs-execute"_s);
    } else if (client::refreshSandboxEnvironments(&m_workspace, access.endpoints, access.onlineScoringUrl)) {
        m_undo->clear();
        saveWorkspace();
        installWorkspace();
    }
    // The keychain runs its operations in order: the admin key is there before the first report.
    m_managedGateway = access.endpoints.gatewayUrl;
    if (m_dashboard && !onAzure())
        m_dashboard->setGateway(m_managedGateway, client::kSandboxAdminKeySecret);
    m_publishManaged->setEnabled(true);
    m_publishManaged->setChecked(true);
    choosePublishTarget();
    m_jobs->refreshEndpoints(); // the sandbox listens on new ports at each start
    m_tryItPage->focusTryIt();
    Q_EMIT ready();
}

void MainWindow::attachStorage(const QString &connectionString)
{
    // Batch jobs default to the sandbox's own Azurite: its connection string goes to the
    // keychain, where the Jobs view reads it by name.
    m_secrets->write(client::kSandboxStorageSecret, connectionString, this,
                     [this](const client::SecretStore::Result &r) {
                         if (r.ok())
                             m_jobs->setDefaultStorageSecret(client::kSandboxStorageSecret);
                         else
                             statusBar()->showMessage(r.message);
                     });
}

void MainWindow::showStorageFailed(const QString &message)
{
    statusBar()->showMessage(tr("Batch jobs on the sandbox's storage are not available: %1").arg(message));
}

void MainWindow::showSandboxStarting()
{
    m_sandboxStatus->setText(tr("Sandbox: starting…"));
}

void MainWindow::showSandboxFailed(const QString &message)
{
    m_sandboxStatus->setText(tr("Sandbox failed to start: %1").arg(message));
    if (m_workspaceLoaded)
        Q_EMIT ready();
}

void MainWindow::showSandboxDisabled()
{
    m_sandboxStatus->setText(tr("Sandbox: off"));
    if (m_workspaceLoaded)
        Q_EMIT ready();
}

} // namespace portico::ui
