// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/response/responseviewer.h"

#include "client/common/savefile.h"
#include "ui/response/prettybodyview.h"
#include "ui/response/rawbodyview.h"
#include "ui/response/responseheadersmodel.h"
#include "ui/response/responsesummary.h"
#include "ui/response/responseworkpool.h"
#include "ui/response/resultstablesview.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;
using portico::client::Exchange;

namespace portico::ui {

namespace {

qint64 bodySizeOf(const Exchange &exchange)
{
    return qMax(exchange.bodySize, qint64(exchange.body.size()));
}

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

QWidget *headersTable(ResponseHeadersModel *model, const QString &objectName, const QString &caption, QWidget *parent)
{
    auto *page = new QWidget(parent);
    page->setObjectName(objectName + u"Widget"_s);
    auto *label = new QLabel(caption, page);
    label->setObjectName(objectName + u"CaptionLabel"_s);
    label->setAccessibleName(caption);
    auto *view = new QTableView(page);
    view->setObjectName(objectName + u"TableView"_s);
    view->setAccessibleName(caption);
    view->setModel(model);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->verticalHeader()->minimumSectionSize());
    view->horizontalHeader()->setStretchLastSection(true);
    QObject::connect(model, &QAbstractItemModel::modelReset, view,
                     [view] { view->resizeColumnToContents(ResponseHeadersModel::NameColumn); });
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(view);
    return page;
}

} // namespace

ResponseViewer::ResponseViewer(QWidget *parent)
    : QWidget(parent)
    , m_summary(new ResponseSummary(this))
    , m_tabs(new QTabWidget(this))
    , m_pretty(new PrettyBodyView(m_tabs))
    , m_raw(new RawBodyView(m_tabs))
    , m_tables(new ResultsTablesView(m_tabs))
    , m_responseHeaders(new ResponseHeadersModel(this))
    , m_requestHeaders(new ResponseHeadersModel(this))
    , m_notice(new QLabel(this))
    , m_copyAction(new QAction(tr("&Copy"), this))
    , m_saveAction(new QAction(tr("&Save…"), this))
    , m_copyButton(new QToolButton(this))
    , m_saveButton(new QToolButton(this))
{
    setObjectName(u"responseViewer"_s);
    setAccessibleName(tr("Response"));

    auto *headers = new QSplitter(Qt::Vertical, m_tabs);
    headers->setObjectName(u"responseHeadersSplitter"_s);
    headers->addWidget(headersTable(m_responseHeaders, u"responseHeaders"_s, tr("Response headers"), headers));
    headers->addWidget(headersTable(m_requestHeaders, u"requestHeaders"_s,
                                    tr("Request headers as sent (credentials hidden)"), headers));

    m_tabs->setObjectName(u"responseTabWidget"_s);
    m_tabs->setAccessibleName(tr("Response body views"));
    m_tabs->insertTab(PrettyTab, m_pretty, tr("Pretty"));
    m_tabs->insertTab(RawTab, m_raw, tr("Raw"));
    m_tabs->insertTab(TableTab, m_tables, tr("Table"));
    m_tabs->insertTab(HeadersTab, headers, tr("Headers"));
    connect(m_pretty, &PrettyBodyView::rawViewRequested, this, [this] { m_tabs->setCurrentIndex(RawTab); });

    const QKeySequence copyKeys(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    m_copyAction->setObjectName(u"copyResponseAction"_s);
    m_copyAction->setShortcut(copyKeys);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyAction->setToolTip(
        tr("Copy the body, or the table on the Table tab (%1)").arg(copyKeys.toString(QKeySequence::NativeText)));
    connect(m_copyAction, &QAction::triggered, this, &ResponseViewer::copyToClipboard);
    addAction(m_copyAction);
    m_saveAction->setObjectName(u"saveResponseAction"_s);
    m_saveAction->setToolTip(tr("Save the body, byte for byte, to a file"));
    connect(m_saveAction, &QAction::triggered, this, &ResponseViewer::chooseSaveFile);
    addAction(m_saveAction);
    m_copyButton->setObjectName(u"copyResponseButton"_s);
    m_copyButton->setDefaultAction(m_copyAction);
    m_copyButton->setAccessibleName(tr("Copy the response"));
    m_saveButton->setObjectName(u"saveResponseButton"_s);
    m_saveButton->setDefaultAction(m_saveAction);
    m_saveButton->setAccessibleName(tr("Save the response body"));
    m_notice->setObjectName(u"responseNoticeLabel"_s);
    m_notice->setAccessibleName(tr("Last action"));
    m_notice->setMaximumWidth(420);

    auto *corner = new QWidget(m_tabs);
    corner->setObjectName(u"responseActionsWidget"_s);
    auto *cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(0, 0, 0, 2);
    cornerLayout->addWidget(m_notice);
    cornerLayout->addWidget(m_copyButton);
    cornerLayout->addWidget(m_saveButton);
    m_tabs->setCornerWidget(corner, Qt::TopRightCorner);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);

    connect(&m_digestWatcher, &QFutureWatcherBase::finished, this, &ResponseViewer::applyDigest);
    clear();
}

