// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The developer portal's "Try it" panel: the operation's parameters, the request headers
// and the body, an environment to resolve them against, and Send / Cancel.

#include "client/catalog/catalog.h"
#include "client/catalog/workspace.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;
class QToolButton;

namespace portico::ui {

class KeyValueModel;

class TryItPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TryItPanel(QWidget *parent = nullptr);

    void setEnvironments(const QStringList &names, const QString &active);
    QString currentEnvironment() const;

    void setOperation(const client::Api &api, const client::Operation &operation, const client::SavedRequest &values);
    bool hasOperation() const { return !m_operationId.isEmpty(); }
    client::SavedRequest currentRequest() const;
    QStringList missingRequired() const;

    void setSecretNames(const QStringList &names);
    void setBusy(bool busy);
    void setUrlPreview(const QString &url, const QStringList &problems);
    bool autoRetry() const;

Q_SIGNALS:
    void editEnvironmentsRequested();
    void sendRequested();
    void copyAsCurlRequested();
    void cancelRequested();
    void requestEdited();
    void environmentChanged(const QString &name);

private:
    void buildLayout();
    void buildParametersPane(QSplitter *splitter);
    void buildHeadersPane(QSplitter *splitter);
    void buildBodyPane(QSplitter *splitter);
    QHBoxLayout *buildActionRow();
    void validateBody();
    void formatBody();
    void loadBodyFromFile();
    void insertSecretReference(const QString &name);

    QString m_apiId;
    QString m_operationId;
    QString m_contentType;
    KeyValueModel *m_parameters;
    KeyValueModel *m_headers;
    QComboBox *m_environment;
    QLabel *m_title;
    QLineEdit *m_urlPreview;
    QLabel *m_problems;
    QTableView *m_parametersView;
    QTableView *m_headersView;
    QPushButton *m_addHeader;
    QPushButton *m_removeHeader;
    QToolButton *m_insertSecret;
    QPlainTextEdit *m_body;
    QLabel *m_bodyStatus;
    QPushButton *m_formatBody;
    QPushButton *m_loadBody;
    QCheckBox *m_autoRetry;
    QPushButton *m_copyCurl = nullptr;
    QPushButton *m_send;
    QPushButton *m_cancel;
    QTimer *m_validateTimer;
};

} // namespace portico::ui
