// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// APIM's reports over the gateway's usage log: byApi, byOperation, bySubscription and byTime,
// each row in the fields of Azure's published examples. The log keeps one latency per call,
// measured at the gateway, so serviceTime* repeat apiTime*; bandwidth and the cache counters
// are not measured and stay 0.
#include "sandbox/arm/armapi.h"

#include "sandbox/arm/armjson.h"
#include "sandbox/gateway/gateway.h"
#include "sandbox/gateway/usagestats.h"
#include "sandbox/state/sandboxstore.h"

#include <QDateTime>
#include <QMap>
#include <QUrl>

#include <limits>

using namespace Qt::StringLiterals;

namespace portico::sandbox {

using http::HttpResponse;

namespace {

void writeRow(const UsageStats &stats, QJsonObject &row)
{
    stats.writeTo(row, false);
    row.insert(u"callCountOther"_s, 0);
    row.insert(u"bandwidth"_s, 0);
    row.insert(u"cacheHitCount"_s, 0);
    row.insert(u"cacheMissCount"_s, 0);
    // One latency per call: the backend's time is the gateway's.
    for (const QString &statistic : {u"Avg"_s, u"Min"_s, u"Max"_s})
        row.insert(u"serviceTime"_s + statistic, row.value(u"apiTime"_s + statistic));
}

} // namespace

HttpResponse ArmApi::reports(const Call &call, const QString &kind)
{
    const QUrlQuery query = call.request->queryItems();
    static const QStringList kinds{u"byApi"_s, u"byOperation"_s, u"bySubscription"_s, u"byTime"_s};
    if (!kinds.contains(kind))
        return ArmJson::error(404, u"ResourceNotFound"_s,
                              u"There is no '%1' report; there are %2."_s.arg(kind, kinds.join(u", "_s)));
    qint64 fromMs = 0;
    qint64 toMs = std::numeric_limits<qint64>::max();
    QString error;
    if (!ArmJson::readTimestampFilter(query.queryItemValue(u"$filter"_s, QUrl::FullyDecoded), &fromMs, &toMs, &error))
        return ArmJson::validationError(error, u"$filter"_s);
    qint64 bucketMs = 0;
    QString interval;
    if (kind == u"byTime") {
        interval = query.queryItemValue(u"interval"_s, QUrl::FullyDecoded);
        bucketMs = ArmJson::intervalMs(interval);
        if (!bucketMs)
            return ArmJson::validationError(
                u"'interval' must be an ISO 8601 duration that is a multiple of 15 minutes (PT15M, PT30M, PT1H, "
                "P1D), not '%1'."_s.arg(interval),
                u"interval"_s);
    }

    // Buffered calls count too: a report right after a call must include it.
    m_gateway->usageLog()->flush();
    QMap<QString, UsageStats> rows;
    for (const UsageRecord &r : m_store->usage(fromMs, toMs)) {
        QString key;
        if (kind == u"byApi")
            key = r.apiId;
        else if (kind == u"byOperation")
            key = r.operationId.isEmpty() ? QString() : r.apiId + u'\n' + r.operationId;
        else if (kind == u"bySubscription")
            key = r.subscriptionId;
        else
            key = QString::number(r.timeMs - r.timeMs % bucketMs).rightJustified(20, u'0');
        // Calls that matched no API or operation, or carried no valid key, have no row.
        if (!key.isEmpty())
            rows[key].add(r);
    }

    QJsonArray values;
    auto append = [&](QJsonObject row, const QString &key) {
        writeRow(rows.value(key), row);
        values.append(row);
    };
    // Like APIM, the entity reports list every API, operation and subscription, called or not.
    if (kind == u"byApi") {
        for (const Api &a : m_store->apis())
            append({{u"name"_s, a.name}, {u"apiId"_s, QString(u"/apis/"_s + a.id)}}, a.id);
    } else if (kind == u"byOperation") {
        for (const Api &a : m_store->apis()) {
            for (const Operation &op : a.operations)
                append({{u"name"_s, op.name},
                        {u"apiId"_s, QString(u"/apis/"_s + a.id)},
                        {u"operationId"_s, QString(u"/apis/"_s + a.id + u"/operations/"_s + op.id)}},
                       a.id + u'\n' + op.id);
        }
    } else if (kind == u"bySubscription") {
        for (const Subscription &s : m_store->subscriptions())
            append({{u"name"_s, s.name},
                    {u"userId"_s, u"/users/1"_s},
                    {u"productId"_s, QString(u"/products/"_s + s.productId)},
                    {u"subscriptionId"_s, QString(u"/subscriptions/"_s + s.id)}},
                   s.id);
    } else {
        for (auto it = rows.constBegin(); it != rows.constEnd(); ++it)
            append({{u"timestamp"_s,
                     QDateTime::fromMSecsSinceEpoch(it.key().toLongLong(), Qt::UTC).toString(Qt::ISODate)},
                    {u"interval"_s, interval}},
                   it.key());
    }
    return page(call, values);
}

} // namespace portico::sandbox
