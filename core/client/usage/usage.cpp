// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/usage/usage.h"

using namespace Qt::StringLiterals;

namespace portico::client {

namespace {

constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;

} // namespace

qint64 CallCounts::count(CallOutcome outcome) const
{
    switch (outcome) {
    case CallOutcome::Success:
        return success;
    case CallOutcome::ClientError:
        return clientError;
    case CallOutcome::Throttled:
        return throttled;
    case CallOutcome::ServerError:
        return serverError;
    }
    return 0;
}

void CallCounts::add(CallOutcome outcome, qint64 calls)
{
    switch (outcome) {
    case CallOutcome::Success:
        success += calls;
        break;
    case CallOutcome::ClientError:
        clientError += calls;
        break;
    case CallOutcome::Throttled:
        throttled += calls;
        break;
    case CallOutcome::ServerError:
        serverError += calls;
        break;
    }
}

CallCounts &CallCounts::operator+=(const CallCounts &other)
{
    success += other.success;
    clientError += other.clientError;
    throttled += other.throttled;
    serverError += other.serverError;
    return *this;
}

bool operator==(const CallCounts &a, const CallCounts &b)
{
    return a.success == b.success && a.clientError == b.clientError && a.throttled == b.throttled &&
        a.serverError == b.serverError;
}

bool operator==(const TimeBucketUsage &a, const TimeBucketUsage &b)
{
    return a.start == b.start && a.calls == b.calls;
}

bool operator==(const OperationUsage &a, const OperationUsage &b)
{
    return a.apiId == b.apiId && a.operationId == b.operationId && a.name == b.name && a.calls == b.calls &&
        a.averageMs == b.averageMs && a.minMs == b.minMs && a.maxMs == b.maxMs &&
        a.hasPercentiles == b.hasPercentiles && a.p50Ms == b.p50Ms && a.p95Ms == b.p95Ms && a.p99Ms == b.p99Ms;
}

bool operator==(const GroupUsage &a, const GroupUsage &b)
{
    return a.id == b.id && a.name == b.name && a.calls == b.calls;
}

UsageWindow UsageWindow::ending(UsageRange range, const QDateTime &now)
{
    UsageWindow w;
    w.range = range;
    // Few enough bars that each one keeps a readable label.
    switch (range) {
    case UsageRange::LastHour:
        w.bucketMs = 5 * kMinuteMs;
        w.bucketCount = 12;
        break;
    case UsageRange::LastDay:
        w.bucketMs = kHourMs;
        w.bucketCount = 24;
        break;
    case UsageRange::LastWeek:
        w.bucketMs = kDayMs;
        w.bucketCount = 7;
        break;
    }
    // Buckets start on multiples of their size since the epoch, as the gateway's byTime
    // report cuts them, so both sources put a call in the same bucket.
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 lastStart = nowMs - nowMs % w.bucketMs;
    w.from = QDateTime::fromMSecsSinceEpoch(lastStart - (w.bucketCount - 1) * w.bucketMs, Qt::UTC);
    w.to = QDateTime::fromMSecsSinceEpoch(lastStart + w.bucketMs, Qt::UTC);
    return w;
}

QString UsageWindow::interval() const
{
    switch (range) {
    case UsageRange::LastHour:
        return u"PT5M"_s;
    case UsageRange::LastDay:
        return u"PT1H"_s;
    case UsageRange::LastWeek:
        return u"P1D"_s;
    }
    return QString();
}

int UsageWindow::bucketOf(qint64 ms) const
{
    if (!contains(ms) || bucketMs <= 0)
        return -1;
    return int((ms - from.toMSecsSinceEpoch()) / bucketMs);
}

CallCounts UsageReport::totals() const
{
    CallCounts sum;
    for (const TimeBucketUsage &b : overTime)
        sum += b.calls;
    return sum;
}

bool operator==(const UsageReport &a, const UsageReport &b)
{
    return a.window.range == b.window.range && a.window.from == b.window.from && a.window.to == b.window.to &&
        a.overTime == b.overTime && a.byOperation == b.byOperation && a.byGroup == b.byGroup &&
        a.grouping == b.grouping;
}

CallOutcome classifyCall(int status, bool quotaRefusal)
{
    if (status >= 200 && status < 400)
        return CallOutcome::Success;
    if (status == 429 || (status == 403 && quotaRefusal))
        return CallOutcome::Throttled;
    if (status >= 400 && status < 500)
        return CallOutcome::ClientError;
    return CallOutcome::ServerError;
}

qint64 nearestRankPercentile(const QList<qint64> &sorted, int percent)
{
    if (sorted.isEmpty())
        return 0;
    // ceil(p/100 · n) in integers, so 95 % of 20 values is exactly the 19th.
    const qsizetype rank = (percent * sorted.size() + 99) / 100;
    return sorted.at(qBound<qsizetype>(1, rank, sorted.size()) - 1);
}

QList<TimeBucketUsage> fillBuckets(const UsageWindow &window, const QList<TimeBucketUsage> &sparse)
{
    QList<TimeBucketUsage> buckets(window.bucketCount);
    for (int i = 0; i < window.bucketCount; ++i)
        buckets[i].start = window.from.addMSecs(i * window.bucketMs);
    for (const TimeBucketUsage &b : sparse) {
        const int at = window.bucketOf(b.start.toMSecsSinceEpoch());
        if (at >= 0)
            buckets[at].calls += b.calls;
    }
    return buckets;
}

} // namespace portico::client
