// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/usage/reportsclient.h"

#include "client/http/httpengine.h"
#include "client/secrets/secretstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrlQuery>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace portico::client {

Q_LOGGING_CATEGORY(lcReports, "portico.reports")

namespace {

CallCounts countsOf(const QJsonObject &row)
{
    const auto n = [&row](QLatin1StringView field) { return qint64(row.value(field).toDouble()); };
    CallCounts c;
    c.success = n("callCountSuccess"_L1);
    if (row.contains("callCountThrottled"_L1)) {
        c.clientError = n("callCountClientError"_L1);
        c.throttled = n("callCountThrottled"_L1);
        c.serverError = n("callCountServerError"_L1);
    } else {
        // APIM's blocked calls are mostly 401/403/429 refusals and its failed ones mostly
        // backend errors: the nearest the standard report comes to the dashboard's buckets.
        c.throttled = n("callCountBlocked"_L1);
        c.serverError = n("callCountFailed"_L1);
        c.clientError = qMax<qint64>(0, n("callCountTotal"_L1) - c.success - c.throttled - c.serverError);
    }
    return c;
}

bool rowsOf(const QByteArray &body, QJsonArray *rows)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() || !doc.object().value("value"_L1).isArray())
        return false;
    *rows = doc.object().value("value"_L1).toArray();
    return true;
}

} // namespace

ReportsClient::ReportsClient(SecretStore *secrets, HttpEngine *engine, QObject *parent)
    : UsageReports(parent)
    , m_secrets(secrets)
    , m_engine(engine)
{
    qRegisterMetaType<UsageReport>();
    connect(m_engine, &HttpEngine::finished, this, &ReportsClient::onFinished);
}

ReportsClient::~ReportsClient()
{
    abortReplies();
}

void ReportsClient::setGateway(const QUrl &gatewayBase, const QString &adminKeySecretName)
{
    ++m_generation;
    abortReplies();
    m_busy = false;
    m_gateway = gatewayBase;
    m_secretName = adminKeySecretName;
}

bool ReportsClient::fetch(const UsageWindow &window)
{
    if (m_busy || !isConfigured())
        return false;
    m_busy = true;
    m_window = window;
    const quint64 generation = ++m_generation;
    const QString name = m_secretName;
    m_secrets->read(name, this, [this, generation, name](const SecretStore::Result &result) {
        if (generation != m_generation)
            return;
        if (result.status == SecretStore::Result::NotFound) {
            fail(tr("The keychain holds no admin key \"%1\" for the gateway's management API.").arg(name));
            return;
        }
        if (!result.ok()) {
            fail(result.message);
            return;
        }
        send(m_window, result.value);
    });
    return true;
}

void ReportsClient::send(const UsageWindow &window, const QString &adminKey)
{
    const QByteArray authorization = "Bearer " + adminKey.toUtf8();
    QString base = m_gateway.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    const QString kinds[KindCount] = {u"byTime"_s, u"byOperation"_s, u"bySubscription"_s};
    m_pending = KindCount;
    for (int kind = 0; kind < KindCount; ++kind) {
        QUrl url = m_gateway;
        url.setPath(base + u"/management/reports/"_s + kinds[kind]);
        QUrlQuery query;
        query.addQueryItem(u"from"_s, window.from.toString(Qt::ISODateWithMs));
        query.addQueryItem(u"to"_s, window.to.toString(Qt::ISODateWithMs));
        if (kind == ByTime)
            query.addQueryItem(u"interval"_s, window.interval());
        url.setQuery(query);
        RequestSpec spec;
        spec.url = url;
        spec.headers = {{"Authorization"_ba, authorization}, {"Accept"_ba, "application/json"_ba}};
        spec.timeoutMs = kTimeoutMs;
        m_requests[kind] = m_engine->send(spec);
    }
}

