// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// DeviceCodeSignIn against the real sandbox over 127.0.0.1, with the real gnome-keyring, on
// a clock the test moves (so a five-second interval costs no time): the code and URL reach
// the user, polling waits at the server's interval and five seconds longer after slow_down,
// an expired, declined or cancelled sign-in ends in a sentence, tokens are refreshed before
// they expire and after a 401, a refused refresh asks for a new sign-in, sign-out empties
// the keychain, a later run restores the sign-in, and no token ever reaches the disk.

#include "client/auth/devicecodesignin.h"
#include "client/http/transport.h"
#include "client/secrets/secretstore.h"
#include "sandbox/entra/tokenissuer.h"
#include "sandbox/sandbox.h"

#include "manualclock.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using portico::client::SecretStore;
using portico::client::Transport;
using portico::client::auth::AccessToken;
using portico::client::auth::DeviceCodeSignIn;
using portico::client::auth::EntraSettings;
using portico::sandbox::TokenIssuer;

namespace {

constexpr int kWaitMs = 20'000;
const QString kArm = u"https://management.azure.com"_s;
const QString kMl = u"https://ml.azure.com"_s;

struct TokenAnswer
{
    bool answered = false;
    AccessToken token;
    QString error;
};

} // namespace

class TestDeviceCodeSignIn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void signInShowsTheCodeThenPollsAtTheServersInterval();
    void slowDownAddsFiveSecondsToTheInterval();
    void anExpiredCodeEndsWithAClearMessage();
    void aDeclinedSignInEndsWithAClearMessage();
    void cancelStopsPolling();
    void withoutAClientIdNothingIsSent();
    void aTokenCloseToExpiryIsRefreshedFirst();
    void aRefusedTokenRefreshesItselfOnce();
    void anotherAudienceComesFromTheSameSignIn();
    void aFailedRefreshAsksForANewSignIn();
    void theTokenIsRefreshedAheadOfItsExpiryWithoutBeingAsked();
    void aShortLivedTokenIsRefreshedMostOfTheWayThroughItsLifeUntilSignOut();
    void callsRefusedTogetherShareOneRefresh();
    void aRefreshThatCannotReachTheServerIsTriedAgainBeforeTheTokenEnds();
    void signOutDeletesTheTokensFromTheKeychain();
    void aLaterRunRestoresTheSignInFromTheKeychain();
    void noTokenOrRefreshTokenReachesTheDisk();

private:
    std::unique_ptr<DeviceCodeSignIn> makeSignIn(const QString &clientId = u"portico-console"_s);
    // Signs in all the way: code, one pending poll, approval, token.
    bool signIn(DeviceCodeSignIn *signIn);
    TokenAnswer tokenFor(DeviceCodeSignIn *signIn, const QString &audience);
    SecretStore::Result readSecret(const QString &name);

    QTemporaryDir m_dir;
    ManualClock m_clock;
    qint64 m_serverSkewMs = 0;
    int m_tokenLifetimeSeconds = 3600;
    std::unique_ptr<portico::sandbox::Sandbox> m_sandbox;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<SecretStore> m_secrets;
    QStringList m_seenSecrets; // every token and refresh token handed out, for the disk scan
};

void TestDeviceCodeSignIn::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The keychain under test is a real Secret Service: run inside with-keyring.sh.
    QVERIFY2(qEnvironmentVariableIsSet("PORTICO_IN_KEYRING_SESSION"), "run through cmake/with-keyring.sh");
}

void TestDeviceCodeSignIn::init()
{
    m_serverSkewMs = 0;
    m_clock.reset();
    portico::sandbox::SandboxOptions options;
    options.dataDir = m_dir.filePath(u"sandbox"_s);
    options.storageEnabled = false;
    options.clock = [this] { return m_clock.nowMs + m_serverSkewMs; };
    options.entra.pollIntervalSeconds = 5;
    options.entra.accessTokenLifetimeSeconds = m_tokenLifetimeSeconds;
    m_sandbox = std::make_unique<portico::sandbox::Sandbox>();
    QString error;
    QVERIFY2(m_sandbox->start(options, &error), qPrintable(error));
    m_transport = std::make_unique<Transport>("portico-test"_ba);
    m_secrets = std::make_unique<SecretStore>(u"entra-test"_s);
}

