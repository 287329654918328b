// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The console's list of batch jobs in SQLite (jobs.sqlite in the profile's data directory),
// so jobs and their last known state survive a restart. What is written passes through the
// redactor first: no account key or SAS signature reaches the file.

#include "client/jobs/batchjob.h"
#include "client/storage/sqlitedatabase.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace portico::client {

class JobStore
{
    Q_DECLARE_TR_FUNCTIONS(JobStore)
public:
    explicit JobStore(const QString &databasePath);
    ~JobStore();
    Q_DISABLE_COPY_MOVE(JobStore)

    static QString defaultPath(const QString &dataDir);
    QString databasePath() const { return m_db.path(); }

    bool open(QString *error = nullptr);
    bool isOpen() const { return m_db.isOpen(); }
    void close() { m_db.close(); }

    // Inserts or replaces, all of them in one transaction: on failure none is written, and
    // error names the file and why.
    bool save(const QList<BatchJob> &jobs, QString *error = nullptr);
    bool save(const BatchJob &job, QString *error = nullptr) { return save(QList<BatchJob>{job}, error); }
    bool remove(const QString &id);
    // Oldest first.
    QList<BatchJob> jobs() const;

private:
    SqliteDatabase m_db;
};

} // namespace portico::client
