// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// "Use my Azure CLI sign-in" runs `az account get-access-token --resource <audience> -o json`
// and hands out its token until five minutes before it expires. The `az` here is a FAKE: a
// shell script put first on PATH, because the real Azure CLI needs a network sign-in this
// machine cannot make. It answers as the real one does (JSON on stdout, or an ERROR line on
// stderr and exit status 1), so the process handling, the parsing and the messages are real.

#include "client/auth/azureclitokensource.h"

#include "manualclock.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using portico::client::auth::AccessToken;
using portico::client::auth::AzureCliTokenSource;

namespace {

constexpr int kWaitMs = 20'000;

struct Answer
{
    bool answered = false;
    AccessToken token;
    QString error;
};

} // namespace

class TestAzureCliTokenSource : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void readsTheTokenAzHandsOutForTheAudience();
    void keepsTheTokenUntilFiveMinutesBeforeItExpires();
    void olderCliVersionsGiveOnlyExpiresOnInLocalTime();
    void aMissingAzIsNamed();
    void aFailingAzShowsItsOwnMessage();
    void anAnswerWithoutATokenIsNamed();

private:
    // Writes the fake az: prints stdout, or stderr with exit status 1; logs its arguments.
    void writeFakeAz(const QByteArray &stdoutText, const QByteArray &stderrText = {}, int exitCode = 0);
    Answer tokenFor(AzureCliTokenSource *source, const QString &audience);
    int runs() const;

    QTemporaryDir m_dir;
    QByteArray m_path;
    ManualClock m_clock;
};

void TestAzureCliTokenSource::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir().mkpath(m_dir.filePath(u"bin"_s)));
    m_path = qgetenv("PATH");
    qputenv("PATH", QFile::encodeName(m_dir.filePath(u"bin"_s)) + ':' + m_path);
}

void TestAzureCliTokenSource::init()
{
    QFile::remove(m_dir.filePath(u"args.log"_s));
}

void TestAzureCliTokenSource::cleanupTestCase()
{
    qputenv("PATH", m_path);
}

void TestAzureCliTokenSource::writeFakeAz(const QByteArray &stdoutText, const QByteArray &stderrText, int exitCode)
{
    QFile::remove(m_dir.filePath(u"bin/az"_s));
    QFile out(m_dir.filePath(u"out.txt"_s));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(stdoutText);
    out.close();
    QFile err(m_dir.filePath(u"err.txt"_s));
    QVERIFY(err.open(QIODevice::WriteOnly));
    err.write(stderrText);
    err.close();
    QFile script(m_dir.filePath(u"bin/az"_s));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\n"
                 "echo \"$@\" >> '" + QFile::encodeName(m_dir.filePath(u"args.log"_s)) + "'\n"
                 "cat '" + QFile::encodeName(out.fileName()) + "'\n"
                 "cat '" + QFile::encodeName(err.fileName()) + "' >&2\n"
                 "exit " + QByteArray::number(exitCode) + "\n");
    script.close();
    QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
}

int TestAzureCliTokenSource::runs() const
{
    QFile log(m_dir.filePath(u"args.log"_s));
    if (!log.open(QIODevice::ReadOnly))
        return 0;
    return int(log.readAll().count('\n'));
}

Answer TestAzureCliTokenSource::tokenFor(AzureCliTokenSource *source, const QString &audience)
{
    auto answer = std::make_shared<Answer>();
    source->token(audience, [answer](const AccessToken &token, const QString &error) {
        *answer = {true, token, error};
    });
    if (!QTest::qWaitFor([&] { return answer->answered; }, kWaitMs))
        answer->error = u"no answer"_s;
    return *answer;
}

void TestAzureCliTokenSource::readsTheTokenAzHandsOutForTheAudience()
{
    const qint64 expires = m_clock.now().addSecs(3600).toSecsSinceEpoch();
    writeFakeAz(R"({"accessToken": "eyJ0eXAi.cli-token.sig", "expiresOn": "2026-03-01 13:00:00.000000",
                    "expires_on": )" + QByteArray::number(expires) +
                R"(, "subscription": "00000000-0000-0000-0000-000000000000", "tenant": "t", "tokenType": "Bearer"})");
    AzureCliTokenSource source(QString(), &m_clock);
    QVERIFY(AzureCliTokenSource::isAvailable());
    QSignalSpy signedIn(&source, &AzureCliTokenSource::signedInChanged);
    QVERIFY(!source.isSignedIn());
    const Answer answer = tokenFor(&source, u"https://management.azure.com/"_s);
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    QCOMPARE(answer.token.value, u"eyJ0eXAi.cli-token.sig"_s);
    QCOMPARE(answer.token.expiresOn, QDateTime::fromSecsSinceEpoch(expires, Qt::UTC));
    QVERIFY(source.isSignedIn());
    QCOMPARE(signedIn.size(), 1);
    QFile log(m_dir.filePath(u"args.log"_s));
    QVERIFY(log.open(QIODevice::ReadOnly));
    QCOMPARE(log.readAll().trimmed(), "account get-access-token --resource https://management.azure.com -o json"_ba);
}