void TestDeviceCodeSignIn::cleanup()
{
    m_secrets.reset();
    m_transport.reset();
    m_sandbox.reset();
    m_tokenLifetimeSeconds = 3600;
}

std::unique_ptr<DeviceCodeSignIn> TestDeviceCodeSignIn::makeSignIn(const QString &clientId)
{
    EntraSettings settings;
    settings.authority = m_sandbox->loginUrl();
    settings.tenant = u"contoso.onmicrosoft.com"_s;
    settings.clientId = clientId;
    return std::make_unique<DeviceCodeSignIn>(m_transport.get(), m_secrets.get(), settings, &m_clock);
}

bool TestDeviceCodeSignIn::signIn(DeviceCodeSignIn *s)
{
    QSignalSpy ready(s, &DeviceCodeSignIn::userCodeReady);
    QSignalSpy succeeded(s, &DeviceCodeSignIn::signInSucceeded);
    QSignalSpy failed(s, &DeviceCodeSignIn::signInFailed);
    s->signIn();
    if (!QTest::qWaitFor([&] { return ready.size() == 1 && m_clock.pending() == 1; }, kWaitMs))
        return false;
    m_clock.fireNext();
    if (!QTest::qWaitFor([&] { return m_clock.pending() == 1 || !failed.isEmpty(); }, kWaitMs) || !failed.isEmpty())
        return false;
    if (!m_sandbox->tokenIssuer()->approve(s->userCode().userCode))
        return false;
    m_clock.fireNext();
    return QTest::qWaitFor([&] { return !succeeded.isEmpty() || !failed.isEmpty(); }, kWaitMs) && failed.isEmpty();
}

TokenAnswer TestDeviceCodeSignIn::tokenFor(DeviceCodeSignIn *s, const QString &audience)
{
    auto answer = std::make_shared<TokenAnswer>();
    bool inside = true;
    s->token(audience, [answer, &inside](const AccessToken &token, const QString &error) {
        QVERIFY2(!inside, "token() answered inside the call");
        answer->answered = true;
        answer->token = token;
        answer->error = error;
    });
    inside = false;
    if (!QTest::qWaitFor([&] { return answer->answered; }, kWaitMs))
        answer->error = u"no answer"_s;
    if (answer->token.isValid())
        m_seenSecrets.append(answer->token.value);
    return *answer;
}

SecretStore::Result TestDeviceCodeSignIn::readSecret(const QString &name)
{
    SecretStore::Result out;
    bool done = false;
    m_secrets->read(name, [&](const SecretStore::Result &r) {
        out = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, kWaitMs))
        out.message = u"no answer"_s;
    if (out.ok())
        m_seenSecrets.append(out.value);
    return out;
}

