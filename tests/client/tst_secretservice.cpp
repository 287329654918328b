// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The OS keychain the console stores API keys in, as reached through QtKeychain: a key
// written is read back, overwritten and deleted, and a missing one is reported as such.
// Runs against the real Secret Service that `make test` starts (gnome-keyring).

#include <QTest>
#include <QUuid>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

class TestSecretService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void writtenKeyIsReadBackOverwrittenAndDeleted();
    void missingKeyIsReportedAsNotFound();

private:
    // Runs a job to completion on the event loop; returns its error.
    QKeychain::Error run(QKeychain::Job *job);

    const QString m_service = u"portico-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
};

QKeychain::Error TestSecretService::run(QKeychain::Job *job)
{
    bool done = false;
    connect(job, &QKeychain::Job::finished, this, [&done] { done = true; });
    job->start();
    if (!QTest::qWaitFor([&done] { return done; }, 20'000))
        return QKeychain::OtherError;
    return job->error();
}

void TestSecretService::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "no D-Bus session: run the suite with `make test`, which starts one with an unlocked gnome-keyring");
}

void TestSecretService::writtenKeyIsReadBackOverwrittenAndDeleted()
{
    const QString key = u"portico/default/sandbox-api-key"_s;
    {
        QKeychain::WritePasswordJob write(m_service);
        write.setAutoDelete(false);
        write.setKey(key);
        write.setTextData(u"first-secret"_s);
        QCOMPARE(run(&write), QKeychain::NoError);
    }
    {
        QKeychain::WritePasswordJob write(m_service);
        write.setAutoDelete(false);
        write.setKey(key);
        write.setTextData(u"second-secret"_s);
        QCOMPARE(run(&write), QKeychain::NoError);
    }
    {
        QKeychain::ReadPasswordJob read(m_service);
        read.setAutoDelete(false);
        read.setKey(key);
        QCOMPARE(run(&read), QKeychain::NoError);
        QCOMPARE(read.textData(), u"second-secret"_s);
    }
    {
        QKeychain::DeletePasswordJob remove(m_service);
        remove.setAutoDelete(false);
        remove.setKey(key);
        QCOMPARE(run(&remove), QKeychain::NoError);
    }
    QKeychain::ReadPasswordJob read(m_service);
    read.setAutoDelete(false);
    read.setKey(key);
    QCOMPARE(run(&read), QKeychain::EntryNotFound);
}

void TestSecretService::missingKeyIsReportedAsNotFound()
{
    QKeychain::ReadPasswordJob read(m_service);
    read.setAutoDelete(false);
    read.setKey(u"portico/default/never-written"_s);
    QCOMPARE(run(&read), QKeychain::EntryNotFound);
}

QTEST_GUILESS_MAIN(TestSecretService)
#include "tst_secretservice.moc"
