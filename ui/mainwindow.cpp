#include "mainwindow.h"

#include "catalog/apilistmodel.h"
#include "embeddedsandbox.h"
#include "catalog/methodbadgedelegate.h"
#include "catalog/operationtreemodel.h"
#include "history/historymodel.h"
#include "history/historystore.h"
#include "http/httpengine.h"
#include "http/exchangetext.h"
#include "keys/keysdialog.h"
#include "keys/secreteditdialog.h"
#include "messagebox.h"
#include "response/responseviewer.h"
#include "secrets/redactor.h"
#include "secrets/secretstore.h"
#include "tryit/tryitpanel.h"
#include "tryit/tryitsession.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSslCertificate>
#include <QSslError>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portico::ui {

MainWindow::MainWindow(const client::DataPaths &paths, QWidget *parent)
    : QMainWindow(parent)
    , m_paths(paths)
    , m_secrets(new client::SecretStore(paths.secretProfile(), this))
    , m_engine(new client::HttpEngine(this))
    , m_history(std::make_unique<client::HistoryStore>(paths.historyFile()))
    , m_session(new client::TryItSession(m_engine, m_secrets, this))
    , m_settings(new QSettings(QDir(paths.dataDir()).filePath(u"settings.ini"_s), QSettings::IniFormat, this))
    , m_apiModel(new ApiListModel(this))
    , m_operationModel(new OperationTreeModel(this))
    , m_operationFilter(new QSortFilterProxyModel(this))
    , m_historyModel(new HistoryModel(this))
    , m_sandboxStatus(new QLabel(this))
    , m_saveTimer(new QTimer(this))
    , m_previewTimer(new QTimer(this))
    , m_retryTimer(new QTimer(this))
    , m_retryLabel(new QLabel(this))
    , m_remainingLabel(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Portico"));
    resize(1360, 820);
    m_operationFilter->setSourceModel(m_operationModel);
    m_operationFilter->setRecursiveFilteringEnabled(true);
    m_operationFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(800);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(120);
    connect(m_saveTimer, &QTimer::timeout, this, &MainWindow::saveWorkspace);
    connect(m_previewTimer, &QTimer::timeout, this, &MainWindow::updatePreview);

    buildLayout();
    buildMenus();
    loadSettings();
    m_retryTimer->setInterval(1000);
    connect(m_retryTimer, &QTimer::timeout, this, [this] { showRetryCountdown(m_retrySeconds - 1, m_retryWhat); });
    connect(m_engine, &client::HttpEngine::tlsErrors, this, &MainWindow::onTlsErrors);
    connect(m_engine, &client::HttpEngine::retryScheduled, this, [this](quint64, int seconds, int attempt) {
        showRetryCountdown(seconds, tr("Throttled: sending again (attempt %1)").arg(attempt));
    });
    connect(m_session, &client::TryItSession::secretMissing, this, &MainWindow::askForSecret);

    QString historyError;
    if (m_history->open(&historyError))
        m_session->setHistory(m_history.get());
    else
        statusBar()->showMessage(tr("History is off: %1").arg(historyError));

    connect(m_tryIt, &TryItPanel::sendRequested, this, &MainWindow::send);
    connect(m_tryIt, &TryItPanel::cancelRequested, m_session, &client::TryItSession::cancel);
    connect(m_tryIt, &TryItPanel::requestEdited, this, [this] {
        if (!m_tryIt->hasOperation())
            return;
        m_workspace.setSavedRequest(m_tryIt->currentRequest());
        saveWorkspaceSoon();
        m_previewTimer->start();
    });
    connect(m_tryIt, &TryItPanel::environmentChanged, this, [this](const QString &name) {
        m_workspace.activeEnvironment = name;
        saveWorkspaceSoon();
        m_previewTimer->start();
    });
    connect(m_session, &client::TryItSession::started, this, [this](const QString &url) {
        m_response->showInProgress(tr("Sending to %1…").arg(url));
    });
    connect(m_session, &client::TryItSession::finished, this, &MainWindow::onExchange);
    connect(m_session, &client::TryItSession::problem, this, &MainWindow::onProblem);
    connect(m_session, &client::TryItSession::recorded, this, [this](qint64 id) {
        if (const auto entry = m_history->entry(id))
            m_historyModel->prependEntry(*entry);
    });
    connect(m_secrets, &client::SecretStore::namesChanged, this, [this] { m_tryIt->setSecretNames(m_secrets->names()); });
    m_secrets->refreshNames(this, [this](const client::SecretStore::Result &) { m_tryIt->setSecretNames(m_secrets->names()); });

    loadWorkspace();
}

