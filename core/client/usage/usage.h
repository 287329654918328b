// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Value types of the usage dashboard: calls counted by what the caller saw, per time bucket,
// per operation and per subscription, whether a gateway reported them or the console's own
// history did. Plain and copyable, so they travel through queued signals.

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace portico::client {

// What became of a call. Throttled means the gateway's rate limit (429) or spent quota (403).
enum class CallOutcome { Success, ClientError, Throttled, ServerError };

struct CallCounts
{
    qint64 success = 0;
    qint64 clientError = 0;
    qint64 throttled = 0;
    qint64 serverError = 0;

    qint64 total() const { return success + clientError + throttled + serverError; }
    qint64 count(CallOutcome outcome) const;
    void add(CallOutcome outcome, qint64 calls = 1);
    CallCounts &operator+=(const CallCounts &other);
    friend bool operator==(const CallCounts &a, const CallCounts &b);
    friend bool operator!=(const CallCounts &a, const CallCounts &b) { return !(a == b); }
};

struct TimeBucketUsage
{
    QDateTime start; // UTC
    CallCounts calls;
    friend bool operator==(const TimeBucketUsage &a, const TimeBucketUsage &b);
};

// Latencies in milliseconds. Percentiles are nearest-rank; hasPercentiles is false when the
// source reported only the average, minimum and maximum (a cloud gateway does).
struct OperationUsage
{
    QString apiId;
    QString operationId;
    QString name;
    CallCounts calls;
    double averageMs = 0;
    qint64 minMs = 0;
    qint64 maxMs = 0;
    bool hasPercentiles = false;
    qint64 p50Ms = 0;
    qint64 p95Ms = 0;
    qint64 p99Ms = 0;
    friend bool operator==(const OperationUsage &a, const OperationUsage &b);
};

// A subscription's calls, or an API's where the source cannot tell subscriptions apart.
struct GroupUsage
{
    QString id;
    QString name;
    CallCounts calls;
    friend bool operator==(const GroupUsage &a, const GroupUsage &b);
};

enum class UsageRange { LastHour, LastDay, LastWeek };

// The window a report covers: whole buckets, the last one holding "now".
struct UsageWindow
{
    UsageRange range = UsageRange::LastHour;
    qint64 bucketMs = 0;
    QDateTime from; // the first bucket's start, UTC
    QDateTime to;   // the end of the last bucket, UTC
    int bucketCount = 0;

    static UsageWindow ending(UsageRange range, const QDateTime &now);
    // APIM's interval name for the bucket size: PT5M, PT1H or P1D.
    QString interval() const;
    bool contains(qint64 ms) const { return ms >= from.toMSecsSinceEpoch() && ms < to.toMSecsSinceEpoch(); }
    // The bucket ms falls in, -1 outside the window.
    int bucketOf(qint64 ms) const;
};

struct UsageReport
{
    enum class Grouping { BySubscription, ByApi };

    UsageWindow window;
    // One per bucket of the window, in time order, empty buckets included.
    QList<TimeBucketUsage> overTime;
    QList<OperationUsage> byOperation;
    QList<GroupUsage> byGroup;
    Grouping grouping = Grouping::BySubscription;

    CallCounts totals() const;
    friend bool operator==(const UsageReport &a, const UsageReport &b);
};

// The bucket for an HTTP answer. quotaRefusal: a 403 that carried Retry-After, which is how
// API Management refuses a call once the quota is spent. status 0 is a call that got no
// answer (refused connection, time-out), which the caller sees as the server's failure.
CallOutcome classifyCall(int status, bool quotaRefusal);

// Nearest rank: the smallest value at or above which p percent of the values fall.
qint64 nearestRankPercentile(const QList<qint64> &sorted, int percent);

// Buckets of window, each holding what sparse has for its start (zero elsewhere).
QList<TimeBucketUsage> fillBuckets(const UsageWindow &window, const QList<TimeBucketUsage> &sparse);

} // namespace portico::client

Q_DECLARE_METATYPE(portico::client::UsageReport)
