// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/tryit/tryitpage.h"

#include "client/history/historystore.h"
#include "client/http/httpengine.h"
#include "client/interop/curlexport.h"
#include "client/secrets/redactor.h"
#include "client/secrets/secretstore.h"
#include "client/tryit/tryitsession.h"
#include "ui/catalog/apilistmodel.h"
#include "ui/catalog/methodbadgedelegate.h"
#include "ui/catalog/operationtreemodel.h"
#include "ui/history/historymodel.h"
#include "ui/response/responseviewer.h"
#include "ui/tryit/codeview.h"
#include "ui/tryit/tryitpanel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portico::ui {

TryItPage::TryItPage(client::Workspace *workspace, client::SecretStore *secrets, client::HttpEngine *engine,
                     client::HistoryStore *history, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_workspace(workspace)
    , m_secrets(secrets)
    , m_history(history)
    , m_session(new client::TryItSession(engine, secrets, this))
    , m_apiModel(new ApiListModel(this))
    , m_operationModel(new OperationTreeModel(this))
    , m_operationFilter(new QSortFilterProxyModel(this))
    , m_historyModel(new HistoryModel(this))
    , m_previewTimer(new QTimer(this))
    , m_retryTimer(new QTimer(this))
    // Not children yet: a QSplitter would take them for panes. The owner puts them in its
    // status bar (statusWidgets()).
    , m_retryLabel(new QLabel)
    , m_remainingLabel(new QLabel)
{
    setObjectName(u"mainSplitter"_s);
    setAccessibleName(tr("Try it"));
    m_operationFilter->setSourceModel(m_operationModel);
    m_operationFilter->setRecursiveFilteringEnabled(true);
    m_operationFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(120);
    connect(m_previewTimer, &QTimer::timeout, this, &TryItPage::updatePreview);
    if (m_history->isOpen())
        m_session->setHistory(m_history);

    buildCatalog();
    // The request and, beside it, the same request as sample code.
    auto *middle = new QTabWidget(this);
    middle->setObjectName(u"requestTabWidget"_s);
    middle->setAccessibleName(tr("Request and sample code"));
    m_tryIt = new TryItPanel(middle);
    m_code = new CodeView(middle);
    middle->addTab(m_tryIt, tr("Request"));
    middle->addTab(m_code, tr("Code"));
    auto *right = new QSplitter(Qt::Vertical, this);
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
    connect(m_historyView, &QTableView::activated, this, &TryItPage::openHistoryEntry);
    setStretchFactor(0, 1);
    setStretchFactor(1, 2);
    setStretchFactor(2, 3);
    setSizes({260, 480, 620});

    m_retryLabel->setObjectName(u"retryCountdownLabel"_s);
    m_retryLabel->setAccessibleName(tr("Retry countdown"));
    m_retryLabel->hide();
    m_remainingLabel->setObjectName(u"remainingCallsLabel"_s);
    m_remainingLabel->setAccessibleName(tr("Calls left under the gateway's limits"));
    m_remainingLabel->hide();
    m_retryTimer->setInterval(1000);
    connect(m_retryTimer, &QTimer::timeout, this, [this] { showRetryCountdown(m_retrySeconds - 1, m_retryWhat); });
    connect(m_session, &client::TryItSession::retryScheduled, this, [this](int seconds, int attempt) {
        showRetryCountdown(seconds, tr("Throttled: sending again (attempt %1)").arg(attempt));
    });

    connect(m_session, &client::TryItSession::secretMissing, this, &TryItPage::secretMissing);
    connect(m_tryIt, &TryItPanel::sendRequested, this, &TryItPage::send);
    connect(m_tryIt, &TryItPanel::copyAsCurlRequested, this, &TryItPage::copyAsCurl);
    connect(m_tryIt, &TryItPanel::editEnvironmentsRequested, this, &TryItPage::environmentsEditRequested);
    connect(m_tryIt, &TryItPanel::cancelRequested, m_session, &client::TryItSession::cancel);
    connect(m_tryIt, &TryItPanel::requestEdited, this, [this] {
        if (!m_tryIt->hasOperation())
            return;
        m_workspace->setSavedRequest(m_tryIt->currentRequest());
        Q_EMIT workspaceEdited();
        m_previewTimer->start();
    });
    connect(m_tryIt, &TryItPanel::environmentChanged, this, [this](const QString &name) {
        m_workspace->activeEnvironment = name;
        Q_EMIT workspaceEdited();
        m_previewTimer->start();
    });
    connect(m_session, &client::TryItSession::started, this,
            [this](const QString &url) { m_response->showInProgress(tr("Sending to %1…").arg(url)); });
    connect(m_session, &client::TryItSession::finished, this, &TryItPage::onExchange);
    connect(m_session, &client::TryItSession::problem, this, &TryItPage::onProblem);
    connect(m_session, &client::TryItSession::recorded, this, [this](qint64 id) {
        if (const auto entry = m_history->entry(id))
            m_historyModel->prependEntry(*entry);
        Q_EMIT exchangeRecorded();
    });
    connect(m_secrets, &client::SecretStore::namesChanged, this,
            [this] { m_tryIt->setSecretNames(m_secrets->names()); });
    m_secrets->refreshNames(
        this, [this](const client::SecretStore::Result &) { m_tryIt->setSecretNames(m_secrets->names()); });
}

TryItPage::~TryItPage()
{
    for (QLabel *label : {m_retryLabel, m_remainingLabel}) {
        if (!label->parent())
            delete label;
    }
    delete m_response; // before its spool file goes
    m_response = nullptr;
    client::HttpEngine::discardSpool(m_shownSpool);
}

void TryItPage::buildCatalog()
{
    auto *catalog = new QWidget(this);
    auto *layout = new QVBoxLayout(catalog);
    layout->setContentsMargins(4, 4, 0, 4);
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
    layout->addWidget(apisLabel);
    layout->addWidget(m_apiView);
    layout->addWidget(opsLabel);
    layout->addWidget(filter);
    layout->addWidget(m_operationView, 1);

    connect(m_apiView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                showApiBranch(current.data(ApiListModel::ApiIdRole).toString());
            });
    connect(m_operationView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TryItPage::onOperationSelected);
}

