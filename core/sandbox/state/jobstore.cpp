// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "sandbox/state/jobstore.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QVariant>

Q_LOGGING_CATEGORY(lcJobStore, "portico.sandbox.jobs")

using namespace Qt::StringLiterals;

namespace portico::sandbox {

JobStore::JobStore(const QString &databasePath)
    : m_db(databasePath, u"portico-sandbox-jobs"_s)
{ }

JobStore::~JobStore() = default;

bool JobStore::open(QString *error)
{
    QString why;
    if (!m_db.open(&why)) {
        if (error)
            *error = QObject::tr("Cannot open %1: %2").arg(m_db.path(), why);
        return false;
    }
    QSqlQuery q(m_db.database());
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
        if (!client::SqliteDatabase::run(q, s, {}, error))
            return false;
    }
    return true;
}

QList<BatchJob> JobStore::jobs() const
{
    QList<BatchJob> out;
    QSqlQuery q(m_db.database());
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
    QString why;
    const bool saved = m_db.transaction(
        [&job, &why](QSqlQuery &q) {
            return client::SqliteDatabase::run(
                q,
                u"INSERT OR REPLACE INTO batch_jobs (id, status, request, details, created_ms, start_ms, end_ms,"
                " rows_done, rows_total) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                {job.id, int(job.status), QJsonDocument(job.request).toJson(QJsonDocument::Compact), job.details,
                 job.createdMs, job.startMs, job.endMs, job.rowsDone, job.rowsTotal},
                &why);
        },
        &why);
    if (!saved)
        qCWarning(lcJobStore) << "cannot save job" << job.id << why;
    return saved;
}

bool JobStore::remove(const QString &id)
{
    return m_db.transaction(
        [&id](QSqlQuery &q) {
            return client::SqliteDatabase::run(q, u"DELETE FROM batch_jobs WHERE id = ?"_s, {id}, nullptr);
        },
        nullptr);
}

QString JobStore::storageConnectionString() const
{
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT value FROM batch_meta WHERE key = 'storage'"_s);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool JobStore::setStorageConnectionString(const QString &connectionString)
{
    return m_db.transaction(
        [&connectionString](QSqlQuery &q) {
            return client::SqliteDatabase::run(
                q, u"INSERT OR REPLACE INTO batch_meta (key, value) VALUES ('storage', ?)"_s, {connectionString},
                nullptr);
        },
        nullptr);
}

} // namespace portico::sandbox
