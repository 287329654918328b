// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// One SQLite file on a connection of its own: what every store of the console and of the
// sandbox does alike. It opens with a busy timeout, reads the schema version before
// anything writes (so a damaged or newer file is refused as it is), sets the pragmas,
// creates the schema in one transaction, and runs transactions whose failures carry
// SQLite's own words: a full disk shows when a transaction commits.
//
// Not thread-safe, like QSqlDatabase: use it on the thread that opened it.

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

class QSqlQuery;

namespace portico::client {

class SqliteDatabase
{
public:
    struct Pragmas
    {
        bool wal = true;           // readers do not wait for the writer
        bool foreignKeys = false;  // ON DELETE CASCADE and friends
        bool secureDelete = false; // deleted rows are overwritten, not left in free pages
    };

    // connectionPrefix names the connection in Qt's registry and in its warnings.
    SqliteDatabase(const QString &path, const QString &connectionPrefix);
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    const QString &path() const { return m_path; }
    // Opens the file. On false, error holds SQLite's reason; the caller words the message.
    bool open(QString *error);
    bool isOpen() const;
    void close();
    QSqlDatabase database() const;

    // PRAGMA user_version, read without writing; -1 (and error) when the file is unreadable.
    int userVersion(QString *error) const;
    void applyPragmas(const Pragmas &pragmas);
    // Runs the statements and sets user_version to version, all in one transaction.
    bool createSchema(const QStringList &statements, int version, QString *error);

    // Runs work in a transaction: false from work rolls back (work sets its own error),
    // a failed begin or commit rolls back with SQLite's words in error.
    bool transaction(const std::function<bool(QSqlQuery &)> &work, QString *error);

    // Executes a prepared query; on failure error gets SQLite's words and a warning is logged.
    static bool exec(QSqlQuery &query, QString *error);
    // Prepares sql, binds values in order and executes.
    static bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error);

private:
    QString m_path;
    QString m_connectionName;
};

} // namespace portico::client
