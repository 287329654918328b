// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// File → Import…: where the API comes from (a file, a URL, or pasted text: a curl command or a
// whole document), then the import itself, off the UI thread, with progress and Cancel. A
// document that does not read shows its error here; a good one goes on to the preview.

#include "client/interop/importer.h"

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace portico::client {
class HttpEngine;
}

namespace portico::ui {

class ImportRunner;

class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(client::HttpEngine *engine, QWidget *parent = nullptr);

    // Fill in the source and start at once (a dropped file, a paste).
    void startFile(const QString &path);
    void startUrl(const QUrl &url);
    void startText(const QByteArray &text);
    bool isRunning() const;
    ImportRunner *runner() const { return m_runner; }
    QString statusText() const;

    // Esc and Cancel stop a running import first; a second press closes.
    void reject() override;

Q_SIGNALS:
    // A document that read; nothing is merged yet. source names it for the preview.
    void resultReady(const portico::client::ImportResult &result, const QString &source);

private:
    void start();
    void browse();
    void setRunning(bool running);
    void onFinished(const client::ImportResult &result);
    void updateStartButton();

    ImportRunner *m_runner;
    QTabWidget *m_tabs;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLineEdit *m_url;
    QPlainTextEdit *m_text;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_startButton;
    QPushButton *m_cancelButton;
    QString m_source;
};

} // namespace portico::ui
