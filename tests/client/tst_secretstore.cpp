// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// Pins SecretStore against the real Secret Service that `make test` starts (gnome-keyring):
// values round-trip under scoped keys, the list of names lives in the keychain and follows
// every change, profiles stay apart, answers come later and in order, values never reach the
// log, and with no D-Bus at all the caller gets one clear message instead of a hang.

#include "client/secrets/secretstore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <qt6keychain/keychain.h>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using portico::client::SecretStore;
using Result = SecretStore::Result;

namespace {

constexpr int kTimeoutMs = 20'000;
// Set for the child process that runs noBackendGivesAClearMessage on a bus nobody listens on.
constexpr auto kNoBackendChild = "PORTICO_TST_SECRETSTORE_NO_BACKEND_CHILD";

Result await(const std::function<void(SecretStore::Callback)> &start)
{
    // Shared, so an answer arriving after a timeout writes to live memory.
    auto answer = std::make_shared<std::optional<Result>>();
    start([answer](const Result &result) { *answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer->has_value(); }, kTimeoutMs))
        return {Result::Failed, QString(), u"no answer within the timeout"_s};
    return **answer;
}

Result readKey(SecretStore &store, const QString &name)
{
    return await([&](SecretStore::Callback done) { store.read(name, std::move(done)); });
}

Result writeKey(SecretStore &store, const QString &name, const QString &value)
{
    return await([&](SecretStore::Callback done) { store.write(name, value, std::move(done)); });
}

Result removeKey(SecretStore &store, const QString &name)
{
    return await([&](SecretStore::Callback done) { store.remove(name, std::move(done)); });
}

Result renameKey(SecretStore &store, const QString &from, const QString &to)
{
    return await([&](SecretStore::Callback done) { store.rename(from, to, std::move(done)); });
}

Result refreshNames(SecretStore &store)
{
    return await([&](SecretStore::Callback done) { store.refreshNames(std::move(done)); });
}

struct RawEntry
{
    QKeychain::Error error = QKeychain::OtherError;
    QString text;
};

// Reads an entry as any QtKeychain user would, past SecretStore, to see what it really stored.
RawEntry rawRead(const QString &key)
{
    auto entry = std::make_shared<std::optional<RawEntry>>();
    auto *job = new QKeychain::ReadPasswordJob(u"Portico"_s);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job, [entry, job] {
        *entry = RawEntry{job->error(), job->textData()};
    });
    job->start();
    if (!QTest::qWaitFor([&entry] { return entry->has_value(); }, kTimeoutMs))
        return {};
    return **entry;
}

QStringList g_logLines;
QtMessageHandler g_previousHandler = nullptr;
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_logLines.append(QString::fromLatin1(context.category) + u": "_s + message);
    g_previousHandler(type, context, message);
}

// Debug output of the store on, whatever QT_LOGGING_RULES says, so the test sees all of it.
void enableSecretsDebug(QLoggingCategory *category)
{
    g_previousFilter(category);
    if (qstrcmp(category->categoryName(), "portico.secrets") == 0)
        category->setEnabled(QtDebugMsg, true);
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void writtenValueIsReadBackOverwrittenAndRemoved();
    void missingNameIsNotFoundWithAMessage();
    void invalidNamesFailWithAMessage();
    void unicodeValueRoundTrips();
    void tenKilobyteValueRoundTrips();
    void callbacksNeverRunInsideTheCall();
    void queuedOperationsAnswerInOrderAndReadTheLastWrite();
    void namesFollowWritesRenamesAndRemoves();
    void namesSurviveANewStoreOfTheSameProfile();
    void openStoresOfOneProfileShareTheirNames();
    void profilesAreIsolated();
    void renameMovesTheValueAndNeverOverwrites();
    void renameOfAMissingNameChangesNothing();
    void callbackMayDeleteItsCaller();
    void callbackMayDeleteTheStoreItCameFrom();
    void callbackOfADestroyedContextIsDropped();
    void valuesNeverAppearInTheLog();
    void noBackendGivesAClearMessage();

private:
    bool isNoBackendChild() const { return qEnvironmentVariableIsSet(kNoBackendChild); }
    // A fresh profile, removed again in cleanupTestCase().
    QString newProfile();
    void checkNoBackendInThisProcess();

    QStringList m_profiles;
};

QString TestSecretStore::newProfile()
{
    m_profiles.append(u"test-"_s + QUuid::createUuid().toString(QUuid::Id128));
    return m_profiles.constLast();
}