void TestDeviceCodeSignIn::signInShowsTheCodeThenPollsAtTheServersInterval()
{
    auto s = makeSignIn();
    QSignalSpy ready(s.get(), &DeviceCodeSignIn::userCodeReady);
    QSignalSpy succeeded(s.get(), &DeviceCodeSignIn::signInSucceeded);
    QSignalSpy signedIn(s.get(), &DeviceCodeSignIn::signedInChanged);
    QVERIFY(!s->isSignedIn());
    s->signIn();
    QVERIFY(s->isSigningIn());
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, kWaitMs);
    const DeviceCodeSignIn::UserCode code = s->userCode();
    QCOMPARE(code.userCode.size(), 9);
    QCOMPARE(code.verificationUri.toString(), m_sandbox->loginUrl().toString() + u"/devicelogin"_s);
    QVERIFY(code.message.contains(code.userCode));
    QCOMPARE(code.intervalSeconds, 5);
    QCOMPARE(code.expiresOn, m_clock.now().addSecs(900));

    // Nothing is asked before the interval has passed; pending answers wait another interval.
    QTRY_COMPARE_WITH_TIMEOUT(m_clock.pending(), 1, kWaitMs);
    QCOMPARE(m_clock.nextDelay(), 5000);
    m_clock.fireNext();
    QTRY_COMPARE_WITH_TIMEOUT(m_clock.pending(), 1, kWaitMs);
    QCOMPARE(m_clock.nextDelay(), 5000);
    QVERIFY(succeeded.isEmpty());

    QVERIFY(m_sandbox->tokenIssuer()->approve(code.userCode));
    m_clock.fireNext();
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.size(), 1, kWaitMs);
    QVERIFY(s->isSignedIn());
    QVERIFY(!s->isSigningIn());
    QCOMPARE(signedIn.size(), 1);

    const TokenAnswer arm = tokenFor(s.get(), kArm);
    QVERIFY2(arm.error.isEmpty(), qPrintable(arm.error));
    QCOMPARE(m_sandbox->tokenIssuer()->validate(arm.token.value, kArm), TokenIssuer::Validation::Valid);
    QCOMPARE(arm.token.expiresOn, m_clock.now().addSecs(3600));
    // The same token again, trailing slash or not, without asking the server.
    QCOMPARE(tokenFor(s.get(), kArm + u"/"_s).token.value, arm.token.value);

    const SecretStore::Result kept = readSecret(s->secretName());
    QVERIFY2(kept.ok(), qPrintable(kept.message));
    QVERIFY(kept.value.contains(arm.token.value));
    QVERIFY(kept.value.contains(u"refresh_token"_s));
}

void TestDeviceCodeSignIn::slowDownAddsFiveSecondsToTheInterval()
{
    auto s = makeSignIn();
    QSignalSpy interval(s.get(), &DeviceCodeSignIn::pollIntervalChanged);
    s->signIn();
    QTRY_COMPARE_WITH_TIMEOUT(m_clock.pending(), 1, kWaitMs);
    m_clock.fireNext(); // first poll: pending
    QTRY_COMPARE_WITH_TIMEOUT(m_clock.pending(), 1, kWaitMs);
    m_clock.fireNext(0.2); // one second later: too fast for the server
    QTRY_COMPARE_WITH_TIMEOUT(interval.size(), 1, kWaitMs);
    QCOMPARE(interval.first().first().toInt(), 10);
    QTRY_COMPARE_WITH_TIMEOUT(m_clock.pending(), 1, kWaitMs);
    QCOMPARE(m_clock.nextDelay(), 10'000);
    QVERIFY(s->isSigningIn());
}

void TestDeviceCodeSignIn::anExpiredCodeEndsWithAClearMessage()
{
    auto s = makeSignIn();
    QSignalSpy failed(s.get(), &DeviceCodeSignIn::signInFailed);
    s->signIn();
    QTRY_COMPARE_WITH_TIMEOUT(m_clock.pending(), 1, kWaitMs);
    // The server's clock has run past the code's end: its expired_token ends the flow.
    m_serverSkewMs = 901'000;
    m_clock.fireNext();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kWaitMs);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(u"expired"_s) && message.contains(s->userCode().userCode), qPrintable(message));
    QVERIFY(!s->isSigningIn());
    QCOMPARE(m_clock.pending(), 0);

    // And the console's own count-down ends it without asking, once the code has run out.
    m_serverSkewMs = 0;
    failed.clear();
    s->signIn();
    QTRY_COMPARE_WITH_TIMEOUT(m_clock.pending(), 1, kWaitMs);
    m_clock.advanceSeconds(900);
    m_clock.fireNext();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kWaitMs);
    QVERIFY(failed.first().first().toString().contains(u"expired"_s));
}

void TestDeviceCodeSignIn::aDeclinedSignInEndsWithAClearMessage()
{
    auto s = makeSignIn();
    QSignalSpy failed(s.get(), &DeviceCodeSignIn::signInFailed);
    s->signIn();
    QTRY_COMPARE_WITH_TIMEOUT(m_clock.pending(), 1, kWaitMs);
    QVERIFY(m_sandbox->tokenIssuer()->deny(s->userCode().userCode));
    m_clock.fireNext();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kWaitMs);
    QVERIFY2(failed.first().first().toString().contains(u"declined"_s), qPrintable(failed.first().first().toString()));
    QVERIFY(!s->isSignedIn());
}