MainWindow::~MainWindow()
{
    if (m_saveTimer->isActive())
        saveWorkspace();
    delete m_response; // before its spool file goes
    m_response = nullptr;
    client::HttpEngine::discardSpool(m_shownSpool);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *save = file->addAction(tr("&Save workspace"), this, &MainWindow::saveWorkspace);
    save->setObjectName(u"saveWorkspaceAction"_s);
    save->setShortcut(QKeySequence::Save);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcut(QKeySequence::Quit);
    quit->setShortcutContext(Qt::ApplicationShortcut);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *keys = tools->addAction(tr("&Keys…"), this, &MainWindow::openKeys);
    keys->setObjectName(u"keysAction"_s);
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    QAction *sandboxAtLaunch = tools->addAction(tr("Start the local &sandbox at launch"));
    sandboxAtLaunch->setObjectName(u"sandboxAtLaunchAction"_s);
    sandboxAtLaunch->setCheckable(true);
    sandboxAtLaunch->setChecked(sandboxEnabled());
    connect(sandboxAtLaunch, &QAction::toggled, this, [this](bool on) {
        m_settings->setValue(u"sandbox/startAtLaunch"_s, on);
        statusBar()->showMessage(on ? tr("The sandbox starts with the next launch.") : tr("The sandbox stays off from the next launch."), 5000);
    });
}

