// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/publish/publisherview.h"

#include "client/catalog/workspace.h"
#include "client/management/managementclient.h"
#include "client/management/workspacepublisher.h"
#include "client/secrets/secretstore.h"
#include "ui/import/importdialog.h"
#include "ui/messagebox.h"
#include "ui/publish/apidialog.h"
#include "ui/publish/operationdialog.h"
#include "ui/publish/productsmodel.h"
#include "ui/publish/productspage.h"
#include "ui/publish/publishtreemodel.h"
#include "ui/publish/subscriptionspage.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace portico::ui {

namespace {

QAction *makeAction(const QString &text, const QString &objectName, const QKeySequence &shortcut, QWidget *scope)
{
    auto *action = new QAction(text, scope);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    // Only within the APIs tab: the products and subscriptions pages have their own Ins/Del.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    scope->addAction(action);
    return action;
}

} // namespace

PublisherView::PublisherView(client::ManagementClient *client, client::SecretStore *secrets, QWidget *parent)
    : QWidget(parent)
    , m_secrets(secrets)
    , m_emptyWorkspace(std::make_unique<client::Workspace>())
    , m_client(client)
    , m_management(client)
    , m_modeLabel(new QLabel(this))
    , m_toolBar(new QToolBar(this))
    , m_tabs(new QTabWidget(this))
    , m_apisPage(new QWidget(m_tabs))
    , m_tree(new QTreeView(m_apisPage))
    , m_productsPage(new ProductsPage(m_client, m_tabs))
    , m_subscriptionsPage(new SubscriptionsPage(m_client, secrets, m_tabs))
    , m_statusLabel(new QLabel(this))
    , m_addApiAction(makeAction(tr("Add &API…"), u"addApiAction"_s, QKeySequence(u"Ctrl+Shift+N"_s), m_apisPage))
    , m_addOperationAction(
          makeAction(tr("Add &Operation…"), u"addOperationAction"_s, QKeySequence(Qt::Key_Insert), m_apisPage))
    , m_editAction(makeAction(tr("&Edit…"), u"editPublishedAction"_s, QKeySequence(Qt::Key_F2), m_apisPage))
    , m_deleteAction(makeAction(tr("&Delete"), u"deletePublishedAction"_s, QKeySequence::Delete, m_apisPage))
    , m_undoAction(makeAction(tr("&Undo"), u"undoPublishAction"_s, QKeySequence::Undo, m_apisPage))
    , m_refreshAction(makeAction(tr("&Refresh"), u"refreshPublishAction"_s, QKeySequence::Refresh, this))
{
    setObjectName(u"publisherView"_s);
    setAccessibleName(tr("Publish"));
    m_modeLabel->setObjectName(u"publishModeLabel"_s);
    m_modeLabel->setAccessibleName(tr("Where changes go"));
    m_modeLabel->setWordWrap(true);
    m_modeLabel->setTextFormat(Qt::PlainText);
    m_importAction =
        makeAction(tr("&Import from OpenAPI…"), u"importOpenApiAction"_s, QKeySequence(u"Ctrl+Shift+I"_s), m_apisPage);
    m_toolBar->setObjectName(u"publishToolBar"_s);
    m_toolBar->setAccessibleName(tr("Publishing actions"));
    m_toolBar->addActions({m_addApiAction, m_importAction, m_addOperationAction, m_editAction, m_deleteAction});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_undoAction, m_refreshAction});
    m_tabs->setObjectName(u"publishTabWidget"_s);
    m_tabs->setAccessibleName(tr("APIs, products and subscriptions"));
    m_tree->setObjectName(u"publishedApisTreeView"_s);
    m_tree->setAccessibleName(tr("APIs and operations"));
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addActions(
        {m_addApiAction, m_importAction, m_addOperationAction, m_editAction, m_deleteAction, m_undoAction});
    m_statusLabel->setObjectName(u"publishStatusLabel"_s);
    m_statusLabel->setAccessibleName(tr("Publishing status"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setWordWrap(true);

    auto *apisLayout = new QVBoxLayout(m_apisPage);
    apisLayout->setContentsMargins(0, 0, 0, 0);
    apisLayout->addWidget(m_tree);
    m_apisPage->setObjectName(u"publishedApisPage"_s);
    m_tabs->addTab(m_apisPage, tr("A&PIs"));
    m_tabs->addTab(m_productsPage, tr("P&roducts"));
    m_tabs->addTab(m_subscriptionsPage, tr("&Subscriptions"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &PublisherView::updateActions);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_modeLabel);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_statusLabel);

    connect(m_addApiAction, &QAction::triggered, this, &PublisherView::addApi);
    connect(m_addOperationAction, &QAction::triggered, this, &PublisherView::addOperation);
    connect(m_editAction, &QAction::triggered, this, &PublisherView::editSelected);
    connect(m_deleteAction, &QAction::triggered, this, &PublisherView::deleteSelected);
    connect(m_undoAction, &QAction::triggered, this, &PublisherView::undo);
    connect(m_importAction, &QAction::triggered, this, &PublisherView::importFromDocument);
    connect(m_refreshAction, &QAction::triggered, this, &PublisherView::refresh);
    connect(m_tree, &QTreeView::doubleClicked, this, &PublisherView::editSelected);
    connect(m_productsPage, &ProductsPage::productsChanged, this, [this] {
        if (m_publisher)
            m_publisher->refresh();
        // Deleting a product deletes its subscriptions too.
        m_subscriptionsPage->refresh();
    });
    connect(m_productsPage->model(), &QAbstractItemModel::modelReset, this,
            [this] { m_subscriptionsPage->setProducts(m_productsPage->model()->products()); });

    install(new client::WorkspacePublisher(m_emptyWorkspace.get(), this),
            tr("No gateway or workspace to publish to yet."));
}

