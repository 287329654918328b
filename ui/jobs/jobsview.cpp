// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/jobs/jobsview.h"

#include "client/common/datapaths.h"
#include "client/jobs/besclient.h"
#include "client/jobs/besendpointresolver.h"
#include "client/jobs/jobmonitor.h"
#include "client/jobs/jobstore.h"
#include "ui/jobs/joboutputdialog.h"
#include "ui/jobs/jobsmodel.h"
#include "ui/jobs/jobstimeline.h"
#include "ui/jobs/newjobdialog.h"
#include "ui/jobs/statuschipdelegate.h"
#include "ui/messagebox.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using portico::client::BatchJob;
using portico::client::BesClient;
using portico::client::JobStatus;

namespace portico::ui {

JobsView::JobsView(client::JobMonitor *monitor, client::BesClient *client, client::SecretStore *secrets,
                   const QString &downloadDir, WorkspaceProvider workspace, QWidget *parent)
    : QWidget(parent)
    , m_downloadDir(downloadDir)
    , m_secrets(secrets)
    , m_workspace(std::move(workspace))
    , m_client(client)
    , m_monitor(monitor)
{
    setObjectName(u"jobsView"_s);
    setAccessibleName(tr("Batch jobs"));

    buildTable();
    buildPanes();
    buildLayout(buildToolBar());
    connectSignals();

    // Stored endpoints point where each API listened last time; the sandbox's ports change.
    const client::Workspace current = m_workspace ? m_workspace() : client::Workspace();
    m_monitor->restore([&current](BatchJob *job) {
        const client::BesEndpoint fresh =
            client::BesEndpointResolver::resolve(current, job->endpoint.apiId, job->endpoint.environment);
        if (fresh.isValid())
            job->endpoint = fresh;
    });
    m_table->sortByColumn(JobsModel::CreatedColumn, Qt::DescendingOrder);
    updateActions();
}

JobsView::~JobsView() = default;

void JobsView::buildTable()
{
    m_model = new JobsModel(m_monitor, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::DisplayRole);

    m_table = new QTableView(this);
    m_table->setObjectName(u"jobsTableView"_s);
    m_table->setAccessibleName(tr("Batch jobs"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(JobsModel::StatusColumn, new StatusChipDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(JobsModel::StatusColumn, 130);
    m_table->setColumnWidth(JobsModel::IdColumn, 250);
    m_table->setWordWrap(false);
    // Fixed widths: sizing to contents would measure every one of a thousand rows.
    for (int column : {JobsModel::CreatedColumn, JobsModel::StartedColumn, JobsModel::EndedColumn})
        m_table->setColumnWidth(column, m_table->fontMetrics().horizontalAdvance(u"00/00/0000 00:00 AM"_s) + 24);
}

void JobsView::buildPanes()
{
    m_timeline = new JobsTimeline(m_model, this);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(u"jobDetailsPlainTextEdit"_s);
    m_details->setAccessibleName(tr("Job details"));
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select a job to see its full status."));
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_status = new QLabel(this);
    m_status->setObjectName(u"jobsStatusLabel"_s);
    m_status->setAccessibleName(tr("Jobs status message"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_downloadProgress = new QProgressBar(this);
    m_downloadProgress->setObjectName(u"downloadProgressBar"_s);
    m_downloadProgress->setAccessibleName(tr("Download progress"));
    m_downloadProgress->setRange(0, 100);
    m_downloadProgress->hide();
}

QToolBar *JobsView::buildToolBar()
{
    auto *toolbar = new QToolBar(tr("Jobs"), this);
    toolbar->setObjectName(u"jobsToolBar"_s);
    makeAction(tr("&New batch job…"), u"newJobAction"_s, QKeySequence::New, [this] { newJob(); });
    m_start = makeAction(tr("&Start"), u"startJobAction"_s, QKeySequence(u"Ctrl+R"_s), [this] { startSelected(); });
    m_cancel = makeAction(tr("&Cancel job"), u"cancelJobAction"_s, QKeySequence(u"Ctrl+Shift+X"_s),
                          [this] { cancelSelected(); });
    m_remove =
        makeAction(tr("Re&move from list"), u"removeJobAction"_s, QKeySequence::Delete, [this] { removeSelected(); });
    m_downloadAction = makeAction(tr("&Download output"), u"downloadOutputAction"_s, QKeySequence(u"Ctrl+D"_s),
                                  [this] { downloadSelected(); });
    m_resubmit = makeAction(tr("Re&submit…"), u"resubmitJobAction"_s, QKeySequence(u"Ctrl+Shift+R"_s),
                            [this] { resubmitSelected(); });
    m_refresh =
        makeAction(tr("Re&fresh"), u"refreshJobAction"_s, QKeySequence(Qt::Key_F5), [this] { refreshSelected(); });
    toolbar->addActions(actions());
    return toolbar;
}

void JobsView::buildLayout(QToolBar *toolbar)
{
    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(m_timeline);
    bottom->addWidget(m_details);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(u"jobsSplitter"_s);
    split->addWidget(m_table);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addWidget(split, 1);
    layout->addWidget(m_downloadProgress);
    layout->addWidget(m_status);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(tr("Portico batch jobs"));
    }
}

void JobsView::connectSignals()
{
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        showDetails();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateActions();
        showDetails();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &JobsView::updateActions);
    connect(m_monitor, &client::JobMonitor::jobEnded, this, &JobsView::notify);
    connect(m_client, &BesClient::downloadProgress, this, [this](quint64 id, qint64 received, qint64 total) {
        if (id == m_download)
            m_downloadProgress->setValue(total > 0 ? int(received * 100 / total) : 0);
    });
}

QAction *JobsView::makeAction(const QString &text, const QString &objectName, const QKeySequence &shortcut,
                              const std::function<void()> &run)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    // Only while the Jobs view has focus: the main window keeps its own meanings of these keys.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(
        tr("%1 (%2)").arg(QString(text).remove(u'&').remove(u'…'), shortcut.toString(QKeySequence::NativeText)));
    connect(action, &QAction::triggered, this, run);
    QWidget::addAction(action);
    return action;
}

void JobsView::setDefaultStorageSecret(const QString &name)
{
    m_defaultStorage = name;
    if (m_newJob)
        m_newJob->setDefaultStorageSecret(name);
}

void JobsView::refreshEndpoints()
{
    if (!m_workspace)
        return;
    const client::Workspace workspace = m_workspace();
    for (BatchJob job : m_monitor->jobs()) {
        const client::BesEndpoint fresh =
            client::BesEndpointResolver::resolve(workspace, job.endpoint.apiId, job.endpoint.environment);
        if (fresh.isValid() && !(fresh == job.endpoint)) {
            job.endpoint = fresh;
            m_monitor->addJob(job);
        }
    }
}

std::optional<BatchJob> JobsView::selectedJob() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_monitor->job(current.data(JobsModel::JobIdRole).toString());
}

QString JobsView::selectedJobId() const
{
    const auto job = selectedJob();
    return job ? job->id : QString();
}

void JobsView::selectJob(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void JobsView::updateActions()
{
    const auto job = selectedJob();
    const JobStatus s = job ? job->state.status : JobStatus::NotStarted;
    m_start->setEnabled(job && s == JobStatus::NotStarted);
    m_cancel->setEnabled(job && !client::isTerminal(s));
    m_remove->setEnabled(job.has_value());
    m_downloadAction->setEnabled(job && s == JobStatus::Finished && !job->state.outputs.isEmpty() && !m_download);
    m_resubmit->setEnabled(job && (s == JobStatus::Failed || s == JobStatus::Cancelled || s == JobStatus::Finished));
    m_refresh->setEnabled(job.has_value());
}

void JobsView::showDetails()
{
    const auto job = selectedJob();
    if (!job) {
        m_details->clear();
        return;
    }
    const QString text = JobsModel::detailsText(*job);
    if (m_details->toPlainText() != text)
        m_details->setPlainText(text);
}

NewJobDialog *JobsView::newJob()
{
    if (!m_newJob) {
        m_newJob = new NewJobDialog(m_client, m_secrets, m_workspace, this);
        m_newJob->setDefaultStorageSecret(m_defaultStorage);
        connect(m_newJob, &NewJobDialog::jobSubmitted, this, [this](const BatchJob &job) {
            m_monitor->addJob(job);
            selectJob(job.id);
        });
        connect(m_newJob, &NewJobDialog::jobStarted, this, [this](const BatchJob &job) {
            m_monitor->refresh(job.id);
            say(tr("Job %1 submitted.").arg(job.id));
        });
        connect(m_newJob->runner(), &client::JobRunner::cancelled, this, [this] {
            // Cancelled after the service accepted it: the runner deleted it there.
            const QString id = m_newJob->runner()->job().id;
            if (!id.isEmpty())
                m_monitor->removeJob(id);
        });
    }
    m_newJob->show();
    m_newJob->raise();
    return m_newJob;
}

void JobsView::startSelected()
{
    const auto job = selectedJob();
    if (!job || job->state.status != JobStatus::NotStarted)
        return;
    const QString id = job->id;
    m_client->start(job->endpoint, id, [this, id](const BesClient::Reply &reply) {
        if (!reply.ok) {
            say(tr("Job %1 did not start: %2").arg(id, reply.error));
            return;
        }
        say(tr("Job %1 started.").arg(id));
        m_monitor->refresh(id);
    });
}

void JobsView::cancelSelected()
{
    const auto job = selectedJob();
    if (!job || client::isTerminal(job->state.status))
        return;
    const QString id = job->id;
    MessageBox::question(
        this, tr("Cancel job"), tr("Cancel the batch job %1? The service stops and deletes it.").arg(id),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No, this, [this, id](QMessageBox::StandardButton answer) {
            const auto job = m_monitor->job(id);
            if (answer != QMessageBox::Yes || !job)
                return;
            m_client->remove(job->endpoint, id, [this, id](const BesClient::Reply &reply) {
                if (!reply.ok) {
                    say(tr("Job %1 was not cancelled: %2").arg(id, reply.error));
                    return;
                }
                m_monitor->refresh(id);
            });
        });
}

void JobsView::removeSelected()
{
    const QString id = selectedJobId();
    if (!id.isEmpty())
        m_monitor->removeJob(id);
}

void JobsView::refreshSelected()
{
    const QString id = selectedJobId();
    if (!id.isEmpty())
        m_monitor->refresh(id);
}

void JobsView::resubmitSelected()
{
    const auto job = selectedJob();
    if (!job)
        return;
    NewJobDialog *dialog = newJob();
    dialog->prefill(*job);
}

void JobsView::downloadSelected()
{
    const auto job = selectedJob();
    if (!job || job->state.status != JobStatus::Finished || m_download)
        return;
    const QString id = job->id;
    m_downloadProgress->setValue(0);
    m_downloadProgress->show();
    m_download = ~quint64(0); // busy while the fresh SAS is fetched
    updateActions();
    say(tr("Downloading the output of job %1…").arg(id));
    // SAS tokens are never stored: ask the service for the current ones.
    m_client->status(job->endpoint, id, [this, id](const BesClient::Reply &reply) {
        if (!reply.ok || !reply.state || reply.state->outputs.isEmpty()) {
            m_download = 0;
            m_downloadProgress->hide();
            updateActions();
            say(tr("The output of job %1 is not available: %2").arg(id, reply.ok ? tr("no outputs") : reply.error));
            return;
        }
        downloadOutputs(id, reply.state->outputs, 0);
    });
}

void JobsView::downloadOutputs(const QString &id, const QList<client::JobOutput> &outputs, int index)
{
    const client::JobOutput &output = outputs.at(index);
    // output1-scored.csv: the output's name keeps several outputs of one job apart.
    const QString path =
        QDir(m_downloadDir).filePath(id + u'/' + output.name + u'-' + QFileInfo(output.relativeLocation).fileName());
    m_download =
        m_client->download(output.downloadUrl(), path, [this, id, path, outputs, index](const BesClient::Reply &done) {
            const bool last = index + 1 >= outputs.size();
            if (last || !done.ok) {
                m_download = 0;
                m_downloadProgress->hide();
                updateActions();
            }
            if (!done.ok) {
                say(tr("Downloading the output of job %1 failed: %2").arg(id, done.error));
                return;
            }
            say(tr("Output of job %1 saved to %2.").arg(id, QDir::toNativeSeparators(path)));
            Q_EMIT outputDownloaded(id, path);
            if (index == 0) { // the first output opens as a table; the others are on disk beside it
                if (m_output)
                    m_output->deleteLater();
                m_output = new JobOutputDialog(path, this);
                m_output->setAttribute(Qt::WA_DeleteOnClose);
                m_output->show();
            }
            if (!last) {
                m_downloadProgress->setValue(0);
                downloadOutputs(id, outputs, index + 1);
            }
        });
}

void JobsView::notify(const BatchJob &job)
{
    QString title;
    const QString message = JobsModel::endedMessage(job, &title);
    if (message.isEmpty())
        return;
    if (m_tray) {
        m_tray->show();
        m_tray->showMessage(title, message,
                            job.state.status == JobStatus::Failed ? QSystemTrayIcon::Warning
                                                                  : QSystemTrayIcon::Information);
    }
    say(message);
    Q_EMIT notification(title, message);
}

void JobsView::say(const QString &message)
{
    m_status->setText(message);
    m_status->setAccessibleDescription(message);
}

} // namespace portico::ui
