// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The Secret Service dies while the console runs: gnome-keyring-daemon is killed for real on
// the test's private D-Bus session (see cmake/with-keyring.sh). Reading and storing a key must
// fail with a message for people, no key may land anywhere else (no file under $HOME or the
// temporary folder holds it), and once the daemon is back the same store works again.

#include "client/secrets/secretstore.h"

#include <QDirIterator>
#include <QProcess>
#include <QtTest>

#include <csignal>
#include <memory>
#include <optional>

using portico::client::SecretStore;
using Result = SecretStore::Result;
using namespace Qt::StringLiterals;

namespace {

Result await(const std::function<void(SecretStore::Callback)> &start)
{
    auto answer = std::make_shared<std::optional<Result>>();
    start([answer](const Result &result) { *answer = result; });
    // A dead service answers through D-Bus errors, not a hang: wait for the answer itself.
    if (!QTest::qWaitFor([&answer] { return answer->has_value(); }, 60'000))
        return {Result::Failed, QString(), u"no answer"_s};
    return **answer;
}

// The process that owns org.freedesktop.secrets on the session bus; 0 when nobody does.
qint64 secretServicePid()
{
    QProcess p;
    p.start(u"dbus-send"_s,
            {u"--session"_s, u"--print-reply"_s, u"--dest=org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s,
             u"org.freedesktop.DBus.GetConnectionUnixProcessID"_s, u"string:org.freedesktop.secrets"_s});
    if (!p.waitForFinished() || p.exitCode() != 0)
        return 0;
    const QByteArray out = p.readAllStandardOutput();
    const qsizetype at = out.indexOf("uint32");
    return at < 0 ? 0 : out.mid(at + 6).trimmed().toLongLong();
}

bool startKeyring()
{
    // The same unlock the session's wrapper does; the keyring file under $HOME survives.
    QProcess p;
    p.start(u"gnome-keyring-daemon"_s, {u"--unlock"_s, u"--components=secrets"_s});
    p.write("test");
    p.closeWriteChannel();
    return p.waitForFinished() && p.exitCode() == 0;
}

// Every regular file under dir that holds needle.
QStringList filesHolding(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits << f.fileName();
    }
    return hits;
}

} // namespace

class TestKeyringDeath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") || secretServicePid() == 0)
            QSKIP("needs the private keyring session of cmake/with-keyring.sh");
    }
    void aDeadKeychainFailsClearlyAndWorksWhenBack();
    // The daemon this test brought back is its own: it must not outlive the test's session.
    void cleanupTestCase()
    {
        if (const qint64 pid = secretServicePid())
            ::kill(pid_t(pid), SIGTERM);
    }
};

void TestKeyringDeath::aDeadKeychainFailsClearlyAndWorksWhenBack()
{
    SecretStore store(u"keyringdeath"_s);
    const QString before = u"value-stored-before-%1"_s.arg(QCoreApplication::applicationPid());
    const QString during = u"value-offered-while-dead-%1"_s.arg(QCoreApplication::applicationPid());
    QVERIFY(await([&](auto done) { store.write(u"before"_s, before, done); }).ok());

    const qint64 pid = secretServicePid();
    QVERIFY(pid > 0);
    QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
    QTRY_VERIFY_WITH_TIMEOUT(secretServicePid() != pid, 20'000);

    const Result wrote = await([&](auto done) { store.write(u"during"_s, during, done); });
    QVERIFY(!wrote.ok());
    QVERIFY2(!wrote.message.isEmpty(), "no message for the user");
    qInfo("storing with the keychain dead: %s", qPrintable(wrote.message));
    const Result read = await([&](auto done) { store.read(u"before"_s, done); });
    QVERIFY(!read.ok());
    QVERIFY(read.value.isEmpty());
    QVERIFY2(!read.message.isEmpty(), "no message for the user");
    qInfo("reading with the keychain dead: %s", qPrintable(read.message));

    // Nothing fell back to a file: not the settings, not a cache, not a temporary file.
    QCOMPARE(filesHolding(QDir::homePath(), during.toUtf8()), QStringList());
    QCOMPARE(filesHolding(QDir::tempPath(), during.toUtf8()), QStringList());

    if (secretServicePid() != 0) // D-Bus activation may have brought up a locked daemon
        ::kill(pid_t(secretServicePid()), SIGKILL);
    QTRY_VERIFY_WITH_TIMEOUT(secretServicePid() == 0, 20'000);
    QVERIFY(startKeyring());
    QTRY_VERIFY_WITH_TIMEOUT(secretServicePid() != 0, 20'000);

    const Result again = await([&](auto done) { store.read(u"before"_s, done); });
    QVERIFY2(again.ok(), qPrintable(again.message));
    QCOMPARE(again.value, before);
    QVERIFY(await([&](auto done) { store.write(u"during"_s, during, done); }).ok());
    const Result after = await([&](auto done) { store.read(u"during"_s, done); });
    QCOMPARE(after.value, during);
}

QTEST_GUILESS_MAIN(TestKeyringDeath)
#include "tst_keyringdeath.moc"
