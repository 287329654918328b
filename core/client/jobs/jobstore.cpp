// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/jobs/jobstore.h"

#include "client/secrets/redactor.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace portico::client {

Q_LOGGING_CATEGORY(lcJobStore, "portico.jobs.store")

namespace {

constexpr int kSchemaVersion = 1;

} // namespace

JobStore::JobStore(const QString &databasePath)
    : m_databasePath(databasePath)
    , m_connectionName(u"portico-jobs-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

JobStore::~JobStore()
{
    close();
}

QString JobStore::defaultPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"jobs.sqlite"_s);
}

bool JobStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

void JobStore::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool JobStore::open(QString *error)
{
    if (isOpen())
        return true;
    const auto fail = [this, error](const QString &message) {
        if (error)
            *error = message;
        qCWarning(lcJobStore).noquote() << message;
        close();
        return false;
    };
    const QFileInfo file(m_databasePath);
    if (!file.absoluteDir().mkpath(u"."_s))
        return fail(tr("Cannot create the folder %1.").arg(file.absolutePath()));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_databasePath);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open())
        return fail(tr("Cannot open the job list %1: %2").arg(m_databasePath, db.lastError().text()));
    QSqlQuery q(db);
    // Read the version before anything writes: a damaged or newer file is refused as it is.
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return fail(tr("Cannot read the job list %1: %2").arg(m_databasePath, q.lastError().text()));
    const int version = q.value(0).toInt();
    q.finish();
    if (version > kSchemaVersion)
        return fail(tr("The job list %1 was written by a newer Portico.").arg(m_databasePath));
    q.exec(u"PRAGMA journal_mode=WAL"_s);
    q.exec(u"PRAGMA synchronous=NORMAL"_s);
    q.exec(u"PRAGMA secure_delete=ON"_s);
    if (version == kSchemaVersion)
        return true;
    // The job itself is one JSON document: its shape grows without migrations, and the
    // columns beside it are only what lists sort and filter by.
    if (!db.transaction())
        return fail(db.lastError().text());
    QSqlQuery create(db);
    const bool ok = create.exec(u"CREATE TABLE jobs (id TEXT PRIMARY KEY, seq INTEGER NOT NULL,"
                                " status INTEGER NOT NULL, data TEXT NOT NULL)"_s) &&
        create.exec(u"PRAGMA user_version = %1"_s.arg(kSchemaVersion));
    if (!ok || !db.commit()) {
        const QString why = create.lastError().text();
        db.rollback();
        return fail(tr("Cannot set up the job list %1: %2").arg(m_databasePath, why));
    }
    return true;
}

bool JobStore::save(const QList<BatchJob> &jobs, QString *error)
{
    const auto fail = [this, error](const QString &why) {
        const QString message = tr("The job list %1 could not be saved: %2").arg(m_databasePath, why);
        if (error)
            *error = message;
        qCWarning(lcJobStore).noquote() << message;
        return false;
    };
    if (!isOpen())
        return fail(tr("it is not open."));
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return fail(db.lastError().text());
    QSqlQuery q(db);
    // seq keeps the order jobs were first stored in; a replaced row keeps its own.
    q.prepare(u"INSERT INTO jobs (id, seq, status, data) VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM jobs), ?, ?)"
              " ON CONFLICT(id) DO UPDATE SET status = excluded.status, data = excluded.data"_s);
    for (const BatchJob &job : jobs) {
        // BatchJob holds no secret values by construction; the redactor is the second lock,
        // for text a service echoed back (an error quoting a connection string, a SAS URL).
        const QString data =
            redactConnectionString(QString::fromUtf8(QJsonDocument(job.toJson()).toJson(QJsonDocument::Compact)));
        q.addBindValue(job.id);
        q.addBindValue(int(job.state.status));
        q.addBindValue(data);
        if (!q.exec()) {
            const QString why = q.lastError().text();
            db.rollback();
            return fail(why);
        }
    }
    // A full disk shows here: SQLite writes the journal when the transaction commits.
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        return fail(why);
    }
    return true;
}

bool JobStore::remove(const QString &id)
{
    if (!isOpen())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"DELETE FROM jobs WHERE id = ?"_s);
    q.addBindValue(id);
    return q.exec();
}

QList<BatchJob> JobStore::jobs() const
{
    QList<BatchJob> out;
    if (!isOpen())
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT data FROM jobs ORDER BY seq"_s))
        return out;
    while (q.next())
        out.append(BatchJob::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object()));
    return out;
}

} // namespace portico::client
