// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The publisher's view in both modes. On the workspace alone: the tree shows the catalog, the
// dialogs edit it and ask for a save, deletes are confirmed and undone with Ctrl+Z, and the
// gateway-only tabs are off. On a real sandbox: the same actions change the gateway itself.

#include "client/catalog/sampleworkspace.h"
#include "client/catalog/workspace.h"
#include "client/http/httpengine.h"
#include "client/management/apipublisher.h"
#include "client/management/managementclient.h"
#include "client/secrets/secretstore.h"
#include "sandbox/sandbox.h"
#include "sandbox/state/sandboxstore.h"
#include "ui/messagebox.h"
#include "ui/publish/apidialog.h"
#include "ui/publish/operationdialog.h"
#include "ui/publish/productdialog.h"
#include "ui/publish/productsmodel.h"
#include "ui/publish/productspage.h"
#include "ui/publish/publisherview.h"
#include "ui/publish/publishtreemodel.h"
#include "ui/publish/subscriptiondialog.h"
#include "ui/publish/subscriptionsmodel.h"
#include "ui/publish/subscriptionspage.h"

#include "../common/managedsandbox.h"
#include "recordinganswerer.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QNetworkProxy>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace portico;
using portico::ui::PublisherView;
using portico::ui::PublishTreeModel;

namespace {

constexpr int kWaitMs = 20'000;

} // namespace

class TestPublisherView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void workspaceModeShowsTheCatalogAndTurnsGatewayTabsOff();
    void workspaceModeAddsAnApiThroughTheDialog();
    void workspaceModeEditsAnOperationWithF2();
    void workspaceModeDeleteIsConfirmedAndUndone();
    void cancelledDialogDoesNotBlockTheNextAction();
    void everyControlHasAnObjectNameAndAnAccessibleName();
    void apiActionsAreOffOnTheProductsAndSubscriptionsTabs();
    void managedModeAddsAnOperationOnTheGateway();
    void managedModeDeletedOperationComesBackOnUndo();
    void cleanupTestCase();

private:
    PublisherView *makeView();
    QAction *action(PublisherView *view, const QString &name) { return view->findChild<QAction *>(name); }

    test::ManagedSandbox m_fixture;
    sandbox::Sandbox &m_sandbox = m_fixture.sandbox;
    client::SecretStore *m_secrets = nullptr;
    client::Workspace m_workspace;
};

void TestPublisherView::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.start(this, &error), qPrintable(error));
    m_secrets = m_fixture.secrets;
    const sandbox::Credentials c = m_sandbox.credentials();
    m_workspace = client::sampleWorkspace({m_sandbox.gatewayUrl(), m_sandbox.serviceUrl(), c.workspace, c.service});
}

void TestPublisherView::apiActionsAreOffOnTheProductsAndSubscriptionsTabs()
{
    PublisherView view(m_fixture.client, m_secrets);
    view.setWorkspaceMode(&m_workspace);
    view.show();
    auto *tabs = view.findChild<QTabWidget *>(u"publishTabWidget"_s);
    QVERIFY(tabs);
    auto *addApi = view.findChild<QAction *>(u"addApiAction"_s);
    QVERIFY(addApi);
    QTRY_VERIFY(addApi->isEnabled());
    tabs->setCurrentIndex(1);
    QVERIFY(!addApi->isEnabled());
    tabs->setCurrentIndex(0);
    QVERIFY(addApi->isEnabled());
}

void TestPublisherView::cleanupTestCase()
{
    QVERIFY(m_fixture.removeAdminKey(this));
}

PublisherView *TestPublisherView::makeView()
{
    auto *view = new PublisherView(m_fixture.client, m_secrets);
    view->resize(900, 600);
    view->show();
    // Shortcuts reach only the active window.
    view->activateWindow();
    if (!QTest::qWaitForWindowActive(view))
        qWarning("the publisher view did not become active");
    return view;
}