void MainWindow::buildLayout()
{
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(u"mainSplitter"_s);

    auto *catalog = new QWidget(split);
    auto *catalogLayout = new QVBoxLayout(catalog);
    catalogLayout->setContentsMargins(4, 4, 0, 4);
    m_apiView = new QListView(catalog);
    m_apiView->setObjectName(u"apiListView"_s);
    m_apiView->setAccessibleName(tr("APIs"));
    m_apiView->setModel(m_apiModel);
    m_apiView->setMaximumHeight(140);
    auto *apisLabel = new QLabel(tr("&APIs"), catalog);
    apisLabel->setBuddy(m_apiView);
    auto *filter = new QLineEdit(catalog);
    filter->setObjectName(u"operationFilterLineEdit"_s);
    filter->setAccessibleName(tr("Filter operations"));
    filter->setPlaceholderText(tr("Filter operations"));
    filter->setClearButtonEnabled(true);
    connect(filter, &QLineEdit::textChanged, m_operationFilter, &QSortFilterProxyModel::setFilterFixedString);
    m_operationView = new QTreeView(catalog);
    m_operationView->setObjectName(u"operationTreeView"_s);
    m_operationView->setAccessibleName(tr("Operations"));
    m_operationView->setModel(m_operationFilter);
    m_operationView->setHeaderHidden(true);
    m_operationView->setRootIsDecorated(false);
    m_operationView->setItemDelegate(new MethodBadgeDelegate(m_operationView));
    auto *opsLabel = new QLabel(tr("&Operations"), catalog);
    opsLabel->setBuddy(m_operationView);
    catalogLayout->addWidget(apisLabel);
    catalogLayout->addWidget(m_apiView);
    catalogLayout->addWidget(opsLabel);
    catalogLayout->addWidget(filter);
    catalogLayout->addWidget(m_operationView, 1);

    m_tryIt = new TryItPanel(split);

    auto *right = new QSplitter(Qt::Vertical, split);
    right->setObjectName(u"responseSplitter"_s);
    m_response = new ResponseViewer(right);
    m_historyView = new QTableView(right);
    m_historyView->setObjectName(u"historyTableView"_s);
    m_historyView->setAccessibleName(tr("History of this operation"));
    m_historyView->setModel(m_historyModel);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->verticalHeader()->hide();
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    right->setStretchFactor(0, 4);
    right->setStretchFactor(1, 1);
    connect(m_historyView, &QTableView::activated, this, &MainWindow::openHistoryEntry);

    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 3);
    split->setSizes({260, 480, 620});
    setCentralWidget(split);

    connect(m_apiView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const QModelIndex api = m_operationFilter->mapFromSource(
            m_operationModel->apiIndex(current.data(ApiListModel::ApiIdRole).toString()));
        m_operationView->setRootIndex(api);
    });
    connect(m_operationView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onOperationSelected);

    m_retryLabel->setObjectName(u"retryCountdownLabel"_s);
    m_retryLabel->setAccessibleName(tr("Retry countdown"));
    m_retryLabel->hide();
    statusBar()->addWidget(m_retryLabel);
    m_remainingLabel->setObjectName(u"remainingCallsLabel"_s);
    m_remainingLabel->setAccessibleName(tr("Calls left under the gateway's limits"));
    m_remainingLabel->hide();
    statusBar()->addWidget(m_remainingLabel);
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
        return;
    }
    // Keep the unreadable file for the user to mend; never write over it.
    const QString kept = path + u".unreadable-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    QFile::rename(path, kept);
    MessageBox::warning(this, tr("Workspace not loaded"),
                        tr("%1\n\nThe file was kept as %2; Portico starts with a new workspace.").arg(error, kept), this,
                        [](QMessageBox::StandardButton) {});
}

void MainWindow::installWorkspace()
{
    const QString apiId = m_currentApiId;
    const QString operationId = m_currentOperationId;
    m_apiModel->setApis(m_workspace.apis);
    m_operationModel->setApis(m_workspace.apis);
    QStringList names;
    for (const client::Environment &e : std::as_const(m_workspace.environments))
        names.append(e.name);
    m_tryIt->setEnvironments(names, m_workspace.activeEnvironment);
    m_currentApiId.clear();
    m_currentOperationId.clear();
    if (!selectOperation(apiId, operationId) && !m_workspace.savedRequests.isEmpty())
        selectOperation(m_workspace.savedRequests.first().apiId, m_workspace.savedRequests.first().operationId);
}

bool MainWindow::selectOperation(const QString &apiId, const QString &operationId)
{
    const QModelIndex op = m_operationFilter->mapFromSource(m_operationModel->operationIndex(apiId, operationId));
    if (!op.isValid())
        return false;
    m_apiView->setCurrentIndex(m_apiModel->index(m_apiModel->rowOf(apiId), 0));
    m_operationView->setRootIndex(op.parent());
    m_operationView->setCurrentIndex(op);
    return true;
}

void MainWindow::onOperationSelected()
{
    const QModelIndex current = m_operationView->currentIndex();
    if (!current.data(OperationTreeModel::IsOperationRole).toBool())
        return;
    const QString apiId = current.data(OperationTreeModel::ApiIdRole).toString();
    const QString operationId = current.data(OperationTreeModel::OperationIdRole).toString();
    const client::Api *api = m_workspace.api(apiId);
    const client::Operation *op = api ? api->operation(operationId) : nullptr;
    if (!op)
        return;
    m_currentApiId = apiId;
    m_currentOperationId = operationId;
    const client::SavedRequest *saved = m_workspace.savedRequest(apiId, operationId);
    client::SavedRequest values;
    values.apiId = apiId;
    values.operationId = operationId;
    m_tryIt->setOperation(*api, *op, saved ? *saved : values);
    m_response->clear();
    reloadHistory();
    updatePreview();
}

