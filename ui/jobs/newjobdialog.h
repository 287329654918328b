// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// "New batch job": pick a local CSV, the storage (a keychain entry holding a connection
// string), the blob names and where to run it, then upload, submit and optionally start,
// with upload progress and a Cancel that stops whichever stage is running.

#include "client/jobs/batchjob.h"
#include "client/jobs/besendpointresolver.h"
#include "client/jobs/jobrunner.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace portico::client {
class BesClient;
class SecretStore;
} // namespace portico::client

namespace portico::ui {

class NewJobDialog : public QDialog
{
    Q_OBJECT
public:
    using WorkspaceProvider = std::function<client::Workspace()>;

    NewJobDialog(client::BesClient *client, client::SecretStore *secrets, WorkspaceProvider workspace,
                 QWidget *parent = nullptr);

    void setDefaultStorageSecret(const QString &name);
    // Fills the form from an earlier job (resubmitting it with the same input).
    void prefill(const client::BatchJob &job);
    void setInputFile(const QString &path);
    client::JobRunner *runner() const { return m_runner; }
    // The request the form describes now; endpoint invalid (and *error set) if incomplete.
    client::JobRunner::Request request(QString *error = nullptr) const;

Q_SIGNALS:
    // The service accepted a job: it belongs in the job list from now on, even if starting
    // it fails afterwards.
    void jobSubmitted(const portico::client::BatchJob &job);
    void jobStarted(const portico::client::BatchJob &job);

private:
    void nameBlobsAfter(const QString &path);
    void refreshStorageNames();
    void refreshTargets();
    void submit();
    void onStage(client::JobRunner::Stage stage);
    void reject() override;

    client::SecretStore *m_secrets;
    WorkspaceProvider m_workspace;
    client::JobRunner *m_runner;
    QString m_defaultStorage;
    QString m_resubmitBlob; // set by prefill() when the local file is gone

    QLineEdit *m_inputFile;
    QPushButton *m_browse;
    QComboBox *m_storage;
    QLineEdit *m_container;
    QLineEdit *m_inputBlob;
    QLineEdit *m_outputBlob;
    QComboBox *m_target;
    QRadioButton *m_submitAndStart;
    QRadioButton *m_submitOnly;
    QProgressBar *m_progress;
    QLabel *m_stage;
    QPushButton *m_submit;
    QPushButton *m_cancel;
};

} // namespace portico::ui
