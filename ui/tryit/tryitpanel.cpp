// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/tryit/tryitpanel.h"

#include "client/tryit/jsonbodycheck.h"
#include "ui/theme.h"
#include "ui/tryit/headernamedelegate.h"
#include "ui/tryit/jsonhighlighter.h"
#include "ui/tryit/keyvaluemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTextCursor>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portico::ui {

namespace {

QTableView *makeTable(KeyValueModel *model, const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(KeyValueModel::NameColumn, QHeaderView::ResizeToContents);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    view->setTabKeyNavigation(false); // Tab leaves the table, so the panel stays keyboard-walkable
    return view;
}

} // namespace

TryItPanel::TryItPanel(QWidget *parent)
    : QWidget(parent)
    , m_parameters(new KeyValueModel(false, this))
    , m_headers(new KeyValueModel(true, this))
    , m_validateTimer(new QTimer(this))
{
    setObjectName(u"tryItPanelWidget"_s);
    buildLayout();
    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(150);
    connect(m_validateTimer, &QTimer::timeout, this, &TryItPanel::validateBody);
    connect(m_body, &QPlainTextEdit::textChanged, m_validateTimer, qOverload<>(&QTimer::start));
    connect(m_body, &QPlainTextEdit::textChanged, this, &TryItPanel::requestEdited);
    connect(m_parameters, &KeyValueModel::dataChanged, this, &TryItPanel::requestEdited);
    connect(m_headers, &KeyValueModel::dataChanged, this, &TryItPanel::requestEdited);
    connect(m_headers, &KeyValueModel::rowsInserted, this, &TryItPanel::requestEdited);
    connect(m_headers, &KeyValueModel::rowsRemoved, this, &TryItPanel::requestEdited);
    connect(m_environment, &QComboBox::currentTextChanged, this, &TryItPanel::environmentChanged);
    connect(m_send, &QPushButton::clicked, this, &TryItPanel::sendRequested);
    connect(m_copyCurl, &QPushButton::clicked, this, &TryItPanel::copyAsCurlRequested);
    connect(m_cancel, &QPushButton::clicked, this, &TryItPanel::cancelRequested);
    connect(m_addHeader, &QPushButton::clicked, this, [this] {
        const int row = m_headers->appendRow();
        m_headersView->setCurrentIndex(m_headers->index(row, KeyValueModel::NameColumn));
        m_headersView->edit(m_headers->index(row, KeyValueModel::NameColumn));
    });
    connect(m_removeHeader, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_headersView->currentIndex();
        if (current.isValid())
            m_headers->removeRows(current.row(), 1);
    });
    connect(m_formatBody, &QPushButton::clicked, this, &TryItPanel::formatBody);
    connect(m_loadBody, &QPushButton::clicked, this, &TryItPanel::loadBodyFromFile);

    auto *send = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this, this, [this] {
        if (m_send->isEnabled())
            Q_EMIT sendRequested();
    });
    send->setContext(Qt::WindowShortcut);
    send->setWhatsThis(tr("Send the request"));
    auto *sendEnter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this, this, [this] {
        if (m_send->isEnabled())
            Q_EMIT sendRequested();
    });
    sendEnter->setContext(Qt::WindowShortcut);
    sendEnter->setWhatsThis(tr("Send the request"));
    auto *cancel = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, [this] {
        if (m_cancel->isEnabled())
            Q_EMIT cancelRequested();
    });
    cancel->setContext(Qt::WindowShortcut);
    cancel->setWhatsThis(tr("Cancel the request"));
    setBusy(false);
}

