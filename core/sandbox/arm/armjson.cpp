// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "sandbox/arm/armjson.h"

#include "sandbox/gateway/managementjson.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace portico::sandbox {

namespace {

constexpr qint64 kQuarterHourMs = 15 * 60 * 1000;

QJsonObject envelope(const QString &id, const QString &type, const QString &name, const QJsonObject &properties)
{
    return QJsonObject{{u"id"_s, id}, {u"type"_s, type}, {u"name"_s, name}, {u"properties"_s, properties}};
}

bool readAttributeCount(const QXmlStreamAttributes &attributes, const QString &element, const QString &name, int *out,
                        QString *error)
{
    const QString text = attributes.value(name).toString();
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n <= 0) {
        *error = u"<%1 %2=\"%3\">: '%2' must be a whole number above zero."_s.arg(element, name, text);
        return false;
    }
    *out = n;
    return true;
}

} // namespace

QJsonObject ArmJson::api(const QString &scope, const Api &a)
{
    QJsonObject p{{u"displayName"_s, a.name},
                  {u"apiRevision"_s, u"1"_s},
                  {u"description"_s, a.description},
                  {u"serviceUrl"_s, a.serviceUrl},
                  {u"path"_s, a.path},
                  {u"protocols"_s, QJsonArray::fromStringList(a.protocols)},
                  {u"subscriptionKeyParameterNames"_s,
                   QJsonObject{{u"header"_s, a.subscriptionKeyHeader}, {u"query"_s, a.subscriptionKeyQuery}}},
                  {u"isCurrent"_s, true}};
    return envelope(scope + u"/apis/"_s + a.id, u"Microsoft.ApiManagement/service/apis"_s, a.id, p);
}

QJsonObject ArmJson::operation(const QString &scope, const QString &apiId, const Operation &op)
{
    QJsonObject p{{u"displayName"_s, op.name},
                  {u"method"_s, op.method},
                  {u"urlTemplate"_s, op.urlTemplate},
                  {u"description"_s, op.description},
                  {u"templateParameters"_s, QJsonArray()},
                  {u"request"_s, QJsonObject()},
                  {u"responses"_s, QJsonArray()}};
    for (auto it = op.extra.constBegin(); it != op.extra.constEnd(); ++it)
        p.insert(it.key(), it.value());
    return envelope(scope + u"/apis/"_s + apiId + u"/operations/"_s + op.id,
                    u"Microsoft.ApiManagement/service/apis/operations"_s, op.id, p);
}

QJsonObject ArmJson::product(const QString &scope, const Product &pr)
{
    QJsonObject p{{u"displayName"_s, pr.name},
                  {u"description"_s, pr.description},
                  {u"subscriptionRequired"_s, true},
                  {u"approvalRequired"_s, pr.approvalRequired},
                  {u"state"_s, u"published"_s}};
    return envelope(scope + u"/products/"_s + pr.id, u"Microsoft.ApiManagement/service/products"_s, pr.id, p);
}

QJsonObject ArmJson::subscription(const QString &scope, const Subscription &s)
{
    // Since 2019 APIM leaves the keys out of GET and list; only listSecrets hands them out.
    QJsonObject p{{u"scope"_s, QString(scope + u"/products/"_s + s.productId)},
                  {u"displayName"_s, s.name},
                  {u"state"_s, s.state},
                  {u"createdDate"_s, QDateTime::fromMSecsSinceEpoch(s.createdAtMs, Qt::UTC).toString(Qt::ISODateWithMs)}};
    return envelope(scope + u"/subscriptions/"_s + s.id, u"Microsoft.ApiManagement/service/subscriptions"_s, s.id, p);
}

QJsonObject ArmJson::policy(const QString &scope, const Product &pr)
{
    const QJsonObject p{{u"format"_s, u"xml"_s}, {u"value"_s, policyXml(pr)}};
    return envelope(scope + u"/products/"_s + pr.id + u"/policies/policy"_s,
                    u"Microsoft.ApiManagement/service/products/policies"_s, u"policy"_s, p);
}