void TestDeviceCodeSignIn::cancelStopsPolling()
{
    auto s = makeSignIn();
    QSignalSpy failed(s.get(), &DeviceCodeSignIn::signInFailed);
    QSignalSpy succeeded(s.get(), &DeviceCodeSignIn::signInSucceeded);
    s->signIn();
    QTRY_COMPARE_WITH_TIMEOUT(m_clock.pending(), 1, kWaitMs);
    QVERIFY(m_sandbox->tokenIssuer()->approve(s->userCode().userCode));
    s->cancel();
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains(u"cancelled"_s));
    QVERIFY(!s->isSigningIn());
    // The poll that was due does nothing: the approved code is never redeemed.
    m_clock.fireNext();
    QTest::qWait(0);
    QCOMPARE(m_clock.pending(), 0);
    QVERIFY(succeeded.isEmpty());
    QVERIFY(!s->isSignedIn());
}

void TestDeviceCodeSignIn::withoutAClientIdNothingIsSent()
{
    auto s = makeSignIn(QString());
    QSignalSpy failed(s.get(), &DeviceCodeSignIn::signInFailed);
    QSignalSpy ready(s.get(), &DeviceCodeSignIn::userCodeReady);
    s->signIn();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kWaitMs);
    QVERIFY(failed.first().first().toString().contains(u"client"_s));
    QVERIFY(ready.isEmpty());
}

void TestDeviceCodeSignIn::aTokenCloseToExpiryIsRefreshedFirst()
{
    auto s = makeSignIn();
    QVERIFY(signIn(s.get()));
    const QString refreshBefore = readSecret(s->secretName()).value;
    const TokenAnswer first = tokenFor(s.get(), kArm);
    QVERIFY(first.token.isValid());
    // Fifty-six minutes on, the hour-long token has four minutes left: inside the five-minute margin.
    m_clock.advanceSeconds(56 * 60);
    const TokenAnswer second = tokenFor(s.get(), kArm);
    QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
    QVERIFY(second.token.value != first.token.value);
    QCOMPARE(m_sandbox->tokenIssuer()->validate(second.token.value, kArm), TokenIssuer::Validation::Valid);
    QCOMPARE(second.token.expiresOn, m_clock.now().addSecs(3600));
    // The rotated refresh token replaced the spent one in the keychain.
    QTRY_VERIFY_WITH_TIMEOUT(readSecret(s->secretName()).value.contains(second.token.value), kWaitMs);
    QVERIFY(readSecret(s->secretName()).value != refreshBefore);
}

void TestDeviceCodeSignIn::aRefusedTokenRefreshesItselfOnce()
{
    auto s = makeSignIn();
    QVERIFY(signIn(s.get()));
    const TokenAnswer first = tokenFor(s.get(), kArm);
    // The server let the token lapse early (a 401 says so): the client hears invalidate().
    m_clock.advanceSeconds(3601);
    QCOMPARE(m_sandbox->tokenIssuer()->validate(first.token.value, kArm), TokenIssuer::Validation::Expired);
    s->invalidate(kArm);
    // Two callers at once share one refresh.
    TokenAnswer a, b;
    s->token(kArm, [&a](const AccessToken &t, const QString &e) { a = {true, t, e}; });
    s->token(kArm, [&b](const AccessToken &t, const QString &e) { b = {true, t, e}; });
    QTRY_VERIFY_WITH_TIMEOUT(a.answered && b.answered, kWaitMs);
    m_seenSecrets << a.token.value;
    QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
    QCOMPARE(a.token.value, b.token.value);
    QCOMPARE(m_sandbox->tokenIssuer()->validate(a.token.value, kArm), TokenIssuer::Validation::Valid);
    QVERIFY(s->isSignedIn());
}