const client::Environment *MainWindow::currentEnvironment() const
{
    return m_workspace.environment(m_tryIt->currentEnvironment());
}

void MainWindow::updatePreview()
{
    const client::Api *api = m_workspace.api(m_currentApiId);
    const client::Operation *op = api ? api->operation(m_currentOperationId) : nullptr;
    if (!op)
        return;
    const client::Environment *env = currentEnvironment();
    const client::BuiltRequest built =
        client::TryItSession::preview(*api, *op, m_tryIt->currentRequest(), env ? *env : client::Environment());
    m_tryIt->setUrlPreview(client::redactUrl(built.spec.url.toString()), client::TryItSession::problemsOf(built));
}

void MainWindow::send()
{
    const client::Api *api = m_workspace.api(m_currentApiId);
    const client::Operation *op = api ? api->operation(m_currentOperationId) : nullptr;
    if (!op)
        return;
    const client::SavedRequest values = m_tryIt->currentRequest();
    m_workspace.setSavedRequest(values);
    saveWorkspaceSoon();
    const client::Environment *env = currentEnvironment();
    m_engine->setAutoRetry(m_tryIt->autoRetry());
    m_tryIt->setBusy(true);
    if (!m_session->send(*api, *op, values, env ? *env : client::Environment()))
        m_tryIt->setBusy(false);
}

void MainWindow::onExchange(const client::Exchange &exchange)
{
    m_tryIt->setBusy(false);
    m_response->showExchange(exchange);
    showRemainingCalls(exchange);
    if (exchange.retryAfterSeconds > 0 && (exchange.status == 429 || exchange.status == 503 || exchange.status == 403))
        showRetryCountdown(exchange.retryAfterSeconds, tr("Throttled: the gateway takes calls again"));
    else
        showRetryCountdown(0, {});
    // A spooled body belongs to whoever holds the exchange: the viewer reads the newest one,
    // so the one before can go.
    if (!m_shownSpool.bodyFile.isEmpty() && m_shownSpool.bodyFile != exchange.bodyFile)
        client::HttpEngine::discardSpool(m_shownSpool);
    m_shownSpool = exchange.isSpooled() ? exchange : client::Exchange();
}

void MainWindow::onProblem(const QString &message)
{
    m_tryIt->setBusy(false);
    client::Exchange failed;
    failed.error = message;
    m_response->showExchange(failed);
}

void MainWindow::reloadHistory()
{
    m_historyModel->setEntries(m_history->isOpen() ? m_history->entries(m_currentApiId, m_currentOperationId)
                                                   : QList<client::HistoryEntry>());
}

void MainWindow::openHistoryEntry(const QModelIndex &index)
{
    const qint64 id = index.data(HistoryModel::IdRole).toLongLong();
    if (const auto exchange = m_history->load(id))
        m_response->showExchange(*exchange);
}

