// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Brings an API into the main window's workspace: from File → Import…, a file or text dropped
// on the API list, or the clipboard. Every way goes through the import dialog (progress,
// Cancel, errors) and the preview; only the preview's Import changes the workspace, as one
// step on the undo stack.

#include "client/catalog/workspace.h"
#include "client/interop/importer.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QMimeData;
class QUndoStack;
class QWidget;

namespace portico::client {
class HttpEngine;
}

namespace portico::ui {

class ImportDialog;
class ImportPreviewDialog;

class ImportController : public QObject
{
    Q_OBJECT
public:
    // workspace and undo belong to the window, which saves the workspace on workspaceChanged().
    ImportController(client::Workspace *workspace, client::HttpEngine *engine, QUndoStack *undo, QWidget *window);

    void openDialog();
    void importFile(const QString &path);
    void importUrl(const QUrl &url);
    void importText(const QByteArray &text);
    // Files, addresses or text, from a drop or the clipboard. False when it holds none of them.
    bool importMime(const QMimeData *mime);
    void pasteFromClipboard();
    // Files and text dropped on widget import them.
    void acceptDropsOn(QWidget *widget);

    ImportDialog *dialog() const;
    ImportPreviewDialog *preview() const;

    // Called by the undo stack's commands: the workspace has been changed under the window.
    void announce(const QString &apiId, const QString &operationId, const QString &message);

Q_SIGNALS:
    // The workspace changed (an import, or its undo or redo); show apiId/operationId if set.
    void workspaceChanged(const QString &apiId, const QString &operationId);
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ImportDialog *freshDialog();
    void showPreview(const client::ImportResult &result, const QString &source);
    void apply(const client::ImportResult &result, const QString &source);

    client::Workspace *m_workspace;
    client::HttpEngine *m_engine;
    QUndoStack *m_undo;
    QWidget *m_window;
    QPointer<ImportDialog> m_dialog;
    QPointer<ImportPreviewDialog> m_preview;
};

} // namespace portico::ui
