// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/import/importcontroller.h"

#include "ui/import/importdialog.h"
#include "ui/import/importpreviewdialog.h"

#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QGuiApplication>
#include <QMimeData>
#include <QUndoCommand>
#include <QUndoStack>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace portico::ui {

namespace {

const client::Api *importedApi(const client::Workspace &workspace, const client::Api &incoming)
{
    if (const client::Api *byId = workspace.api(incoming.id))
        return byId;
    for (const client::Api &api : workspace.apis) {
        if (!incoming.name.isEmpty() && api.name == incoming.name)
            return &api;
    }
    return nullptr;
}

// One import as one undoable step. Undo restores the workspace as it was before, but keeps
// what the user typed since into requests of operations that were there before the import.
class ImportCommand : public QUndoCommand
{
public:
    ImportCommand(ImportController *controller, client::Workspace *workspace, const client::ImportResult &result,
                  const QString &source)
        : QUndoCommand(ImportController::tr("Import of %1").arg(source))
        , m_controller(controller)
        , m_workspace(workspace)
        , m_result(result)
    {
    }

    void redo() override
    {
        m_before = *m_workspace;
        const client::MergeReport report = client::mergeImport(m_workspace, m_result);
        QString apiId;
        QString operationId;
        if (!m_result.apis.isEmpty()) {
            if (const client::Api *api = importedApi(*m_workspace, m_result.apis.constFirst())) {
                apiId = api->id;
                if (!api->operations.isEmpty())
                    operationId = api->operations.constFirst().id;
            }
        }
        m_controller->announce(apiId, operationId,
                               ImportController::tr("Imported %1: %2 added, %3 changed, %4 removed.")
                                   .arg(text())
                                   .arg(report.added.size())
                                   .arg(report.changed.size())
                                   .arg(report.removed.size()));
    }

    void undo() override
    {
        client::Workspace restored = m_before;
        for (const client::SavedRequest &r : std::as_const(m_workspace->savedRequests)) {
            const client::Api *api = restored.api(r.apiId);
            if (api && api->operation(r.operationId))
                restored.setSavedRequest(r);
        }
        *m_workspace = restored;
        m_controller->announce(QString(), QString(), ImportController::tr("Undone: %1.").arg(text()));
    }

private:
    ImportController *m_controller;
    client::Workspace *m_workspace;
    client::ImportResult m_result;
    client::Workspace m_before;
};

} // namespace

ImportController::ImportController(client::Workspace *workspace, client::HttpEngine *engine, QUndoStack *undo,
                                   QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_engine(engine)
    , m_undo(undo)
    , m_window(window)
{
    setObjectName(u"importController"_s);
}

ImportDialog *ImportController::dialog() const
{
    return m_dialog;
}

ImportPreviewDialog *ImportController::preview() const
{
    return m_preview;
}

ImportDialog *ImportController::freshDialog()
{
    if (m_dialog && m_dialog->isRunning())
        return nullptr; // one import at a time
    if (m_dialog)
        m_dialog->close();
    m_dialog = new ImportDialog(m_engine, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ImportDialog::resultReady, this, &ImportController::showPreview);
    m_dialog->open();
    return m_dialog;
}

void ImportController::openDialog()
{
    // A dialog that just read its document is closed but not yet deleted: make a new one.
    if (m_dialog && m_dialog->isVisible()) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    freshDialog();
}

void ImportController::importFile(const QString &path)
{
    if (ImportDialog *dialog = freshDialog())
        dialog->startFile(path);
}

void ImportController::importUrl(const QUrl &url)
{
    if (ImportDialog *dialog = freshDialog())
        dialog->startUrl(url);
}

void ImportController::importText(const QByteArray &text)
{
    if (ImportDialog *dialog = freshDialog())
        dialog->startText(text);
}

bool ImportController::importMime(const QMimeData *mime)
{
    if (!mime)
        return false;
    if (mime->hasUrls()) {
        const QList<QUrl> urls = mime->urls();
        if (!urls.isEmpty()) {
            const QUrl &first = urls.constFirst();
            if (urls.size() > 1)
                Q_EMIT message(tr("Only the first of the %1 dropped items is imported.").arg(urls.size()));
            if (first.isLocalFile())
                importFile(first.toLocalFile());
            else
                importUrl(first);
            return true;
        }
    }
    if (mime->hasText()) {
        const QString text = mime->text().trimmed();
        if (text.isEmpty())
            return false;
        const QUrl url(text, QUrl::StrictMode);
        if (!text.contains(u'\n') && !text.contains(u' ') && (url.scheme() == u"http"_s || url.scheme() == u"https"_s))
            importUrl(url);
        else
            importText(text.toUtf8());
        return true;
    }
    return false;
}

void ImportController::pasteFromClipboard()
{
    if (!importMime(QGuiApplication::clipboard()->mimeData()))
        Q_EMIT message(tr("The clipboard holds no curl command, document or address to import."));
}

void ImportController::acceptDropsOn(QWidget *widget)
{
    widget->setAcceptDrops(true);
    widget->installEventFilter(this);
}

bool ImportController::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (drag->mimeData()->hasUrls() || drag->mimeData()->hasText()) {
            drag->acceptProposedAction();
            return true;
        }
        break;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        if (importMime(drop->mimeData())) {
            drop->acceptProposedAction();
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void ImportController::showPreview(const client::ImportResult &result, const QString &source)
{
    if (m_preview)
        m_preview->close();
    m_preview = new ImportPreviewDialog(result, client::previewMerge(*m_workspace, result), source, m_window);
    m_preview->setAttribute(Qt::WA_DeleteOnClose);
    ImportPreviewDialog *preview = m_preview;
    connect(preview, &QDialog::accepted, this, [this, preview, source] { apply(preview->result(), source); });
    connect(preview, &QDialog::rejected, this,
            [this] { Q_EMIT message(tr("Import cancelled; the workspace is unchanged.")); });
    preview->open();
}

void ImportController::apply(const client::ImportResult &result, const QString &source)
{
    m_undo->push(new ImportCommand(this, m_workspace, result, source));
}

void ImportController::announce(const QString &apiId, const QString &operationId, const QString &text)
{
    Q_EMIT workspaceChanged(apiId, operationId);
    Q_EMIT message(text);
}

} // namespace portico::ui