void MainWindow::openKeys()
{
    auto *dialog = new KeysDialog(m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showRetryCountdown(int seconds, const QString &what)
{
    m_retrySeconds = seconds;
    m_retryWhat = what;
    if (seconds <= 0) {
        m_retryTimer->stop();
        m_retryLabel->hide();
        return;
    }
    m_retryLabel->setText(tr("%1 in %n s", nullptr, seconds).arg(what));
    m_retryLabel->show();
    if (!m_retryTimer->isActive())
        m_retryTimer->start();
}

void MainWindow::showRemainingCalls(const client::Exchange &exchange)
{
    // Gateways that report what their throttling policies leave (the sandbox does) say so in
    // these headers; others leave the label hidden.
    QStringList parts;
    const QByteArray rate = exchange.header("X-RateLimit-Remaining");
    if (!rate.isEmpty())
        parts.append(tr("%1 of %2 calls left in the rate window").arg(QString::fromLatin1(rate), QString::fromLatin1(exchange.header("X-RateLimit-Limit"))));
    const QByteArray quota = exchange.header("X-Quota-Remaining");
    if (!quota.isEmpty())
        parts.append(tr("%1 of %2 left in the quota").arg(QString::fromLatin1(quota), QString::fromLatin1(exchange.header("X-Quota-Limit"))));
    m_remainingLabel->setText(parts.join(u" · "_s));
    m_remainingLabel->setVisible(!parts.isEmpty());
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
            statusBar()->showMessage(result.ok() ? tr("Key \"%1\" is in the keychain; send again.").arg(stored) : result.message,
                                     8000);
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
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No, this, [this, host, fingerprint](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes)
                return;
            m_engine->trustCertificate(host, fingerprint);
            QStringList stored = m_settings->value(u"tls/trusted/"_s + host).toStringList();
            stored.append(QString::fromLatin1(fingerprint.toHex()));
            stored.removeDuplicates();
            m_settings->setValue(u"tls/trusted/"_s + host, stored);
            statusBar()->showMessage(tr("The certificate of %1 is trusted; send again.").arg(host), 8000);
        });
}

bool MainWindow::sandboxEnabled() const
{
    return m_settings->value(u"sandbox/startAtLaunch"_s, true).toBool();
}

void MainWindow::loadSettings()
{
    // Trusted certificates are not secrets: a host and a fingerprint per line in settings.ini.
    QHash<QString, QList<QByteArray>> trusted;
    m_settings->beginGroup(u"tls/trusted"_s);
    for (const QString &host : m_settings->childKeys()) {
        for (const QString &hex : m_settings->value(host).toStringList())
            trusted[host].append(QByteArray::fromHex(hex.toLatin1()));
    }
    m_settings->endGroup();
    m_engine->setTrustedCertificates(trusted);
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
                                                 {client::kSandboxAdminKeySecret, access.adminKey}};
    for (const auto &[name, value] : keys) {
        m_secrets->write(name, value, this, [this](const client::SecretStore::Result &result) {
            if (!result.ok())
                statusBar()->showMessage(result.message);
        });
    }
    if (!m_workspaceLoaded) {
        m_workspace = client::sampleWorkspace(access.endpoints);
        m_workspaceLoaded = true;
        saveWorkspace();
        installWorkspace();
        selectOperation(u"azureml-demo"_s, u"rrs-execute"_s);
    } else if (client::refreshSandboxEnvironments(&m_workspace, access.endpoints)) {
        saveWorkspace();
        installWorkspace();
    }
    m_tryIt->setFocus();
    Q_EMIT ready();
}

void MainWindow::startEmbeddedSandbox()
{
    if (m_sandbox)
        return;
    m_sandbox = new sandbox::EmbeddedSandbox(this);
    connect(m_sandbox, &sandbox::EmbeddedSandbox::started, this, [this] {
        client::SandboxAccess access;
        const sandbox::Credentials credentials = m_sandbox->credentials();
        access.endpoints = {m_sandbox->gatewayUrl(), m_sandbox->serviceUrl(), credentials.workspace, credentials.service};
        access.apiKey = credentials.apiKey;
        access.adminKey = credentials.adminKey;
        for (const sandbox::Subscription &s : m_sandbox->subscriptions()) {
            QString &key = s.productId == u"unlimited" ? access.unlimitedKey : access.starterKey;
            if (s.state == u"active" && key.isEmpty() && (s.productId == u"unlimited" || s.productId == u"starter"))
                key = s.primaryKey;
        }
        attachSandbox(access);
    });
    connect(m_sandbox, &sandbox::EmbeddedSandbox::failed, this, &MainWindow::showSandboxFailed);
    showSandboxStarting();
    sandbox::SandboxOptions options;
    options.dataDir = m_paths.sandboxDir();
    m_sandbox->start(options);
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
