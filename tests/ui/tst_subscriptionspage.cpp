// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The subscriptions page against a real sandbox and the real keychain: a new subscription's
// keys land in the keychain, a regenerated key replaces the stored one and is shown only
// after Reveal, Copy puts it on the clipboard, and suspend/reactivate/cancel reach the gateway.

#include "client/catalog/sampleworkspace.h"
#include "client/http/httpengine.h"
#include "client/management/managementclient.h"
#include "client/secrets/secretstore.h"
#include "sandbox/sandbox.h"
#include "sandbox/state/sandboxstore.h"
#include "ui/messagebox.h"
#include "ui/publish/subscriptiondialog.h"
#include "ui/publish/subscriptionsmodel.h"
#include "ui/publish/subscriptionspage.h"

#include "../common/managedsandbox.h"
#include "recordinganswerer.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLineEdit>
#include <QNetworkProxy>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace portico;
using client::ManagementClient;
using portico::ui::SubscriptionDialog;
using portico::ui::SubscriptionsModel;
using portico::ui::SubscriptionsPage;

namespace {

constexpr int kWaitMs = 20'000;

} // namespace

class TestSubscriptionsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void createdSubscriptionsKeysAreInTheKeychain();
    void regeneratedKeyIsStoredAndShownOnlyAfterReveal();
    void copyPutsTheKeyOnTheClipboard();
    void suspendReactivateAndCancelReachTheGateway();
    void cleanupTestCase();

private:
    sandbox::Subscription stored(const QString &id);
    QString readSecret(const QString &name);
    QLineEdit *primaryEdit() const { return m_page->findChild<QLineEdit *>(u"primaryKeyLineEdit"_s); }

    test::ManagedSandbox m_fixture;
    sandbox::Sandbox &m_sandbox = m_fixture.sandbox;
    client::SecretStore *m_secrets = nullptr;
    ManagementClient *m_client = nullptr;
    SubscriptionsPage *m_page = nullptr;
};

void TestSubscriptionsPage::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.start(this, &error), qPrintable(error));
    m_secrets = m_fixture.secrets;
    m_client = m_fixture.client;

    m_page = new SubscriptionsPage(m_client, m_secrets);
    new QAbstractItemModelTester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_page);
    QList<client::Product> products;
    for (const sandbox::Product &p : m_sandbox.store()->products())
        products.append(client::Product{p.id, p.name, {}, false, {}, {}, {}});
    m_page->setProducts(products);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    m_page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy() && m_page->model()->rowCount() == 2, kWaitMs);
}

void TestSubscriptionsPage::cleanupTestCase()
{
    delete m_page;
    bool done = false;
    m_secrets->refreshNames(this, [&](const client::SecretStore::Result &) { done = true; });
    QVERIFY(QTest::qWaitFor([&] { return done; }, kWaitMs));
    int left = int(m_secrets->names().size());
    for (const QString &name : m_secrets->names())
        m_secrets->remove(name, this, [&](const client::SecretStore::Result &) { --left; });
    QVERIFY(QTest::qWaitFor([&] { return left == 0; }, kWaitMs));
}

sandbox::Subscription TestSubscriptionsPage::stored(const QString &id)
{
    for (const sandbox::Subscription &s : m_sandbox.store()->subscriptions()) {
        if (s.id == id)
            return s;
    }
    return {};
}

QString TestSubscriptionsPage::readSecret(const QString &name)
{
    bool done = false;
    QString value;
    m_secrets->read(name, this, [&](const client::SecretStore::Result &r) {
        value = r.value;
        done = true;
    });
    return QTest::qWaitFor([&] { return done; }, kWaitMs) ? value : QString();
}

void TestSubscriptionsPage::createdSubscriptionsKeysAreInTheKeychain()
{
    m_page->addSubscription();
    SubscriptionDialog *dialog = m_page->openDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *ok = dialog->findChild<QPushButton *>(u"createSubscriptionButton"_s);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"subscriptionNameLineEdit"_s), u"Contoso App"_s);
    auto *product = dialog->findChild<QComboBox *>(u"subscriptionProductComboBox"_s);
    product->setCurrentIndex(product->findData(u"starter"_s));
    QTest::mouseClick(ok, Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowOf(u"contoso-app"_s) >= 0 && !m_page->isBusy(), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->selectedId(), u"contoso-app"_s, kWaitMs);
    const sandbox::Subscription s = stored(u"contoso-app"_s);
    QCOMPARE(s.productId, u"starter"_s);
    QCOMPARE(readSecret(ManagementClient::subscriptionKeySecret(s.id, true)), s.primaryKey);
    QCOMPARE(readSecret(ManagementClient::subscriptionKeySecret(s.id, false)), s.secondaryKey);
    QVERIFY(m_page->statusText().contains(u"subscription-contoso-app-primary"_s));
    const int row = m_page->model()->rowOf(u"contoso-app"_s);
    QCOMPARE(m_page->model()->index(row, SubscriptionsModel::ProductColumn).data().toString(), u"Starter"_s);
    QCOMPARE(m_page->model()->index(row, SubscriptionsModel::StateColumn).data().toString(), u"Active"_s);
    // Nothing on screen holds a key until asked.
    QVERIFY(!m_page->areKeysRevealed());
    QCOMPARE(primaryEdit()->text(), QString());
}

