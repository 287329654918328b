// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/import/importdialog.h"

#include "ui/import/importrunner.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portico::ui {

namespace {

enum Tab { FileTab, UrlTab, TextTab };

} // namespace

ImportDialog::ImportDialog(client::HttpEngine *engine, QWidget *parent)
    : QDialog(parent)
    , m_runner(new ImportRunner(engine, this))
    , m_tabs(new QTabWidget(this))
    , m_path(new QLineEdit)
    , m_browse(new QPushButton(tr("&Browse…")))
    , m_url(new QLineEdit)
    , m_text(new QPlainTextEdit)
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"importDialog"_s);
    setWindowTitle(tr("Import"));
    setAccessibleName(tr("Import"));
    resize(620, 380);
    m_runner->setObjectName(u"importRunner"_s);

    auto *fileTab = new QWidget(m_tabs);
    auto *fileLayout = new QFormLayout(fileTab);
    auto *pathRow = new QHBoxLayout;
    m_path->setObjectName(u"importFileLineEdit"_s);
    m_path->setAccessibleName(tr("File to import"));
    m_path->setPlaceholderText(tr("An OpenAPI or Swagger file (JSON or YAML), or a Postman collection"));
    m_browse->setObjectName(u"browseImportFileButton"_s);
    m_browse->setAccessibleName(tr("Choose the file to import"));
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    fileLayout->addRow(tr("&File:"), pathRow);
    if (auto *label = qobject_cast<QLabel *>(fileLayout->labelForField(pathRow)))
        label->setBuddy(m_path);

    auto *urlTab = new QWidget(m_tabs);
    auto *urlLayout = new QFormLayout(urlTab);
    m_url->setObjectName(u"importUrlLineEdit"_s);
    m_url->setAccessibleName(tr("Address of the document to import"));
    m_url->setPlaceholderText(tr("https://example.com/openapi.yaml"));
    urlLayout->addRow(tr("&Address:"), m_url);

    auto *textTab = new QWidget(m_tabs);
    auto *textLayout = new QVBoxLayout(textTab);
    auto *textLabel = new QLabel(tr("Paste a curl &command or a whole OpenAPI, Swagger or Postman document:"), textTab);
    textLabel->setWordWrap(true);
    m_text->setObjectName(u"importTextEdit"_s);
    m_text->setAccessibleName(tr("Text to import"));
    m_text->setTabChangesFocus(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    textLabel->setBuddy(m_text);
    textLayout->addWidget(textLabel);
    textLayout->addWidget(m_text, 1);

    m_tabs->setObjectName(u"importSourceTabWidget"_s);
    m_tabs->setAccessibleName(tr("Where the API comes from"));
    m_tabs->addTab(fileTab, tr("F&ile"));
    m_tabs->addTab(urlTab, tr("&URL"));
    m_tabs->addTab(textTab, tr("&Text"));

    m_progress->setObjectName(u"importProgressBar"_s);
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_status->setObjectName(u"importStatusLabel"_s);
    m_status->setAccessibleName(tr("Import status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(u"importButtonBox"_s);
    m_startButton = buttons->addButton(tr("&Preview…"), QDialogButtonBox::AcceptRole);
    m_startButton->setObjectName(u"startImportButton"_s);
    m_startButton->setAccessibleName(tr("Read the document and preview the import"));
    m_startButton->setDefault(true);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setObjectName(u"cancelImportButton"_s);
    m_cancelButton->setAccessibleName(tr("Cancel the import"));
    // Accepting is the runner's business: the dialog closes only once the document read.
    connect(m_startButton, &QPushButton::clicked, this, &ImportDialog::start);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ImportDialog::updateStartButton);
    connect(m_path, &QLineEdit::textChanged, this, &ImportDialog::updateStartButton);
    connect(m_url, &QLineEdit::textChanged, this, &ImportDialog::updateStartButton);
    connect(m_text, &QPlainTextEdit::textChanged, this, &ImportDialog::updateStartButton);
    connect(m_runner, &ImportRunner::fetching, this,
            [this](const QUrl &url) { m_status->setText(tr("Fetching %1…").arg(url.toDisplayString())); });
    connect(m_runner, &ImportRunner::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_status->setText(tr("Read %1 of %2…").arg(done).arg(total));
    });
    connect(m_runner, &ImportRunner::finished, this, &ImportDialog::onFinished);
    updateStartButton();
    m_path->setFocus();
}