void TestPublisherView::workspaceModeShowsTheCatalogAndTurnsGatewayTabsOff()
{
    std::unique_ptr<PublisherView> view(makeView());
    view->setWorkspaceMode(&m_workspace);
    new QAbstractItemModelTester(view->treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, view.get());
    QTRY_COMPARE(view->treeModel()->rowCount(), 1);
    const QModelIndex api = view->treeModel()->index(0, 0);
    QCOMPARE(api.data().toString(), u"AzureML Demo API"_s);
    QCOMPARE(view->treeModel()->index(0, PublishTreeModel::DetailColumn).data().toString(), u"/azureml-demo"_s);
    QCOMPARE(view->treeModel()->rowCount(api), 5);
    QCOMPARE(view->treeModel()->index(0, PublishTreeModel::DetailColumn, api).data().toString(),
             u"POST /workspaces/{workspace}/services/{service}/execute?api-version={apiversion}&details={details}"_s);
    QVERIFY(!view->isManaged());
    auto *tabs = view->findChild<QTabWidget *>(u"publishTabWidget"_s);
    QVERIFY(!tabs->isTabEnabled(1));
    QVERIFY(!tabs->isTabEnabled(2));
}

void TestPublisherView::workspaceModeAddsAnApiThroughTheDialog()
{
    std::unique_ptr<PublisherView> view(makeView());
    view->setWorkspaceMode(&m_workspace);
    QSignalSpy changed(view.get(), &PublisherView::workspaceChanged);
    QTRY_COMPARE(view->treeModel()->rowCount(), 1);
    action(view.get(), u"addApiAction"_s)->trigger();
    ui::ApiDialog *dialog = view->openApiDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->findChild<QLineEdit *>(u"apiNameLineEdit"_s)->setText(u"Cloud Scoring"_s);
    dialog->findChild<QLineEdit *>(u"serviceUrlLineEdit"_s)->setText(u"https://ml.example.net"_s);
    dialog->findChild<QLineEdit *>(u"urlSuffixLineEdit"_s)->setText(u"azureml-demo"_s);
    auto *ok = dialog->findChild<QPushButton *>(u"saveApiButton"_s);
    QVERIFY(!ok->isEnabled());
    dialog->findChild<QLineEdit *>(u"urlSuffixLineEdit"_s)->setText(u"cloud"_s);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_COMPARE(changed.count(), 1);
    QVERIFY(m_workspace.api(u"cloud"_s));
    QCOMPARE(view->treeModel()->rowCount(), 2);
    QTRY_COMPARE(view->treeView()->currentIndex().data(PublishTreeModel::ApiIdRole).toString(), u"cloud"_s);
}

void TestPublisherView::workspaceModeEditsAnOperationWithF2()
{
    std::unique_ptr<PublisherView> view(makeView());
    view->setWorkspaceMode(&m_workspace);
    QTRY_VERIFY(view->treeModel()->operationIndex(u"azureml-demo"_s, u"bes-status"_s).isValid());
    view->select(u"azureml-demo"_s, u"bes-status"_s);
    view->treeView()->setFocus();
    QTest::keyClick(view->treeView(), Qt::Key_F2);
    ui::OperationDialog *dialog = view->openOperationDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->findChild<QLineEdit *>(u"displayNameLineEdit"_s)->text(), u"BES Status"_s);
    dialog->findChild<QLineEdit *>(u"displayNameLineEdit"_s)->setText(u"Job Status"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveOperationButton"_s), Qt::LeftButton);
    QTRY_COMPARE(m_workspace.api(u"azureml-demo"_s)->operation(u"bes-status"_s)->name, u"Job Status"_s);
    QTRY_COMPARE(view->treeModel()->operationIndex(u"azureml-demo"_s, u"bes-status"_s).data().toString(),
                 u"Job Status"_s);
}