void TestSubscriptionsPage::regeneratedKeyIsStoredAndShownOnlyAfterReveal()
{
    m_page->select(u"contoso-app"_s);
    const QString before = stored(u"contoso-app"_s).primaryKey;
    m_page->revealKeys();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->areKeysRevealed(), kWaitMs);
    QCOMPARE(primaryEdit()->text(), before);
    QCOMPARE(primaryEdit()->echoMode(), QLineEdit::Normal);

    portico::tests::RecordingAnswerer answerer(m_page);
    answerer.answerNext(QMessageBox::Yes);
    QTest::mouseClick(m_page->findChild<QPushButton *>(u"regeneratePrimaryKeyButton"_s), Qt::LeftButton);
    // Asked first, naming the subscription and what happens to callers; No is the default.
    QCOMPARE(answerer.count(), 1);
    QCOMPARE(answerer.last().title, u"Regenerate Primary Key"_s);
    QCOMPARE(answerer.last().text,
             u"Regenerate the primary key of “Contoso App”? Callers using the current one are refused from now on."_s);
    QCOMPARE(answerer.last().buttonTexts, (QStringList{u"Yes"_s, u"No"_s}));
    QCOMPARE(answerer.last().defaultButton, QMessageBox::No);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy() && stored(u"contoso-app"_s).primaryKey != before, kWaitMs);
    const QString after = stored(u"contoso-app"_s).primaryKey;
    QCOMPARE(readSecret(ManagementClient::subscriptionKeySecret(u"contoso-app"_s, true)), after);
    // The old key went from the screen with the regeneration; the new one waits for Reveal.
    QVERIFY(!m_page->areKeysRevealed());
    QCOMPARE(primaryEdit()->text(), QString());
    QCOMPARE(primaryEdit()->echoMode(), QLineEdit::Password);
    QCOMPARE(m_page->statusText(),
             u"New key stored in the keychain as subscription-contoso-app-primary; reveal it to see it."_s);

    QTest::mouseClick(m_page->findChild<QPushButton *>(u"revealKeysButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->areKeysRevealed(), kWaitMs);
    QCOMPARE(primaryEdit()->text(), after);
    QTest::mouseClick(m_page->findChild<QPushButton *>(u"revealKeysButton"_s), Qt::LeftButton);
    QVERIFY(!m_page->areKeysRevealed());
    QCOMPARE(primaryEdit()->text(), QString());
}

void TestSubscriptionsPage::copyPutsTheKeyOnTheClipboard()
{
    // A subscription made elsewhere has no keys in this keychain yet: Copy fetches them.
    m_page->select(m_sandbox.store()->subscriptions().first().id);
    const sandbox::Subscription s = stored(m_page->selectedId());
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(m_page->findChild<QPushButton *>(u"copySecondaryKeyButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(QGuiApplication::clipboard()->text(), s.secondaryKey, kWaitMs);
    QVERIFY(!m_page->areKeysRevealed());
    QCOMPARE(readSecret(ManagementClient::subscriptionKeySecret(s.id, false)), s.secondaryKey);
}

void TestSubscriptionsPage::suspendReactivateAndCancelReachTheGateway()
{
    m_page->select(u"contoso-app"_s);
    auto *suspend = m_page->findChild<QPushButton *>(u"suspendSubscriptionButton"_s);
    auto *reactivate = m_page->findChild<QPushButton *>(u"reactivateSubscriptionButton"_s);
    QVERIFY(suspend->isEnabled());
    QVERIFY(!reactivate->isEnabled());
    QTest::mouseClick(suspend, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(stored(u"contoso-app"_s).state, u"suspended"_s, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy() && reactivate->isEnabled(), kWaitMs);
    QCOMPARE(m_page->statusText(), u"“Contoso App” is now suspended."_s);

    QTest::mouseClick(reactivate, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(stored(u"contoso-app"_s).state, u"active"_s, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), kWaitMs);

    portico::tests::RecordingAnswerer answerer(m_page);
    answerer.answerNext(QMessageBox::No);
    m_page->setSelectedState(u"cancelled"_s);
    QCOMPARE(answerer.count(), 1);
    QCOMPARE(answerer.last().title, u"Cancel Subscription"_s);
    QCOMPARE(answerer.last().text, u"Cancel the subscription “Contoso App”? Its keys stop working at once."_s);
    QCOMPARE(answerer.last().defaultButton, QMessageBox::No);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), kWaitMs);
    QCOMPARE(stored(u"contoso-app"_s).state, u"active"_s);
    answerer.answerNext(QMessageBox::Yes);
    m_page->setSelectedState(u"cancelled"_s);
    QTRY_COMPARE_WITH_TIMEOUT(stored(u"contoso-app"_s).state, u"cancelled"_s, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), kWaitMs);
    QVERIFY(!m_page->findChild<QPushButton *>(u"regeneratePrimaryKeyButton"_s)->isEnabled());
}

QTEST_MAIN(TestSubscriptionsPage)
#include "tst_subscriptionspage.moc"
