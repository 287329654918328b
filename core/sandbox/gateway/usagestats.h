// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// One usage report row's counters: API Management's call counts and times, plus this
// sandbox's documented extensions (the calls split by what a user sees, and percentiles).

#include "sandbox/state/sandboxmodel.h"

#include <QJsonObject>
#include <QList>

namespace portico::sandbox {

class UsageStats
{
public:
    void add(const UsageRecord &record);
    // withPercentiles adds apiTimeP50/P95/P99; they need every latency kept, so only the
    // per-operation report pays for them.
    void writeTo(QJsonObject &row, bool withPercentiles) const;

    // Nearest rank: the smallest latency at or above which p percent of the calls fall.
    static int percentile(const QList<int> &sorted, int p);

private:
    qint64 m_total = 0;
    qint64 m_success = 0;
    qint64 m_blocked = 0;
    qint64 m_failed = 0;
    qint64 m_clientError = 0;
    qint64 m_throttled = 0;
    qint64 m_serverError = 0;
    qint64 m_timeSum = 0;
    int m_timeMin = 0;
    int m_timeMax = 0;
    QList<int> m_times;
};

} // namespace portico::sandbox
