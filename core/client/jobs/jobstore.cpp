// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/jobs/jobstore.h"

#include "client/secrets/redactor.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace portico::client {

Q_LOGGING_CATEGORY(lcJobStore, "portico.jobs.store")

namespace {

constexpr int kSchemaVersion = 1;

} // namespace

JobStore::JobStore(const QString &databasePath)
    : m_db(databasePath, u"portico-jobs"_s)
{ }

JobStore::~JobStore() = default;

QString JobStore::defaultPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"jobs.sqlite"_s);
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
    const QFileInfo file(databasePath());
    if (!file.absoluteDir().mkpath(u"."_s))
        return fail(tr("Cannot create the folder %1.").arg(file.absolutePath()));
    QString why;
    if (!m_db.open(&why))
        return fail(tr("Cannot open the job list %1: %2").arg(databasePath(), why));
    // Read the version before anything writes: a damaged or newer file is refused as it is.
    const int version = m_db.userVersion(&why);
    if (version < 0)
        return fail(tr("Cannot read the job list %1: %2").arg(databasePath(), why));
    if (version > kSchemaVersion)
        return fail(tr("The job list %1 was written by a newer Portico.").arg(databasePath()));
    SqliteDatabase::Pragmas pragmas;
    pragmas.secureDelete = true;
    m_db.applyPragmas(pragmas);
    if (version == kSchemaVersion)
        return true;
    // The job itself is one JSON document: its shape grows without migrations, and the
    // columns beside it are only what lists sort and filter by.
    if (!m_db.createSchema({u"CREATE TABLE jobs (id TEXT PRIMARY KEY, seq INTEGER NOT NULL,"
                            " status INTEGER NOT NULL, data TEXT NOT NULL)"_s},
                           kSchemaVersion, &why))
        return fail(tr("Cannot set up the job list %1: %2").arg(databasePath(), why));
    return true;
}

bool JobStore::save(const QList<BatchJob> &jobs, QString *error)
{
    const auto fail = [this, error](const QString &why) {
        const QString message = tr("The job list %1 could not be saved: %2").arg(databasePath(), why);
        if (error)
            *error = message;
        qCWarning(lcJobStore).noquote() << message;
        return false;
    };
    if (!isOpen())
        return fail(tr("it is not open."));
    QString why;
    const bool saved = m_db.transaction(
        [&](QSqlQuery &q) {
            // seq keeps the order jobs were first stored in; a replaced row keeps its own.
            const QString upsert = u"INSERT INTO jobs (id, seq, status, data)"
                                   " VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM jobs), ?, ?)"
                                   " ON CONFLICT(id) DO UPDATE SET status = excluded.status, data = excluded.data"_s;
            for (const BatchJob &job : jobs) {
                // BatchJob holds no secret values by construction; the redactor is the second
                // lock, for text a service echoed back (an error quoting a connection string).
                const QString data = redactConnectionString(
                    QString::fromUtf8(QJsonDocument(job.toJson()).toJson(QJsonDocument::Compact)));
                if (!SqliteDatabase::run(q, upsert, {job.id, int(job.state.status), data}, &why))
                    return false;
            }
            return true;
        },
        &why);
    return saved || fail(why);
}

bool JobStore::remove(const QString &id)
{
    if (!isOpen())
        return false;
    QSqlQuery q(m_db.database());
    q.prepare(u"DELETE FROM jobs WHERE id = ?"_s);
    q.addBindValue(id);
    return q.exec();
}

QList<BatchJob> JobStore::jobs() const
{
    QList<BatchJob> out;
    if (!isOpen())
        return out;
    QSqlQuery q(m_db.database());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT data FROM jobs ORDER BY seq"_s))
        return out;
    while (q.next())
        out.append(BatchJob::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object()));
    return out;
}

} // namespace portico::client
