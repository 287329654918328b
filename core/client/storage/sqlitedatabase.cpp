// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/storage/sqlitedatabase.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace portico::client {

Q_LOGGING_CATEGORY(lcSqlite, "portico.sqlite")

SqliteDatabase::SqliteDatabase(const QString &path, const QString &connectionPrefix)
    : m_path(path)
    , m_connectionName(connectionPrefix + u'-' + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

SqliteDatabase::~SqliteDatabase()
{
    close();
}

bool SqliteDatabase::open(QString *error)
{
    if (isOpen())
        return true;
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
        ? QSqlDatabase::database(m_connectionName, false)
        : QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_path);
    // Another process (a second console on the same profile) may hold the write lock briefly.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (db.open())
        return true;
    if (error)
        *error = db.lastError().text();
    close();
    return false;
}

bool SqliteDatabase::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

void SqliteDatabase::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    } // no handle may outlive the connection it names
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase SqliteDatabase::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int SqliteDatabase::userVersion(QString *error) const
{
    QSqlQuery q(database());
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toInt();
}

void SqliteDatabase::applyPragmas(const Pragmas &pragmas)
{
    QSqlQuery q(database());
    if (pragmas.wal &&
        (!q.exec(u"PRAGMA journal_mode=WAL"_s) || !q.next() ||
         q.value(0).toString().compare("wal"_L1, Qt::CaseInsensitive) != 0))
        qCWarning(lcSqlite) << m_path << "is not in WAL mode:" << q.lastError().text();
    q.finish();
    q.exec(u"PRAGMA synchronous=NORMAL"_s);
    if (pragmas.foreignKeys)
        q.exec(u"PRAGMA foreign_keys=ON"_s);
    if (pragmas.secureDelete)
        q.exec(u"PRAGMA secure_delete=ON"_s);
}

bool SqliteDatabase::createSchema(const QStringList &statements, int version, QString *error)
{
    return transaction(
        [&](QSqlQuery &q) {
            for (const QString &statement : statements) {
                if (!run(q, statement, {}, error))
                    return false;
            }
            return run(q, u"PRAGMA user_version = %1"_s.arg(version), {}, error);
        },
        error);
}

bool SqliteDatabase::transaction(const std::function<bool(QSqlQuery &)> &work, QString *error)
{
    QSqlDatabase db = database();
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        qCWarning(lcSqlite) << "cannot begin a transaction on" << m_path << db.lastError().text();
        return false;
    }
    bool done = false;
    {
        QSqlQuery q(db);
        done = work(q);
    } // the query is finished before the commit, or SQLite keeps a statement open
    if (!done) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        // A full disk shows here: SQLite writes the journal when the transaction commits.
        if (error)
            *error = db.lastError().text();
        qCWarning(lcSqlite) << "cannot commit to" << m_path << db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool SqliteDatabase::exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    qCWarning(lcSqlite) << "SQL failed:" << query.lastQuery() << query.lastError().text();
    return false;
}

bool SqliteDatabase::run(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    if (!query.prepare(sql)) {
        if (error)
            *error = query.lastError().text();
        qCWarning(lcSqlite) << "SQL not understood:" << sql << query.lastError().text();
        return false;
    }
    for (const QVariant &v : values)
        query.addBindValue(v);
    return exec(query, error);
}

} // namespace portico::client
