// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The sandbox's persistent entities as plain values, named as API Management names them,
// so the gateway, the management API and the store pass the same shapes around.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace portico::sandbox {

struct Credentials
{
    QString workspace; // 32 hex digits
    QString service;   // 32 hex digits
    QString apiKey;    // the ML service's bearer key
    QString adminKey;  // the gateway's management key
    // The online endpoint's two keys (sandbox/online/onlineendpoint.h).
    QString onlinePrimaryKey;
    QString onlineSecondaryKey;
};

struct Policy
{
    int calls = 0;         // 0: no limit
    int renewalPeriod = 0; // seconds
    bool isSet() const { return calls > 0 && renewalPeriod > 0; }
};

struct Product
{
    QString id;
    QString name;
    QString description;
    bool approvalRequired = false;
    Policy rateLimit; // sliding window, per subscription
    Policy quota;     // fixed window, per subscription
    QStringList apiIds;
};

struct Subscription
{
    QString id;
    QString name;
    QString productId;
    QString primaryKey;
    QString secondaryKey;
    QString state = QStringLiteral("active"); // active | suspended | cancelled
    qint64 createdAtMs = 0;
};

struct Operation
{
    QString id;
    QString name; // display name
    QString method;
    QString urlTemplate;
    QString description;
    QJsonObject extra; // templateParameters, request, responses, as APIM shapes them
};

struct Api
{
    QString id;
    QString name;
    QString description;
    QString serviceUrl;
    QString path; // URL suffix
    QStringList protocols;
    QString subscriptionKeyHeader = QStringLiteral("Ocp-Apim-Subscription-Key");
    QString subscriptionKeyQuery = QStringLiteral("subscription-key");
    // The API fronts this sandbox's own ML service, whose port changes from run to run.
    bool followsLocalService = false;
    QList<Operation> operations;
};

struct UsageRecord
{
    qint64 timeMs = 0;
    QString subscriptionId; // empty when no valid key was given
    QString apiId;
    QString operationId;
    int status = 0;
    int latencyMs = 0;
    bool blocked = false; // refused by the gateway itself (key, throttling, no operation)
};

} // namespace portico::sandbox
