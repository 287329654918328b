// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The gateway's usage log, in its own table of the sandbox's database: appended in batches
// by the usage log, read by the reports and by the throttling policies.
#include "sandbox/state/sandboxstore.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace portico::sandbox {

bool SandboxStore::appendUsage(const QList<UsageRecord> &records)
{
    if (records.isEmpty())
        return true;
    return m_db.transaction(
        [&records](QSqlQuery &q) {
            q.prepare(u"INSERT INTO usage (time_ms, subscription_id, api_id, operation_id, status, latency_ms, blocked)"
                      " VALUES (?, COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), ?, ?, ?)"_s);
            for (const UsageRecord &r : records) {
                for (const QVariant &v :
                     {QVariant(r.timeMs), QVariant(r.subscriptionId), QVariant(r.apiId), QVariant(r.operationId),
                      QVariant(r.status), QVariant(r.latencyMs), QVariant(int(r.blocked))})
                    q.addBindValue(v);
                if (!client::SqliteDatabase::exec(q, nullptr))
                    return false;
            }
            return true;
        },
        nullptr);
}

QList<UsageRecord> SandboxStore::usage(qint64 fromMs, qint64 toMs) const
{
    QList<UsageRecord> out;
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT time_ms, subscription_id, api_id, operation_id, status, latency_ms, blocked FROM usage"
              " WHERE time_ms >= ? AND time_ms < ? ORDER BY time_ms, rowid"_s);
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    client::SqliteDatabase::exec(q, nullptr);
    while (q.next()) {
        UsageRecord r;
        r.timeMs = q.value(0).toLongLong();
        r.subscriptionId = q.value(1).toString();
        r.apiId = q.value(2).toString();
        r.operationId = q.value(3).toString();
        r.status = q.value(4).toInt();
        r.latencyMs = q.value(5).toInt();
        r.blocked = q.value(6).toBool();
        out.append(r);
    }
    return out;
}

int SandboxStore::countPassedCalls(const QString &subscriptionId, qint64 fromMs, qint64 toMs) const
{
    QSqlQuery q(m_db.database());
    q.prepare(
        u"SELECT COUNT(*) FROM usage WHERE subscription_id = ? AND blocked = 0 AND time_ms >= ? AND time_ms < ?"_s);
    q.addBindValue(subscriptionId);
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!client::SqliteDatabase::exec(q, nullptr) || !q.next())
        return 0;
    return q.value(0).toInt();
}

} // namespace portico::sandbox