PublisherView::~PublisherView()
{
    // A dialog closed just before is only scheduled for deletion; it goes first, while this
    // view is still whole.
    delete m_apiDialog.data();
    delete m_operationDialog.data();
}

bool PublisherView::isManaged() const
{
    return m_publisher && m_publisher->managesGateway();
}

void PublisherView::setManagedGateway(const QUrl &gateway, const QString &adminKeySecret)
{
    m_client->setGateway(gateway, adminKeySecret);
    setManagement(m_client,
                  tr("Publishing on the gateway at %1: changes apply to it at once.").arg(gateway.toString()));
}

void PublisherView::setManagement(client::GatewayManagement *management, const QString &modeText)
{
    // A dialog opened on the gateway before would save to this one.
    if (m_apiDialog)
        m_apiDialog->reject();
    if (m_operationDialog)
        m_operationDialog->reject();
    m_management = management;
    m_productsPage->setClient(management);
    m_subscriptionsPage->setClient(management);
    install(management->createPublisher(this), modeText);
    m_productsPage->refresh();
    m_subscriptionsPage->refresh();
}

void PublisherView::setWorkspaceMode(client::Workspace *workspace)
{
    auto *publisher = new client::WorkspacePublisher(workspace, this);
    connect(publisher, &client::WorkspacePublisher::changed, this, &PublisherView::workspaceChanged);
    install(publisher,
            tr("Portico cannot manage this gateway: changes go to the workspace's catalog only. Make "
               "the same changes in the gateway's own portal."));
}

void PublisherView::install(client::ApiPublisher *publisher, const QString &modeText)
{
    PublishTreeModel *previousModel = m_treeModel;
    if (m_publisher) {
        // Its replies still due are for the gateway before: none reaches this view.
        m_publisher->disconnect(this);
        m_publisher->deleteLater();
    }
    m_publisher = publisher;
    m_treeModel = new PublishTreeModel(publisher, this);
    m_tree->setModel(m_treeModel);
    delete previousModel;
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &PublisherView::updateActions);
    // The model is rebuilt after every change and refresh; the selection stays where it was.
    connect(m_treeModel, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keptSelection = {selectedApiId(), selectedOperationId()};
    });
    connect(m_treeModel, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        select(m_keptSelection.first, m_keptSelection.second);
        if (!m_tree->currentIndex().isValid())
            select(m_keptSelection.first);
    });
    connect(publisher, &client::ApiPublisher::apisChanged, this, [this] {
        QList<client::ProductChoice> apis;
        for (const client::Api &a : m_publisher->apis())
            apis.append({a.id, a.name});
        m_productsPage->setApiChoices(apis);
        updateActions();
    });
    connect(publisher, &client::ApiPublisher::failed, this, [this](const QString &message) {
        showStatus(message);
        // The change did not reach the gateway (a refused or expired sign-in, say): what the
        // user entered comes back in its dialog instead of being lost.
        if (auto reopen = std::exchange(m_reopenEdit, {}))
            reopen();
    });
    connect(publisher, &client::ApiPublisher::apisChanged, this, [this] { m_reopenEdit = {}; });
    connect(publisher, &client::ApiPublisher::busyChanged, this, &PublisherView::updateActions);
    connect(publisher, &client::ApiPublisher::undoChanged, this, &PublisherView::updateActions);
    m_modeLabel->setText(modeText);
    const bool managed = publisher->managesGateway();
    m_tabs->setTabEnabled(m_tabs->indexOf(m_productsPage), managed);
    m_tabs->setTabEnabled(m_tabs->indexOf(m_subscriptionsPage), managed);
    m_tabs->setTabToolTip(m_tabs->indexOf(m_productsPage),
                          managed ? QString() : tr("Products live on a gateway Portico can manage."));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_subscriptionsPage),
                          managed ? QString() : tr("Subscriptions live on a gateway Portico can manage."));
    publisher->refresh();
    updateActions();
}

