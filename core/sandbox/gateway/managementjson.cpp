// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "sandbox/gateway/managementjson.h"

#include "sandbox/gateway/urltemplate.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace portico::sandbox {

namespace {

// APIM refuses longer rate-limit windows.
constexpr int kMaxRatePeriodSeconds = 300;

bool readString(const QJsonObject &body, const QString &field, bool required, QString *out, QString *error)
{
    const QJsonValue v = body.value(field);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            *error = u"The field '%1' is required."_s.arg(field);
        return !required;
    }
    if (!v.isString()) {
        *error = u"The field '%1' must be a string."_s.arg(field);
        return false;
    }
    *out = v.toString();
    return true;
}

bool readCount(const QJsonObject &body, const QString &where, const QString &field, int *out, QString *error)
{
    const QJsonValue v = body.value(field);
    if (v.isUndefined() || v.isNull()) {
        *out = 0;
        return true;
    }
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 0 || std::floor(d) != d || d > std::numeric_limits<int>::max()) {
        *error = u"'%1.%2' must be a non-negative whole number."_s.arg(where, field);
        return false;
    }
    *out = int(d);
    return true;
}

bool readPolicy(const QJsonObject &policies, const QString &name, Policy *policy, QString *error)
{
    const QJsonValue v = policies.value(name);
    if (v.isUndefined())
        return true;
    if (v.isNull()) {
        *policy = Policy();
        return true;
    }
    if (!v.isObject()) {
        *error = u"'policies.%1' must be an object with 'calls' and 'renewalPeriod'."_s.arg(name);
        return false;
    }
    Policy p;
    const QString where = u"policies."_s + name;
    if (!readCount(v.toObject(), where, u"calls"_s, &p.calls, error) ||
        !readCount(v.toObject(), where, u"renewalPeriod"_s, &p.renewalPeriod, error))
        return false;
    if ((p.calls > 0) != (p.renewalPeriod > 0)) {
        *error = u"'%1' needs both 'calls' and 'renewalPeriod' above zero, or neither."_s.arg(where);
        return false;
    }
    *policy = p;
    return true;
}

QJsonValue policyJson(const Policy &p)
{
    if (!p.isSet())
        return QJsonValue::Null;
    return QJsonObject{{u"calls"_s, p.calls}, {u"renewalPeriod"_s, p.renewalPeriod}};
}

} // namespace

QJsonObject ManagementJson::api(const Api &api)
{
    return QJsonObject{{u"id"_s, api.id},
                       {u"name"_s, api.name},
                       {u"description"_s, api.description},
                       {u"serviceUrl"_s, api.serviceUrl},
                       {u"path"_s, api.path},
                       {u"protocols"_s, QJsonArray::fromStringList(api.protocols)},
                       {u"subscriptionKeyParameterNames"_s,
                        QJsonObject{{u"header"_s, api.subscriptionKeyHeader}, {u"query"_s, api.subscriptionKeyQuery}}}};
}

