// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "sandbox/gateway/usagestats.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace portico::sandbox {

void UsageStats::add(const UsageRecord &r)
{
    m_timeMin = m_total ? qMin(m_timeMin, r.latencyMs) : r.latencyMs;
    m_timeMax = qMax(m_timeMax, r.latencyMs);
    ++m_total;
    m_timeSum += r.latencyMs;
    m_times.append(r.latencyMs);

    // APIM's own split: what the gateway refused, what passed and succeeded, the rest.
    if (r.blocked)
        ++m_blocked;
    else if (r.status >= 200 && r.status < 400)
        ++m_success;
    else
        ++m_failed;

    // The extension's split, by what the caller saw. The gateway refuses with 403 only when
    // the quota is spent, and with 429 only for the rate limit: both are throttling.
    if (r.status >= 200 && r.status < 400)
        return;
    if (r.blocked && (r.status == 429 || r.status == 403))
        ++m_throttled;
    else if (r.status >= 500)
        ++m_serverError;
    else
        ++m_clientError;
}

void UsageStats::writeTo(QJsonObject &row, bool withPercentiles) const
{
    row.insert(u"callCountTotal"_s, m_total);
    row.insert(u"callCountSuccess"_s, m_success);
    row.insert(u"callCountBlocked"_s, m_blocked);
    row.insert(u"callCountFailed"_s, m_failed);
    row.insert(u"callCountClientError"_s, m_clientError);
    row.insert(u"callCountThrottled"_s, m_throttled);
    row.insert(u"callCountServerError"_s, m_serverError);
    row.insert(u"apiTimeAvg"_s, m_total ? double(m_timeSum) / double(m_total) : 0.0);
    row.insert(u"apiTimeMin"_s, m_timeMin);
    row.insert(u"apiTimeMax"_s, m_timeMax);
    if (!withPercentiles)
        return;
    QList<int> sorted = m_times;
    std::sort(sorted.begin(), sorted.end());
    row.insert(u"apiTimeP50"_s, percentile(sorted, 50));
    row.insert(u"apiTimeP95"_s, percentile(sorted, 95));
    row.insert(u"apiTimeP99"_s, percentile(sorted, 99));
}

int UsageStats::percentile(const QList<int> &sorted, int p)
{
    if (sorted.isEmpty())
        return 0;
    // ceil(p/100 · n) computed in integers, so 95 % of 20 is exactly the 19th.
    const qsizetype rank = (p * sorted.size() + 99) / 100;
    return sorted.at(qBound<qsizetype>(1, rank, sorted.size()) - 1);
}

} // namespace portico::sandbox
