// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "sandbox/state/jobstore.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

Q_LOGGING_CATEGORY(lcJobStore, "portico.sandbox.jobs")

using namespace Qt::StringLiterals;

namespace portico::sandbox {

JobStore::JobStore(const QString &databasePath)
    : m_path(databasePath)
    , m_connectionName(u"portico-jobs-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

JobStore::~JobStore()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool JobStore::open(QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        if (error)
            *error = QObject::tr("Cannot open %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    q.exec(u"PRAGMA synchronous=NORMAL"_s);
    // Outside SandboxStore's versioned schema on purpose: older databases gain the tables
    // on first use without a migration step.
    const QString statements[] = {
        u"CREATE TABLE IF NOT EXISTS batch_jobs (id TEXT PRIMARY KEY, status INTEGER NOT NULL, request TEXT NOT NULL,"
        " details TEXT NOT NULL DEFAULT '', created_ms INTEGER NOT NULL, start_ms INTEGER NOT NULL DEFAULT 0,"
        " end_ms INTEGER NOT NULL DEFAULT 0, rows_done INTEGER NOT NULL DEFAULT 0, rows_total INTEGER NOT NULL DEFAULT -1)"_s,
        u"CREATE TABLE IF NOT EXISTS batch_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
    };
    for (const QString &s : statements) {
        if (!q.exec(s)) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

QList<BatchJob> JobStore::jobs() const
{
    QList<BatchJob> out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (!q.exec(u"SELECT id, status, request, details, created_ms, start_ms, end_ms, rows_done, rows_total"
                " FROM batch_jobs ORDER BY created_ms, rowid"_s))
        return out;
    while (q.next()) {
        BatchJob job;
        job.id = q.value(0).toString();
        job.status = BatchJob::Status(q.value(1).toInt());
        job.request = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
        job.details = q.value(3).toString();
        job.createdMs = q.value(4).toLongLong();
        job.startMs = q.value(5).toLongLong();
        job.endMs = q.value(6).toLongLong();
        job.rowsDone = q.value(7).toLongLong();
        job.rowsTotal = q.value(8).toLongLong();
        out.append(job);
    }
    return out;
}

bool JobStore::save(const BatchJob &job)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    if (!db.transaction())
        return false;
    QSqlQuery q(db);
    q.prepare(u"INSERT OR REPLACE INTO batch_jobs (id, status, request, details, created_ms, start_ms, end_ms,"
              " rows_done, rows_total) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(job.id);
    q.addBindValue(int(job.status));
    q.addBindValue(QJsonDocument(job.request).toJson(QJsonDocument::Compact));
    q.addBindValue(job.details);
    q.addBindValue(job.createdMs);
    q.addBindValue(job.startMs);
    q.addBindValue(job.endMs);
    q.addBindValue(job.rowsDone);
    q.addBindValue(job.rowsTotal);
    if (!q.exec()) {
        qCWarning(lcJobStore) << "cannot save job" << job.id << q.lastError().text();
        db.rollback();
        return false;
    }
    return db.commit();
}

bool JobStore::remove(const QString &id)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    if (!db.transaction())
        return false;
    QSqlQuery q(db);
    q.prepare(u"DELETE FROM batch_jobs WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        db.rollback();
        return false;
    }
    return db.commit();
}

QString JobStore::storageConnectionString() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT value FROM batch_meta WHERE key = 'storage'"_s);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool JobStore::setStorageConnectionString(const QString &connectionString)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    if (!db.transaction())
        return false;
    QSqlQuery q(db);
    q.prepare(u"INSERT OR REPLACE INTO batch_meta (key, value) VALUES ('storage', ?)"_s);
    q.addBindValue(connectionString);
    if (!q.exec()) {
        db.rollback();
        return false;
    }
    return db.commit();
}

} // namespace portico::sandbox