QByteArray ArmJson::etag(const QJsonObject &entity)
{
    const QByteArray digest =
        QCryptographicHash::hash(QJsonDocument(entity).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256);
    return '"' + digest.toHex().left(16) + '"';
}

http::HttpResponse ArmJson::error(int status, const QString &code, const QString &message, const QJsonArray &details)
{
    QJsonObject e{{u"code"_s, code}, {u"message"_s, message}};
    e.insert(u"details"_s, details.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(details));
    return http::HttpResponse::json(status, QJsonDocument(QJsonObject{{u"error"_s, e}}).toJson(QJsonDocument::Compact));
}

http::HttpResponse ArmJson::validationError(const QString &message, const QString &target)
{
    QJsonObject detail{{u"code"_s, u"ValidationError"_s}, {u"message"_s, message}};
    if (!target.isEmpty())
        detail.insert(u"target"_s, target);
    return error(400, u"ValidationError"_s, u"One or more fields contain incorrect values: "_s + message,
                 QJsonArray{detail});
}

bool ArmJson::properties(const QByteArray &body, QJsonObject *out, QString *error)
{
    QJsonObject o;
    if (!ManagementJson::parseObject(body, &o, error))
        return false;
    const QJsonValue p = o.value(u"properties"_s);
    if (!p.isObject()) {
        *error = u"The request body must carry the entity under \"properties\": {\"properties\": {...}}."_s;
        return false;
    }
    *out = p.toObject();
    return true;
}

QJsonObject ArmJson::apiBody(const QJsonObject &p)
{
    QJsonObject o = p;
    o.remove(u"displayName"_s);
    if (p.contains(u"displayName"_s))
        o.insert(u"name"_s, p.value(u"displayName"_s));
    return o;
}

QJsonObject ArmJson::operationBody(const QJsonObject &p)
{
    return apiBody(p);
}

QJsonObject ArmJson::productBody(const QJsonObject &p)
{
    QJsonObject o = apiBody(p);
    // Throttling lives in the product's policy document, not in its properties.
    o.remove(u"policies"_s);
    return o;
}

bool ArmJson::subscriptionBody(const QJsonObject &p, bool partial, QJsonObject *out, QString *error)
{
    QJsonObject o = apiBody(p);
    o.remove(u"scope"_s);
    const QJsonValue scope = p.value(u"scope"_s);
    if (scope.isString()) {
        static const QRegularExpression product(u"(?:^|/)products/([^/]+)/?$"_s,
                                                QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = product.match(scope.toString());
        if (!m.hasMatch()) {
            *error = u"'scope' must name a product, \"/products/{productId}\"; this gateway does not grant "
                     "subscriptions to '%1'."_s.arg(scope.toString());
            return false;
        }
        o.insert(u"product"_s, m.captured(1));
    } else if (!partial) {
        *error = u"The field 'scope' is required."_s;
        return false;
    }
    *out = o;
    return true;
}

QString ArmJson::policyXml(const Product &p)
{
    QString inbound;
    if (p.rateLimit.isSet())
        inbound += u"    <rate-limit calls=\"%1\" renewal-period=\"%2\" />\r\n"_s.arg(p.rateLimit.calls)
                       .arg(p.rateLimit.renewalPeriod);
    if (p.quota.isSet())
        inbound += u"    <quota calls=\"%1\" renewal-period=\"%2\" />\r\n"_s.arg(p.quota.calls).arg(p.quota.renewalPeriod);
    return u"<policies>\r\n  <inbound>\r\n"_s + inbound +
           u"    <base />\r\n  </inbound>\r\n  <backend>\r\n    <base />\r\n  </backend>\r\n  <outbound>\r\n"
           "    <base />\r\n  </outbound>\r\n  <on-error>\r\n    <base />\r\n  </on-error>\r\n</policies>"_s;
}

bool ArmJson::readPolicyXml(const QString &xml, Policy *rateLimit, Policy *quota, QString *error)
{
    Policy rate;
    Policy q;
    QXmlStreamReader reader(xml);
    QStringList path;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::EndElement) {
            path.removeLast();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QString name = reader.name().toString();
        path.append(name);
        const qsizetype depth = path.size();
        static const QStringList sections{u"inbound"_s, u"backend"_s, u"outbound"_s, u"on-error"_s};
        if (depth == 1 && name == u"policies")
            continue;
        if (depth == 2 && sections.contains(name))
            continue;
        if (depth == 3 && name == u"base")
            continue;
        if (depth == 3 && path.at(1) == u"inbound" && (name == u"rate-limit" || name == u"quota")) {
            Policy &target = name == u"rate-limit" ? rate : q;
            if (!readAttributeCount(reader.attributes(), name, u"calls"_s, &target.calls, error) ||
                !readAttributeCount(reader.attributes(), name, u"renewal-period"_s, &target.renewalPeriod, error))
                return false;
            continue;
        }
        *error = u"The sandbox's gateway applies only <rate-limit>, <quota> and <base /> in <inbound>; "
                 "<%1> (at %2) is not supported."_s.arg(name, path.join(u'/'));
        return false;
    }
    if (reader.hasError()) {
        *error = u"The policy is not well-formed XML: %1 (line %2)."_s.arg(reader.errorString())
                     .arg(reader.lineNumber());
        return false;
    }
    *rateLimit = rate;
    *quota = q;
    return true;
}