void ResponseViewer::showExchange(const portico::client::RedactedExchange &redacted)
{
    const Exchange &exchange = redacted.exchange();
    ++m_shown;
    m_exchange = exchange;
    // The request's credentials are not needed past this point; keep them out of memory.
    m_exchange.request = portico::client::RequestSpec();
    m_hasExchange = true;
    m_notice->clear();
    m_summary->showExchange(exchange);
    m_responseHeaders->setHeaders(exchange.responseHeaders);
    m_requestHeaders->setHeaders(exchange.request.headers);
    m_raw->showBody(exchange);
    startDigest();
    updateActions();
}

void ResponseViewer::showInProgress(const QString &what)
{
    ++m_shown;
    m_exchange = Exchange();
    m_hasExchange = false;
    m_digestPending = false;
    m_notice->clear();
    m_summary->showInProgress(what);
    m_responseHeaders->clear();
    m_requestHeaders->clear();
    m_raw->clear();
    m_pretty->showMessage(tr("Waiting for the response…"), false);
    m_tables->showMessage(tr("Waiting for the response…"));
    updateActions();
}

void ResponseViewer::clear()
{
    showInProgress(QString());
    m_summary->clear();
    m_pretty->showMessage(tr("Send a request to see its response here."), false);
    m_tables->showMessage(QString());
}

void ResponseViewer::startDigest()
{
    m_digestPending = false;
    const qint64 size = bodySizeOf(m_exchange);
    QString withoutTree;
    bool offerRaw = false;
    if (size == 0) {
        withoutTree = m_exchange.error.isEmpty() ? tr("The response has no body.")
                                                 : tr("There is no body: %1").arg(m_exchange.error);
    } else if (size > m_formattingLimit) {
        withoutTree =
            tr("The body is %1, more than the %2 the formatted view reads. The Raw tab shows all of it, line by line.")
                .arg(dataSize(size), dataSize(m_formattingLimit));
        offerRaw = true;
    }
    if (!withoutTree.isEmpty()) {
        m_pretty->showMessage(withoutTree, offerRaw);
        m_tables->showMessage(size == 0
                                  ? withoutTree
                                  : tr("The body is %1, too large to look for AzureML tables in.").arg(dataSize(size)));
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT formattingFinished(); }, Qt::QueuedConnection);
        return;
    }
    m_pretty->showFormatting();
    m_tables->showMessage(tr("Looking for AzureML tables…"));
    m_digestPending = true;
    m_digestWatcher.setFuture(QtConcurrent::run(responseWorkPool(), &ResponseDigest::fromBody, m_exchange.body,
                                                m_exchange.bodyFile, m_exchange.header("Content-Type")));
}

void ResponseViewer::applyDigest()
{
    // A digest for an exchange no longer on show (replaced, cleared) is dropped.
    if (!m_digestPending || m_digestWatcher.isCanceled() || m_digestWatcher.future().resultCount() == 0)
        return;
    m_digestPending = false;
    const ResponseDigest digest = m_digestWatcher.result();
    // Drop the future's copy now, so the models hold the last references to the tree and
    // the tables and can let go of them off the UI thread.
    m_digestWatcher.setFuture(QFuture<ResponseDigest>());
    if (digest.isJson) {
        m_pretty->showTree(digest.tree);
        m_tables->setOutputs(digest.outputs);
        // A scored table is what the user sent the request for: show it, unless they had
        // already moved away from the first tab.
        if (!digest.outputs.isEmpty() && m_tabs->currentIndex() == PrettyTab)
            m_tabs->setCurrentIndex(TableTab);
        else if (digest.outputs.isEmpty() && m_tabs->currentIndex() == TableTab)
            m_tabs->setCurrentIndex(PrettyTab); // an error body says more than "no table"
    } else {
        if (m_tabs->currentIndex() == TableTab)
            m_tabs->setCurrentIndex(PrettyTab);
        m_pretty->showMessage(digest.problem, true);
        m_tables->showMessage(tr("The body is not JSON, so it holds no AzureML table."));
    }
    Q_EMIT formattingFinished();
}