void TestDeviceCodeSignIn::anotherAudienceComesFromTheSameSignIn()
{
    auto s = makeSignIn();
    QVERIFY(signIn(s.get()));
    TokenAnswer arm, ml;
    // At once: the two refreshes run one after the other, each with the refresh token the one before got.
    s->invalidate(kArm);
    s->token(kArm, [&arm](const AccessToken &t, const QString &e) { arm = {true, t, e}; });
    s->token(kMl, [&ml](const AccessToken &t, const QString &e) { ml = {true, t, e}; });
    QTRY_VERIFY_WITH_TIMEOUT(arm.answered && ml.answered, kWaitMs);
    m_seenSecrets << arm.token.value << ml.token.value;
    QVERIFY2(arm.error.isEmpty() && ml.error.isEmpty(), qPrintable(arm.error + ml.error));
    QCOMPARE(m_sandbox->tokenIssuer()->validate(ml.token.value, kMl), TokenIssuer::Validation::Valid);
    QCOMPARE(m_sandbox->tokenIssuer()->validate(arm.token.value, kArm), TokenIssuer::Validation::Valid);
    QVERIFY(s->isSignedIn());
}

void TestDeviceCodeSignIn::aFailedRefreshAsksForANewSignIn()
{
    auto s = makeSignIn();
    QVERIFY(signIn(s.get()));
    QSignalSpy required(s.get(), &DeviceCodeSignIn::signInRequired);
    QSignalSpy signedIn(s.get(), &DeviceCodeSignIn::signedInChanged);
    m_sandbox->tokenIssuer()->revokeRefreshTokens();
    s->invalidate(kArm);
    const TokenAnswer answer = tokenFor(s.get(), kArm);
    QVERIFY(!answer.token.isValid());
    QVERIFY2(answer.error.contains(u"Sign in again"_s), qPrintable(answer.error));
    QCOMPARE(required.size(), 1);
    QCOMPARE(signedIn.size(), 1);
    QCOMPARE(signedIn.first().first().toBool(), false);
    QVERIFY(!s->isSignedIn());
    QTRY_COMPARE_WITH_TIMEOUT(readSecret(s->secretName()).status, SecretStore::Result::NotFound, kWaitMs);
}

void TestDeviceCodeSignIn::theTokenIsRefreshedAheadOfItsExpiryWithoutBeingAsked()
{
    auto s = makeSignIn();
    QVERIFY(signIn(s.get()));
    TokenIssuer *issuer = m_sandbox->tokenIssuer();
    const TokenAnswer first = tokenFor(s.get(), kArm);
    QVERIFY(first.token.isValid());
    // The hour-long token's refresh is due five minutes before its end, with nobody asking.
    QTRY_COMPARE_WITH_TIMEOUT(m_clock.pending(), 1, kWaitMs);
    QCOMPARE(m_clock.nextDelay(), qint64(3600 - 300) * 1000);
    QSignalSpy refreshed(s.get(), &DeviceCodeSignIn::refreshed);
    const int grants = issuer->refreshGrantRequests();
    m_clock.fireNext();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, kWaitMs);
    QCOMPARE(refreshed.first().first().toString(), kArm);
    QCOMPARE(issuer->refreshGrantRequests(), grants + 1);
    // The next call gets the new token at once: no refresh is left for it to wait on.
    const TokenAnswer second = tokenFor(s.get(), kArm);
    QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
    QVERIFY(second.token.value != first.token.value);
    QCOMPARE(issuer->validate(second.token.value, kArm), TokenIssuer::Validation::Valid);
    QCOMPARE(second.token.expiresOn, m_clock.now().addSecs(3600));
    QCOMPARE(issuer->refreshGrantRequests(), grants + 1);
    // And the new token's own refresh is armed.
    QTRY_COMPARE_WITH_TIMEOUT(m_clock.pending(), 1, kWaitMs);
    QCOMPARE(m_clock.nextDelay(), qint64(3600 - 300) * 1000);
}

