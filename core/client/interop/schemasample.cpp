// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/interop/importformats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace portico::client::importdetail {

namespace {

QString firstType(const Json &schema)
{
    const Json type = schema.value("type");
    if (type.isArray()) {
        for (const Json &t : type.elements()) {
            if (t.toString() != u"null")
                return t.toString();
        }
        return {};
    }
    if (type.isString())
        return type.toString();
    if (schema.contains("properties"))
        return u"object"_s;
    if (schema.contains("items"))
        return u"array"_s;
    return {};
}

QJsonValue stringSample(const Json &schema)
{
    const QString format = schema.value("format").toString();
    if (format == u"date-time")
        return u"2026-01-01T00:00:00Z"_s;
    if (format == u"date")
        return u"2026-01-01"_s;
    if (format == u"email")
        return u"user@example.com"_s;
    if (format == u"uuid")
        return u"00000000-0000-0000-0000-000000000000"_s;
    if (format == u"uri" || format == u"url")
        return u"https://example.com"_s;
    return u"string"_s;
}

QJsonValue sample(const Node &in, RefResolver &resolver, int depth, QStringList *active)
{
    const QString ref = in.value.value("$ref").toString();
    const QString key = ref.isEmpty() ? QString() : QString::number(in.document) + u'|' + ref;
    if (!ref.isEmpty() && active->contains(key))
        return QJsonValue::Null; // circular: the sample stops here
    if (!ref.isEmpty())
        active->append(key);
    const Node node = resolver.follow(in);
    const Json &schema = node.value;
    QJsonValue out;
    if (schema.contains("example")) {
        out = schema.value("example").toQt();
    } else if (schema.value("examples").isArray() && schema.value("examples").size() > 0) {
        out = schema.value("examples").at(0).toQt();
    } else if (schema.contains("default")) {
        out = schema.value("default").toQt();
    } else if (schema.contains("const")) {
        out = schema.value("const").toQt();
    } else if (schema.value("enum").isArray() && schema.value("enum").size() > 0) {
        out = schema.value("enum").at(0).toQt();
    } else if (schema.value("allOf").isArray()) {
        QJsonObject merged;
        for (const Json &part : schema.value("allOf").elements()) {
            const QJsonValue v = sample({part, node.document}, resolver, depth, active);
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                merged.insert(it.key(), it.value());
        }
        out = merged;
    } else if (schema.value("oneOf").isArray() || schema.value("anyOf").isArray()) {
        const Json choices = schema.value(schema.contains("oneOf") ? "oneOf" : "anyOf");
        out = !choices.isArray() || choices.size() == 0
            ? QJsonValue()
            : sample({choices.at(0), node.document}, resolver, depth, active);
    } else {
        const QString type = firstType(schema);
        if (type == u"object") {
            QJsonObject o;
            if (depth > 0) {
                for (const auto &[name, property] : schema.value("properties").members())
                    o.insert(name, sample({property, node.document}, resolver, depth - 1, active));
            }
            out = o;
        } else if (type == u"array") {
            QJsonArray a;
            if (depth > 0)
                a.append(sample(node.child("items"), resolver, depth - 1, active));
            out = a;
        } else if (type == u"integer") {
            out = schema.contains("minimum") ? schema.value("minimum").toQt() : QJsonValue(0);
        } else if (type == u"number") {
            out = schema.contains("minimum") ? schema.value("minimum").toQt() : QJsonValue(0.0);
        } else if (type == u"boolean") {
            out = true;
        } else if (type == u"string") {
            out = stringSample(schema);
        }
    }
    if (!ref.isEmpty())
        active->removeLast();
    return out;
}

} // namespace

QJsonValue sampleFor(const Node &schema, RefResolver &resolver, int depth)
{
    QStringList active; // the $refs on the way here: a few, so a list
    return sample(schema, resolver, depth, &active);
}

QString sampleText(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)).trimmed();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)).trimmed();
    if (value.isString())
        return value.toString();
    if (value.isNull() || value.isUndefined())
        return {};
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

QString secretReference(const QString &name)
{
    return u"{{secret:"_s + name + u"}}"_s;
}

QString secretName(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if ((c.isLetterOrNumber() && c.unicode() < 128) || c == u'_' || c == u'-' || c == u'.')
            out += c;
        else
            out += u'_';
    }
    return out.isEmpty() ? u"apiKey"_s : out;
}

void addSecretNames(ImportResult *result, const QString &text)
{
    for (const QString &n : secretReferences(text)) {
        if (!result->secretNames.contains(n))
            result->secretNames.append(n);
    }
}

SavedRequest defaultRequest(const Api &api, const Operation &op)
{
    SavedRequest r;
    r.apiId = api.id;
    r.operationId = op.id;
    for (const Parameter &p : op.templateParameters)
        r.parameters.append({p.name, p.defaultValue});
    for (const Parameter &p : op.queryParameters) {
        if (!p.defaultValue.isEmpty())
            r.parameters.append({p.name, p.defaultValue});
    }
    for (const Parameter &h : op.headers) {
        if (!h.defaultValue.isEmpty())
            r.headers.append({h.name, h.defaultValue});
    }
    if (!op.requestRepresentations.isEmpty()) {
        r.body = op.requestRepresentations.constFirst().sample;
        r.contentType = op.requestRepresentations.constFirst().contentType;
    }
    return r;
}

} // namespace portico::client::importdetail
