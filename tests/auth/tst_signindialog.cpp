// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The sign-in dialog against the real sandbox and keychain: it shows the code and the address
// with working Copy buttons and a count-down, closes itself accepted once the code is
// approved, shows why a declined sign-in failed with Try again, cancels the flow on Cancel,
// and names every control for assistive technology.

#include "client/auth/devicecodesignin.h"
#include "client/http/transport.h"
#include "client/secrets/secretstore.h"
#include "sandbox/entra/tokenissuer.h"
#include "sandbox/sandbox.h"
#include "ui/auth/signindialog.h"

#include "manualclock.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using portico::client::auth::DeviceCodeSignIn;
using portico::ui::SignInDialog;

namespace {
constexpr int kWaitMs = 20'000;
}

class TestSignInDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void showsTheCodeAndAddressWithCopyAndACountdown();
    void closesItselfOnceTheCodeIsApproved();
    void aDeclinedSignInShowsWhyAndOffersTryAgain();
    void cancelStopsTheSignIn();
    void everyControlHasAnAccessibleName();

private:
    template<typename T>
    T *child(const char *name) const
    {
        return m_dialog->findChild<T *>(QString::fromLatin1(name));
    }
    bool waitForCode();

    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<portico::sandbox::Sandbox> m_sandbox;
    std::unique_ptr<portico::client::Transport> m_transport;
    std::unique_ptr<portico::client::SecretStore> m_secrets;
    std::unique_ptr<DeviceCodeSignIn> m_signIn;
    std::unique_ptr<SignInDialog> m_dialog;
};

void TestSignInDialog::init()
{
    m_clock.reset();
    portico::sandbox::SandboxOptions options;
    options.dataDir = m_dir.filePath(u"sandbox"_s);
    options.storageEnabled = false;
    options.clock = [this] { return m_clock.nowMs; };
    m_sandbox = std::make_unique<portico::sandbox::Sandbox>();
    QString error;
    QVERIFY2(m_sandbox->start(options, &error), qPrintable(error));
    m_transport = std::make_unique<portico::client::Transport>("portico-test"_ba);
    m_secrets = std::make_unique<portico::client::SecretStore>(u"entra-dialog-test"_s);
    portico::client::auth::EntraSettings settings;
    settings.authority = m_sandbox->loginUrl();
    settings.clientId = u"portico-console"_s;
    m_signIn = std::make_unique<DeviceCodeSignIn>(m_transport.get(), m_secrets.get(), settings, &m_clock);
    m_dialog = std::make_unique<SignInDialog>(m_signIn.get(), &m_clock);
    m_dialog->show();
}

void TestSignInDialog::cleanup()
{
    m_dialog.reset();
    m_signIn.reset();
    m_secrets.reset();
    m_transport.reset();
    m_sandbox.reset();
}

bool TestSignInDialog::waitForCode()
{
    m_dialog->start();
    return QTest::qWaitFor([this] { return !child<QLabel>("userCodeLabel")->text().isEmpty(); }, kWaitMs);
}

void TestSignInDialog::showsTheCodeAndAddressWithCopyAndACountdown()
{
    QVERIFY(waitForCode());
    const QString code = m_signIn->userCode().userCode;
    QCOMPARE(child<QLabel>("userCodeLabel")->text(), code);
    const QString url = m_sandbox->loginUrl().toString() + u"/devicelogin"_s;
    QCOMPARE(child<QLabel>("verificationUrlLabel")->text(), url);
    QVERIFY(child<QProgressBar>("signInProgressBar")->isVisible());

    QTest::mouseClick(child<QPushButton>("copyCodeButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), code);
    QTest::mouseClick(child<QPushButton>("copyUrlButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), url);

    QVERIFY2(child<QLabel>("countdownLabel")->text().contains(u"15:00"_s),
             qPrintable(child<QLabel>("countdownLabel")->text()));
    m_clock.advanceSeconds(61);
    // The count-down ticks each second on its own timer: wait for it to catch up.
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>("countdownLabel")->text().contains(u"13:59"_s), kWaitMs);
}

void TestSignInDialog::closesItselfOnceTheCodeIsApproved()
{
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QVERIFY(waitForCode());
    QVERIFY(m_sandbox->tokenIssuer()->approve(m_signIn->userCode().userCode));
    QTRY_COMPARE_WITH_TIMEOUT(m_clock.pending(), 1, kWaitMs);
    m_clock.fireNext();
    QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, kWaitMs);
    QVERIFY(m_signIn->isSignedIn());
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    // Leave the keychain as found.
    QSignalSpy out(m_signIn.get(), &DeviceCodeSignIn::signedOut);
    m_signIn->signOut();
    QTRY_COMPARE_WITH_TIMEOUT(out.size(), 1, kWaitMs);
}

void TestSignInDialog::aDeclinedSignInShowsWhyAndOffersTryAgain()
{
    QVERIFY(waitForCode());
    QVERIFY(m_sandbox->tokenIssuer()->deny(m_signIn->userCode().userCode));
    QTRY_COMPARE_WITH_TIMEOUT(m_clock.pending(), 1, kWaitMs);
    m_clock.fireNext();
    auto *error = child<QLabel>("signInErrorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kWaitMs);
    QVERIFY2(error->text().contains(u"declined"_s), qPrintable(error->text()));
    QVERIFY(!child<QProgressBar>("signInProgressBar")->isVisible());
    auto *retry = child<QPushButton>("retrySignInButton");
    QVERIFY(retry->isVisible());
    const QString oldCode = m_signIn->userCode().userCode;
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>("userCodeLabel")->text().isEmpty() &&
                                 child<QLabel>("userCodeLabel")->text() != oldCode,
                             kWaitMs);
    QVERIFY(!error->isVisible());
}

void TestSignInDialog::cancelStopsTheSignIn()
{
    QSignalSpy rejected(m_dialog.get(), &QDialog::rejected);
    QVERIFY(waitForCode());
    QVERIFY(m_signIn->isSigningIn());
    QTest::mouseClick(child<QPushButton>("cancelSignInButton"), Qt::LeftButton);
    QCOMPARE(rejected.size(), 1);
    QVERIFY(!m_signIn->isSigningIn());
}

void TestSignInDialog::everyControlHasAnAccessibleName()
{
    QVERIFY(waitForCode());
    QVERIFY(!m_dialog->accessibleName().isEmpty());
    const auto buttons = m_dialog->findChildren<QAbstractButton *>();
    QVERIFY(buttons.size() >= 4);
    for (QAbstractButton *b : buttons)
        QVERIFY2(!b->accessibleName().isEmpty(), qPrintable(b->objectName()));
    for (const char *name : {"userCodeLabel", "verificationUrlLabel", "countdownLabel", "signInStatusLabel",
                             "signInErrorLabel"}) {
        QVERIFY2(!child<QLabel>(name)->accessibleName().isEmpty(), name);
    }
    QVERIFY(!child<QProgressBar>("signInProgressBar")->accessibleName().isEmpty());
}

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
