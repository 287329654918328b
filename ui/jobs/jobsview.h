// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The Jobs view, a job monitor: the console's batch jobs as a table with status chips, a
// timeline and the selected job's details, with New job, Start, Cancel, Remove, Download
// output, Resubmit and Refresh. Self-contained: it owns its BES client, job store and
// monitor; the main window only gives it the profile's paths, the keychain and the workspace.

#include "client/jobs/batchjob.h"
#include "ui/jobs/joboutputdialog.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QSortFilterProxyModel;
class QSystemTrayIcon;
class QTableView;
class QToolBar;

namespace portico::client {
class BesClient;
class DataPaths;
class JobMonitor;
class JobStore;
class SecretStore;
class Workspace;
} // namespace portico::client

namespace portico::ui {

class JobOutputDialog;
class JobsModel;
class JobsTimeline;
class NewJobDialog;

class JobsView : public QWidget
{
    Q_OBJECT
public:
    using WorkspaceProvider = std::function<client::Workspace()>;

    // Nothing here is owned: the monitor (and the job store under it) outlive the view.
    // Outputs are downloaded into downloadDir.
    JobsView(client::JobMonitor *monitor, client::BesClient *client, client::SecretStore *secrets,
             const QString &downloadDir, WorkspaceProvider workspace, QWidget *parent = nullptr);
    ~JobsView() override;

    // The keychain entry New job offers first (the embedded sandbox's storage).
    void setDefaultStorageSecret(const QString &name);
    // Points the stored jobs' endpoints at where their API and environment are now (the
    // sandbox listens on new ports after each start) and polls the unfinished ones again.
    void refreshEndpoints();

    client::JobMonitor *monitor() const { return m_monitor; }
    client::BesClient *besClient() const { return m_client; }
    JobsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    JobsTimeline *timeline() const { return m_timeline; }
    NewJobDialog *newJobDialog() const { return m_newJob; }
    JobOutputDialog *outputDialog() const { return m_output; }

    QString selectedJobId() const;
    void selectJob(const QString &id);

public Q_SLOTS:
    NewJobDialog *newJob();
    void startSelected();
    void cancelSelected();
    void removeSelected();
    void downloadSelected();
    void resubmitSelected();
    void refreshSelected();

Q_SIGNALS:
    // A job finished, failed or was cancelled: for the main window's status bar as well.
    void notification(const QString &title, const QString &message);
    // Once per output of a job, as each arrives; the first also opens as a table.
    void outputDownloaded(const QString &jobId, const QString &path);

private:
    void buildTable();
    void buildPanes();
    QToolBar *buildToolBar();
    void buildLayout(QToolBar *toolbar);
    void connectSignals();
    QAction *makeAction(const QString &text, const QString &objectName, const QKeySequence &shortcut,
                        const std::function<void()> &run);
    void updateActions();
    void showDetails();
    void downloadOutputs(const QString &id, const QList<client::JobOutput> &outputs, int index);
    void notify(const client::BatchJob &job);
    void say(const QString &message);
    std::optional<client::BatchJob> selectedJob() const;

    QString m_downloadDir;
    client::SecretStore *m_secrets;
    WorkspaceProvider m_workspace;
    QString m_defaultStorage;
    client::BesClient *m_client;
    client::JobMonitor *m_monitor;
    JobsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    JobsTimeline *m_timeline;
    QPlainTextEdit *m_details;
    QLabel *m_status;
    QProgressBar *m_downloadProgress;
    QSystemTrayIcon *m_tray = nullptr;
    NewJobDialog *m_newJob = nullptr;
    // Guarded, not reset from its destroyed() signal: the view's own destructor deletes it as
    // a child, after the view's members are gone.
    QPointer<JobOutputDialog> m_output;
    quint64 m_download = 0;
    QAction *m_start, *m_cancel, *m_remove, *m_downloadAction, *m_resubmit, *m_refresh;
};

} // namespace portico::ui