ImportDialog *PublisherView::openImportDialog() const
{
    return m_importDialog;
}

void PublisherView::importFromDocument()
{
    if (!m_publisher || !m_management || m_importDialog)
        return;
    // The same dialog as File → Import… (file, URL or text, progress and Cancel); what it
    // reads goes to the gateway, each API with all its operations as one undoable change.
    m_importDialog = new ImportDialog(m_management->engine(), this);
    m_importDialog->setObjectName(u"publishImportDialog"_s);
    m_importDialog->setWindowTitle(tr("Import from OpenAPI"));
    m_importDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_importDialog, &QDialog::finished, this, &PublisherView::updateActions);
    connect(m_importDialog, &ImportDialog::resultReady, this,
            [this](const client::ImportResult &result, const QString &source) {
                if (!m_publisher)
                    return;
                for (const client::Api &api : result.apis) {
                    showStatus(tr("Publishing “%1” from %2: the API and its %3 operations…")
                                   .arg(api.name, source)
                                   .arg(api.operations.size()));
                    m_publisher->importApi(api, api.products);
                }
            });
    m_importDialog->open();
    updateActions();
}

ApiDialog *PublisherView::openApiDialog() const
{
    return m_apiDialog;
}

OperationDialog *PublisherView::openOperationDialog() const
{
    return m_operationDialog;
}

QString PublisherView::statusText() const
{
    return m_statusLabel->text();
}

void PublisherView::showStatus(const QString &text)
{
    m_statusLabel->setText(text);
}

QString PublisherView::selectedApiId() const
{
    return m_tree->currentIndex().data(PublishTreeModel::ApiIdRole).toString();
}

QString PublisherView::selectedOperationId() const
{
    return m_tree->currentIndex().data(PublishTreeModel::OperationIdRole).toString();
}

void PublisherView::select(const QString &apiId, const QString &operationId)
{
    const QModelIndex index =
        operationId.isEmpty() ? m_treeModel->apiIndex(apiId) : m_treeModel->operationIndex(apiId, operationId);
    m_tree->setCurrentIndex(index);
}

void PublisherView::updateActions()
{
    // A closed dialog lingers until its deferred deletion; only an open one blocks.
    const bool dialogOpen = (m_apiDialog && m_apiDialog->isVisible()) ||
        (m_operationDialog && m_operationDialog->isVisible()) || (m_importDialog && m_importDialog->isVisible());
    // The toolbar acts on APIs and operations: the products and subscriptions tabs have buttons of their own.
    const bool onApis = m_tabs->currentWidget() == m_apisPage;
    const bool ready = m_publisher && !m_publisher->isBusy() && !dialogOpen;
    const bool idle = ready && onApis;
    const bool hasApi = !selectedApiId().isEmpty();
    m_addApiAction->setEnabled(idle);
    m_importAction->setEnabled(idle && m_management);
    m_addOperationAction->setEnabled(idle && hasApi);
    m_editAction->setEnabled(idle && hasApi);
    m_deleteAction->setEnabled(idle && hasApi);
    const QString undoText = m_publisher ? m_publisher->undoText() : QString();
    m_undoAction->setEnabled(idle && !undoText.isEmpty());
    m_undoAction->setText(undoText.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undoText));
    m_refreshAction->setEnabled(ready);
}

void PublisherView::refresh()
{
    if (!m_publisher)
        return;
    m_publisher->refresh();
    if (isManaged()) {
        m_productsPage->refresh();
        m_subscriptionsPage->refresh();
    }
}

void PublisherView::addApi()
{
    if (!m_addApiAction->isEnabled())
        return;
    m_apiDialog = new ApiDialog(m_publisher->apis(), m_publisher->products(), this);
    m_apiDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_apiDialog, &QDialog::accepted, this, [this, dialog = m_apiDialog] {
        const client::Api api = dialog->api();
        const QStringList productIds = dialog->productIds();
        rememberEdit([this, api, productIds] { reopenApiDialog(api, productIds); });
        m_publisher->saveApi(api, productIds);
        connect(
            m_publisher, &client::ApiPublisher::apisChanged, this, [this, id = api.id] { select(id); },
            Qt::SingleShotConnection);
    });
    connect(m_apiDialog, &QDialog::finished, this, &PublisherView::updateActions);
    m_apiDialog->open();
    updateActions();
}

