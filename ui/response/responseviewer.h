// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Shows one try-it response: a status/URL/latency/size strip and the body as a formatted
// JSON tree, raw lines, AzureML tables and headers; copies and saves the body.

#include "client/http/redactedexchange.h"
#include "ui/response/responsedigest.h"

#include <QFutureWatcher>
#include <QWidget>

class QAction;
class QLabel;
class QTabWidget;
class QTableView;
class QToolButton;

namespace portico::ui {

class PrettyBodyView;
class RawBodyView;
class ResponseHeadersModel;
class ResponseSummary;
class ResultsTablesView;

class ResponseViewer : public QWidget
{
    Q_OBJECT
public:
    enum Tab { PrettyTab, RawTab, TableTab, HeadersTab };

    // Bodies above this are not indexed: the Pretty and Table tabs say so, Raw shows them.
    static constexpr qint64 kDefaultFormattingLimit = qint64(1024) * 1024 * 1024;
    // Copying more than this to the clipboard would stall every application that pastes.
    static constexpr qint64 kClipboardLimit = 16 * 1024 * 1024;

    explicit ResponseViewer(QWidget *parent = nullptr);

    // The viewer keeps the exchange; a spooled body's file must stay until the next call
    // of showExchange(), showInProgress() or clear(), or the viewer's destruction.
    void showExchange(const portico::client::RedactedExchange &exchange);
    void showInProgress(const QString &what);
    void clear();

    // Writes the body's exact bytes, from memory or the spool file; error is cleared on
    // success and says what failed otherwise. The Save… button calls this after its dialog.
    void saveBodyTo(const QString &path, QString *error);
    // Ctrl+Shift+C: the current table as TSV on the Table tab, else the body as text.
    void copyToClipboard();

    qint64 formattingLimit() const { return m_formattingLimit; }
    void setFormattingLimit(qint64 bytes) { m_formattingLimit = bytes; }
    bool isFormatting() const { return m_digestPending; }
    // A file name for the Save… dialog, from the status and the Content-Type.
    QString suggestedFileName() const;

Q_SIGNALS:
    // The Pretty and Table tabs have their final content for the exchange on show.
    void formattingFinished();

private:
    void startDigest();
    void applyDigest();
    void chooseSaveFile();
    void showNotice(const QString &text);
    void updateActions();

    portico::client::Exchange m_exchange;
    bool m_hasExchange = false;
    bool m_digestPending = false;
    // Bumped whenever the exchange on show changes, so a late dialog saves nothing stale.
    quint64 m_shown = 0;
    qint64 m_formattingLimit = kDefaultFormattingLimit;
    QFutureWatcher<ResponseDigest> m_digestWatcher;

    ResponseSummary *m_summary;
    QTabWidget *m_tabs;
    PrettyBodyView *m_pretty;
    RawBodyView *m_raw;
    ResultsTablesView *m_tables;
    ResponseHeadersModel *m_responseHeaders;
    ResponseHeadersModel *m_requestHeaders;
    QLabel *m_notice;
    QAction *m_copyAction;
    QAction *m_saveAction;
    QToolButton *m_copyButton;
    QToolButton *m_saveButton;
};

} // namespace portico::ui
