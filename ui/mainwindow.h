#pragma once
// The console's main window: the developer portal's API list and operation tree, the Try-it
// panel and the response viewer with the operation's history, over one workspace file.

#include "catalog/sampleworkspace.h"
#include "catalog/workspace.h"
#include "http/exchange.h"
#include "common/datapaths.h"

#include <QMainWindow>
#include <QUrl>

#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;
class QSettings;
class QSslCertificate;
class QSslError;
class QListView;
class QSortFilterProxyModel;
class QTableView;
class QTimer;
class QTreeView;

namespace portico::client {
class HistoryStore;
class HttpEngine;
class SecretStore;
class TryItSession;
}

namespace portico::sandbox {
class EmbeddedSandbox;
}

namespace portico::ui {

class ApiListModel;
class HistoryModel;
class OperationTreeModel;
class ResponseViewer;
class TryItPanel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const client::DataPaths &paths = client::DataPaths(), QWidget *parent = nullptr);
    ~MainWindow() override;

    // The embedded sandbox is up: its keys go into the keychain and the workspace (the sample
    // one on a first launch) points at where it listens now.
    void attachSandbox(const client::SandboxAccess &access);
    // Runs the sandbox on its own thread, keeping its state under the profile's sandbox/.
    void startEmbeddedSandbox();
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
    client::HttpEngine *httpEngine() const { return m_engine; }

Q_SIGNALS:
    // The workspace is loaded or created and an operation is selected: ready to send.
    void ready();

private:
    void buildMenus();
    void buildHelpMenu();
    void buildLanguageMenu(QMenu *parent);
    void buildLayout();
    void loadWorkspace();
    void installWorkspace();
    void saveWorkspaceSoon();
    void saveWorkspace();
    void onOperationSelected();
    void updatePreview();
    void send();
    void onExchange(const client::Exchange &exchange);
    void onProblem(const QString &message);
    void reloadHistory();
    void openHistoryEntry(const QModelIndex &index);
    void openKeys();
    void askForSecret(const QString &name);
    void onTlsErrors(quint64 id, const QString &host, const QList<QSslError> &errors, const QSslCertificate &leaf);
    void showRetryCountdown(int seconds, const QString &what);
    void showRemainingCalls(const client::Exchange &exchange);
    void loadSettings();
    const client::Environment *currentEnvironment() const;

    client::DataPaths m_paths;
    client::Workspace m_workspace;
    bool m_workspaceLoaded = false;
    client::SecretStore *m_secrets;
    client::HttpEngine *m_engine;
    std::unique_ptr<client::HistoryStore> m_history;
    client::TryItSession *m_session;
    sandbox::EmbeddedSandbox *m_sandbox = nullptr;
    QSettings *m_settings;

    ApiListModel *m_apiModel;
    OperationTreeModel *m_operationModel;
    QSortFilterProxyModel *m_operationFilter;
    HistoryModel *m_historyModel;
    QListView *m_apiView = nullptr;
    QTreeView *m_operationView = nullptr;
    TryItPanel *m_tryIt = nullptr;
    ResponseViewer *m_response = nullptr;
    QTableView *m_historyView = nullptr;
    QStackedWidget *m_pages = nullptr;
    QToolBar *m_pageBar = nullptr;
    QActionGroup *m_pageActions = nullptr;
    QMenu *m_viewMenu = nullptr;
    QLabel *m_sandboxStatus;
    QTimer *m_saveTimer;
    QTimer *m_previewTimer;
    QTimer *m_retryTimer;
    QLabel *m_retryLabel;
    QLabel *m_remainingLabel;
    int m_retrySeconds = 0;
    QString m_retryWhat;
    client::Exchange m_shownSpool; // the exchange on show, when its body is in a spool file
    QString m_currentApiId;
    QString m_currentOperationId;
};

} // namespace portico::ui
