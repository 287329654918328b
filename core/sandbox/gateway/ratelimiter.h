// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// API Management's two throttling policies, counted per subscription: rate-limit (a sliding
// window of at most 300 s) and quota (a fixed window counted from the subscription's
// creation). Time comes from an injectable clock so tests need not sleep.

#include "sandbox/state/sandboxmodel.h"

#include <QHash>
#include <QString>

#include <deque>
#include <functional>

namespace portico::sandbox {

class RateLimiter
{
public:
    using Clock = std::function<qint64()>; // milliseconds since the epoch
    static qint64 systemClock();

    struct Decision
    {
        enum Kind { Allowed, RateLimited, QuotaExceeded };
        Kind kind = Allowed;
        int retryAfterSeconds = 0;
        // Calls left in the windows after this one (-1 where no policy applies).
        int rateRemaining = -1;
        int quotaRemaining = -1;
    };

    explicit RateLimiter(Clock clock = &RateLimiter::systemClock);

    qint64 now() const { return m_clock(); }

    // Checks both policies; the call counts against them only when both allow it.
    Decision admit(const QString &subscriptionId, qint64 subscriptionCreatedMs, const Policy &rateLimit,
                   const Policy &quota);

    // Restores counts after a restart: calls that passed at these times.
    void seed(const QString &subscriptionId, qint64 subscriptionCreatedMs, const Policy &rateLimit, const Policy &quota,
              const QList<qint64> &passedCallTimes);

    // Forgets a subscription's counters (its product or policy changed).
    void reset(const QString &subscriptionId);

    static qint64 quotaWindowStart(qint64 nowMs, qint64 originMs, int periodSeconds);

private:
    struct Counters
    {
        std::deque<qint64> recent; // pass times inside the rate window
        qint64 quotaWindowStart = -1;
        int quotaCount = 0;
    };

    Clock m_clock;
    QHash<QString, Counters> m_counters;
};

} // namespace portico::sandbox
