// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The products page against a real sandbox: it lists the gateway's products, a product made
// in its dialog exists on the gateway with its limits and APIs, a lowered rate limit
// throttles the very next calls, and deleting asks first.

#include "client/catalog/sampleworkspace.h"
#include "client/http/httpengine.h"
#include "client/management/managementclient.h"
#include "client/secrets/secretstore.h"
#include "sandbox/sandbox.h"
#include "sandbox/state/sandboxstore.h"
#include "ui/messagebox.h"
#include "ui/publish/productdialog.h"
#include "ui/publish/productsmodel.h"
#include "ui/publish/productspage.h"

#include "../common/managedsandbox.h"
#include "recordinganswerer.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QNetworkProxy>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace portico;
using portico::ui::ProductDialog;
using portico::ui::ProductsModel;
using portico::ui::ProductsPage;

namespace {

constexpr int kWaitMs = 20'000;

const sandbox::Product *storedProduct(sandbox::Sandbox &s, const QString &id)
{
    static QList<sandbox::Product> products;
    products = s.store()->products();
    for (const sandbox::Product &p : std::as_const(products)) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

} // namespace

class TestProductsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listsTheGatewaysProducts();
    void productMadeInTheDialogExistsOnTheGateway();
    void dialogRefusesARateLimitPeriodOverFiveMinutes();
    void editingTheRateLimitChangesItOnTheGateway();
    void deleteAsksAndKeepsTheProductOnNo();
    void cleanupTestCase();

private:
    ProductDialog *openedDialog(bool edit);

    test::ManagedSandbox m_fixture;
    sandbox::Sandbox &m_sandbox = m_fixture.sandbox;
    client::SecretStore *m_secrets = nullptr;
    client::ManagementClient *m_client = nullptr;
    ProductsPage *m_page = nullptr;
};

void TestProductsPage::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.start(this, &error), qPrintable(error));
    m_secrets = m_fixture.secrets;
    m_client = m_fixture.client;
}

void TestProductsPage::cleanupTestCase()
{
    QVERIFY(m_fixture.removeAdminKey(this));
}

void TestProductsPage::init()
{
    m_page = new ProductsPage(m_client);
    new QAbstractItemModelTester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_page);
    m_page->setApiChoices({{u"azureml-demo"_s, u"AzureML Demo API"_s}});
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    m_page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy() && m_page->model()->rowCount() >= 2, kWaitMs);
}

void TestProductsPage::cleanup()
{
    delete m_page;
}

ProductDialog *TestProductsPage::openedDialog(bool edit)
{
    if (edit)
        m_page->editProduct();
    else
        m_page->addProduct();
    ProductDialog *dialog = m_page->openDialog();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestProductsPage::listsTheGatewaysProducts()
{
    ProductsModel *model = m_page->model();
    const int starter = model->rowOf(u"starter"_s);
    QVERIFY(starter >= 0);
    QCOMPARE(model->index(starter, ProductsModel::RateLimitColumn).data().toString(), u"5 calls per minute"_s);
    QCOMPARE(model->index(starter, ProductsModel::QuotaColumn).data().toString(), u"100 calls per week"_s);
    const int unlimited = model->rowOf(u"unlimited"_s);
    QCOMPARE(model->index(unlimited, ProductsModel::RateLimitColumn).data().toString(), u"No limit"_s);
    QCOMPARE(model->index(unlimited, ProductsModel::ApprovalColumn).data().toString(), u"Approval required"_s);
}

void TestProductsPage::productMadeInTheDialogExistsOnTheGateway()
{
    ProductDialog *dialog = openedDialog(false);
    QVERIFY(dialog);
    auto *ok = dialog->findChild<QPushButton *>(u"saveProductButton"_s);
    QVERIFY(!ok->isEnabled());
    QCOMPARE(dialog->problem(), u"Enter the product's name."_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"productNameLineEdit"_s), u"Gold Tier"_s);
    dialog->findChild<QCheckBox *>(u"approvalRequiredCheckBox"_s)->setChecked(true);
    dialog->findChild<QSpinBox *>(u"rateLimitCallsSpinBox"_s)->setValue(20);
    QVERIFY(!ok->isEnabled());
    QCOMPARE(dialog->problem(), u"A rate limit needs both a number of calls and a renewal period, or neither."_s);
    dialog->findChild<QSpinBox *>(u"rateLimitPeriodSpinBox"_s)->setValue(60);
    dialog->findChild<QSpinBox *>(u"quotaCallsSpinBox"_s)->setValue(1000);
    dialog->findChild<QSpinBox *>(u"quotaPeriodSpinBox"_s)->setValue(86400);
    auto *apis = dialog->findChild<QListView *>(u"productApisListView"_s);
    apis->model()->setData(apis->model()->index(0, 0), Qt::Checked, Qt::CheckStateRole);
    QVERIFY(ok->isEnabled());
    QSignalSpy changed(m_page, &ProductsPage::productsChanged);
    QTest::mouseClick(ok, Qt::LeftButton);

    QVERIFY(changed.wait(kWaitMs));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowOf(u"gold-tier"_s) >= 0 && !m_page->isBusy(), kWaitMs);
    QCOMPARE(m_page->statusText(), u"Saved “Gold Tier”."_s);
    const sandbox::Product *stored = storedProduct(m_sandbox, u"gold-tier"_s);
    QVERIFY(stored);
    QCOMPARE(stored->name, u"Gold Tier"_s);
    QVERIFY(stored->approvalRequired);
    QCOMPARE(stored->rateLimit.calls, 20);
    QCOMPARE(stored->quota.renewalPeriod, 86400);
    QCOMPARE(stored->apiIds, QStringList{u"azureml-demo"_s});
    const int row = m_page->model()->rowOf(u"gold-tier"_s);
    QCOMPARE(m_page->model()->index(row, ProductsModel::QuotaColumn).data().toString(), u"1000 calls per day"_s);
}

