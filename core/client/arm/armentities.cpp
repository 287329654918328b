// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/arm/armentities.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace portico::client {

namespace {

class EntitiesText
{
    Q_DECLARE_TR_FUNCTIONS(ArmEntities)
};

// The management API's flat shape, which the console's readers already check.
QJsonObject flattened(const QJsonObject &resource, QString *error)
{
    const QJsonValue properties = resource.value(u"properties"_s);
    if (!properties.isObject() || !resource.value(u"name"_s).isString()) {
        *error = EntitiesText::tr("Azure Resource Manager's answer has no \"name\" and \"properties\".");
        return {};
    }
    QJsonObject o = properties.toObject();
    o.insert(u"id"_s, resource.value(u"name"_s));
    o.remove(u"displayName"_s);
    o.insert(u"name"_s, properties.toObject().value(u"displayName"_s));
    return o;
}

QJsonObject envelope(QJsonObject flat)
{
    flat.remove(u"id"_s);
    const QJsonValue name = flat.take(u"name"_s);
    flat.insert(u"displayName"_s, name);
    return QJsonObject{{u"properties"_s, flat}};
}

bool readCount(const QXmlStreamAttributes &attributes, const QString &name, int *out)
{
    bool ok = false;
    *out = attributes.value(name).toString().toInt(&ok);
    return ok && *out > 0;
}

const QString kDefaultPolicy = u"<policies>\r\n  <inbound>\r\n    <base />\r\n  </inbound>\r\n  <backend>\r\n    <base />\r\n"
                               "  </backend>\r\n  <outbound>\r\n    <base />\r\n  </outbound>\r\n  <on-error>\r\n"
                               "    <base />\r\n  </on-error>\r\n</policies>"_s;

} // namespace

std::optional<Api> ArmEntities::api(const QJsonObject &resource, QString *error)
{
    const QJsonObject flat = flattened(resource, error);
    if (flat.isEmpty())
        return std::nullopt;
    return Api::fromJson(flat, u"api"_s, error);
}

std::optional<Operation> ArmEntities::operation(const QJsonObject &resource, QString *error)
{
    QJsonObject flat = flattened(resource, error);
    if (flat.isEmpty())
        return std::nullopt;
    // Azure's operations may leave template parameters undescribed; describe them as strings.
    QJsonArray described = flat.value(u"templateParameters"_s).toArray();
    QStringList known;
    for (const QJsonValue &v : std::as_const(described))
        known.append(v.toObject().value(u"name"_s).toString());
    static const QRegularExpression names(u"\\{([^}]+)\\}"_s);
    for (auto it = names.globalMatch(flat.value(u"urlTemplate"_s).toString()); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!known.contains(name)) {
            known.append(name);
            described.append(QJsonObject{{u"name"_s, name}, {u"type"_s, u"string"_s}, {u"required"_s, true}});
        }
    }
    flat.insert(u"templateParameters"_s, described);
    return Operation::fromJson(flat, u"operation"_s, error);
}

std::optional<Product> ArmEntities::product(const QJsonObject &resource, QString *error)
{
    const QJsonObject flat = flattened(resource, error);
    if (flat.isEmpty())
        return std::nullopt;
    QJsonObject o{{u"id"_s, flat.value(u"id"_s)},
                  {u"name"_s, flat.value(u"name"_s)},
                  {u"description"_s, flat.value(u"description"_s).toString()},
                  {u"approvalRequired"_s, flat.value(u"approvalRequired"_s).toBool()}};
    return Product::fromJson(o, error);
}