QJsonObject ManagementJson::operation(const Operation &op)
{
    QJsonObject o{{u"id"_s, op.id},
                  {u"name"_s, op.name},
                  {u"method"_s, op.method},
                  {u"urlTemplate"_s, op.urlTemplate},
                  {u"description"_s, op.description},
                  {u"templateParameters"_s, QJsonArray()},
                  {u"request"_s, QJsonObject()},
                  {u"responses"_s, QJsonArray()}};
    for (auto it = op.extra.constBegin(); it != op.extra.constEnd(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject ManagementJson::product(const Product &p)
{
    return QJsonObject{
        {u"id"_s, p.id},
        {u"name"_s, p.name},
        {u"description"_s, p.description},
        {u"approvalRequired"_s, p.approvalRequired},
        {u"policies"_s, QJsonObject{{u"rateLimit"_s, policyJson(p.rateLimit)}, {u"quota"_s, policyJson(p.quota)}}},
        {u"apis"_s, QJsonArray::fromStringList(p.apiIds)}};
}

QJsonObject ManagementJson::subscription(const Subscription &s)
{
    return QJsonObject{
        {u"id"_s, s.id},
        {u"name"_s, s.name},
        {u"product"_s, s.productId},
        {u"state"_s, s.state},
        {u"createdDate"_s, QDateTime::fromMSecsSinceEpoch(s.createdAtMs, Qt::UTC).toString(Qt::ISODateWithMs)}};
}

QByteArray ManagementJson::list(const QJsonArray &values)
{
    const QJsonObject o{{u"value"_s, values}, {u"count"_s, values.size()}, {u"nextLink"_s, QJsonValue::Null}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool ManagementJson::parseObject(const QByteArray &body, QJsonObject *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = u"The request body is not valid JSON: %1 at offset %2."_s.arg(parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    if (!doc.isObject()) {
        *error = u"The request body must be a JSON object."_s;
        return false;
    }
    *out = doc.object();
    return true;
}

bool ManagementJson::readApi(const QJsonObject &body, Api *api, QString *error)
{
    if (!readString(body, u"name"_s, true, &api->name, error) ||
        !readString(body, u"description"_s, false, &api->description, error) ||
        !readString(body, u"serviceUrl"_s, false, &api->serviceUrl, error) ||
        !readString(body, u"path"_s, true, &api->path, error))
        return false;
    api->path = api->path.split(u'/', Qt::SkipEmptyParts).join(u'/');
    if (!api->serviceUrl.isEmpty()) {
        const QUrl url(api->serviceUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty()) {
            *error = u"'serviceUrl' must be an absolute http or https URL."_s;
            return false;
        }
    }
    const QJsonValue protocols = body.value(u"protocols"_s);
    if (!protocols.isUndefined() && !protocols.isNull()) {
        QStringList list;
        for (const QJsonValue &v : protocols.toArray()) {
            if (v.toString() != u"http" && v.toString() != u"https") {
                *error = u"'protocols' may only hold \"http\" and \"https\"."_s;
                return false;
            }
            list.append(v.toString());
        }
        if (!protocols.isArray() || list.isEmpty()) {
            *error = u"'protocols' must be a non-empty array."_s;
            return false;
        }
        api->protocols = list;
    }
    if (api->protocols.isEmpty())
        api->protocols = {u"https"_s};
    return true;
}

bool ManagementJson::readOperation(const QJsonObject &body, Operation *op, QString *error)
{
    if (!readString(body, u"name"_s, true, &op->name, error) ||
        !readString(body, u"method"_s, true, &op->method, error) ||
        !readString(body, u"urlTemplate"_s, true, &op->urlTemplate, error) ||
        !readString(body, u"description"_s, false, &op->description, error))
        return false;
    op->method = op->method.toUpper();
    static const QRegularExpression token(u"^[A-Z]+$"_s);
    if (!token.match(op->method).hasMatch()) {
        *error = u"'method' must be an HTTP method such as GET or POST."_s;
        return false;
    }
    const UrlTemplate parsed = UrlTemplate::parse(op->urlTemplate);
    if (!parsed.isValid()) {
        *error = u"'urlTemplate' is not a valid URL template: %1"_s.arg(parsed.error());
        return false;
    }
    const struct
    {
        QString name;
        bool array;
    } parts[] = {{u"templateParameters"_s, true}, {u"request"_s, false}, {u"responses"_s, true}};
    for (const auto &part : parts) {
        const QJsonValue v = body.value(part.name);
        if (v.isUndefined() || v.isNull())
            continue;
        if (part.array ? !v.isArray() : !v.isObject()) {
            *error = u"'%1' must be an %2."_s.arg(part.name, part.array ? u"array"_s : u"object"_s);
            return false;
        }
        op->extra.insert(part.name, v);
    }
    return true;
}

bool ManagementJson::readProduct(const QJsonObject &body, bool partial, Product *p, QString *error)
{
    if (!readString(body, u"name"_s, !partial, &p->name, error) ||
        !readString(body, u"description"_s, false, &p->description, error))
        return false;
    const QJsonValue approval = body.value(u"approvalRequired"_s);
    if (!approval.isUndefined() && !approval.isNull()) {
        if (!approval.isBool()) {
            *error = u"'approvalRequired' must be true or false."_s;
            return false;
        }
        p->approvalRequired = approval.toBool();
    }
    const QJsonValue policies = body.value(u"policies"_s);
    if (policies.isUndefined() || policies.isNull())
        return true;
    if (!policies.isObject()) {
        *error = u"'policies' must be an object."_s;
        return false;
    }
    if (!readPolicy(policies.toObject(), u"rateLimit"_s, &p->rateLimit, error) ||
        !readPolicy(policies.toObject(), u"quota"_s, &p->quota, error))
        return false;
    if (p->rateLimit.renewalPeriod > kMaxRatePeriodSeconds) {
        *error = u"'policies.rateLimit.renewalPeriod' is %1 s; a rate limit's renewal period is at most %2 s."_s
                     .arg(p->rateLimit.renewalPeriod)
                     .arg(kMaxRatePeriodSeconds);
        return false;
    }
    return true;
}

bool ManagementJson::readSubscription(const QJsonObject &body, bool partial, Subscription *s, QString *error)
{
    if (!readString(body, u"name"_s, !partial, &s->name, error) ||
        !readString(body, u"product"_s, !partial, &s->productId, error) ||
        !readString(body, u"state"_s, false, &s->state, error))
        return false;
    if (s->state != u"active" && s->state != u"suspended" && s->state != u"cancelled") {
        *error = u"'state' must be \"active\", \"suspended\" or \"cancelled\", not \"%1\"."_s.arg(s->state);
        return false;
    }
    return true;
}

} // namespace portico::sandbox
