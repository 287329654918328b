// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "sandbox/gateway/ratelimiter.h"

#include <QDateTime>

#include <algorithm>

namespace portico::sandbox {

qint64 RateLimiter::systemClock()
{
    return QDateTime::currentMSecsSinceEpoch();
}

RateLimiter::RateLimiter(Clock clock)
    : m_clock(std::move(clock))
{ }

qint64 RateLimiter::quotaWindowStart(qint64 nowMs, qint64 originMs, int periodSeconds)
{
    const qint64 period = qint64(periodSeconds) * 1000;
    if (nowMs < originMs)
        return originMs;
    return originMs + (nowMs - originMs) / period * period;
}

static int ceilSeconds(qint64 ms)
{
    return int(qMax<qint64>(1, (ms + 999) / 1000));
}

RateLimiter::Decision RateLimiter::admit(const QString &subscriptionId, qint64 subscriptionCreatedMs,
                                         const Policy &rateLimit, const Policy &quota)
{
    Decision d;
    if (!rateLimit.isSet() && !quota.isSet())
        return d;
    const qint64 t = m_clock();
    Counters &c = m_counters[subscriptionId];

    if (rateLimit.isSet()) {
        const qint64 window = qint64(rateLimit.renewalPeriod) * 1000;
        while (!c.recent.empty() && c.recent.front() <= t - window)
            c.recent.pop_front();
        if (int(c.recent.size()) >= rateLimit.calls) {
            // The call is admitted again once enough of the oldest ones leave the window.
            const qint64 freeAt = c.recent[c.recent.size() - size_t(rateLimit.calls)] + window;
            d.kind = Decision::RateLimited;
            d.retryAfterSeconds = ceilSeconds(freeAt - t);
            d.rateRemaining = 0;
            if (quota.isSet()) {
                const bool sameWindow =
                    c.quotaWindowStart == quotaWindowStart(t, subscriptionCreatedMs, quota.renewalPeriod);
                d.quotaRemaining = quota.calls - (sameWindow ? c.quotaCount : 0);
            }
            return d;
        }
    } else {
        c.recent.clear();
    }

    if (quota.isSet()) {
        const qint64 start = quotaWindowStart(t, subscriptionCreatedMs, quota.renewalPeriod);
        if (start != c.quotaWindowStart) {
            c.quotaWindowStart = start;
            c.quotaCount = 0;
        }
        if (c.quotaCount >= quota.calls) {
            d.kind = Decision::QuotaExceeded;
            d.retryAfterSeconds = ceilSeconds(start + qint64(quota.renewalPeriod) * 1000 - t);
            d.quotaRemaining = 0;
            if (rateLimit.isSet())
                d.rateRemaining = rateLimit.calls - int(c.recent.size());
            return d;
        }
        ++c.quotaCount;
        d.quotaRemaining = quota.calls - c.quotaCount;
    }
    if (rateLimit.isSet()) {
        c.recent.push_back(t);
        d.rateRemaining = rateLimit.calls - int(c.recent.size());
    }
    return d;
}

void RateLimiter::seed(const QString &subscriptionId, qint64 subscriptionCreatedMs, const Policy &rateLimit,
                       const Policy &quota, const QList<qint64> &passedCallTimes)
{
    const qint64 t = m_clock();
    Counters c;
    if (quota.isSet())
        c.quotaWindowStart = quotaWindowStart(t, subscriptionCreatedMs, quota.renewalPeriod);
    for (qint64 when : passedCallTimes) {
        if (rateLimit.isSet() && when > t - qint64(rateLimit.renewalPeriod) * 1000 && when <= t)
            c.recent.push_back(when);
        if (quota.isSet() && when >= c.quotaWindowStart && when <= t)
            ++c.quotaCount;
    }
    std::sort(c.recent.begin(), c.recent.end());
    m_counters.insert(subscriptionId, c);
}

void RateLimiter::reset(const QString &subscriptionId)
{
    m_counters.remove(subscriptionId);
}

} // namespace portico::sandbox
