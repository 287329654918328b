// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The console's main window: its pages (the developer portal's Try-it page first), menus and
// status bar, over one workspace file and the services the composition root hands it. It knows
// the embedded sandbox only by what it is told of it (attachSandbox() and the show… calls).

#include "client/catalog/sampleworkspace.h"
#include "client/catalog/workspace.h"
#include "client/common/datapaths.h"
#include "ui/services.h"

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

class QAction;
class QCloseEvent;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;
class QSettings;
class QSslCertificate;
class QSslError;
class QTimer;
class QUndoStack;

namespace portico::client {
class HistoryStore;
class HttpEngine;
class SecretStore;
} // namespace portico::client

namespace portico::ui {

class DashboardView;
class ImportController;
class JobsView;
class PublisherView;
class TryItPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const Services &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The embedded sandbox is up: its keys go into the keychain and the workspace (the sample
    // one on a first launch) points at where it listens now.
    void attachSandbox(const client::SandboxAccess &access);
    // The sandbox's storage (Azurite) is up: new batch jobs are offered its connection string,
    // which goes to the keychain.
    void attachStorage(const QString &connectionString);
    void showStorageFailed(const QString &message);
    // The user's setting (Tools menu): start the sandbox at launch.
    bool sandboxEnabled() const;
    void showSandboxStarting();
    void showSandboxFailed(const QString &message);
    void showSandboxDisabled();

    // A view of its own beside the Try-it page (Jobs, Publish, Dashboard…): reached from the
    // View menu and the page bar, with its shortcut. Returns the action that shows it.
    QAction *addPage(QWidget *page, const QString &title, const QKeySequence &shortcut);
    void showPage(QWidget *page);
    QWidget *currentPage() const;

    const client::Workspace &workspace() const { return m_workspace; }
    bool selectOperation(const QString &apiId, const QString &operationId);
    client::SecretStore *secretStore() const { return m_secrets; }
    const Services &services() const { return m_services; }
    client::HttpEngine *httpEngine() const { return m_engine; }
    // File → Import…, drops on the API list and pastes; its steps are on undoStack().
    ImportController *importer() const { return m_import; }
    QUndoStack *undoStack() const { return m_undo; }

protected:
    // Asks first while a Try-it send is on its way (mainwindowclose.cpp).
    void closeEvent(QCloseEvent *event) override;

Q_SIGNALS:
    // The workspace is loaded or created and an operation is selected: ready to send.
    void ready();
    // The Jobs page is on show: batch jobs may need the sandbox's storage now.
    void storageWanted();

private:
    void buildMenus();
    void buildHelpMenu();
    void buildImport(QMenu *file);
    void buildEditMenu();
    void onImported(const QString &apiId, const QString &operationId);
    void buildLanguageMenu(QMenu *parent);
    void buildPublishMenu(QMenu *parent);
    void choosePublishTarget();
    // The Connection menu and status (mainwindowazure.cpp).
    void buildConnectionMenu();
    void chooseConnection();
    void openSignIn();
    void applyConnection();
    void showConnectionState();
    bool onAzure() const;
    // The Try-it catalog on an Azure connection: the instance's APIs at its gateway.
    void refreshAzureCatalog();
    void mergeAzureApis(const QList<client::Api> &apis);
    // Drops from Try it the copies of that gateway's APIs.
    void removeAzureApis(const QUrl &gateway);
    // On a local connection, drops the copies an earlier run took from an Azure instance.
    void forgetEarlierAzureApis();
    QWidget *lazyHost(const QString &name);
    void ensurePublisher();
    void ensureDashboard();
    void buildLayout();
    void loadWorkspace();
    void installWorkspace();
    void saveWorkspaceSoon();
    void saveWorkspace();
    void openKeys();
    void openEnvironments(); // mainwindowenvironments.cpp
    void applyEnvironments(const QList<client::Environment> &environments, const QString &active);
    void askForSecret(const QString &name);
    void onTlsErrors(quint64 id, const QString &host, const QList<QSslError> &errors, const QSslCertificate &leaf);

    Services m_services;
    client::DataPaths m_paths;
    client::Workspace m_workspace;
    bool m_workspaceLoaded = false;
    client::SecretStore *m_secrets;
    client::HttpEngine *m_engine;
    client::HistoryStore *m_history;
    QSettings *m_settings;

    QStackedWidget *m_pages = nullptr;
    QToolBar *m_pageBar = nullptr;
    QActionGroup *m_pageActions = nullptr;
    QMenu *m_viewMenu = nullptr;
    TryItPage *m_tryItPage = nullptr;
    QWidget *m_publishHost = nullptr; // the Publish page, until its view is built
    QWidget *m_dashboardHost = nullptr;
    DashboardView *m_dashboard = nullptr;
    JobsView *m_jobs = nullptr;
    PublisherView *m_publisher = nullptr;
    QAction *m_publishManaged = nullptr;   // Tools → Publish to: the sandbox's gateway…
    QAction *m_publishWorkspace = nullptr; // …or this workspace alone
    QUrl m_managedGateway;
    QLabel *m_sandboxStatus;
    QLabel *m_connectionStatus = nullptr;
    QAction *m_signInAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QObject *m_azureCalls = nullptr; // the context of the connection's calls: replaced on a switch
    QUrl m_azureGateway;             // the instance's gatewayUrl, once known
    bool m_azureCatalogAsked = false;
    // While "Sign in again" is asked or the sign-in dialog is open, other refused calls ask nothing.
    bool m_askingSignIn = false;
    QPointer<QWidget> m_signInDialog;
    QTimer *m_saveTimer;
    QUndoStack *m_undo = nullptr;
    ImportController *m_import = nullptr;
    bool m_quitConfirmed = false;
    bool m_askingToQuit = false;
};

} // namespace portico::ui