void TestDeviceCodeSignIn::aShortLivedTokenIsRefreshedMostOfTheWayThroughItsLifeUntilSignOut()
{
    // A sandbox whose tokens live two minutes, less than the five-minute margin.
    cleanup();
    m_tokenLifetimeSeconds = 120;
    init();
    auto s = makeSignIn();
    QVERIFY(signIn(s.get()));
    TokenIssuer *issuer = m_sandbox->tokenIssuer();
    QSignalSpy refreshed(s.get(), &DeviceCodeSignIn::refreshed);
    for (int round = 1; round <= 2; ++round) {
        QTRY_COMPARE_WITH_TIMEOUT(m_clock.pending(), 1, kWaitMs);
        QCOMPARE(m_clock.nextDelay(), 90'000); // three quarters of its life
        const int grants = issuer->refreshGrantRequests();
        m_clock.fireNext();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), round, kWaitMs);
        QCOMPARE(issuer->refreshGrantRequests(), grants + 1);
    }
    // Signed out, the refresh already armed sends nothing.
    QTRY_COMPARE_WITH_TIMEOUT(m_clock.pending(), 1, kWaitMs);
    QSignalSpy out(s.get(), &DeviceCodeSignIn::signedOut);
    s->signOut();
    QTRY_COMPARE_WITH_TIMEOUT(out.size(), 1, kWaitMs);
    const int grants = issuer->refreshGrantRequests();
    m_clock.fireNext();
    const TokenAnswer after = tokenFor(s.get(), kArm); // a round trip through the event loop
    QVERIFY(!after.token.isValid());
    QCOMPARE(refreshed.size(), 2);
    QCOMPARE(issuer->refreshGrantRequests(), grants);
    QCOMPARE(m_clock.pending(), 0);
}

void TestDeviceCodeSignIn::callsRefusedTogetherShareOneRefresh()
{
    auto s = makeSignIn();
    QVERIFY(signIn(s.get()));
    TokenIssuer *issuer = m_sandbox->tokenIssuer();
    const TokenAnswer first = tokenFor(s.get(), kArm);
    issuer->expireAccessTokens();
    const int grants = issuer->refreshGrantRequests();
    // The first refused call brings a new token...
    s->refused(kArm, first.token.value);
    const TokenAnswer fresh = tokenFor(s.get(), kArm);
    QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));
    QCOMPARE(issuer->validate(fresh.token.value, kArm), TokenIssuer::Validation::Valid);
    // ...and a call that went out with the old one, refused later, finds it without a second.
    s->refused(kArm, first.token.value);
    QCOMPARE(tokenFor(s.get(), kArm).token.value, fresh.token.value);
    QCOMPARE(issuer->refreshGrantRequests(), grants + 1);
}

void TestDeviceCodeSignIn::aRefreshThatCannotReachTheServerIsTriedAgainBeforeTheTokenEnds()
{
    auto s = makeSignIn();
    QVERIFY(signIn(s.get()));
    const TokenAnswer first = tokenFor(s.get(), kArm);
    QVERIFY(first.token.isValid());
    QTRY_COMPARE_WITH_TIMEOUT(m_clock.pending(), 1, kWaitMs);
    QCOMPARE(m_clock.nextDelay(), qint64(3600 - 300) * 1000);

    // The sign-in server goes away (a real closed port: the refresh's connection is refused).
    const quint16 loginPort = quint16(m_sandbox->loginUrl().port());
    m_sandbox.reset();
    QSignalSpy required(s.get(), &DeviceCodeSignIn::signInRequired);
    m_clock.fireNext();
    // The failed refresh arms another, three quarters of the way through the five minutes left.
    QTRY_COMPARE_WITH_TIMEOUT(m_clock.pending(), 1, kWaitMs);
    QCOMPARE(m_clock.nextDelay(), qint64(300) * 3 / 4 * 1000);
    QVERIFY(s->isSignedIn());
    QVERIFY(required.isEmpty());
    // The token in hand still serves meanwhile.
    const TokenAnswer meanwhile = tokenFor(s.get(), kArm);
    QCOMPARE(meanwhile.token.value, first.token.value);

    // The server is back on the same address: the next try reaches it.
    portico::sandbox::SandboxOptions options;
    options.dataDir = m_dir.filePath(u"sandbox"_s);
    options.storageEnabled = false;
    options.clock = [this] { return m_clock.nowMs + m_serverSkewMs; };
    options.loginPort = loginPort;
    m_sandbox = std::make_unique<portico::sandbox::Sandbox>();
    QString error;
    QVERIFY2(m_sandbox->start(options, &error), qPrintable(error));
    m_clock.fireNext();
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->tokenIssuer()->refreshGrantRequests(), 1, kWaitMs);
}