void ImportDialog::startFile(const QString &path)
{
    m_tabs->setCurrentIndex(FileTab);
    m_path->setText(path);
    start();
}

void ImportDialog::startUrl(const QUrl &url)
{
    m_tabs->setCurrentIndex(UrlTab);
    m_url->setText(url.toString());
    start();
}

void ImportDialog::startText(const QByteArray &text)
{
    m_tabs->setCurrentIndex(TextTab);
    m_text->setPlainText(QString::fromUtf8(text));
    start();
}

bool ImportDialog::isRunning() const
{
    return m_runner->isRunning();
}

QString ImportDialog::statusText() const
{
    return m_status->text();
}

void ImportDialog::updateStartButton()
{
    bool ready = false;
    switch (m_tabs->currentIndex()) {
    case FileTab:
        ready = !m_path->text().trimmed().isEmpty();
        break;
    case UrlTab:
        ready = !m_url->text().trimmed().isEmpty();
        break;
    case TextTab:
        ready = !m_text->toPlainText().trimmed().isEmpty();
        break;
    default:
        break;
    }
    m_startButton->setEnabled(ready && !isRunning());
}

void ImportDialog::browse()
{
    auto *chooser = new QFileDialog(this, tr("Import an API description"));
    chooser->setObjectName(u"importFileDialog"_s);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setFileMode(QFileDialog::ExistingFile);
    chooser->setNameFilters({tr("API descriptions (*.json *.yaml *.yml)"), tr("All files (*)")});
    connect(chooser, &QFileDialog::fileSelected, this, [this](const QString &file) { m_path->setText(file); });
    chooser->open();
}

void ImportDialog::start()
{
    if (isRunning())
        return;
    switch (m_tabs->currentIndex()) {
    case FileTab: {
        const QString path = m_path->text().trimmed();
        if (path.isEmpty())
            return;
        m_source = QFileInfo(path).fileName();
        setRunning(true);
        m_status->setText(tr("Reading %1…").arg(path));
        m_runner->importFile(path);
        break;
    }
    case UrlTab: {
        const QUrl url = QUrl::fromUserInput(m_url->text().trimmed());
        if (!url.isValid())
            return;
        m_source = url.toDisplayString();
        setRunning(true);
        m_runner->importUrl(url);
        break;
    }
    case TextTab: {
        const QByteArray text = m_text->toPlainText().toUtf8();
        if (text.trimmed().isEmpty())
            return;
        m_source = tr("the pasted text");
        setRunning(true);
        m_status->setText(tr("Reading the pasted text…"));
        m_runner->importText(text);
        break;
    }
    default:
        break;
    }
}

void ImportDialog::setRunning(bool running)
{
    m_tabs->setEnabled(!running);
    m_progress->setVisible(running);
    if (running) {
        m_progress->setRange(0, 0); // busy until the first report
        m_cancelButton->setAccessibleName(tr("Cancel the import"));
    }
    updateStartButton();
}

void ImportDialog::reject()
{
    if (isRunning()) {
        m_status->setText(tr("Cancelling…"));
        m_runner->cancel();
        return;
    }
    QDialog::reject();
}

void ImportDialog::onFinished(const client::ImportResult &result)
{
    setRunning(false);
    if (result.cancelled) {
        m_status->setText(tr("Import cancelled; the workspace is unchanged."));
        return;
    }
    if (!result.error.isEmpty()) {
        m_status->setText(tr("Not imported, the workspace is unchanged: %1").arg(result.error));
        return;
    }
    if (result.apis.isEmpty()) {
        m_status->setText(tr("The document holds no operations to import."));
        return;
    }
    m_status->clear();
    Q_EMIT resultReady(result, m_source);
    accept();
}

} // namespace portico::ui