bool ArmJson::readTimestampFilter(const QString &filter, qint64 *fromMs, qint64 *toMs, QString *error)
{
    static const QRegularExpression clause(
        u"^\\s*timestamp\\s+(ge|gt|le|lt)\\s+datetime'([^']+)'\\s*$"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression conjunction(u"\\s+and\\s+"_s, QRegularExpression::CaseInsensitiveOption);
    if (filter.trimmed().isEmpty()) {
        *error = u"'$filter' is required, e.g. timestamp ge datetime'2024-06-01T00:00:00' and timestamp le "
                 "datetime'2024-06-04T00:00:00'."_s;
        return false;
    }
    for (const QString &part : filter.split(conjunction)) {
        const QRegularExpressionMatch m = clause.match(part);
        if (!m.hasMatch()) {
            *error = u"'$filter' can only compare timestamp with ge, gt, le or lt and datetime'...', joined by "
                     "'and'; cannot read '%1'."_s.arg(part.trimmed());
            return false;
        }
        QString text = m.captured(2);
        QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (t.isValid() && t.timeSpec() == Qt::LocalTime)
            t = QDateTime(t.date(), t.time(), Qt::UTC); // APIM reads a bare timestamp as UTC
        if (!t.isValid()) {
            *error = u"'%1' in '$filter' is not an ISO 8601 timestamp."_s.arg(text);
            return false;
        }
        const QString op = m.captured(1).toLower();
        const qint64 ms = t.toMSecsSinceEpoch();
        if (op == u"ge")
            *fromMs = ms;
        else if (op == u"gt")
            *fromMs = ms + 1;
        else if (op == u"le")
            *toMs = ms + 1; // the store's upper bound is exclusive
        else
            *toMs = ms;
    }
    return true;
}

qint64 ArmJson::intervalMs(const QString &interval)
{
    static const QRegularExpression duration(u"^P(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?)?$"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = duration.match(interval);
    if (!m.hasMatch())
        return 0;
    const qint64 minutes = m.captured(1).toLongLong() * 24 * 60 + m.captured(2).toLongLong() * 60 +
                           m.captured(3).toLongLong();
    const qint64 ms = minutes * 60 * 1000;
    return ms > 0 && ms % kQuarterHourMs == 0 ? ms : 0;
}

} // namespace portico::sandbox
