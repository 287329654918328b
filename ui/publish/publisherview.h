// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The publisher's side of API Management in one widget: the APIs and their operations, the
// products and the subscriptions, with toolbar actions and shortcuts (Ins, Del, F2, Ctrl+Z,
// F5). Works on a gateway Portico can manage, or on the local workspace's catalog alone.

#include "client/management/gatewaymanagement.h"

#include <QPair>
#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QTabWidget;
class QToolBar;
class QTreeView;

namespace portico::client {
struct Api;
struct Operation;
class ApiPublisher;
class GatewayManagement;
class ManagementClient;
class SecretStore;
class Workspace;
} // namespace portico::client

namespace portico::ui {

class ApiDialog;
class ImportDialog;
class OperationDialog;
class ProductsPage;
class PublishTreeModel;
class SubscriptionsPage;

class PublisherView : public QWidget
{
    Q_OBJECT
public:
    // The client (the local sandbox's) and the store are not owned and must be used from this
    // thread only; setManagedGateway() points the client at the gateway it manages.
    PublisherView(client::ManagementClient *client, client::SecretStore *secrets, QWidget *parent = nullptr);
    ~PublisherView() override;

    // A gateway Portico can manage: its management API under gateway/management, with the
    // admin key read from the keychain entry named adminKeySecret for every call.
    void setManagedGateway(const QUrl &gateway, const QString &adminKeySecret);
    // Any gateway Portico can manage (an Azure API Management instance, say), not owned: the
    // APIs, products and subscriptions reload from it, and replies still due from the gateway
    // before are dropped.
    void setManagement(client::GatewayManagement *management, const QString &modeText);
    // A gateway Portico cannot manage: the dialogs edit this workspace's catalog, and
    // workspaceChanged() asks its owner to save. The workspace is not owned.
    void setWorkspaceMode(client::Workspace *workspace);
    bool isManaged() const;

    client::ApiPublisher *publisher() const { return m_publisher; }
    client::GatewayManagement *management() const { return m_management; }
    PublishTreeModel *treeModel() const { return m_treeModel; }
    QTreeView *treeView() const { return m_tree; }
    ProductsPage *productsPage() const { return m_productsPage; }
    SubscriptionsPage *subscriptionsPage() const { return m_subscriptionsPage; }
    ApiDialog *openApiDialog() const;
    OperationDialog *openOperationDialog() const;
    QString statusText() const;

    void refresh();
    void addApi();
    void addOperation();
    void editSelected();
    void deleteSelected();
    void undo();
    // Import from OpenAPI: a document's API and all its operations, published in one step.
    void importFromDocument();
    ImportDialog *openImportDialog() const;
    void select(const QString &apiId, const QString &operationId = QString());

Q_SIGNALS:
    // Workspace mode only: the catalog changed and should be saved.
    void workspaceChanged();

private:
    void install(client::ApiPublisher *publisher, const QString &modeText);
    // The API or operation dialog on these contents: to edit one, or, after a save failed,
    // again with what the user entered.
    void reopenApiDialog(const client::Api &api, const QStringList &productIds);
    void reopenOperationDialog(const QString &apiId, const client::Operation &op);
    // A dialog's save is under way: should it fail, reopen shows the user's edit again.
    void rememberEdit(std::function<void()> reopen);
    void showStatus(const QString &text);
    void updateActions();
    QString selectedApiId() const;
    QString selectedOperationId() const;

    QPointer<client::SecretStore> m_secrets;
    // What the view shows before either mode is set: nothing, editable by nobody.
    std::unique_ptr<client::Workspace> m_emptyWorkspace;
    client::ManagementClient *m_client;
    QPointer<client::GatewayManagement> m_management; // an Azure one goes with its connection
    client::ApiPublisher *m_publisher = nullptr;
    PublishTreeModel *m_treeModel = nullptr;
    QLabel *m_modeLabel;
    QToolBar *m_toolBar;
    QTabWidget *m_tabs;
    QWidget *m_apisPage;
    QTreeView *m_tree;
    ProductsPage *m_productsPage;
    SubscriptionsPage *m_subscriptionsPage;
    QLabel *m_statusLabel;
    QAction *m_addApiAction;
    QAction *m_addOperationAction;
    QAction *m_editAction;
    QAction *m_deleteAction;
    QAction *m_undoAction;
    QAction *m_refreshAction;
    QPair<QString, QString> m_keptSelection; // API and operation ids across a model reset
    QPointer<ApiDialog> m_apiDialog;
    QPointer<OperationDialog> m_operationDialog;
    QAction *m_importAction = nullptr;
    QPointer<ImportDialog> m_importDialog;
    std::function<void()> m_reopenEdit; // while a dialog's save is under way
};

} // namespace portico::ui