void TestDeviceCodeSignIn::signOutDeletesTheTokensFromTheKeychain()
{
    auto s = makeSignIn();
    QVERIFY(signIn(s.get()));
    QVERIFY(tokenFor(s.get(), kArm).token.isValid());
    QVERIFY(readSecret(s->secretName()).ok());
    QSignalSpy out(s.get(), &DeviceCodeSignIn::signedOut);
    s->signOut();
    QTRY_COMPARE_WITH_TIMEOUT(out.size(), 1, kWaitMs);
    QVERIFY(!s->isSignedIn());
    QCOMPARE(readSecret(s->secretName()).status, SecretStore::Result::NotFound);
    const TokenAnswer after = tokenFor(s.get(), kArm);
    QVERIFY(!after.token.isValid());
    QVERIFY(after.error.contains(u"Sign in"_s));
    // A fresh start finds nothing either.
    auto again = makeSignIn();
    QSignalSpy restored(again.get(), &DeviceCodeSignIn::restored);
    again->restore();
    QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, kWaitMs);
    QCOMPARE(restored.first().first().toBool(), false);
}

void TestDeviceCodeSignIn::aLaterRunRestoresTheSignInFromTheKeychain()
{
    QString armToken;
    {
        auto s = makeSignIn();
        QVERIFY(signIn(s.get()));
        armToken = tokenFor(s.get(), kArm).token.value;
        QTRY_VERIFY_WITH_TIMEOUT(readSecret(s->secretName()).value.contains(armToken), kWaitMs);
    }
    auto later = makeSignIn();
    QVERIFY(!later->isSignedIn());
    QSignalSpy restored(later.get(), &DeviceCodeSignIn::restored);
    later->restore();
    QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, kWaitMs);
    QCOMPARE(restored.first().first().toBool(), true);
    QVERIFY(later->isSignedIn());
    QCOMPARE(tokenFor(later.get(), kArm).token.value, armToken);
    // And it refreshes with the kept refresh token.
    const TokenAnswer ml = tokenFor(later.get(), kMl);
    QVERIFY2(ml.error.isEmpty(), qPrintable(ml.error));
    QCOMPARE(m_sandbox->tokenIssuer()->validate(ml.token.value, kMl), TokenIssuer::Validation::Valid);
    // Another application id is another sign-in.
    auto other = makeSignIn(u"another-app"_s);
    QVERIFY(other->secretName() != later->secretName());
    QSignalSpy otherRestored(other.get(), &DeviceCodeSignIn::restored);
    other->restore();
    QTRY_COMPARE_WITH_TIMEOUT(otherRestored.size(), 1, kWaitMs);
    QCOMPARE(otherRestored.first().first().toBool(), false);
}

void TestDeviceCodeSignIn::noTokenOrRefreshTokenReachesTheDisk()
{
    auto s = makeSignIn();
    QVERIFY(signIn(s.get()));
    QVERIFY(tokenFor(s.get(), kArm).token.isValid());
    QVERIFY(tokenFor(s.get(), kMl).token.isValid());
    const SecretStore::Result kept = readSecret(s->secretName());
    QVERIFY(kept.ok());
    // The refresh token as the keychain holds it, picked out of its JSON.
    const qsizetype at = kept.value.indexOf(u"\"refresh_token\":\""_s);
    QVERIFY(at >= 0);
    const qsizetype from = at + 17;
    m_seenSecrets.append(kept.value.mid(from, kept.value.indexOf(u'"', from) - from));
    QVERIFY(m_seenSecrets.size() >= 4);

    // Everything this session could write: its throw-away $HOME (data, config, cache, temporary
    // files) and the sandbox's folder. The keyring's own file is encrypted.
    QStringList roots{QDir::homePath(), m_dir.path(), QDir::tempPath()};
    int files = 0;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            ++files;
            const QByteArray content = f.readAll();
            for (const QString &secret : std::as_const(m_seenSecrets)) {
                if (secret.size() >= 20)
                    QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(u"a token in "_s + path));
            }
        }
    }
    QVERIFY(files > 0);
}

QTEST_GUILESS_MAIN(TestDeviceCodeSignIn)
#include "tst_devicecodesignin.moc"