void PublisherView::addOperation()
{
    const client::Api *api = m_publisher ? m_publisher->api(selectedApiId()) : nullptr;
    if (!api || !m_addOperationAction->isEnabled())
        return;
    m_operationDialog = new OperationDialog(api->operations, this);
    m_operationDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_operationDialog, &QDialog::accepted, this, [this, apiId = api->id, dialog = m_operationDialog] {
        const client::Operation op = dialog->operation();
        rememberEdit([this, apiId, op] { reopenOperationDialog(apiId, op); });
        m_publisher->saveOperation(apiId, op);
        connect(
            m_publisher, &client::ApiPublisher::apisChanged, this, [this, apiId, id = op.id] { select(apiId, id); },
            Qt::SingleShotConnection);
    });
    connect(m_operationDialog, &QDialog::finished, this, &PublisherView::updateActions);
    m_operationDialog->open();
    updateActions();
}

void PublisherView::editSelected()
{
    const client::Api *api = m_publisher ? m_publisher->api(selectedApiId()) : nullptr;
    if (!api || !m_editAction->isEnabled())
        return;
    const QString operationId = selectedOperationId();
    if (operationId.isEmpty()) {
        QStringList productIds;
        for (const client::ProductChoice &p : m_publisher->products()) {
            if (api->products.contains(p.name))
                productIds.append(p.id);
        }
        reopenApiDialog(*api, productIds);
    } else if (const client::Operation *op = api->operation(operationId)) {
        reopenOperationDialog(api->id, *op);
    }
    updateActions();
}

void PublisherView::rememberEdit(std::function<void()> reopen)
{
    m_reopenEdit = std::move(reopen);
}

void PublisherView::reopenApiDialog(const client::Api &api, const QStringList &productIds)
{
    if (m_apiDialog || !m_publisher)
        return;
    m_apiDialog = new ApiDialog(m_publisher->apis(), m_publisher->products(), this);
    m_apiDialog->setApi(api, productIds);
    m_apiDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_apiDialog, &QDialog::accepted, this, [this, dialog = m_apiDialog] {
        const client::Api edited = dialog->api();
        const QStringList ids = dialog->productIds();
        rememberEdit([this, edited, ids] { reopenApiDialog(edited, ids); });
        m_publisher->saveApi(edited, ids);
    });
    connect(m_apiDialog, &QDialog::finished, this, &PublisherView::updateActions);
    m_apiDialog->open();
    updateActions();
}

void PublisherView::reopenOperationDialog(const QString &apiId, const client::Operation &op)
{
    const client::Api *api = m_publisher ? m_publisher->api(apiId) : nullptr;
    if (m_operationDialog || !api)
        return;
    m_operationDialog = new OperationDialog(api->operations, this);
    m_operationDialog->setOperation(op);
    m_operationDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_operationDialog, &QDialog::accepted, this, [this, apiId, dialog = m_operationDialog] {
        const client::Operation edited = dialog->operation();
        rememberEdit([this, apiId, edited] { reopenOperationDialog(apiId, edited); });
        m_publisher->saveOperation(apiId, edited);
    });
    connect(m_operationDialog, &QDialog::finished, this, &PublisherView::updateActions);
    m_operationDialog->open();
    updateActions();
}

void PublisherView::deleteSelected()
{
    const client::Api *api = m_publisher ? m_publisher->api(selectedApiId()) : nullptr;
    if (!api || !m_deleteAction->isEnabled())
        return;
    const QString apiId = api->id;
    const QString operationId = selectedOperationId();
    const client::Operation *op = api->operation(operationId);
    const QString question = op
        ? tr("Delete the operation “%1” (%2 %3)?").arg(op->name, op->method, op->urlTemplate)
        : tr("Delete the API “%1” and its operations? Calls to /%2 stop working.").arg(api->name, api->path);
    const QString done = op ? tr("Deleted the operation “%1”. Undo with Ctrl+Z.").arg(op->name)
                            : tr("Deleted the API “%1”. Undo with Ctrl+Z.").arg(api->name);
    MessageBox::question(this, op ? tr("Delete Operation") : tr("Delete API"), question,
                         QMessageBox::Yes | QMessageBox::No, QMessageBox::No, this,
                         [this, apiId, operationId, done](QMessageBox::StandardButton answer) {
                             if (answer != QMessageBox::Yes)
                                 return;
                             if (operationId.isEmpty())
                                 m_publisher->deleteApi(apiId);
                             else
                                 m_publisher->deleteOperation(apiId, operationId);
                             showStatus(done);
                         });
}

void PublisherView::undo()
{
    if (!m_publisher || !m_undoAction->isEnabled())
        return;
    showStatus(tr("Undone: %1").arg(m_publisher->undoText()));
    m_publisher->undo();
}

} // namespace portico::ui