void TestPublisherView::workspaceModeDeleteIsConfirmedAndUndone()
{
    std::unique_ptr<PublisherView> view(makeView());
    view->setWorkspaceMode(&m_workspace);
    QTRY_VERIFY(view->treeModel()->apiIndex(u"azureml-demo"_s).isValid());
    const client::Api before = *m_workspace.api(u"azureml-demo"_s);
    view->select(u"azureml-demo"_s);
    view->treeView()->setFocus();
    portico::tests::RecordingAnswerer answerer(view.get());
    answerer.answerNext(QMessageBox::No);
    QTest::keyClick(view->treeView(), Qt::Key_Delete);
    QCOMPARE(answerer.count(), 1);
    // The user is told what goes and what stops working, and No is what Return does.
    const ui::MessageBox::Shown &asked = answerer.last();
    QCOMPARE(asked.icon, QMessageBox::Question);
    QCOMPARE(asked.title, u"Delete API"_s);
    QCOMPARE(asked.text, u"Delete the API “AzureML Demo API” and its operations? Calls to /%1 stop working."_s.arg(
                             before.path));
    QCOMPARE(asked.informativeText, QString());
    QCOMPARE(asked.buttonTexts, (QStringList{u"Yes"_s, u"No"_s}));
    QCOMPARE(asked.defaultButton, QMessageBox::No);
    QCoreApplication::sendPostedEvents(); // the answer arrives queued
    QVERIFY(m_workspace.api(u"azureml-demo"_s));

    answerer.answerNext(QMessageBox::Yes);
    QTest::keyClick(view->treeView(), Qt::Key_Delete);
    QCOMPARE(answerer.count(), 2);
    QVERIFY(answerer.allAnswered());
    QTRY_VERIFY(!m_workspace.api(u"azureml-demo"_s));
    QTRY_VERIFY(!view->treeModel()->apiIndex(u"azureml-demo"_s).isValid());
    QCOMPARE(view->statusText(), u"Deleted the API “AzureML Demo API”. Undo with Ctrl+Z."_s);
    QAction *undo = action(view.get(), u"undoPublishAction"_s);
    QTRY_VERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), u"&Undo Delete API “AzureML Demo API”"_s);
    view->treeView()->setFocus();
    QTest::keyClick(view->treeView(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY(m_workspace.api(u"azureml-demo"_s));
    QCOMPARE(*m_workspace.api(u"azureml-demo"_s), before);
}

void TestPublisherView::cancelledDialogDoesNotBlockTheNextAction()
{
    std::unique_ptr<PublisherView> view(makeView());
    view->setWorkspaceMode(&m_workspace);
    QTRY_VERIFY(view->treeModel()->apiIndex(u"azureml-demo"_s).isValid());
    view->select(u"azureml-demo"_s);
    view->editSelected();
    QVERIFY(view->openApiDialog());
    QVERIFY(!action(view.get(), u"addOperationAction"_s)->isEnabled());
    view->openApiDialog()->reject();
    // Straight away, before the closed dialog's deferred deletion.
    QVERIFY(action(view.get(), u"addOperationAction"_s)->isEnabled());
    view->addOperation();
    QVERIFY(view->openOperationDialog());
    QVERIFY(view->openOperationDialog()->isVisible());
}

namespace {

// What the window builds must be named by it, with a name ending in its class, for tests and
// screen readers; Qt's own sub-widgets are named by their owners.
QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QAbstractItemView *>(w) ||
            qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QPlainTextEdit *>(w) ||
            qobject_cast<QAbstractSpinBox *>(w);
        if (!interactive || !w->isVisibleTo(root) || w->focusPolicy() == Qt::NoFocus)
            continue;
        if (w->objectName().startsWith(u"qt_"_s) || w->parentWidget()->objectName().startsWith(u"qt_"_s))
            continue;
        // "sendRequestButton" for a QPushButton, "bodyTextEdit" for a QPlainTextEdit: the
        // class's last word at least.
        const QString className = QString::fromLatin1(w->metaObject()->className());
        qsizetype lastWord = className.size() - 1;
        while (lastWord > 0 && !className.at(lastWord).isUpper())
            --lastWord;
        if (w->accessibleName().isEmpty() || !w->objectName().endsWith(className.mid(lastWord)))
            unnamed.append(QString::fromLatin1(w->metaObject()->className()) + u" '"_s + w->objectName() + u"'"_s);
    }
    return unnamed;
}

} // namespace

void TestPublisherView::everyControlHasAnObjectNameAndAnAccessibleName()
{
    std::unique_ptr<PublisherView> view(makeView());
    view->setManagedGateway(m_sandbox.gatewayUrl(), client::kSandboxAdminKeySecret);
    QTRY_VERIFY_WITH_TIMEOUT(view->treeModel()->apiIndex(u"azureml-demo"_s).isValid(), kWaitMs);
    auto *tabs = view->findChild<QTabWidget *>(u"publishTabWidget"_s);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        const QStringList unnamed = unnamedControls(view.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    }
    tabs->setCurrentIndex(0);
    view->select(u"azureml-demo"_s);
    view->editSelected();
    QVERIFY(view->openApiDialog());
    QStringList unnamed = unnamedControls(view->openApiDialog());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    view->openApiDialog()->reject();
    view->select(u"azureml-demo"_s, u"rrs-execute"_s);
    view->editSelected();
    QVERIFY(view->openOperationDialog());
    auto *parts = view->openOperationDialog()->findChild<QTabWidget *>(u"operationTabWidget"_s);
    for (int i = 0; i < parts->count(); ++i) {
        parts->setCurrentIndex(i);
        unnamed = unnamedControls(view->openOperationDialog());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    }
    view->openOperationDialog()->reject();
    QTRY_VERIFY_WITH_TIMEOUT(view->productsPage()->model()->rowCount() > 0, kWaitMs);
    tabs->setCurrentWidget(view->productsPage());
    view->productsPage()->addProduct();
    QVERIFY(view->productsPage()->openDialog());
    unnamed = unnamedControls(view->productsPage()->openDialog());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    view->productsPage()->openDialog()->reject();
    tabs->setCurrentWidget(view->subscriptionsPage());
    view->subscriptionsPage()->addSubscription();
    QVERIFY(view->subscriptionsPage()->openDialog());
    unnamed = unnamedControls(view->subscriptionsPage()->openDialog());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    view->subscriptionsPage()->openDialog()->reject();
}

