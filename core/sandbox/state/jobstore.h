// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The batch jobs table in the sandbox's SQLite database (its own connection to the same
// file as SandboxStore). Every write is one transaction; lives in the thread that opened it.

#include "client/storage/sqlitedatabase.h"
#include "sandbox/state/batchjob.h"

#include <QList>
#include <QString>

namespace portico::sandbox {

class JobStore
{
public:
    explicit JobStore(const QString &databasePath);
    ~JobStore();
    JobStore(const JobStore &) = delete;
    JobStore &operator=(const JobStore &) = delete;

    // Opens the database and creates the jobs table when missing.
    bool open(QString *error);

    // Oldest first.
    QList<BatchJob> jobs() const;
    bool save(const BatchJob &job);
    bool remove(const QString &id);

    // The sandbox's own storage, as last started, for `portico-sandbox credentials`.
    QString storageConnectionString() const;
    bool setStorageConnectionString(const QString &connectionString);

private:
    client::SqliteDatabase m_db;
};

} // namespace portico::sandbox