void TestSecretStore::initTestCase()
{
    if (isNoBackendChild())
        return;
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "no D-Bus session: run the suite with `make test`, which starts one with an unlocked gnome-keyring");
}

void TestSecretStore::cleanupTestCase()
{
    if (isNoBackendChild())
        return;
    for (const QString &profile : std::as_const(m_profiles)) {
        SecretStore store(profile);
        if (refreshNames(store).ok()) {
            const QStringList names = store.names();
            for (const QString &name : names)
                removeKey(store, name);
        }
    }
}

void TestSecretStore::writtenValueIsReadBackOverwrittenAndRemoved()
{
    const QString profile = newProfile();
    SecretStore store(profile);

    QCOMPARE(writeKey(store, u"api-key"_s, u"first-value"_s).status, Result::Ok);
    Result read = readKey(store, u"api-key"_s);
    QCOMPARE(read.status, Result::Ok);
    QCOMPARE(read.value, u"first-value"_s);
    QVERIFY(read.message.isEmpty());

    // Stored for the service "Portico" under the scoped key, where other tools can find it.
    const RawEntry raw = rawRead(u"portico/"_s + profile + u"/api-key"_s);
    QCOMPARE(raw.error, QKeychain::NoError);
    QCOMPARE(raw.text, u"first-value"_s);

    QCOMPARE(writeKey(store, u"api-key"_s, u"second-value"_s).status, Result::Ok);
    QCOMPARE(readKey(store, u"api-key"_s).value, u"second-value"_s);

    QCOMPARE(removeKey(store, u"api-key"_s).status, Result::Ok);
    QCOMPARE(readKey(store, u"api-key"_s).status, Result::NotFound);
    // Removing what is not there leaves it not there: nothing for the caller to handle.
    QCOMPARE(removeKey(store, u"api-key"_s).status, Result::Ok);
}

void TestSecretStore::missingNameIsNotFoundWithAMessage()
{
    SecretStore store(newProfile());
    const Result read = readKey(store, u"never-written"_s);
    QCOMPARE(read.status, Result::NotFound);
    QVERIFY(read.value.isEmpty());
    QVERIFY2(read.message.contains(u"never-written"_s), qPrintable(read.message));
}

void TestSecretStore::invalidNamesFailWithAMessage()
{
    SecretStore store(newProfile());
    const Result reserved = writeKey(store, u".index"_s, u"[\"x\"]"_s);
    QCOMPARE(reserved.status, Result::Failed);
    QVERIFY2(reserved.message.contains(u".index"_s), qPrintable(reserved.message));
    QCOMPARE(readKey(store, u"other/key"_s).status, Result::Failed);
    QCOMPARE(renameKey(store, u"a"_s, u"b c"_s).status, Result::Failed);

    SecretStore badProfile(u"a/b"_s);
    const Result read = readKey(badProfile, u"key"_s);
    QCOMPARE(read.status, Result::Failed);
    QVERIFY2(read.message.contains(u"a/b"_s), qPrintable(read.message));
}

void TestSecretStore::unicodeValueRoundTrips()
{
    SecretStore store(newProfile());
    const QString value = u"ключ 🔑 鍵 Schlüssel — \"quoted\" \\ back\tslash"_s;
    QCOMPARE(writeKey(store, u"unicode"_s, value).status, Result::Ok);
    QCOMPARE(readKey(store, u"unicode"_s).value, value);
}

void TestSecretStore::tenKilobyteValueRoundTrips()
{
    SecretStore store(newProfile());
    QString value;
    for (int i = 0; value.size() < 10 * 1024; ++i)
        value += QString::number(i, 36) + u'|';
    QCOMPARE(writeKey(store, u"large"_s, value).status, Result::Ok);
    const Result read = readKey(store, u"large"_s);
    QCOMPARE(read.status, Result::Ok);
    QCOMPARE(read.value.size(), value.size());
    QCOMPARE(read.value, value);
}

void TestSecretStore::callbacksNeverRunInsideTheCall()
{
    SecretStore store(newProfile());
    int answers = 0;
    const auto count = [&answers](const Result &) { ++answers; };

    store.read(u"never-written"_s, count);
    // Known to fail without asking the keychain, and still answered later.
    store.write(u".invalid"_s, u"v"_s, count);
    store.remove(u"never-written"_s, count);
    store.rename(u"a/b"_s, u"c"_s, count);
    store.refreshNames(count);
    QCOMPARE(answers, 0);
    QTRY_COMPARE_WITH_TIMEOUT(answers, 5, kTimeoutMs);
}