void TryItPanel::buildLayout()
{
    auto *layout = new QVBoxLayout(this);

    m_title = new QLabel(tr("Choose an operation"), this);
    m_title->setObjectName(u"operationTitleLabel"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    auto *form = new QFormLayout;
    m_environment = new QComboBox(this);
    m_environment->setObjectName(u"environmentComboBox"_s);
    m_environment->setAccessibleName(tr("Environment"));
    auto *environmentLabel = new QLabel(tr("&Environment:"), this);
    environmentLabel->setBuddy(m_environment);
    auto *editEnvironments = new QToolButton(this);
    editEnvironments->setObjectName(u"editEnvironmentsButton"_s);
    editEnvironments->setText(tr("Edit…"));
    editEnvironments->setAccessibleName(tr("Edit environments"));
    editEnvironments->setToolTip(tr("Add, change or remove environments (Ctrl+Shift+E)"));
    connect(editEnvironments, &QToolButton::clicked, this, &TryItPanel::editEnvironmentsRequested);
    auto *environmentRow = new QHBoxLayout;
    environmentRow->addWidget(m_environment, 1);
    environmentRow->addWidget(editEnvironments);
    form->addRow(environmentLabel, environmentRow);
    m_urlPreview = new QLineEdit(this);
    m_urlPreview->setObjectName(u"requestUrlLineEdit"_s);
    m_urlPreview->setAccessibleName(tr("Request URL"));
    m_urlPreview->setReadOnly(true);
    auto *urlLabel = new QLabel(tr("Request &URL:"), this);
    urlLabel->setBuddy(m_urlPreview);
    form->addRow(urlLabel, m_urlPreview);
    layout->addLayout(form);
    m_problems = new QLabel(this);
    m_problems->setObjectName(u"requestProblemsLabel"_s);
    m_problems->setAccessibleName(tr("Request problems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(u"color: %1;"_s.arg(theme::text(theme::Tone::Warning, palette()).name()));
    m_problems->hide();
    layout->addWidget(m_problems);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"tryItSplitter"_s);
    splitter->setChildrenCollapsible(false);

    buildParametersPane(splitter);
    buildHeadersPane(splitter);
    buildBodyPane(splitter);
    splitter->setStretchFactor(2, 2);
    layout->addWidget(splitter, 1);

    layout->addLayout(buildActionRow());
}

void TryItPanel::buildParametersPane(QSplitter *splitter)
{
    auto *paramsBox = new QWidget(splitter);
    auto *paramsLayout = new QVBoxLayout(paramsBox);
    paramsLayout->setContentsMargins(0, 0, 0, 0);
    m_parametersView = makeTable(m_parameters, u"parametersTableView"_s, tr("Request parameters"), paramsBox);
    auto *paramsLabel = new QLabel(tr("&Parameters (* required)"), paramsBox);
    paramsLabel->setBuddy(m_parametersView);
    paramsLayout->addWidget(paramsLabel);
    paramsLayout->addWidget(m_parametersView);
}

void TryItPanel::buildHeadersPane(QSplitter *splitter)
{
    auto *headersBox = new QWidget(splitter);
    auto *headersLayout = new QVBoxLayout(headersBox);
    headersLayout->setContentsMargins(0, 0, 0, 0);
    m_headersView = makeTable(m_headers, u"headersTableView"_s, tr("Request headers"), headersBox);
    m_headersView->setItemDelegateForColumn(KeyValueModel::NameColumn, new HeaderNameDelegate(m_headersView));
    auto *headersLabel = new QLabel(tr("&Headers"), headersBox);
    headersLabel->setBuddy(m_headersView);
    auto *headerButtons = new QHBoxLayout;
    headerButtons->addWidget(headersLabel);
    headerButtons->addStretch();
    m_addHeader = new QPushButton(tr("Add header"), headersBox);
    m_addHeader->setObjectName(u"addHeaderButton"_s);
    m_addHeader->setAccessibleName(tr("Add header"));
    m_removeHeader = new QPushButton(tr("Remove header"), headersBox);
    m_removeHeader->setObjectName(u"removeHeaderButton"_s);
    m_removeHeader->setAccessibleName(tr("Remove header"));
    m_insertSecret = new QToolButton(headersBox);
    m_insertSecret->setObjectName(u"insertSecretToolButton"_s);
    m_insertSecret->setText(tr("Insert secret"));
    m_insertSecret->setAccessibleName(tr("Insert a keychain secret reference into the selected header"));
    m_insertSecret->setPopupMode(QToolButton::InstantPopup);
    m_insertSecret->setMenu(new QMenu(m_insertSecret));
    headerButtons->addWidget(m_addHeader);
    headerButtons->addWidget(m_removeHeader);
    headerButtons->addWidget(m_insertSecret);
    headersLayout->addLayout(headerButtons);
    headersLayout->addWidget(m_headersView);
}

void TryItPanel::buildBodyPane(QSplitter *splitter)
{
    auto *bodyBox = new QWidget(splitter);
    auto *bodyLayout = new QVBoxLayout(bodyBox);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    m_body = new QPlainTextEdit(bodyBox);
    m_body->setObjectName(u"bodyPlainTextEdit"_s);
    m_body->setAccessibleName(tr("Request body"));
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setTabChangesFocus(true);
    m_body->setLineWrapMode(QPlainTextEdit::NoWrap);
    new JsonHighlighter(m_body->document());
    auto *bodyLabel = new QLabel(tr("&Body"), bodyBox);
    bodyLabel->setBuddy(m_body);
    auto *bodyButtons = new QHBoxLayout;
    bodyButtons->addWidget(bodyLabel);
    bodyButtons->addStretch();
    m_formatBody = new QPushButton(tr("Format"), bodyBox);
    m_formatBody->setObjectName(u"formatBodyButton"_s);
    m_formatBody->setAccessibleName(tr("Format the JSON body"));
    m_loadBody = new QPushButton(tr("Load from file…"), bodyBox);
    m_loadBody->setObjectName(u"loadBodyButton"_s);
    m_loadBody->setAccessibleName(tr("Load the body from a file"));
    bodyButtons->addWidget(m_formatBody);
    bodyButtons->addWidget(m_loadBody);
    bodyLayout->addLayout(bodyButtons);
    bodyLayout->addWidget(m_body);
    m_bodyStatus = new QLabel(bodyBox);
    m_bodyStatus->setObjectName(u"bodyStatusLabel"_s);
    m_bodyStatus->setAccessibleName(tr("Body status"));
    bodyLayout->addWidget(m_bodyStatus);
}

QHBoxLayout *TryItPanel::buildActionRow()
{
    auto *actions = new QHBoxLayout;
    m_autoRetry = new QCheckBox(tr("Retry automatically when throttled"), this);
    m_autoRetry->setObjectName(u"autoRetryCheckBox"_s);
    m_autoRetry->setAccessibleName(tr("Retry automatically when throttled"));
    m_autoRetry->setToolTip(tr("On 429 or 503 with Retry-After, send again once the wait is over."));
    actions->addWidget(m_autoRetry);
    actions->addStretch();
    m_copyCurl = new QPushButton(tr("Copy as curl"), this);
    m_copyCurl->setObjectName(u"copyAsCurlButton"_s);
    m_copyCurl->setAccessibleName(tr("Copy the request as a curl command"));
    m_copyCurl->setToolTip(tr("Keys become $PORTICO_SECRET_<NAME> environment variables, never the key itself."));
    actions->addWidget(m_copyCurl);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(u"cancelRequestButton"_s);
    m_cancel->setAccessibleName(tr("Cancel the request"));
    m_cancel->setToolTip(tr("Cancel (Esc)"));
    m_send = new QPushButton(tr("&Send"), this);
    m_send->setObjectName(u"sendRequestButton"_s);
    m_send->setAccessibleName(tr("Send the request"));
    m_send->setToolTip(tr("Send (Ctrl+Return)"));
    m_send->setDefault(true);
    actions->addWidget(m_cancel);
    actions->addWidget(m_send);
    return actions;
}

void TryItPanel::setEnvironments(const QStringList &names, const QString &active)
{
    const QSignalBlocker blocker(m_environment);
    m_environment->clear();
    m_environment->addItems(names);
    m_environment->setCurrentIndex(qMax(0, int(names.indexOf(active))));
}

QString TryItPanel::currentEnvironment() const
{
    return m_environment->currentText();
}

void TryItPanel::setOperation(const client::Api &api, const client::Operation &operation,
                              const client::SavedRequest &values)
{
    m_apiId = api.id;
    m_operationId = operation.id;
    m_title->setText(operation.method.toUpper() + u"  "_s + (operation.name.isEmpty() ? operation.id : operation.name));
    m_title->setAccessibleName(tr("Operation %1 %2").arg(operation.method.toUpper(), operation.name));

    auto savedValue = [&values](const QString &name, bool *found) {
        for (const auto &[n, v] : values.parameters) {
            if (n == name) {
                *found = true;
                return v;
            }
        }
        *found = false;
        return QString();
    };
    QList<KeyValueModel::Row> params;
    for (const client::Parameter &p : operation.templateParameters) {
        bool found = false;
        const QString value = savedValue(p.name, &found);
        params.append({p.name, found ? value : p.defaultValue, true, p.description, p.defaultValue});
    }
    for (const client::Parameter &p : operation.queryParameters) {
        bool found = false;
        const QString value = savedValue(p.name, &found);
        params.append({p.name, found ? value : p.defaultValue, p.required, p.description, p.defaultValue});
    }
    m_parameters->setRows(params);

    QList<KeyValueModel::Row> headers;
    if (!values.headers.isEmpty()) {
        for (const auto &[n, v] : values.headers)
            headers.append({n, v, false, {}, {}});
    } else {
        for (const client::Parameter &h : operation.headers)
            headers.append({h.name, h.defaultValue, false, h.description, h.defaultValue});
        if (!api.subscriptionKeyHeader.isEmpty())
            headers.append({api.subscriptionKeyHeader, u"{{subscriptionKey}}"_s, false, {}, {}});
    }
    m_headers->setRows(headers);

    m_contentType = values.contentType;
    QString body = values.body;
    if (body.isEmpty() && values.headers.isEmpty() && !operation.requestRepresentations.isEmpty()) {
        body = operation.requestRepresentations.first().sample;
        m_contentType = operation.requestRepresentations.first().contentType;
    }
    m_body->setPlainText(body);
    validateBody();
}

client::SavedRequest TryItPanel::currentRequest() const
{
    client::SavedRequest r;
    r.apiId = m_apiId;
    r.operationId = m_operationId;
    r.parameters = m_parameters->pairs();
    for (const auto &h : m_headers->pairs()) {
        if (!h.first.isEmpty())
            r.headers.append(h);
    }
    r.body = m_body->toPlainText();
    r.contentType = m_contentType;
    return r;
}

QStringList TryItPanel::missingRequired() const
{
    return m_parameters->missingRequired();
}

void TryItPanel::setSecretNames(const QStringList &names)
{
    QMenu *menu = m_insertSecret->menu();
    menu->clear();
    if (names.isEmpty()) {
        QAction *none = menu->addAction(tr("No secrets in the keychain yet (Tools → Keys)"));
        none->setEnabled(false);
        return;
    }
    for (const QString &name : names)
        menu->addAction(name, this, [this, name] { insertSecretReference(name); });
}

void TryItPanel::insertSecretReference(const QString &name)
{
    QModelIndex current = m_headersView->currentIndex();
    if (!current.isValid()) {
        const int row = m_headers->appendRow();
        current = m_headers->index(row, KeyValueModel::ValueColumn);
    }
    const QModelIndex value = m_headers->index(current.row(), KeyValueModel::ValueColumn);
    m_headers->setData(value, QString(u"{{secret:"_s + name + u"}}"_s));
    m_headersView->setCurrentIndex(value);
}

void TryItPanel::setBusy(bool busy)
{
    m_send->setEnabled(!busy);
    m_cancel->setEnabled(busy);
}

void TryItPanel::setUrlPreview(const QString &url, const QStringList &problems)
{
    m_urlPreview->setText(url);
    m_urlPreview->setCursorPosition(0);
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
}

bool TryItPanel::autoRetry() const
{
    return m_autoRetry->isChecked();
}

void TryItPanel::validateBody()
{
    const QString text = m_body->toPlainText();
    const bool json = m_contentType.isEmpty() || m_contentType.contains(u"json"_s, Qt::CaseInsensitive);
    if (!json || text.trimmed().isEmpty() || text.size() > 4 * 1024 * 1024) {
        m_bodyStatus->clear();
        return;
    }
    const QString problem = client::jsonBodyProblem(text.toUtf8());
    m_bodyStatus->setText(problem.isEmpty() ? tr("✓ Valid JSON") : tr("⚠ %1").arg(problem));
    m_bodyStatus->setStyleSheet(u"color: %1;"_s.arg(
        theme::text(problem.isEmpty() ? theme::Tone::Success : theme::Tone::Error, palette()).name()));
}

void TryItPanel::formatBody()
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(m_body->toPlainText().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        validateBody();
        return;
    }
    // Through the document's undo stack, so Ctrl+Z brings the old layout back.
    QTextCursor cursor(m_body->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed());
}

void TryItPanel::loadBodyFromFile()
{
    auto *dialog = new QFileDialog(this, tr("Load request body"));
    dialog->setObjectName(u"loadBodyFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_bodyStatus->setText(tr("⚠ Cannot read %1: %2").arg(path, file.errorString()));
            return;
        }
        if (file.size() > 64 * 1024 * 1024) {
            m_bodyStatus->setText(tr("⚠ %1 is larger than 64 MB; send large files as a batch job.").arg(path));
            return;
        }
        m_body->setPlainText(QString::fromUtf8(file.readAll()));
    });
    dialog->open();
}

} // namespace portico::ui