QList<QWidget *> TryItPage::statusWidgets() const
{
    return {m_retryLabel, m_remainingLabel};
}

void TryItPage::setTokenSource(client::auth::TokenSource *source)
{
    m_session->setTokenSource(source);
}

bool TryItPage::isSending() const
{
    return m_session->isBusy();
}

void TryItPage::focusTryIt()
{
    m_tryIt->setFocus();
}

void TryItPage::installWorkspace()
{
    const QString apiId = m_currentApiId;
    const QString operationId = m_currentOperationId;
    m_apiModel->setApis(m_workspace->apis);
    m_operationModel->setApis(m_workspace->apis);
    QStringList names;
    for (const client::Environment &e : std::as_const(m_workspace->environments))
        names.append(e.name);
    m_tryIt->setEnvironments(names, m_workspace->activeEnvironment);
    m_currentApiId.clear();
    m_currentOperationId.clear();
    if (!selectOperation(apiId, operationId) && !m_workspace->savedRequests.isEmpty())
        selectOperation(m_workspace->savedRequests.first().apiId, m_workspace->savedRequests.first().operationId);
}

bool TryItPage::selectOperation(const QString &apiId, const QString &operationId)
{
    const QModelIndex op = m_operationFilter->mapFromSource(m_operationModel->operationIndex(apiId, operationId));
    if (!op.isValid())
        return false;
    m_apiView->setCurrentIndex(m_apiModel->index(m_apiModel->rowOf(apiId), 0));
    showApiBranch(apiId);
    m_operationView->setCurrentIndex(op);
    return true;
}

void TryItPage::showApiBranch(const QString &apiId)
{
    const QModelIndex api = m_operationFilter->mapFromSource(m_operationModel->apiIndex(apiId));
    if (m_operationView->rootIndex() != api)
        m_operationView->setRootIndex(api);
    // Tag groups open, with the branch marks that let them be folded; a flat API has none.
    m_operationView->setRootIsDecorated(m_operationModel->hasGroups(apiId));
    m_operationView->expandRecursively(api);
}

void TryItPage::onOperationSelected()
{
    const QModelIndex current = m_operationView->currentIndex();
    if (!current.data(OperationTreeModel::IsOperationRole).toBool())
        return;
    const QString apiId = current.data(OperationTreeModel::ApiIdRole).toString();
    const QString operationId = current.data(OperationTreeModel::OperationIdRole).toString();
    const client::Api *api = m_workspace->api(apiId);
    const client::Operation *op = api ? api->operation(operationId) : nullptr;
    if (!op)
        return;
    m_currentApiId = apiId;
    m_currentOperationId = operationId;
    const client::SavedRequest *saved = m_workspace->savedRequest(apiId, operationId);
    client::SavedRequest values;
    values.apiId = apiId;
    values.operationId = operationId;
    m_tryIt->setOperation(*api, *op, saved ? *saved : values);
    m_response->clear();
    reloadHistory();
    updatePreview();
}