void ResponseViewer::saveBodyTo(const QString &path, QString *error)
{
    QString failure;
    const QString where = QDir::toNativeSeparators(path);
    QSaveFile out(path);
    if (!m_hasExchange) {
        failure = tr("There is no response to save.");
    } else if (!out.open(QIODevice::WriteOnly)) {
        failure = tr("Cannot write %1: %2").arg(where, out.errorString());
    } else if (m_exchange.isSpooled()) {
        QFile in(m_exchange.bodyFile);
        if (!in.open(QIODevice::ReadOnly)) {
            failure = tr("Cannot read the response body from %1: %2")
                          .arg(QDir::toNativeSeparators(m_exchange.bodyFile), in.errorString());
        } else {
            QByteArray chunk(1024 * 1024, Qt::Uninitialized);
            for (qint64 read; (read = in.read(chunk.data(), chunk.size())) != 0;) {
                if (read < 0) {
                    failure = tr("Cannot read the response body from %1: %2")
                                  .arg(QDir::toNativeSeparators(m_exchange.bodyFile), in.errorString());
                    break;
                }
                if (out.write(chunk.constData(), read) != read) {
                    failure = tr("Cannot write %1: %2").arg(where, out.errorString());
                    break;
                }
            }
        }
    } else if (out.write(m_exchange.body) != m_exchange.body.size()) {
        failure = tr("Cannot write %1: %2").arg(where, out.errorString());
    }
    if (failure.isEmpty() && !client::commitSaveFile(out))
        failure = tr("Cannot write %1: %2").arg(where, out.errorString());
    else if (!failure.isEmpty() && out.isOpen())
        out.cancelWriting();
    if (error)
        *error = failure;
}

void ResponseViewer::copyToClipboard()
{
    if (m_tabs->currentIndex() == TableTab) {
        if (ResultsTableModel *table = m_tables->currentModel()) {
            QGuiApplication::clipboard()->setText(table->toTsv());
            showNotice(tr("Copied the table as tab-separated text."));
            return;
        }
    }
    if (!m_hasExchange)
        return;
    const qint64 size = bodySizeOf(m_exchange);
    if (size > kClipboardLimit) {
        showNotice(tr("The body is %1, too large for the clipboard; use Save… instead.").arg(dataSize(size)));
        return;
    }
    QByteArray bytes = m_exchange.body;
    if (m_exchange.isSpooled()) {
        QFile in(m_exchange.bodyFile);
        if (!in.open(QIODevice::ReadOnly)) {
            showNotice(tr("Cannot read the response body: %1").arg(in.errorString()));
            return;
        }
        bytes = in.readAll();
    }
    QGuiApplication::clipboard()->setText(QString::fromUtf8(bytes));
    showNotice(tr("Copied the body (%1).").arg(dataSize(bytes.size())));
}

QString ResponseViewer::suggestedFileName() const
{
    const QByteArray type = m_exchange.header("Content-Type").toLower();
    QString extension = u"bin"_s;
    if (type.contains("json"))
        extension = u"json"_s;
    else if (type.contains("csv"))
        extension = u"csv"_s;
    else if (type.contains("xml"))
        extension = u"xml"_s;
    else if (type.contains("html"))
        extension = u"html"_s;
    else if (type.startsWith("text/"))
        extension = u"txt"_s;
    return u"response-%1.%2"_s.arg(m_exchange.status).arg(extension);
}

void ResponseViewer::chooseSaveFile()
{
    if (!m_hasExchange)
        return;
    auto *dialog = new QFileDialog(this, tr("Save Response Body"));
    dialog->setObjectName(u"saveResponseFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    dialog->selectFile(suggestedFileName());
    // Non-blocking: open() returns at once and fileSelected() arrives from the event loop.
    const quint64 shown = m_shown;
    connect(dialog, &QFileDialog::fileSelected, this, [this, shown](const QString &path) {
        if (shown != m_shown) {
            showNotice(tr("A newer response replaced the one you chose to save; nothing was saved."));
            return;
        }
        QString error;
        saveBodyTo(path, &error);
        showNotice(error.isEmpty() ? tr("Saved to %1.").arg(QDir::toNativeSeparators(path)) : error);
    });
    dialog->open();
}

void ResponseViewer::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setToolTip(text);
}

void ResponseViewer::updateActions()
{
    m_copyAction->setEnabled(m_hasExchange);
    m_saveAction->setEnabled(m_hasExchange && bodySizeOf(m_exchange) > 0);
}

} // namespace portico::ui