void TestSecretStore::queuedOperationsAnswerInOrderAndReadTheLastWrite()
{
    const QString profile = newProfile();
    SecretStore store(profile);
    SecretStore other(profile);
    QStringList answers;
    const auto record = [&answers](const QString &what) {
        return [&answers, what](const Result &result) {
            answers.append(what + u' ' + QString::number(result.status) + u' ' + result.value);
        };
    };

    store.write(u"a"_s, u"a1"_s, record(u"write a1"_s));
    store.write(u"a"_s, u"a2"_s, record(u"write a2"_s));
    other.read(u"a"_s, record(u"other reads a"_s));
    store.write(u"b"_s, u"b1"_s, record(u"write b1"_s));
    store.remove(u"a"_s, record(u"remove a"_s));
    store.read(u"b"_s, record(u"read b"_s));
    other.read(u"a"_s, record(u"other reads a"_s));
    QVERIFY(answers.isEmpty());

    const QStringList expected = {
        u"write a1 0 "_s, u"write a2 0 "_s, u"other reads a 0 a2"_s, u"write b1 0 "_s,
        u"remove a 0 "_s, u"read b 0 b1"_s, u"other reads a 1 "_s,
    };
    QTRY_COMPARE_WITH_TIMEOUT(answers.size(), expected.size(), kTimeoutMs);
    QCOMPARE(answers, expected);
    QCOMPARE(store.names(), QStringList{u"b"_s});
}

void TestSecretStore::namesFollowWritesRenamesAndRemoves()
{
    SecretStore store(newProfile());
    QSignalSpy changed(&store, &SecretStore::namesChanged);
    QVERIFY(store.names().isEmpty());
    QCOMPARE(refreshNames(store).status, Result::Ok);
    QVERIFY(store.names().isEmpty());

    QCOMPARE(writeKey(store, u"b-key"_s, u"b"_s).status, Result::Ok);
    QCOMPARE(writeKey(store, u"a-key"_s, u"a"_s).status, Result::Ok);
    QCOMPARE(store.names(), (QStringList{u"a-key"_s, u"b-key"_s}));
    QCOMPARE(changed.count(), 2);

    // Overwriting changes no name.
    QCOMPARE(writeKey(store, u"a-key"_s, u"a2"_s).status, Result::Ok);
    QCOMPARE(changed.count(), 2);

    QCOMPARE(renameKey(store, u"b-key"_s, u"c-key"_s).status, Result::Ok);
    QCOMPARE(store.names(), (QStringList{u"a-key"_s, u"c-key"_s}));
    QCOMPARE(removeKey(store, u"a-key"_s).status, Result::Ok);
    QCOMPARE(store.names(), QStringList{u"c-key"_s});
    QCOMPARE(changed.count(), 4);

    QCOMPARE(refreshNames(store).status, Result::Ok);
    QCOMPARE(store.names(), QStringList{u"c-key"_s});
}

void TestSecretStore::namesSurviveANewStoreOfTheSameProfile()
{
    const QString profile = newProfile();
    {
        SecretStore first(profile);
        QCOMPARE(writeKey(first, u"prod-key"_s, u"prod-value-123"_s).status, Result::Ok);
        QCOMPARE(writeKey(first, u"dev-key"_s, u"dev-value-456"_s).status, Result::Ok);
    }

    SecretStore second(profile);
    QVERIFY(second.names().isEmpty()); // only the keychain remembers them now
    QCOMPARE(refreshNames(second).status, Result::Ok);
    QCOMPARE(second.names(), (QStringList{u"dev-key"_s, u"prod-key"_s}));

    // The list is a JSON array of names in a reserved entry; values stay out of it.
    const RawEntry index = rawRead(u"portico/"_s + profile + u"/.index"_s);
    QCOMPARE(index.error, QKeychain::NoError);
    QCOMPARE(QJsonDocument::fromJson(index.text.toUtf8()).array().toVariantList(),
             (QVariantList{u"dev-key"_s, u"prod-key"_s}));
    QVERIFY(!index.text.contains(u"value"_s));

    // Removing the last name removes the list too, leaving nothing behind.
    QCOMPARE(removeKey(second, u"dev-key"_s).status, Result::Ok);
    QCOMPARE(removeKey(second, u"prod-key"_s).status, Result::Ok);
    QCOMPARE(rawRead(u"portico/"_s + profile + u"/.index"_s).error, QKeychain::EntryNotFound);
    QVERIFY(second.names().isEmpty());
}