const client::Environment *TryItPage::currentEnvironment() const
{
    return m_workspace->environment(m_tryIt->currentEnvironment());
}

void TryItPage::updatePreview()
{
    const client::Api *api = m_workspace->api(m_currentApiId);
    const client::Operation *op = api ? api->operation(m_currentOperationId) : nullptr;
    if (!op)
        return;
    const client::Environment *env = currentEnvironment();
    const client::BuiltRequest built =
        client::TryItSession::preview(*api, *op, m_tryIt->currentRequest(), env ? *env : client::Environment());
    m_tryIt->setUrlPreview(client::redactUrl(built.spec.url.toString()), client::TryItSession::problemsOf(built));
    m_code->setRequest(m_workspace, m_currentApiId, m_tryIt->currentRequest(), m_tryIt->currentEnvironment());
}

void TryItPage::copyAsCurl()
{
    const client::Api *api = m_workspace->api(m_currentApiId);
    const client::Operation *op = api ? api->operation(m_currentOperationId) : nullptr;
    if (!op)
        return;
    const client::Environment *env = currentEnvironment();
    const client::BuiltRequest built =
        client::TryItSession::preview(*api, *op, m_tryIt->currentRequest(), env ? *env : client::Environment());
    QGuiApplication::clipboard()->setText(client::curlCommand(built));
}

void TryItPage::send()
{
    const client::Api *api = m_workspace->api(m_currentApiId);
    const client::Operation *op = api ? api->operation(m_currentOperationId) : nullptr;
    if (!op)
        return;
    const client::SavedRequest values = m_tryIt->currentRequest();
    m_workspace->setSavedRequest(values);
    Q_EMIT workspaceEdited();
    const client::Environment *env = currentEnvironment();
    m_session->setAutoRetry(m_tryIt->autoRetry());
    m_tryIt->setBusy(true);
    if (!m_session->send(*api, *op, values, env ? *env : client::Environment()))
        m_tryIt->setBusy(false);
}

void TryItPage::onExchange(const client::RedactedExchange &redacted)
{
    const client::Exchange &exchange = redacted.exchange();
    m_tryIt->setBusy(false);
    m_response->showExchange(redacted);
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

void TryItPage::onProblem(const QString &message)
{
    m_tryIt->setBusy(false);
    client::Exchange failed;
    failed.error = message;
    m_response->showExchange(client::RedactedExchange::of(failed, {}));
}

void TryItPage::reloadHistory()
{
    m_historyModel->setEntries(m_history->isOpen() ? m_history->entries(m_currentApiId, m_currentOperationId)
                                                   : QList<client::HistoryEntry>());
}

void TryItPage::openHistoryEntry(const QModelIndex &index)
{
    const qint64 id = index.data(HistoryModel::IdRole).toLongLong();
    if (const auto exchange = m_history->load(id))
        m_response->showExchange(client::RedactedExchange::fromStore(*exchange));
}

void TryItPage::showRetryCountdown(int seconds, const QString &what)
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

void TryItPage::showRemainingCalls(const client::Exchange &exchange)
{
    // Gateways that report what their throttling policies leave (the sandbox does) say so in
    // these headers; others leave the label hidden.
    QStringList parts;
    const QByteArray rate = exchange.header("X-RateLimit-Remaining");
    if (!rate.isEmpty())
        parts.append(tr("%1 of %2 calls left in the rate window")
                         .arg(QString::fromLatin1(rate), QString::fromLatin1(exchange.header("X-RateLimit-Limit"))));
    const QByteArray quota = exchange.header("X-Quota-Remaining");
    if (!quota.isEmpty())
        parts.append(tr("%1 of %2 left in the quota")
                         .arg(QString::fromLatin1(quota), QString::fromLatin1(exchange.header("X-Quota-Limit"))));
    m_remainingLabel->setText(parts.join(u" · "_s));
    m_remainingLabel->setVisible(!parts.isEmpty());
}

} // namespace portico::ui
