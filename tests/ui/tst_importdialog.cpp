// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// Import through the real main window: File → Import…, the preview before anything changes,
// the API list and operation tree after, Ctrl+Z, re-import with its added/changed/removed
// lines, a malformed file, Cancel in the middle of a large import, a URL fetched from the
// sandbox through the console's transport, a drop on the API list and a paste.

#include "app/portico/console.h"
#include "client/catalog/workspace.h"
#include "client/common/datapaths.h"
#include "client/http/httpengine.h"
#include "client/interop/importer.h"
#include "sandbox/sandbox.h"
#include "ui/import/importcontroller.h"
#include "ui/import/importdialog.h"
#include "ui/import/importpreviewdialog.h"
#include "ui/import/importpreviewmodel.h"
#include "ui/import/importrunner.h"
#include "ui/catalog/operationtreemodel.h"
#include "ui/mainwindow.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using portico::ui::ImportPreviewModel;

namespace {

QStringList texts(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QStringList out;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        out << index.data().toString();
        out << texts(model, index);
    }
    return out;
}

QString dataFile(const QString &name)
{
    return QString::fromUtf8(PORTICO_IMPORT_DATA) + u'/' + name;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A spec of many paths, large enough that its import reports progress many times.
QByteArray largeSpec(int paths)
{
    QJsonObject pathItems;
    for (int i = 0; i < paths; ++i) {
        const QJsonObject param{{u"name"_s, u"item"_s}, {u"in"_s, u"path"_s}, {u"required"_s, true},
                                {u"schema"_s, QJsonObject{{u"type"_s, u"string"_s}}}};
        const QJsonObject op{{u"operationId"_s, u"get%1"_s.arg(i)},
                             {u"parameters"_s, QJsonArray{param}},
                             {u"responses"_s, QJsonObject{{u"200"_s, QJsonObject{{u"description"_s, u"ok"_s}}}}}};
        pathItems.insert(u"/items%1/{item}"_s.arg(i), QJsonObject{{u"get"_s, op}});
    }
    const QJsonObject root{{u"openapi"_s, u"3.0.3"_s},
                           {u"info"_s, QJsonObject{{u"title"_s, u"Large API"_s}, {u"version"_s, u"1"_s}}},
                           {u"paths"_s, pathItems}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void importedYamlIsPreviewedThenListedAndUndoneWithCtrlZ();
    void reimportOfAChangedFileShowsAddedChangedRemovedAndUpdatesInPlace();
    void malformedFileNamesItsPlaceAndLeavesTheWorkspaceByteIdentical();
    void cancelDuringALargeImportLeavesTheWorkspaceUnchanged();
    void swaggerFromTheSandboxUrlIsFetchedThroughTheConsoleTransport();
    void fileDroppedOnTheApiListOpensItsPreview();
    void pastedDocumentBecomesARequest();
    void pastedCurlCommandBecomesARequest();
    void everyImportControlHasAnAccessibleName();
    void importedTagsGroupTheOperationTree();

private:
    // Opens File → Import…, names the file and reads it: the preview (or the dialog's error) follows.
    void readThroughDialog(const QString &path);
    void confirmPreview();
    QAbstractItemView *apiList() const;
    QAbstractItemView *operationTree() const;
    portico::ui::ImportController *importer() const { return m_window->importer(); }
    QString workspaceFile() const { return portico::client::DataPaths(m_dir->path()).workspaceFile(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<portico::app::Console> m_console;
    portico::ui::MainWindow *m_window = nullptr;
    QByteArray m_initialBytes;
};

void TestImportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // A workspace the user already has: one API of their own.
    portico::client::Workspace existing;
    portico::client::Api own;
    own.id = u"own-api"_s;
    own.name = u"Own API"_s;
    portico::client::Operation ping;
    ping.id = u"ping"_s;
    ping.name = u"Ping"_s;
    ping.method = u"GET"_s;
    ping.urlTemplate = u"/ping"_s;
    own.operations.append(ping);
    existing.apis.append(own);
    QString error;
    QVERIFY2(existing.save(workspaceFile(), &error), qPrintable(error));
    m_initialBytes = readAll(workspaceFile());
    m_console = std::make_unique<portico::app::Console>(portico::client::DataPaths(m_dir->path()));
    m_window = m_console->window();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestImportDialog::cleanup()
{
    m_console.reset();
    m_window = nullptr;
}

QAbstractItemView *TestImportDialog::apiList() const
{
    return m_window->findChild<QAbstractItemView *>(u"apiListView"_s);
}

QAbstractItemView *TestImportDialog::operationTree() const
{
    return m_window->findChild<QAbstractItemView *>(u"operationTreeView"_s);
}

void TestImportDialog::readThroughDialog(const QString &path)
{
    m_window->findChild<QAction *>(u"importAction"_s)->trigger();
    QTRY_VERIFY(importer()->dialog() && importer()->dialog()->isVisible());
    portico::ui::ImportDialog *dialog = importer()->dialog();
    dialog->findChild<QLineEdit *>(u"importFileLineEdit"_s)->setText(path);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"startImportButton"_s), Qt::LeftButton);
}

void TestImportDialog::confirmPreview()
{
    QTRY_VERIFY(importer()->preview() && importer()->preview()->isVisible());
    QTest::mouseClick(importer()->preview()->findChild<QPushButton *>(u"confirmImportButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!importer()->preview());
}

void TestImportDialog::importedYamlIsPreviewedThenListedAndUndoneWithCtrlZ()
{
    QCOMPARE(m_window->findChild<QAction *>(u"importAction"_s)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    // The key itself opens the dialog.
    m_window->activateWindow();
    QTest::keyClick(m_window, Qt::Key_I, Qt::ControlModifier);
    QTRY_VERIFY(importer()->dialog() && importer()->dialog()->isVisible());
    importer()->dialog()->close();
    QTRY_VERIFY(!importer()->dialog());

    readThroughDialog(dataFile(u"preview-scoring.yaml"_s));
    QTRY_VERIFY(importer()->preview() && importer()->preview()->isVisible());
    portico::ui::ImportPreviewDialog *preview = importer()->preview();
    QVERIFY2(preview->summary().contains(u"OpenAPI 3"_s), qPrintable(preview->summary()));
    QVERIFY2(preview->summary().contains(u"Operations in it: 3."_s), qPrintable(preview->summary()));
    const QStringList lines = texts(preview->model());
    QCOMPARE(preview->model()->count(ImportPreviewModel::Kind::AddedApi), 1);
    QCOMPARE(preview->model()->count(ImportPreviewModel::Kind::Added), 3);
    // One line for every note the importer made, the dropped callback and the cookie among them.
    QCOMPARE(preview->model()->count(ImportPreviewModel::Kind::Note), preview->result().notes.size());
    for (const QString &note : preview->result().notes)
        QVERIFY2(lines.contains(u"Note: "_s + note), qPrintable(note));
    QVERIFY2(lines.filter(u"callbacks ignored"_s).size() == 1, qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.filter(u"cookie parameter 'session'"_s).size() == 1, qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.filter(u"Key to add"_s).size() == 1, qPrintable(lines.join(u'\n')));
    // Nothing changed yet: the preview comes first.
    QCOMPARE(readAll(workspaceFile()), m_initialBytes);
    QVERIFY(!texts(apiList()->model()).contains(u"Scoring Preview API"_s));

    confirmPreview();
    QVERIFY(texts(apiList()->model()).contains(u"Scoring Preview API"_s));
    QVERIFY(texts(apiList()->model()).contains(u"Own API"_s));
    const QStringList operations = texts(operationTree()->model());
    for (const QString &name : {u"List models"_s, u"Score rows"_s, u"Delete model"_s})
        QVERIFY2(operations.contains(name), qPrintable(operations.join(u", "_s)));
    QVERIFY(operationTree()->currentIndex().isValid()); // an imported operation, ready to send
    const QByteArray saved = readAll(workspaceFile());
    QVERIFY(saved.contains("Scoring Preview API"));
    // The gateway key is a reference to the keychain, never a value.
    QVERIFY(saved.contains("{{secret:"));

    // Ctrl+Z on the API list takes the whole import back, in the window and in the file.
    m_window->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), m_window);
    apiList()->setFocus();
    QTRY_VERIFY(apiList()->hasFocus());
    QTest::keyClick(apiList(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY(!texts(apiList()->model()).contains(u"Scoring Preview API"_s));
    QVERIFY(texts(apiList()->model()).contains(u"Own API"_s));
    QVERIFY(!texts(operationTree()->model()).contains(u"Score rows"_s));
    QCOMPARE(readAll(workspaceFile()), m_initialBytes);
    // And Edit → Redo brings it back.
    m_window->findChild<QAction *>(u"redoAction"_s)->trigger();
    QVERIFY(texts(apiList()->model()).contains(u"Scoring Preview API"_s));
}

void TestImportDialog::reimportOfAChangedFileShowsAddedChangedRemovedAndUpdatesInPlace()
{
    readThroughDialog(dataFile(u"preview-scoring.yaml"_s));
    confirmPreview();
    QVERIFY(!QTest::currentTestFailed());
    readThroughDialog(dataFile(u"preview-scoring-v2.yaml"_s));
    QTRY_VERIFY(importer()->preview() && importer()->preview()->isVisible());
    const QStringList lines = texts(importer()->preview()->model());
    QCOMPARE(importer()->preview()->model()->count(ImportPreviewModel::Kind::AddedApi), 0);
    QVERIFY2(lines.contains(u"Added: Scoring Preview API: Explain rows"_s), qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.contains(u"Changed: Scoring Preview API: Score rows"_s), qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.contains(u"Removed: Scoring Preview API: Delete model"_s), qPrintable(lines.join(u'\n')));
    QVERIFY2(!lines.filter(u"List models"_s).size(), qPrintable(lines.join(u'\n'))); // unchanged: no line
    QVERIFY(importer()->preview()->summary().contains(u"1 added, 1 changed, 1 removed"_s));
    confirmPreview();
    // Updated in place: still one such API, with the new release's operations.
    QCOMPARE(texts(apiList()->model()).count(u"Scoring Preview API"_s), 1);
    const QStringList operations = texts(operationTree()->model());
    QVERIFY(operations.contains(u"Explain rows"_s));
    QVERIFY(!operations.contains(u"Delete model"_s));
    QCOMPARE(m_window->workspace().apis.size(), 2);
}

void TestImportDialog::malformedFileNamesItsPlaceAndLeavesTheWorkspaceByteIdentical()
{
    readThroughDialog(dataFile(u"preview-malformed.yaml"_s));
    portico::ui::ImportDialog *dialog = importer()->dialog();
    QTRY_VERIFY(!dialog->isRunning() && !dialog->statusText().isEmpty() &&
                !dialog->statusText().startsWith(u"Reading"_s));
    QVERIFY2(dialog->statusText().contains(u"line "_s) && dialog->statusText().contains(u"column "_s),
             qPrintable(dialog->statusText()));
    QVERIFY(dialog->isVisible()); // the user can pick another file
    QVERIFY(!importer()->preview());
    QCOMPARE(readAll(workspaceFile()), m_initialBytes);
    QCOMPARE(m_window->workspace().apis.size(), 1);
}

void TestImportDialog::cancelDuringALargeImportLeavesTheWorkspaceUnchanged()
{
    const QString big = m_dir->filePath(u"large.json"_s);
    QFile f(big);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(largeSpec(20'000));
    f.close();
    readThroughDialog(big);
    portico::ui::ImportDialog *dialog = importer()->dialog();
    QVERIFY(dialog->isRunning());
    auto *bar = dialog->findChild<QProgressBar *>(u"importProgressBar"_s);
    QVERIFY(bar->isVisible());
    // Cancel as soon as the import says how far it is, as a user watching the bar would.
    bool clicked = false;
    connect(dialog->runner(), &portico::ui::ImportRunner::progress, dialog, [&](int done, int total) {
        if (clicked)
            return;
        QVERIFY(done > 0 && done < total);
        QCOMPARE(bar->maximum(), total);
        clicked = true;
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"cancelImportButton"_s), Qt::LeftButton);
    });
    QSignalSpy finished(dialog->runner(), &portico::ui::ImportRunner::finished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60'000);
    QVERIFY(clicked);
    QVERIFY(finished.first().first().value<portico::client::ImportResult>().cancelled);
    QVERIFY2(dialog->statusText().contains(u"cancelled"_s), qPrintable(dialog->statusText()));
    QVERIFY(dialog->isVisible());
    QVERIFY(!importer()->preview());
    QCOMPARE(readAll(workspaceFile()), m_initialBytes);
    QVERIFY(!texts(apiList()->model()).contains(u"Large API"_s));
}

void TestImportDialog::swaggerFromTheSandboxUrlIsFetchedThroughTheConsoleTransport()
{
    portico::sandbox::Sandbox sandbox;
    portico::sandbox::SandboxOptions options;
    options.dataDir = m_dir->filePath(u"sandbox"_s);
    QString error;
    QVERIFY2(sandbox.start(options, &error), qPrintable(error));
    const QUrl url = sandbox.serviceUrl().resolved(QUrl(u"/workspaces/%1/services/%2/swagger.json"_s.arg(
        sandbox.credentials().workspace, sandbox.credentials().service)));
    // The console's one engine carries the request: its finished() sees the document's URL.
    QSignalSpy exchanges(m_window->httpEngine(), &portico::client::HttpEngine::finished);

    m_window->findChild<QAction *>(u"importAction"_s)->trigger();
    QTRY_VERIFY(importer()->dialog());
    portico::ui::ImportDialog *dialog = importer()->dialog();
    dialog->findChild<QTabWidget *>(u"importSourceTabWidget"_s)->setCurrentIndex(1);
    dialog->findChild<QLineEdit *>(u"importUrlLineEdit"_s)->setText(url.toString());
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"startImportButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(importer()->preview(), 20'000);
    QCOMPARE(exchanges.size(), 1);
    QCOMPARE(exchanges.first().first().value<portico::client::Exchange>().finalUrl, url);
    QVERIFY2(importer()->preview()->summary().contains(u"Swagger 2.0"_s), qPrintable(importer()->preview()->summary()));
    confirmPreview();
    const QStringList operations = texts(operationTree()->model());
    QVERIFY2(operations.contains(u"Execute the web service and get a response synchronously"_s),
             qPrintable(operations.join(u", "_s)));
    // Ready to send: an environment whose baseUrl is where the sandbox's service listens.
    bool pointsAtSandbox = false;
    for (const portico::client::Environment &e : m_window->workspace().environments) {
        for (const auto &[name, value] : e.variables)
            pointsAtSandbox = pointsAtSandbox ||
                (name == u"baseUrl"_s && value.contains(u":%1"_s.arg(sandbox.serviceUrl().port())));
    }
    QVERIFY(pointsAtSandbox);
}

void TestImportDialog::fileDroppedOnTheApiListOpensItsPreview()
{
    QWidget *target = apiList()->viewport();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(dataFile(u"preview-scoring.yaml"_s))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
    QTRY_VERIFY(importer()->preview() && importer()->preview()->isVisible());
    QCOMPARE(readAll(workspaceFile()), m_initialBytes); // a drop previews; it changes nothing yet
    confirmPreview();
    QVERIFY(texts(apiList()->model()).contains(u"Scoring Preview API"_s));
}

void TestImportDialog::pastedDocumentBecomesARequest()
{
    const QByteArray document = R"({"openapi": "3.0.3", "info": {"title": "Pasted API", "version": "1"},
        "servers": [{"url": "http://127.0.0.1:9/pasted"}],
        "paths": {"/echo": {"post": {"operationId": "echo", "summary": "Echo text",
            "requestBody": {"content": {"application/json": {"example": {"text": "hello"}}}},
            "responses": {"200": {"description": "ok"}}}}}})";
    QGuiApplication::clipboard()->setText(QString::fromUtf8(document));
    auto *paste = m_window->findChild<QAction *>(u"pasteImportAction"_s);
    QCOMPARE(paste->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    apiList()->setFocus();
    QTest::keyClick(apiList(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(importer()->preview() && importer()->preview()->isVisible());
    QVERIFY(importer()->preview()->summary().contains(u"the pasted text"_s));
    confirmPreview();
    // The pasted operation is on show in the Try-it panel, its body ready to send.
    QCOMPARE(operationTree()->currentIndex().data().toString(), u"Echo text"_s);
    const portico::client::SavedRequest *request = m_window->workspace().savedRequest(u"pasted-api"_s, u"echo"_s);
    QVERIFY(request);
    QVERIFY2(request->body.contains(u"hello"_s), qPrintable(request->body));
}

void TestImportDialog::pastedCurlCommandBecomesARequest()
{
    const QByteArray curl = "curl -X POST 'http://127.0.0.1:9/score?details=true' -H 'Content-Type: application/json' "
                            "-d '{\"rows\": [[\"This is a good day\"]]}'";
    QGuiApplication::clipboard()->setText(QString::fromUtf8(curl));
    m_window->findChild<QAction *>(u"pasteImportAction"_s)->trigger();
    QTRY_VERIFY(importer()->preview() && importer()->preview()->isVisible());
    QVERIFY(importer()->preview()->summary().contains(u"curl"_s));
    const int before = int(m_window->workspace().savedRequests.size());
    confirmPreview();
    QVERIFY(operationTree()->currentIndex().isValid());
    QVERIFY(m_window->workspace().savedRequests.size() > before);
    bool found = false;
    for (const portico::client::SavedRequest &r : m_window->workspace().savedRequests)
        found = found || r.body.contains(u"This is a good day"_s);
    QVERIFY(found);
}

void TestImportDialog::everyImportControlHasAnAccessibleName()
{
    readThroughDialog(dataFile(u"preview-scoring.yaml"_s));
    QTRY_VERIFY(importer()->preview() && importer()->preview()->isVisible());
    m_window->findChild<QAction *>(u"importAction"_s)->trigger(); // a second dialog beside the preview
    QTRY_VERIFY(importer()->dialog());
    QStringList unnamed;
    for (QWidget *root : {static_cast<QWidget *>(importer()->dialog()), static_cast<QWidget *>(importer()->preview())}) {
        QVERIFY(!root->accessibleName().isEmpty());
        const auto widgets = root->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QAbstractItemView *>(w) ||
                qobject_cast<QLineEdit *>(w) || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTabWidget *>(w) ||
                qobject_cast<QProgressBar *>(w);
            if (!interactive || w->objectName().startsWith(u"qt_"_s) ||
                w->parentWidget()->objectName().startsWith(u"qt_"_s))
                continue;
            if (w->objectName().isEmpty() || w->accessibleName().isEmpty())
                unnamed << QString::fromLatin1(w->metaObject()->className()) + u" '"_s + w->objectName() + u"'"_s;
        }
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
}

void TestImportDialog::importedTagsGroupTheOperationTree()
{
    readThroughDialog(dataFile(u"openapi/petstore-3.0.yaml"_s));
    confirmPreview();
    auto *tree = qobject_cast<QTreeView *>(operationTree());
    QVERIFY(tree);
    // The imported API's branch is on show, its tags as open groups the user can fold.
    const QModelIndex root = tree->rootIndex();
    QVERIFY(root.isValid());
    QVERIFY(tree->rootIsDecorated());
    QStringList groups;
    for (int r = 0; r < tree->model()->rowCount(root); ++r) {
        const QModelIndex row = tree->model()->index(r, 0, root);
        if (row.data(portico::ui::OperationTreeModel::IsGroupRole).toBool()) {
            groups << row.data().toString();
            QVERIFY2(tree->isExpanded(row), qPrintable(row.data().toString()));
        }
    }
    QCOMPARE(groups, (QStringList{u"pets"_s, u"store"_s}));
    const QModelIndex pets = tree->model()->index(0, 0, root);
    QStringList inPets;
    for (int r = 0; r < tree->model()->rowCount(pets); ++r)
        inPets << tree->model()->index(r, 0, pets).data().toString();
    QCOMPARE(inPets, (QStringList{u"List pets"_s, u"Create a pet"_s, u"Get a pet"_s, u"Update a pet"_s}));
    // A grouped operation is still the one Try-it shows when chosen.
    tree->setCurrentIndex(tree->model()->index(0, 0, tree->model()->index(1, 0, root)));
    QCOMPARE(tree->currentIndex().data(portico::ui::OperationTreeModel::OperationIdRole).toString(), u"placeOrder"_s);
    auto *url = m_window->findChild<QLineEdit *>(u"requestUrlLineEdit"_s);
    QVERIFY(url);
    QTRY_VERIFY2(url->text().contains(u"/store/orders"_s), qPrintable(url->text()));
    // The sample API has no tags: choosing it again shows a flat list.
    tree->setRootIndex(QModelIndex());
    apiList()->setCurrentIndex(apiList()->model()->index(0, 0));
    QTRY_VERIFY(!tree->rootIsDecorated());
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