void TestProductsPage::dialogRefusesARateLimitPeriodOverFiveMinutes()
{
    ProductDialog *dialog = openedDialog(false);
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(u"productNameLineEdit"_s)->setText(u"Slow"_s);
    dialog->findChild<QSpinBox *>(u"rateLimitCallsSpinBox"_s)->setValue(2);
    dialog->findChild<QSpinBox *>(u"rateLimitPeriodSpinBox"_s)->setValue(301);
    QVERIFY(!dialog->findChild<QPushButton *>(u"saveProductButton"_s)->isEnabled());
    QCOMPARE(dialog->findChild<QLabel *>(u"productProblemLabel"_s)->text(),
             u"A rate limit's renewal period is at most 300 s; use a quota for longer periods."_s);
    dialog->reject();
}

void TestProductsPage::editingTheRateLimitChangesItOnTheGateway()
{
    auto *view = m_page->findChild<QTableView *>(u"productsTableView"_s);
    view->selectRow(m_page->model()->rowOf(u"starter"_s));
    ProductDialog *dialog = openedDialog(true);
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QSpinBox *>(u"rateLimitCallsSpinBox"_s)->value(), 5);
    dialog->findChild<QSpinBox *>(u"rateLimitCallsSpinBox"_s)->setValue(2);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveProductButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(storedProduct(m_sandbox, u"starter"_s)->rateLimit.calls, 2, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), kWaitMs);
    // The quota and API links were left as they were.
    QCOMPARE(storedProduct(m_sandbox, u"starter"_s)->quota.calls, 100);
    QCOMPARE(storedProduct(m_sandbox, u"starter"_s)->apiIds, QStringList{u"azureml-demo"_s});
    QTRY_COMPARE_WITH_TIMEOUT(
        m_page->model()->index(m_page->model()->rowOf(u"starter"_s), ProductsModel::RateLimitColumn).data().toString(),
        u"2 calls per minute"_s, kWaitMs);
}

void TestProductsPage::deleteAsksAndKeepsTheProductOnNo()
{
    auto *view = m_page->findChild<QTableView *>(u"productsTableView"_s);
    view->selectRow(m_page->model()->rowOf(u"unlimited"_s));
    portico::tests::RecordingAnswerer answerer(m_page);
    answerer.answerNext(QMessageBox::No);
    m_page->deleteProduct();
    QCOMPARE(answerer.count(), 1);
    QCOMPARE(answerer.last().title, u"Delete Product"_s);
    QCOMPARE(answerer.last().text, u"Delete the product “%1”? Its subscriptions are deleted with it, and their keys "
                                   u"stop working at once."_s.arg(storedProduct(m_sandbox, u"unlimited"_s)->name));
    QCOMPARE(answerer.last().defaultButton, QMessageBox::No);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), kWaitMs);
    QVERIFY(storedProduct(m_sandbox, u"unlimited"_s));

    answerer.answerNext(QMessageBox::Yes);
    m_page->deleteProduct();
    QTRY_VERIFY_WITH_TIMEOUT(!storedProduct(m_sandbox, u"unlimited"_s), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowOf(u"unlimited"_s) < 0 && !m_page->isBusy(), kWaitMs);
}

QTEST_MAIN(TestProductsPage)
#include "tst_productspage.moc"