void TestSecretStore::openStoresOfOneProfileShareTheirNames()
{
    const QString profile = newProfile();
    SecretStore editor(profile);
    SecretStore viewer(profile);
    QSignalSpy viewerChanged(&viewer, &SecretStore::namesChanged);

    QCOMPARE(writeKey(editor, u"shared"_s, u"v"_s).status, Result::Ok);
    QCOMPARE(viewer.names(), QStringList{u"shared"_s});
    QCOMPARE(viewerChanged.count(), 1);

    SecretStore later(profile);
    QCOMPARE(later.names(), QStringList{u"shared"_s});
}

void TestSecretStore::profilesAreIsolated()
{
    SecretStore work(newProfile());
    SecretStore home(newProfile());

    QCOMPARE(writeKey(work, u"apim-key"_s, u"work-value"_s).status, Result::Ok);
    QCOMPARE(readKey(home, u"apim-key"_s).status, Result::NotFound);
    QCOMPARE(refreshNames(home).status, Result::Ok);
    QVERIFY(home.names().isEmpty());

    QCOMPARE(writeKey(home, u"apim-key"_s, u"home-value"_s).status, Result::Ok);
    QCOMPARE(readKey(work, u"apim-key"_s).value, u"work-value"_s);
    QCOMPARE(removeKey(home, u"apim-key"_s).status, Result::Ok);
    QCOMPARE(readKey(work, u"apim-key"_s).value, u"work-value"_s);
    QCOMPARE(work.names(), QStringList{u"apim-key"_s});
}

void TestSecretStore::renameMovesTheValueAndNeverOverwrites()
{
    SecretStore store(newProfile());
    QCOMPARE(writeKey(store, u"old"_s, u"old-value"_s).status, Result::Ok);
    QCOMPARE(writeKey(store, u"taken"_s, u"taken-value"_s).status, Result::Ok);

    const Result clash = renameKey(store, u"old"_s, u"taken"_s);
    QCOMPARE(clash.status, Result::Failed);
    QVERIFY2(clash.message.contains(u"taken"_s), qPrintable(clash.message));
    QCOMPARE(readKey(store, u"old"_s).value, u"old-value"_s);
    QCOMPARE(readKey(store, u"taken"_s).value, u"taken-value"_s);

    const Result renamed = renameKey(store, u"old"_s, u"new"_s);
    QCOMPARE(renamed.status, Result::Ok);
    QVERIFY(renamed.value.isEmpty());
    QCOMPARE(readKey(store, u"new"_s).value, u"old-value"_s);
    QCOMPARE(readKey(store, u"old"_s).status, Result::NotFound);
    QCOMPARE(store.names(), (QStringList{u"new"_s, u"taken"_s}));

    QCOMPARE(renameKey(store, u"new"_s, u"new"_s).status, Result::Ok);
    QCOMPARE(readKey(store, u"new"_s).value, u"old-value"_s);
}

void TestSecretStore::renameOfAMissingNameChangesNothing()
{
    SecretStore store(newProfile());
    QCOMPARE(writeKey(store, u"kept"_s, u"v"_s).status, Result::Ok);
    QCOMPARE(renameKey(store, u"ghost"_s, u"kept"_s).status, Result::NotFound);
    QCOMPARE(renameKey(store, u"ghost"_s, u"spirit"_s).status, Result::NotFound);
    QCOMPARE(readKey(store, u"spirit"_s).status, Result::NotFound);
    QCOMPARE(readKey(store, u"kept"_s).value, u"v"_s);
    QCOMPARE(store.names(), QStringList{u"kept"_s});
}

void TestSecretStore::callbackMayDeleteItsCaller()
{
    SecretStore store(newProfile());
    auto *caller = new QObject;
    const QPointer<QObject> guard(caller);
    bool answered = false;
    store.read(u"never-written"_s, caller, [&answered, caller](const Result &) {
        answered = true;
        delete caller;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, kTimeoutMs);
    QVERIFY(guard.isNull());
    QCOMPARE(writeKey(store, u"after"_s, u"v"_s).status, Result::Ok);
    QCOMPARE(readKey(store, u"after"_s).value, u"v"_s);
}

void TestSecretStore::callbackMayDeleteTheStoreItCameFrom()
{
    const QString profile = newProfile();
    auto *dialog = new QObject;
    auto *store = new SecretStore(profile, dialog);
    const QPointer<SecretStore> guard(store);
    int answers = 0;
    store->write(u"k"_s, u"v"_s, [&answers, dialog](const Result &) {
        ++answers;
        delete dialog;
    });
    store->read(u"k"_s, [&answers](const Result &) { ++answers; });
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), kTimeoutMs);

    // The dropped read still ran, and the queue moves on for everyone else.
    SecretStore next(profile);
    QCOMPARE(readKey(next, u"k"_s).value, u"v"_s);
    QCOMPARE(answers, 1);
}

