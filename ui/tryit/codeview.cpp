// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/tryit/codeview.h"

#include "client/common/savefile.h"
#include "client/interop/curlexport.h"
#include "client/interop/snippets.h"
#include "client/jobs/besendpointresolver.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portico::ui {

CodeView::CodeView(QWidget *parent)
    : QWidget(parent)
    , m_language(new QComboBox(this))
    , m_keepVariables(new QCheckBox(tr("&Variables at the top"), this))
    , m_wholeJob(new QCheckBox(tr("&Whole batch job"), this))
    , m_code(new QPlainTextEdit(this))
    , m_note(new QLabel(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_save(new QPushButton(tr("Save &As…"), this))
{
    setObjectName(u"codeView"_s);
    setAccessibleName(tr("Sample code"));
    for (const client::SnippetLanguageInfo &info : client::snippetLanguages())
        m_language->addItem(info.name, info.id); // product names: the same in every language
    m_language->setObjectName(u"snippetLanguageComboBox"_s);
    m_language->setAccessibleName(tr("Programming language"));
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    m_keepVariables->setObjectName(u"snippetVariablesCheckBox"_s);
    m_keepVariables->setAccessibleName(tr("Declare the environment's variables at the top"));
    m_keepVariables->setToolTip(tr("Keep workspace, service and the other variables as variables at the top "
                                   "of the program instead of writing their values in place."));
    m_wholeJob->setObjectName(u"snippetWholeJobCheckBox"_s);
    m_wholeJob->setAccessibleName(tr("Show the whole batch job"));
    m_wholeJob->setToolTip(tr("Upload the CSV, submit, start, poll every second and download the outputs."));
    m_code->setObjectName(u"snippetCodePlainTextEdit"_s);
    m_code->setAccessibleName(tr("Sample code"));
    m_code->setReadOnly(true);
    m_code->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_code->setTabChangesFocus(true);
    m_note->setObjectName(u"snippetNoteLabel"_s);
    m_note->setAccessibleName(tr("Environment variables to set"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copy->setObjectName(u"copySnippetPushButton"_s);
    m_copy->setAccessibleName(tr("Copy the sample code"));
    m_save->setObjectName(u"saveSnippetPushButton"_s);
    m_save->setAccessibleName(tr("Save the sample code as a file"));

    auto *options = new QHBoxLayout;
    options->addWidget(languageLabel);
    options->addWidget(m_language, 1);
    options->addWidget(m_keepVariables);
    options->addWidget(m_wholeJob);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_note, 1);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(options);
    layout->addWidget(m_code, 1);
    layout->addLayout(buttons);

    connect(m_language, &QComboBox::currentIndexChanged, this, &CodeView::regenerate);
    connect(m_keepVariables, &QCheckBox::toggled, this, &CodeView::regenerate);
    connect(m_wholeJob, &QCheckBox::toggled, this, &CodeView::regenerate);
    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(code()); });
    connect(m_save, &QPushButton::clicked, this, &CodeView::saveAs);
    regenerate();
}

void CodeView::setRequest(const client::Workspace *workspace, const QString &apiId, const client::SavedRequest &values,
                          const QString &environment)
{
    m_workspace = workspace;
    m_apiId = apiId;
    m_values = values;
    m_environment = environment;
    // Written only while on screen; a hidden tab catches up when it is shown.
    if (isVisible())
        regenerate();
    else
        m_stale = true;
}

QString CodeView::code() const
{
    return m_code->toPlainText();
}

void CodeView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        regenerate();
}

void CodeView::regenerate()
{
    m_stale = false;
    const client::SnippetLanguageInfo *info = client::findSnippetLanguage(m_language->currentData().toString());
    const client::Api *api = m_workspace ? m_workspace->api(m_apiId) : nullptr;
    const client::Operation *op = api ? api->operation(m_values.operationId) : nullptr;
    const client::Environment *env = m_workspace ? m_workspace->environment(m_environment) : nullptr;
    const bool jobPossible = op && info && info->jobSnippet && client::isJobOperation(*api, *op);
    m_wholeJob->setEnabled(jobPossible);
    m_keepVariables->setEnabled(!(jobPossible && m_wholeJob->isChecked()));
    if (!op || !info) {
        m_code->setPlainText(QString());
        m_note->setText(tr("Choose an operation to see its request as code."));
        m_copy->setEnabled(false);
        m_save->setEnabled(false);
        Q_EMIT codeChanged();
        return;
    }
    QString text;
    QStringList secrets;
    if (jobPossible && m_wholeJob->isChecked()) {
        client::JobSnippetOptions options;
        options.storageSecret = client::kSandboxStorageSecret;
        QString error;
        text = client::generateJobSnippet(*m_workspace, m_apiId, m_environment, info->language, options, &error);
        if (text.isEmpty())
            m_note->setText(error);
        secrets << options.storageSecret;
    } else {
        client::SnippetOptions options;
        options.inlineVariables = !m_keepVariables->isChecked();
        const client::SnippetRequest request =
            client::snippetRequest(*api, *op, m_values, env ? *env : client::Environment(), options);
        text = client::generateSnippet(request, info->language);
        secrets = request.secrets;
    }
    m_code->setPlainText(text);
    if (!text.isEmpty()) {
        QStringList variables;
        for (const QString &name : std::as_const(secrets))
            variables << client::secretEnvironmentVariable(name);
        m_note->setText(variables.isEmpty()
                            ? tr("No keys needed.")
                            : tr("Set before running: %1 (keys stay in the keychain, never in the code).")
                                  .arg(variables.join(u", "_s)));
    }
    m_copy->setEnabled(!text.isEmpty());
    m_save->setEnabled(!text.isEmpty());
    Q_EMIT codeChanged();
}

void CodeView::saveTo(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(code().toUtf8()) < 0 || !client::commitSaveFile(file))
        m_note->setText(tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    else
        m_note->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

void CodeView::saveAs()
{
    const client::SnippetLanguageInfo *info = client::findSnippetLanguage(m_language->currentData().toString());
    auto *chooser = new QFileDialog(this, tr("Save the sample code"), info ? info->fileName : QString());
    chooser->setObjectName(u"saveSnippetFileDialog"_s);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setAcceptMode(QFileDialog::AcceptSave);
    connect(chooser, &QFileDialog::fileSelected, this, &CodeView::saveTo);
    chooser->open();
}

} // namespace portico::ui
