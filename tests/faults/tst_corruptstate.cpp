// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// Damaged state files, and files written by a newer Portico: the workspace, the request
// history, the job list and the sandbox's database. Each is refused with a message that
// names the file, and is left byte for byte as it was, with nothing written beside it.

#include "client/catalog/workspace.h"
#include "client/history/historystore.h"
#include "client/jobs/jobstore.h"
#include "sandbox/state/sandboxstore.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <functional>

using namespace portico;
using namespace Qt::StringLiterals;

namespace {

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(data), data.size());
}

// A real SQLite file, made by running statements, then closed.
void makeDatabase(const QString &path, const QStringList &statements)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements)
            QVERIFY2(q.exec(sql), qPrintable(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// Opens the file the way the product does; returns the error, empty when it opened.
using Opener = std::function<QString(const QString &dir)>;

QString openWorkspace(const QString &dir)
{
    QString error;
    return client::Workspace::load(QDir(dir).filePath(u"workspace.json"_s), &error) ? QString() : error;
}

QString openHistory(const QString &dir)
{
    client::HistoryStore store(QDir(dir).filePath(u"history.sqlite"_s));
    QString error;
    return store.open(&error) ? QString() : error;
}

QString openJobs(const QString &dir)
{
    client::JobStore store(client::JobStore::defaultPath(dir));
    QString error;
    return store.open(&error) ? QString() : error;
}

QString openSandbox(const QString &dir)
{
    sandbox::SandboxStore store(dir);
    QString error;
    return store.open(&error) ? QString() : error;
}

const QByteArray kGarbage = QByteArray("not what it should be \x01\x02\x03\n").repeated(200);
// SQLite's header, then noise: the file looks like a database until its pages are read.
const QByteArray kBrokenSqlite = QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\xa5');

} // namespace

class TestCorruptState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedAndKept_data();
    void refusedAndKept();
};

void TestCorruptState::refusedAndKept_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Opener>("open");
    // How the file is made: raw bytes, or SQL statements run on a fresh database.
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("sql");

    const QByteArray newerWorkspace = R"({"schemaVersion": 99, "apis": [], "environments": []})";
    QTest::newRow("workspace.json garbage")
        << u"workspace.json"_s << Opener(openWorkspace) << kGarbage << QStringList();
    QTest::newRow("workspace.json cut short")
        << u"workspace.json"_s << Opener(openWorkspace) << QByteArray(R"({"schemaVersion": 1, "apis": [{"id": "a)")
        << QStringList();
    QTest::newRow("workspace.json newer")
        << u"workspace.json"_s << Opener(openWorkspace) << newerWorkspace << QStringList();

    for (const auto &[file, opener] :
         {std::pair{u"history.sqlite"_s, Opener(openHistory)}, std::pair{u"jobs.sqlite"_s, Opener(openJobs)},
          std::pair{u"sandbox.sqlite"_s, Opener(openSandbox)}}) {
        QTest::addRow("%s garbage", qPrintable(file)) << file << opener << kGarbage << QStringList();
        QTest::addRow("%s broken pages", qPrintable(file)) << file << opener << kBrokenSqlite << QStringList();
    }
    QTest::newRow("history.sqlite newer")
        << u"history.sqlite"_s << Opener(openHistory) << QByteArray()
        << QStringList{u"CREATE TABLE history (id INTEGER PRIMARY KEY, future TEXT)"_s, u"PRAGMA user_version = 7"_s};
    QTest::newRow("jobs.sqlite newer") << u"jobs.sqlite"_s << Opener(openJobs) << QByteArray()
                                       << QStringList{u"CREATE TABLE jobs (id TEXT PRIMARY KEY, future TEXT)"_s,
                                                      u"PRAGMA user_version = 7"_s};
    QTest::newRow("sandbox.sqlite newer") << u"sandbox.sqlite"_s << Opener(openSandbox) << QByteArray()
                                          << QStringList{u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"_s,
                                                         u"INSERT INTO meta VALUES ('schema', '7')"_s};
    QTest::newRow("sandbox.sqlite someone else's")
        << u"sandbox.sqlite"_s << Opener(openSandbox) << QByteArray()
        << QStringList{u"CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"_s,
                       u"INSERT INTO notes VALUES (1, 'keep me')"_s};
}

void TestCorruptState::refusedAndKept()
{
    QFETCH(QString, file);
    QFETCH(Opener, open);
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, sql);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(file);
    if (sql.isEmpty())
        writeFile(path, bytes);
    else
        makeDatabase(path, sql);
    const QByteArray before = contents(path);
    QVERIFY(!before.isEmpty());

    const QString error = open(dir.path());
    QVERIFY2(!error.isEmpty(), "a damaged or newer file was accepted");
    QVERIFY2(error.contains(path), qPrintable(error));
    QCOMPARE(contents(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{file});

    // Asking again (the next start) refuses it the same way, and still writes nothing.
    QCOMPARE(open(dir.path()), error);
    QCOMPARE(contents(path), before);
}

QTEST_GUILESS_MAIN(TestCorruptState)
#include "tst_corruptstate.moc"
