// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/jobs/newjobdialog.h"

#include "client/jobs/besclient.h"
#include "client/secrets/secretstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using portico::client::JobRunner;

namespace portico::ui {

NewJobDialog::NewJobDialog(client::BesClient *client, client::SecretStore *secrets, WorkspaceProvider workspace,
                           QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_workspace(std::move(workspace))
    , m_runner(new JobRunner(client, secrets, this))
{
    setObjectName(u"newJobDialog"_s);
    setWindowTitle(tr("New batch job"));
    setAccessibleName(tr("New batch job"));

    m_inputFile = new QLineEdit(this);
    m_inputFile->setObjectName(u"inputFileLineEdit"_s);
    m_inputFile->setAccessibleName(tr("Input CSV file"));
    m_inputFile->setPlaceholderText(tr("A CSV file with a Col2 column"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(u"browseInputPushButton"_s);
    m_browse->setAccessibleName(tr("Choose the input CSV file"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_inputFile, 1);
    fileRow->addWidget(m_browse);

    m_storage = new QComboBox(this);
    m_storage->setObjectName(u"storageComboBox"_s);
    m_storage->setAccessibleName(tr("Storage connection string (keychain entry)"));
    m_storage->setEditable(true);
    m_container = new QLineEdit(u"jobs"_s, this);
    m_container->setObjectName(u"containerLineEdit"_s);
    m_container->setAccessibleName(tr("Blob container"));
    m_inputBlob = new QLineEdit(this);
    m_inputBlob->setObjectName(u"inputBlobLineEdit"_s);
    m_inputBlob->setAccessibleName(tr("Input blob name"));
    m_outputBlob = new QLineEdit(this);
    m_outputBlob->setObjectName(u"outputBlobLineEdit"_s);
    m_outputBlob->setAccessibleName(tr("Output blob name"));
    m_target = new QComboBox(this);
    m_target->setObjectName(u"targetComboBox"_s);
    m_target->setAccessibleName(tr("API and environment to run on"));

    m_submitAndStart = new QRadioButton(tr("Submit and s&tart"), this);
    m_submitAndStart->setObjectName(u"submitAndStartRadioButton"_s);
    m_submitAndStart->setAccessibleName(tr("Submit and start"));
    m_submitAndStart->setChecked(true);
    m_submitOnly = new QRadioButton(tr("Submit &only (start later)"), this);
    m_submitOnly->setObjectName(u"submitOnlyRadioButton"_s);
    m_submitOnly->setAccessibleName(tr("Submit only, start later"));
    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_submitAndStart);
    modeRow->addWidget(m_submitOnly);
    modeRow->addStretch();

    auto *form = new QFormLayout;
    const auto addRow = [form](const QString &text, QWidget *buddy, QLayout *layout = nullptr) {
        auto *label = new QLabel(text);
        label->setBuddy(buddy);
        if (layout)
            form->addRow(label, layout);
        else
            form->addRow(label, buddy);
    };
    addRow(tr("&Input file:"), m_inputFile, fileRow);
    addRow(tr("&Storage:"), m_storage);
    addRow(tr("&Container:"), m_container);
    addRow(tr("Input &blob:"), m_inputBlob);
    addRow(tr("O&utput blob:"), m_outputBlob);
    addRow(tr("&Run on:"), m_target);
    form->addRow(QString(), modeRow);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"uploadProgressBar"_s);
    m_progress->setAccessibleName(tr("Upload progress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_stage = new QLabel(this);
    m_stage->setObjectName(u"stageLabel"_s);
    m_stage->setWordWrap(true);
    m_stage->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(this);
    m_submit = buttons->addButton(tr("&Submit"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(u"submitJobPushButton"_s);
    m_submit->setAccessibleName(tr("Submit the job"));
    m_submit->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(u"cancelJobPushButton"_s);
    m_cancel->setAccessibleName(tr("Cancel"));
    connect(m_submit, &QPushButton::clicked, this, &NewJobDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &NewJobDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_stage);
    layout->addWidget(buttons);

    connect(m_browse, &QPushButton::clicked, this, [this] {
        // open(), not exec(): the console keeps running (and polling) while the user looks.
        auto *chooser = new QFileDialog(this, tr("Choose the input CSV file"), QFileInfo(m_inputFile->text()).path(),
                                        tr("CSV files (*.csv);;All files (*)"));
        chooser->setObjectName(u"inputFileDialog"_s);
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        chooser->setFileMode(QFileDialog::ExistingFile);
        connect(chooser, &QFileDialog::fileSelected, this, &NewJobDialog::setInputFile);
        chooser->open();
    });
    connect(m_inputFile, &QLineEdit::textEdited, this, &NewJobDialog::nameBlobsAfter);
    connect(m_runner, &JobRunner::stageChanged, this, &NewJobDialog::onStage);
    connect(m_runner, &JobRunner::uploadProgress, this,
            [this](qint64 sent, qint64 total) { m_progress->setValue(total > 0 ? int(sent * 100 / total) : 0); });
    connect(m_runner, &JobRunner::submitted, this, &NewJobDialog::jobSubmitted);
    connect(m_runner, &JobRunner::finished, this, [this](const client::BatchJob &job) {
        Q_EMIT jobStarted(job);
        accept();
    });
    connect(m_runner, &JobRunner::failed, this, [this](const QString &message) {
        m_stage->setText(message);
        m_stage->setAccessibleName(message);
    });
    if (m_secrets)
        connect(m_secrets, &client::SecretStore::namesChanged, this, &NewJobDialog::refreshStorageNames);
    refreshStorageNames();
    refreshTargets();
    onStage(JobRunner::Stage::Idle);
}

void NewJobDialog::setDefaultStorageSecret(const QString &name)
{
    m_defaultStorage = name;
    if (m_storage->currentText().isEmpty() || m_storage->findText(name) >= 0)
        m_storage->setCurrentText(name);
}

void NewJobDialog::setInputFile(const QString &path)
{
    m_inputFile->setText(path);
    nameBlobsAfter(path);
}

void NewJobDialog::nameBlobsAfter(const QString &path)
{
    m_resubmitBlob.clear();
    const QFileInfo info(path);
    m_inputBlob->setText(info.fileName());
    m_outputBlob->setText(info.completeBaseName() + u"-scored.csv"_s);
}

void NewJobDialog::prefill(const client::BatchJob &job)
{
    const auto [container, blob] = client::splitBlobLocation(job.inputLocation);
    m_container->setText(container);
    if (!job.inputFile.isEmpty() && QFileInfo::exists(job.inputFile)) {
        setInputFile(job.inputFile);
    } else {
        // The local file is gone: score the blob uploaded last time.
        m_inputFile->clear();
        m_resubmitBlob = blob;
    }
    m_inputBlob->setText(blob);
    m_outputBlob->setText(client::splitBlobLocation(job.outputLocation).second);
    if (!job.storageSecret.isEmpty())
        m_storage->setCurrentText(job.storageSecret);
    for (int i = 0; i < m_target->count(); ++i) {
        const QStringList key = m_target->itemData(i).toStringList();
        if (key.value(0) == job.endpoint.apiId && key.value(1) == job.endpoint.environment)
            m_target->setCurrentIndex(i);
    }
}

void NewJobDialog::refreshStorageNames()
{
    if (!m_secrets)
        return;
    const QString current = m_storage->currentText();
    m_storage->clear();
    // Every name is offered: the keychain knows names, not which of them are connection strings.
    m_storage->addItems(m_secrets->names());
    m_storage->setCurrentText(!current.isEmpty() ? current : m_defaultStorage);
    if (m_secrets->names().isEmpty())
        m_secrets->refreshNames(this, [](const client::SecretStore::Result &) {});
}

void NewJobDialog::refreshTargets()
{
    m_target->clear();
    const client::Workspace workspace = m_workspace ? m_workspace() : client::Workspace();
    for (const client::BesTarget &t : client::BesEndpointResolver::targets(workspace)) {
        m_target->addItem(tr("%1 — %2").arg(t.apiName, t.environment), QStringList{t.apiId, t.environment});
        if (t.environment == workspace.activeEnvironment)
            m_target->setCurrentIndex(m_target->count() - 1);
    }
}

JobRunner::Request NewJobDialog::request(QString *error) const
{
    JobRunner::Request r;
    r.inputFile = m_inputFile->text().trimmed();
    r.storageSecret = m_storage->currentText().trimmed();
    r.container = m_container->text().trimmed();
    r.inputBlob = m_inputBlob->text().trimmed();
    r.outputBlob = m_outputBlob->text().trimmed();
    r.start = m_submitAndStart->isChecked();
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        r.endpoint = client::BesEndpoint();
        return r;
    };
    if (r.inputFile.isEmpty() && m_resubmitBlob.isEmpty())
        return fail(tr("Choose the input CSV file."));
    if (r.storageSecret.isEmpty())
        return fail(tr("Choose the storage's keychain entry."));
    if (r.container.isEmpty() || r.inputBlob.isEmpty() || r.outputBlob.isEmpty())
        return fail(tr("Name the container and the input and output blobs."));
    const QStringList key = m_target->currentData().toStringList();
    if (key.size() != 2)
        return fail(tr("The workspace has no API with a BES Submit operation."));
    QString why;
    r.endpoint = client::BesEndpointResolver::resolve(m_workspace(), key.at(0), key.at(1), &why);
    if (!r.endpoint.isValid())
        return fail(why);
    return r;
}

void NewJobDialog::submit()
{
    QString why;
    const JobRunner::Request r = request(&why);
    if (!r.endpoint.isValid()) {
        m_stage->setText(why);
        m_stage->setAccessibleName(why);
        return;
    }
    m_progress->setValue(0);
    m_runner->run(r);
}

void NewJobDialog::onStage(JobRunner::Stage stage)
{
    const bool busy = m_runner->isBusy();
    for (QWidget *w : {static_cast<QWidget *>(m_inputFile), static_cast<QWidget *>(m_browse),
                       static_cast<QWidget *>(m_storage), static_cast<QWidget *>(m_container),
                       static_cast<QWidget *>(m_inputBlob), static_cast<QWidget *>(m_outputBlob),
                       static_cast<QWidget *>(m_target), static_cast<QWidget *>(m_submitAndStart),
                       static_cast<QWidget *>(m_submitOnly), static_cast<QWidget *>(m_submit)})
        w->setEnabled(!busy);
    m_cancel->setText(busy ? tr("&Cancel upload") : tr("Close"));
    if (stage == JobRunner::Stage::Submitting || stage == JobRunner::Stage::Starting)
        m_cancel->setText(tr("&Cancel"));
    if (stage != JobRunner::Stage::Failed) {
        m_stage->setText(JobRunner::stageText(stage));
        m_stage->setAccessibleName(m_stage->text());
    }
    if (stage == JobRunner::Stage::Submitting)
        m_progress->setValue(100);
}

void NewJobDialog::reject()
{
    if (m_runner->isBusy()) {
        m_runner->cancel(); // first press stops the work; the dialog stays to say so
        return;
    }
    QDialog::reject();
}

} // namespace portico::ui