std::optional<Subscription> ArmEntities::subscription(const QJsonObject &resource, QString *error)
{
    const QJsonObject flat = flattened(resource, error);
    if (flat.isEmpty())
        return std::nullopt;
    Subscription s;
    s.id = flat.value(u"id"_s).toString();
    s.name = flat.value(u"name"_s).toString();
    const QString scope = flat.value(u"scope"_s).toString();
    // A subscription to a product names it; one to all APIs or to one API names none.
    static const QRegularExpression product(u"/products/([^/]+)$"_s, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = product.match(scope);
    s.productId = m.hasMatch() ? m.captured(1) : QString();
    s.state = flat.value(u"state"_s).toString(s.state);
    s.createdDate = flat.value(u"createdDate"_s).toString();
    return s;
}

QJsonObject ArmEntities::apiBody(const Api &api)
{
    QJsonObject flat = api.toJson();
    flat.remove(u"operations"_s);
    flat.remove(u"products"_s);
    return envelope(flat);
}

QJsonObject ArmEntities::operationBody(const Operation &op)
{
    QJsonObject flat = op.toJson();
    flat.remove(u"tags"_s);
    return envelope(flat);
}

QJsonObject ArmEntities::productBody(const Product &p)
{
    QJsonObject props{{u"displayName"_s, p.name},
                      {u"description"_s, p.description},
                      {u"approvalRequired"_s, p.approvalRequired},
                      {u"subscriptionRequired"_s, true},
                      {u"state"_s, u"published"_s}};
    return QJsonObject{{u"properties"_s, props}};
}

QJsonObject ArmEntities::subscriptionBody(const Subscription &s, const QString &serviceId)
{
    QJsonObject props{{u"displayName"_s, s.name},
                      {u"scope"_s, QString(serviceId + u"/products/"_s + s.productId)},
                      {u"state"_s, s.state}};
    return QJsonObject{{u"properties"_s, props}};
}

QList<Api> ArmEntities::tryItApis(const QUrl &gatewayUrl, const QList<Api> &apis)
{
    QString base = gatewayUrl.toString();
    while (base.endsWith(u'/'))
        base.chop(1);
    QList<Api> out = apis;
    for (Api &a : out)
        a.serviceUrl = a.path.isEmpty() ? base : base + u'/' + a.path;
    return out;
}

bool ArmEntities::readThrottling(const QString &policyXml, Policy *rateLimit, Policy *quota, QString *error)
{
    *rateLimit = Policy();
    *quota = Policy();
    if (policyXml.trimmed().isEmpty())
        return true;
    QXmlStreamReader reader(policyXml);
    QStringList path;
    bool rateSeen = false;
    bool quotaSeen = false;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::EndElement) {
            path.removeLast();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        path.append(reader.name().toString());
        if (path.size() != 3 || path.at(1) != u"inbound")
            continue;
        Policy p;
        const bool counted = readCount(reader.attributes(), u"calls"_s, &p.calls) &&
                             readCount(reader.attributes(), u"renewal-period"_s, &p.renewalPeriod);
        // Values written as {{named values}} or expressions cannot be shown as numbers.
        if (path.at(2) == u"rate-limit" && !rateSeen) {
            rateSeen = true;
            if (counted)
                *rateLimit = p;
        } else if (path.at(2) == u"quota" && !quotaSeen) {
            quotaSeen = true;
            if (counted)
                *quota = p;
        }
    }
    if (reader.hasError()) {
        *error = EntitiesText::tr("The product's policy is not well-formed XML: %1 (line %2).")
                     .arg(reader.errorString())
                     .arg(reader.lineNumber());
        return false;
    }
    return true;
}

QString ArmEntities::withThrottling(const QString &policyXml, const Policy &rateLimit, const Policy &quota)
{
    QString out;
    QXmlStreamReader reader(policyXml.trimmed().isEmpty() ? kDefaultPolicy : policyXml);
    QXmlStreamWriter writer(&out);
    QStringList path;
    int skipping = 0; // depth inside a replaced element
    auto writePolicy = [&writer](const QString &name, const Policy &p) {
        if (!p.isSet())
            return;
        writer.writeEmptyElement(name);
        writer.writeAttribute(u"calls"_s, QString::number(p.calls));
        writer.writeAttribute(u"renewal-period"_s, QString::number(p.renewalPeriod));
    };
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (reader.hasError())
            break;
        if (skipping > 0) {
            if (token == QXmlStreamReader::StartElement)
                ++skipping;
            else if (token == QXmlStreamReader::EndElement)
                --skipping;
            if (token == QXmlStreamReader::EndElement && skipping == 0)
                path.removeLast();
            continue;
        }
        if (token == QXmlStreamReader::StartDocument)
            continue;
        if (token == QXmlStreamReader::StartElement) {
            path.append(reader.name().toString());
            if (path.size() == 3 && path.at(1) == u"inbound" &&
                (path.at(2) == u"rate-limit" || path.at(2) == u"quota")) {
                skipping = 1;
                continue;
            }
            writer.writeCurrentToken(reader);
            // Throttling goes first in <inbound>, before <base /> and the rest, as APIM writes it.
            if (path.size() == 2 && path.at(1) == u"inbound") {
                writePolicy(u"rate-limit"_s, rateLimit);
                writePolicy(u"quota"_s, quota);
            }
            continue;
        }
        if (token == QXmlStreamReader::EndElement)
            path.removeLast();
        writer.writeCurrentToken(reader);
    }
    return out;
}

} // namespace portico::client
