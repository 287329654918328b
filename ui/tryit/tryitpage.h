// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The developer portal's page: the API list and operation tree, the Try-it panel, the
// response viewer and the operation's history, over the main window's workspace.

#include "client/catalog/workspace.h"
#include "client/http/redactedexchange.h"

#include <QSplitter>

class QLabel;
class QListView;
class QSortFilterProxyModel;
class QTableView;
class QTimer;
class QTreeView;

namespace portico::client {
namespace auth {
class TokenSource;
}
class HistoryStore;
class HttpEngine;
class SecretStore;
class TryItSession;
} // namespace portico::client

namespace portico::ui {

class ApiListModel;
class CodeView;
class HistoryModel;
class OperationTreeModel;
class ResponseViewer;
class TryItPanel;

class TryItPage : public QSplitter
{
    Q_OBJECT
public:
    // The workspace belongs to the caller, who saves it when workspaceEdited() says so.
    TryItPage(client::Workspace *workspace, client::SecretStore *secrets, client::HttpEngine *engine,
              client::HistoryStore *history, QWidget *parent = nullptr);
    ~TryItPage() override;

    // The workspace changed under the page (loaded, replaced, edited elsewhere).
    void installWorkspace();
    bool selectOperation(const QString &apiId, const QString &operationId);
    void focusTryIt();
    // Where Microsoft Entra tokens come from for environments that sign in with one (an Azure
    // ML online endpoint with Entra auth); not owned.
    void setTokenSource(client::auth::TokenSource *source);
    // A send has started and its answer has not come (the keychain may still be read).
    bool isSending() const;
    // Status-bar widgets: the Retry-After countdown and the calls the gateway has left.
    QList<QWidget *> statusWidgets() const;

Q_SIGNALS:
    void workspaceEdited();
    // The user asked to edit the environments (the Try-it panel's Edit button).
    void environmentsEditRequested();
    void secretMissing(const QString &name);
    // An exchange finished and is in the history (the dashboard counts it).
    void exchangeRecorded();

private:
    void buildCatalog();
    void showApiBranch(const QString &apiId);
    void onOperationSelected();
    void updatePreview();
    void send();
    void copyAsCurl();
    void onExchange(const client::RedactedExchange &exchange);
    void onProblem(const QString &message);
    void reloadHistory();
    void openHistoryEntry(const QModelIndex &index);
    void showRetryCountdown(int seconds, const QString &what);
    void showRemainingCalls(const client::Exchange &exchange);
    const client::Environment *currentEnvironment() const;

    client::Workspace *m_workspace;
    client::SecretStore *m_secrets;
    client::HistoryStore *m_history;
    client::TryItSession *m_session;
    ApiListModel *m_apiModel;
    OperationTreeModel *m_operationModel;
    QSortFilterProxyModel *m_operationFilter;
    HistoryModel *m_historyModel;
    QListView *m_apiView = nullptr;
    QTreeView *m_operationView = nullptr;
    TryItPanel *m_tryIt = nullptr;
    CodeView *m_code = nullptr;
    ResponseViewer *m_response = nullptr;
    QTableView *m_historyView = nullptr;
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