void ReportsClient::onFinished(const Exchange &exchange)
{
    const auto it = std::find(m_requests.begin(), m_requests.end(), exchange.id);
    if (exchange.id == 0 || it == m_requests.end())
        return; // another user's request, or one dropped by setGateway() or a sibling's failure
    *it = 0;
    HttpEngine::discardSpool(exchange);
    const int status = exchange.status;
    if (!exchange.error.isEmpty() && status <= 0) {
        fail(tr("Cannot reach the gateway at %1: %2").arg(m_gateway.toDisplayString(), exchange.error));
        return;
    }
    const QByteArray &body = exchange.body;
    if (status == 401 || status == 403) {
        fail(tr("The gateway refused the admin key \"%1\" (HTTP %2).").arg(m_secretName).arg(status));
        return;
    }
    if (status != 200 || !exchange.error.isEmpty()) {
        const QString message = QJsonDocument::fromJson(body).object().value("message"_L1).toString();
        fail(tr("The gateway's management API answered HTTP %1. %2").arg(status).arg(message).trimmed());
        return;
    }
    m_bodies[it - m_requests.begin()] = body;
    if (--m_pending == 0)
        finish();
}

void ReportsClient::finish()
{
    UsageReport report;
    QString error;
    const bool ok = parse(m_window, m_bodies[ByTime], m_bodies[ByOperation], m_bodies[BySubscription], &report, &error);
    m_bodies = {};
    m_busy = false;
    if (ok)
        Q_EMIT reportReady(report);
    else
        Q_EMIT failed(error);
}

void ReportsClient::fail(const QString &message)
{
    qCInfo(lcReports).noquote() << "reports failed:" << message;
    ++m_generation;
    abortReplies();
    m_bodies = {};
    m_busy = false;
    Q_EMIT failed(message);
}

void ReportsClient::abortReplies()
{
    for (quint64 &id : m_requests) {
        // Cancelling delivers at once; forgetting the id first drops that answer.
        if (const quint64 pending = std::exchange(id, 0))
            m_engine->cancel(pending);
    }
    m_pending = 0;
}

bool ReportsClient::parse(const UsageWindow &window, const QByteArray &byTime, const QByteArray &byOperation,
                          const QByteArray &bySubscription, UsageReport *report, QString *error)
{
    QJsonArray timeRows;
    QJsonArray operationRows;
    QJsonArray subscriptionRows;
    if (!rowsOf(byTime, &timeRows) || !rowsOf(byOperation, &operationRows) ||
        !rowsOf(bySubscription, &subscriptionRows)) {
        if (error)
            *error = tr("The gateway's answer is not a usage report.");
        return false;
    }

    *report = UsageReport();
    report->window = window;
    report->grouping = UsageReport::Grouping::BySubscription;
    QList<TimeBucketUsage> sparse;
    for (const QJsonValue &v : std::as_const(timeRows)) {
        const QJsonObject row = v.toObject();
        TimeBucketUsage bucket;
        bucket.start = QDateTime::fromString(row.value("timestamp"_L1).toString(), Qt::ISODateWithMs);
        bucket.calls = countsOf(row);
        if (bucket.start.isValid())
            sparse.append(bucket);
    }
    report->overTime = fillBuckets(window, sparse);

    for (const QJsonValue &v : std::as_const(operationRows)) {
        const QJsonObject row = v.toObject();
        OperationUsage op;
        op.apiId = row.value("apiId"_L1).toString();
        op.operationId = row.value("operationId"_L1).toString();
        op.name = row.value("name"_L1).toString(op.operationId);
        op.calls = countsOf(row);
        op.averageMs = row.value("apiTimeAvg"_L1).toDouble();
        op.minMs = qint64(row.value("apiTimeMin"_L1).toDouble());
        op.maxMs = qint64(row.value("apiTimeMax"_L1).toDouble());
        op.hasPercentiles = row.contains("apiTimeP50"_L1);
        op.p50Ms = qint64(row.value("apiTimeP50"_L1).toDouble());
        op.p95Ms = qint64(row.value("apiTimeP95"_L1).toDouble());
        op.p99Ms = qint64(row.value("apiTimeP99"_L1).toDouble());
        report->byOperation.append(op);
    }

    for (const QJsonValue &v : std::as_const(subscriptionRows)) {
        const QJsonObject row = v.toObject();
        GroupUsage group;
        group.id = row.value("subscriptionId"_L1).toString();
        group.name = row.value("name"_L1).toString(group.id);
        group.calls = countsOf(row);
        report->byGroup.append(group);
    }
    return true;
}

} // namespace portico::client