void TestPublisherView::managedModeAddsAnOperationOnTheGateway()
{
    std::unique_ptr<PublisherView> view(makeView());
    view->setManagedGateway(m_sandbox.gatewayUrl(), client::kSandboxAdminKeySecret);
    new QAbstractItemModelTester(view->treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, view.get());
    QVERIFY(view->isManaged());
    QTRY_VERIFY_WITH_TIMEOUT(view->treeModel()->apiIndex(u"azureml-demo"_s).isValid(), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(view->productsPage()->model()->rowCount() == 2, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(view->subscriptionsPage()->model()->rowCount() == 2, kWaitMs);
    auto *tabs = view->findChild<QTabWidget *>(u"publishTabWidget"_s);
    QVERIFY(tabs->isTabEnabled(1));
    QVERIFY(tabs->isTabEnabled(2));

    view->select(u"azureml-demo"_s);
    view->treeView()->setFocus();
    QTest::keyClick(view->treeView(), Qt::Key_Insert);
    ui::OperationDialog *dialog = view->openOperationDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"urlTemplateLineEdit"_s),
                     u"/workspaces/{workspace}/services/{service}/swagger.json"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"displayNameLineEdit"_s), u"Swagger"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveOperationButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(view->treeModel()->operationIndex(u"azureml-demo"_s, u"swagger"_s).isValid(), kWaitMs);
    bool onGateway = false;
    for (const sandbox::Api &a : m_sandbox.store()->apis()) {
        for (const sandbox::Operation &op : a.operations)
            onGateway |= op.id == u"swagger" && op.urlTemplate.endsWith(u"/swagger.json"_s);
    }
    QVERIFY(onGateway);
}

void TestPublisherView::managedModeDeletedOperationComesBackOnUndo()
{
    std::unique_ptr<PublisherView> view(makeView());
    view->setManagedGateway(m_sandbox.gatewayUrl(), client::kSandboxAdminKeySecret);
    QTRY_VERIFY_WITH_TIMEOUT(view->treeModel()->operationIndex(u"azureml-demo"_s, u"bes-delete"_s).isValid(), kWaitMs);
    view->select(u"azureml-demo"_s, u"bes-delete"_s);
    portico::tests::RecordingAnswerer answerer(view.get());
    answerer.answerNext(QMessageBox::Yes);
    view->deleteSelected();
    QCOMPARE(answerer.count(), 1);
    QCOMPARE(answerer.last().title, u"Delete Operation"_s);
    QCOMPARE(answerer.last().text, u"Delete the operation “BES Delete” (DELETE %1)?"_s.arg(
                                       m_workspace.api(u"azureml-demo"_s)->operation(u"bes-delete"_s)->urlTemplate));
    QTRY_VERIFY_WITH_TIMEOUT(!view->treeModel()->operationIndex(u"azureml-demo"_s, u"bes-delete"_s).isValid(), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!view->publisher()->isBusy(), kWaitMs);
    QCOMPARE(view->publisher()->undoText(), u"Delete operation “BES Delete”"_s);
    view->undo();
    QTRY_VERIFY_WITH_TIMEOUT(view->treeModel()->operationIndex(u"azureml-demo"_s, u"bes-delete"_s).isValid(), kWaitMs);
    bool onGateway = false;
    for (const sandbox::Api &a : m_sandbox.store()->apis()) {
        for (const sandbox::Operation &op : a.operations)
            onGateway |= op.id == u"bes-delete" && op.method == u"DELETE";
    }
    QVERIFY(onGateway);
}

QTEST_MAIN(TestPublisherView)
#include "tst_publisherview.moc"
