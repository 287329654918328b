// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/usage/historyusage.h"

#include "client/catalog/workspace.h"

#include <QMap>

#include <algorithm>

namespace portico::client {

namespace {

struct OperationTally
{
    OperationUsage usage;
    QList<qint64> durations;
};

} // namespace

UsageReport HistoryUsage::compute(const QList<HistoryCall> &calls, const UsageWindow &window, const Workspace *names)
{
    UsageReport report;
    report.window = window;
    report.grouping = UsageReport::Grouping::ByApi;
    report.overTime = fillBuckets(window, {});

    // Keyed by ids so the rows come out in a stable order whatever the calls' order.
    QMap<std::pair<QString, QString>, OperationTally> operations;
    QMap<QString, GroupUsage> apis;
    for (const HistoryCall &call : calls) {
        const int bucket = window.bucketOf(call.atMs);
        if (bucket < 0)
            continue;
        // The gateway answers a spent quota with 403 and Retry-After; other 403s carry none.
        const CallOutcome outcome =
            classifyCall(call.failed ? 0 : call.status, call.status == 403 && call.retryAfterSeconds >= 0);
        report.overTime[bucket].calls.add(outcome);

        OperationTally &op = operations[{call.apiId, call.operationId}];
        op.usage.calls.add(outcome);
        if (call.durationMs >= 0)
            op.durations.append(call.durationMs);

        GroupUsage &api = apis[call.apiId];
        api.calls.add(outcome);
    }

    for (auto it = operations.begin(); it != operations.end(); ++it) {
        OperationUsage usage = it->usage;
        usage.apiId = it.key().first;
        usage.operationId = it.key().second;
        const Api *api = names ? names->api(usage.apiId) : nullptr;
        const Operation *operation = api ? api->operation(usage.operationId) : nullptr;
        usage.name = operation ? operation->name : usage.operationId;

        QList<qint64> &d = it->durations;
        std::sort(d.begin(), d.end());
        if (!d.isEmpty()) {
            qint64 sum = 0;
            for (qint64 ms : std::as_const(d))
                sum += ms;
            usage.averageMs = double(sum) / double(d.size());
            usage.minMs = d.first();
            usage.maxMs = d.last();
            usage.hasPercentiles = true;
            usage.p50Ms = nearestRankPercentile(d, 50);
            usage.p95Ms = nearestRankPercentile(d, 95);
            usage.p99Ms = nearestRankPercentile(d, 99);
        }
        report.byOperation.append(usage);
    }

    for (auto it = apis.begin(); it != apis.end(); ++it) {
        GroupUsage group = it.value();
        group.id = it.key();
        const Api *api = names ? names->api(group.id) : nullptr;
        group.name = api ? api->name : group.id;
        report.byGroup.append(group);
    }
    return report;
}

UsageReport HistoryUsage::fromStore(const HistoryStore &store, const UsageWindow &window, const Workspace *names)
{
    return compute(store.calls(window.from.toMSecsSinceEpoch(), window.to.toMSecsSinceEpoch()), window, names);
}

} // namespace portico::client
