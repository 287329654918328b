// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Azure Resource Manager's shapes of the gateway's entities: the {"id","type","name",
// "properties":{...}} envelope with API Management's 2024-05-01 property names, product
// policies as APIM policy XML, the reports' $filter and interval, and ARM's error bodies.

#include "sandbox/http/httpmessage.h"
#include "sandbox/state/sandboxmodel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace portico::sandbox {

class ArmJson
{
public:
    // scope: "/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.ApiManagement/service/{name}"
    static QJsonObject api(const QString &scope, const Api &api);
    static QJsonObject operation(const QString &scope, const QString &apiId, const Operation &operation);
    static QJsonObject product(const QString &scope, const Product &product);
    static QJsonObject subscription(const QString &scope, const Subscription &subscription);
    static QJsonObject policy(const QString &scope, const Product &product);

    // A quoted strong ETag over what the entity's GET shows.
    static QByteArray etag(const QJsonObject &entity);

    // {"error":{"code","message","details"}}, as ARM and APIM answer.
    static http::HttpResponse error(int status, const QString &code, const QString &message,
                                    const QJsonArray &details = {});
    // APIM's 400 for a body it refuses: one detail naming the field.
    static http::HttpResponse validationError(const QString &message, const QString &target = QString());

    // ARM request bodies carry the entity under "properties"; these turn them into the
    // management API's field names, so both surfaces share one set of checks.
    static bool properties(const QByteArray &body, QJsonObject *out, QString *error);
    static QJsonObject apiBody(const QJsonObject &properties);
    static QJsonObject operationBody(const QJsonObject &properties);
    static QJsonObject productBody(const QJsonObject &properties);
    // Reads the product id out of a subscription's scope ("/products/{id}" or a full id).
    static bool subscriptionBody(const QJsonObject &properties, bool partial, QJsonObject *out, QString *error);

    // The product's throttling as policy XML, and back. Only <rate-limit>, <quota> and
    // <base/> are understood; anything else is refused rather than silently dropped.
    static QString policyXml(const Product &product);
    static bool readPolicyXml(const QString &xml, Policy *rateLimit, Policy *quota, QString *error);

    // "timestamp ge datetime'2017-06-01T00:00:00' and timestamp le datetime'...'"
    static bool readTimestampFilter(const QString &filter, qint64 *fromMs, qint64 *toMs, QString *error);
    // An ISO 8601 duration that is a whole multiple of PT15M; 0 when it is not.
    static qint64 intervalMs(const QString &interval);
};

} // namespace portico::sandbox