void TestAzureCliTokenSource::keepsTheTokenUntilFiveMinutesBeforeItExpires()
{
    const qint64 expires = m_clock.now().addSecs(3600).toSecsSinceEpoch();
    writeFakeAz(R"({"accessToken": "cli-token", "expires_on": )" + QByteArray::number(expires) + "}");
    AzureCliTokenSource source(QString(), &m_clock);
    QVERIFY(tokenFor(&source, u"https://ml.azure.com"_s).token.isValid());
    QVERIFY(tokenFor(&source, u"https://ml.azure.com"_s).token.isValid());
    QCOMPARE(runs(), 1);
    m_clock.advanceSeconds(56 * 60);
    QVERIFY(tokenFor(&source, u"https://ml.azure.com"_s).token.isValid());
    QCOMPARE(runs(), 2);
    source.invalidate(u"https://ml.azure.com"_s);
    QVERIFY(tokenFor(&source, u"https://ml.azure.com"_s).token.isValid());
    QCOMPARE(runs(), 3);
}

void TestAzureCliTokenSource::olderCliVersionsGiveOnlyExpiresOnInLocalTime()
{
    AccessToken token;
    QString error;
    QVERIFY(AzureCliTokenSource::parse(R"({"accessToken": "x", "expiresOn": "2026-03-01 13:30:00.123456"})",
                                       m_clock.now(), &token, &error));
    // To the second: the microseconds are dropped.
    QCOMPARE(token.expiresOn, QDateTime(QDate(2026, 3, 1), QTime(13, 30), Qt::LocalTime).toUTC());
    QVERIFY(AzureCliTokenSource::parse(R"({"accessToken": "x", "expires_on": "1772370000"})", m_clock.now(), &token,
                                       &error));
    QCOMPARE(token.expiresOn.toSecsSinceEpoch(), 1772370000);
}

void TestAzureCliTokenSource::aMissingAzIsNamed()
{
    QVERIFY(!AzureCliTokenSource::isAvailable(m_dir.filePath(u"nowhere/az"_s)));
    AzureCliTokenSource source(m_dir.filePath(u"nowhere/az"_s), &m_clock);
    const Answer missing = tokenFor(&source, u"https://management.azure.com"_s);
    QVERIFY(!missing.token.isValid());
    QVERIFY2(missing.error.contains(u"Cannot run the Azure CLI"_s), qPrintable(missing.error));

    // Not on PATH at all.
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", QFile::encodeName(m_dir.filePath(u"empty"_s)));
    QVERIFY(!AzureCliTokenSource::isAvailable());
    AzureCliTokenSource onPath(QString(), &m_clock);
    const Answer none = tokenFor(&onPath, u"https://management.azure.com"_s);
    qputenv("PATH", path);
    QVERIFY2(none.error.contains(u"not installed"_s), qPrintable(none.error));
    QVERIFY(!onPath.isSignedIn());
}

void TestAzureCliTokenSource::aFailingAzShowsItsOwnMessage()
{
    writeFakeAz({}, "ERROR: Please run 'az login' to setup account.\n", 1);
    AzureCliTokenSource source(QString(), &m_clock);
    const Answer answer = tokenFor(&source, u"https://management.azure.com"_s);
    QVERIFY(!answer.token.isValid());
    QVERIFY2(answer.error.contains(u"ERROR: Please run 'az login' to setup account."_s), qPrintable(answer.error));
    QVERIFY(!source.isSignedIn());
}

void TestAzureCliTokenSource::anAnswerWithoutATokenIsNamed()
{
    writeFakeAz("WARNING: not json\n");
    AzureCliTokenSource source(QString(), &m_clock);
    const Answer answer = tokenFor(&source, u"https://management.azure.com"_s);
    QVERIFY(!answer.token.isValid());
    QVERIFY2(answer.error.contains(u"without an access token"_s), qPrintable(answer.error));
}

QTEST_GUILESS_MAIN(TestAzureCliTokenSource)
#include "tst_azureclitokensource.moc"
