// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/management/product.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace portico::client {

namespace {

class ProductText
{
    Q_DECLARE_TR_FUNCTIONS(ProductText)
};

QJsonValue policyJson(const Policy &p)
{
    if (!p.isSet())
        return QJsonValue::Null;
    return QJsonObject{{u"calls"_s, p.calls}, {u"renewalPeriod"_s, p.renewalPeriod}};
}

Policy readPolicy(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    return Policy{o.value(u"calls"_s).toInt(), o.value(u"renewalPeriod"_s).toInt()};
}

bool hasId(const QJsonObject &json, QString *error)
{
    if (json.value(u"id"_s).toString().isEmpty()) {
        *error = ProductText::tr("The gateway sent an entity without an id.");
        return false;
    }
    return true;
}

} // namespace

QJsonObject Product::toJson() const
{
    return QJsonObject{
        {u"name"_s, name},
        {u"description"_s, description},
        {u"approvalRequired"_s, approvalRequired},
        {u"policies"_s, QJsonObject{{u"rateLimit"_s, policyJson(rateLimit)}, {u"quota"_s, policyJson(quota)}}}};
}

std::optional<Product> Product::fromJson(const QJsonObject &json, QString *error)
{
    if (!hasId(json, error))
        return std::nullopt;
    Product p;
    p.id = json.value(u"id"_s).toString();
    p.name = json.value(u"name"_s).toString();
    p.description = json.value(u"description"_s).toString();
    p.approvalRequired = json.value(u"approvalRequired"_s).toBool();
    const QJsonObject policies = json.value(u"policies"_s).toObject();
    p.rateLimit = readPolicy(policies.value(u"rateLimit"_s));
    p.quota = readPolicy(policies.value(u"quota"_s));
    for (const QJsonValue &v : json.value(u"apis"_s).toArray())
        p.apiIds.append(v.toString());
    return p;
}

QJsonObject Subscription::toJson() const
{
    return QJsonObject{{u"name"_s, name}, {u"product"_s, productId}, {u"state"_s, state}};
}

std::optional<Subscription> Subscription::fromJson(const QJsonObject &json, QString *error)
{
    if (!hasId(json, error))
        return std::nullopt;
    Subscription s;
    s.id = json.value(u"id"_s).toString();
    s.name = json.value(u"name"_s).toString();
    s.productId = json.value(u"product"_s).toString();
    s.state = json.value(u"state"_s).toString();
    s.createdDate = json.value(u"createdDate"_s).toString();
    return s;
}

} // namespace portico::client
