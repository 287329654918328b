// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The console's request history: a redacted copy of each try-it exchange, kept per operation in
// SQLite so it survives a restart without a single secret ever reaching the disk.

#include "client/http/exchange.h"
#include "client/storage/sqlitedatabase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace portico::client {

class RedactedExchange;

// What a history list shows of one exchange; the rest waits in HistoryStore::load().
struct HistoryEntry
{
    qint64 id = 0;
    QDateTime at;
    QByteArray method;
    QString url; // redacted
    int status = 0;
    QString error; // redacted; empty when the exchange completed
    qint64 durationMs = -1;
    qint64 bodySize = 0; // of the whole response body, also when only its start was kept
    bool bodyTruncated = false;
};

// One call as the usage dashboard counts it: no URL, headers or bodies.
struct HistoryCall
{
    QString apiId;
    QString operationId;
    qint64 atMs = 0;
    int status = 0;         // 0 when no answer came
    qint64 durationMs = -1; // to the end of the response; -1 when it never ended
    int retryAfterSeconds = -1;
    bool failed = false; // no HTTP answer: refused, unreachable, timed out
};

// Use a store from the thread that opened it only: a Qt Sql connection belongs to one thread.
class HistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)

public:
    // Older entries of an operation are dropped as newer ones are recorded.
    static constexpr int kKeptPerOperation = 500;
    // Response (and request) bodies are kept up to this size; of a larger one only its start.
    static constexpr qint64 kMaxStoredBodyBytes = 1024 * 1024;

    explicit HistoryStore(const QString &databasePath);
    ~HistoryStore();
    Q_DISABLE_COPY_MOVE(HistoryStore)

    QString databasePath() const { return m_db.path(); }
    // Creates the file and its folder when missing.
    bool open(QString *error = nullptr);
    bool isOpen() const { return m_db.isOpen(); }
    void close() { m_db.close(); }

    // Stores the exchange as it was redacted where it finished (so nothing unmasked can reach
    // the file), bodies cut to kMaxStoredBodyBytes. Returns the new entry's id (never reused,
    // even after removal), or -1 when it could not be stored (then error names the file and why).
    qint64 record(const QString &apiId, const QString &operationId, const RedactedExchange &exchange,
                  QString *error = nullptr);

    // Most recently recorded first; a negative limit returns them all.
    QList<HistoryEntry> entries(const QString &apiId, const QString &operationId, int limit = 200) const;
    std::optional<HistoryEntry> entry(qint64 id) const;
    // Every operation's exchanges that started in [fromMs, toMs), oldest first, cancelled ones
    // left out: the user stopped them, so they say nothing about the service.
    QList<HistoryCall> calls(qint64 fromMs, qint64 toMs) const;
    // The stored, redacted exchange. Its id is the history id; a body cut to its first
    // kMaxStoredBodyBytes is shorter than bodySize. Nothing in it refers to a spool file.
    std::optional<Exchange> load(qint64 id) const;

    // False when there was no such entry or the database refused.
    bool remove(qint64 id);
    // False only when the database refused.
    bool clear(const QString &apiId, const QString &operationId);

private:
    SqliteDatabase m_db;
};

} // namespace portico::client
