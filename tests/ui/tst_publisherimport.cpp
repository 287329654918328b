// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The publisher's Import from OpenAPI: a document's API and all its operations created on the
// sandbox's managed gateway in one step, updated in place by a re-import, and taken back
// whole by one Undo.

#include "client/management/apipublisher.h"
#include "client/management/managementclient.h"
#include "client/secrets/secretstore.h"
#include "sandbox/sandbox.h"
#include "sandbox/state/sandboxstore.h"
#include "ui/import/importdialog.h"
#include "ui/publish/publisherview.h"
#include "ui/publish/publishtreemodel.h"

#include "../common/managedsandbox.h"

#include <QAction>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portico;

namespace {

constexpr int kWaitMs = 20'000;
const QString kApiId = u"scoring-preview-api"_s;

QString dataFile(const QString &name)
{
    return QString::fromUtf8(PORTICO_IMPORT_DATA) + u'/' + name;
}

QSet<QString> gatewayOperations(sandbox::Sandbox &sandbox, bool *found)
{
    QSet<QString> ids;
    *found = false;
    for (const sandbox::Api &a : sandbox.store()->apis()) {
        if (a.id != kApiId)
            continue;
        *found = true;
        for (const sandbox::Operation &op : a.operations)
            ids.insert(op.id);
    }
    return ids;
}

} // namespace

class TestPublisherImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void importCreatesTheApiAndItsOperationsOnTheGatewayAndUndoTakesThemBack();

private:
    void importThroughTheView(ui::PublisherView *view, const QString &file);

    test::ManagedSandbox m_fixture;
    sandbox::Sandbox &m_sandbox = m_fixture.sandbox;
};

void TestPublisherImport::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.start(this, &error), qPrintable(error));
}

void TestPublisherImport::cleanupTestCase()
{
    QVERIFY(m_fixture.removeAdminKey(this));
}

void TestPublisherImport::importThroughTheView(ui::PublisherView *view, const QString &file)
{
    QAction *import = view->findChild<QAction *>(u"importOpenApiAction"_s);
    QVERIFY(import);
    QTRY_VERIFY_WITH_TIMEOUT(import->isEnabled(), kWaitMs);
    import->trigger();
    ui::ImportDialog *dialog = view->openImportDialog();
    QVERIFY(dialog);
    QVERIFY(!dialog->accessibleName().isEmpty());
    dialog->findChild<QLineEdit *>(u"importFileLineEdit"_s)->setText(file);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"startImportButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!view->openImportDialog(), kWaitMs);
}

void TestPublisherImport::importCreatesTheApiAndItsOperationsOnTheGatewayAndUndoTakesThemBack()
{
    ui::PublisherView view(m_fixture.client, m_fixture.secrets);
    view.resize(900, 600);
    view.show();
    view.setManagedGateway(m_sandbox.gatewayUrl(), client::kSandboxAdminKeySecret);
    QTRY_VERIFY_WITH_TIMEOUT(view.treeModel()->apiIndex(u"azureml-demo"_s).isValid(), kWaitMs);
    bool found = false;
    gatewayOperations(m_sandbox, &found);
    QVERIFY(!found);

    importThroughTheView(&view, dataFile(u"preview-scoring.yaml"_s));
    QVERIFY(!QTest::currentTestFailed());
    // The API and every operation are on the gateway, and the tree shows them.
    const QSet<QString> first{u"listModels"_s, u"scoreRows"_s, u"deleteModel"_s};
    QTRY_VERIFY_WITH_TIMEOUT(gatewayOperations(m_sandbox, &found) == first, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(view.treeModel()->operationIndex(kApiId, u"scoreRows"_s).isValid(), kWaitMs);
    QVERIFY(view.treeModel()->apiIndex(u"azureml-demo"_s).isValid()); // the others stay

    // A re-import updates it in place: the operation the document dropped goes.
    importThroughTheView(&view, dataFile(u"preview-scoring-v2.yaml"_s));
    QVERIFY(!QTest::currentTestFailed());
    const QSet<QString> second{u"listModels"_s, u"scoreRows"_s, u"explainRows"_s};
    QTRY_VERIFY_WITH_TIMEOUT(gatewayOperations(m_sandbox, &found) == second, kWaitMs);

    // One Undo takes the re-import back whole: the operations are as the first import left them.
    QAction *undo = view.findChild<QAction *>(u"undoPublishAction"_s);
    QTRY_VERIFY_WITH_TIMEOUT(undo->isEnabled(), kWaitMs);
    QVERIFY2(undo->text().contains(u"Import API"_s), qPrintable(undo->text()));
    undo->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(gatewayOperations(m_sandbox, &found) == first, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(view.treeModel()->operationIndex(kApiId, u"deleteModel"_s).isValid(), kWaitMs);
}

QTEST_MAIN(TestPublisherImport)
#include "tst_publisherimport.moc"