void TestSecretStore::callbackOfADestroyedContextIsDropped()
{
    SecretStore store(newProfile());
    auto *context = new QObject;
    bool called = false;
    store.read(u"never-written"_s, context, [&called](const Result &) { called = true; });
    delete context;
    // Answers come in order, so this one arriving means the first has been dealt with.
    QCOMPARE(readKey(store, u"never-written"_s).status, Result::NotFound);
    QVERIFY(!called);
}

void TestSecretStore::valuesNeverAppearInTheLog()
{
    SecretStore store(newProfile());
    const QString value = u"canary-"_s + QUuid::createUuid().toString(QUuid::Id128);

    g_logLines.clear();
    // installFilter() runs the new filter before it returns the old one, so fetch that first.
    g_previousFilter = QLoggingCategory::installFilter(nullptr);
    QLoggingCategory::installFilter(enableSecretsDebug);
    g_previousHandler = qInstallMessageHandler(captureMessage);
    const Result written = writeKey(store, u"logged-name"_s, value);
    const Result read = readKey(store, u"logged-name"_s);
    const Result renamed = renameKey(store, u"logged-name"_s, u"renamed-name"_s);
    const Result removed = removeKey(store, u"renamed-name"_s);
    qInstallMessageHandler(g_previousHandler);
    QLoggingCategory::installFilter(g_previousFilter);

    QCOMPARE(written.status, Result::Ok);
    QCOMPARE(read.value, value);
    QCOMPARE(renamed.status, Result::Ok);
    QCOMPARE(removed.status, Result::Ok);
    // The store did log, by name...
    QVERIFY2(g_logLines.join(u'\n').contains(u"logged-name"_s), qPrintable(g_logLines.join(u'\n')));
    // ...and never the value.
    for (const QString &line : std::as_const(g_logLines))
        QVERIFY2(!line.contains(value), qPrintable(line));
}

void TestSecretStore::noBackendGivesAClearMessage()
{
    if (isNoBackendChild()) {
        checkNoBackendInThisProcess();
        return;
    }
    // QtKeychain picks its D-Bus connection once per process, so the fault needs a process of
    // its own: this binary again, running only this function, on a bus address nobody serves.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent"_s);
    environment.insert(QString::fromLatin1(kNoBackendChild), u"1"_s);
    // SecretStore recognises GLib's connection errors by their English text.
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    environment.remove(u"LANGUAGE"_s);
    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {u"noBackendGivesAClearMessage"_s});
    QTRY_COMPARE_WITH_TIMEOUT(child.state(), QProcess::NotRunning, 2 * kTimeoutMs);

    const QString output = QString::fromUtf8(child.readAll());
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(u"PASS   : TestSecretStore::noBackendGivesAClearMessage()"_s), qPrintable(output));
}

void TestSecretStore::checkNoBackendInThisProcess()
{
    QCOMPARE(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"), u"unix:path=/nonexistent"_s);
    const QString expected = u"No keychain is available (Secret Service / KWallet). Portico keeps API keys only in "
                             "the OS keychain; start gnome-keyring or KWallet, then try again."_s;
    SecretStore store;

    QElapsedTimer elapsed;
    elapsed.start();
    const Result read = readKey(store, u"api-key"_s);
    QCOMPARE(read.status, Result::NoBackend);
    QCOMPARE(read.message, expected);
    QVERIFY(read.value.isEmpty());
    // Asked twice, about half a second apart, before giving up.
    QVERIFY2(elapsed.elapsed() >= 400, qPrintable(QString::number(elapsed.elapsed())));

    // The store keeps answering, so callers carry on and ask the user for a key instead.
    const Result write = writeKey(store, u"api-key"_s, u"typed-by-the-user"_s);
    QCOMPARE(write.status, Result::NoBackend);
    QCOMPARE(write.message, expected);
    QCOMPARE(refreshNames(store).status, Result::NoBackend);
    QVERIFY(store.names().isEmpty());
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
