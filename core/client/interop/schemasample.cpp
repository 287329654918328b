// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/interop/importformats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace portico::client::importdetail {

namespace {

QString firstType(const QJsonObject &schema)
{
    const QJsonValue type = schema.value(u"type"_s);
    if (type.isArray()) {
        for (const QJsonValue &t : type.toArray()) {
            if (t.toString() != u"null")
                return t.toString();
        }
        return {};
    }
    if (type.isString())
        return type.toString();
    if (schema.contains(u"properties"_s))
        return u"object"_s;
    if (schema.contains(u"items"_s))
        return u"array"_s;
    return {};
}

QJsonValue stringSample(const QJsonObject &schema)
{
    const QString format = schema.value(u"format"_s).toString();
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

QJsonValue sample(const Node &in, RefResolver &resolver, int depth, QSet<QString> *active)
{
    QString ref;
    if (in.value.isObject())
        ref = in.value.toObject().value(u"$ref"_s).toString();
    const QString key = QString::number(in.document) + u'|' + ref;
    if (!ref.isEmpty() && active->contains(key))
        return QJsonValue::Null; // circular: the sample stops here
    if (!ref.isEmpty())
        active->insert(key);
    const Node node = resolver.follow(in);
    const QJsonObject schema = node.object();
    QJsonValue out;
    if (schema.contains(u"example"_s)) {
        out = schema.value(u"example"_s);
    } else if (schema.value(u"examples"_s).isArray() && !schema.value(u"examples"_s).toArray().isEmpty()) {
        out = schema.value(u"examples"_s).toArray().first();
    } else if (schema.contains(u"default"_s)) {
        out = schema.value(u"default"_s);
    } else if (schema.contains(u"const"_s)) {
        out = schema.value(u"const"_s);
    } else if (schema.value(u"enum"_s).isArray() && !schema.value(u"enum"_s).toArray().isEmpty()) {
        out = schema.value(u"enum"_s).toArray().first();
    } else if (schema.value(u"allOf"_s).isArray()) {
        QJsonObject merged;
        for (const QJsonValue &part : schema.value(u"allOf"_s).toArray()) {
            const QJsonValue v = sample({part, node.document}, resolver, depth, active);
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                merged.insert(it.key(), it.value());
        }
        out = merged;
    } else if (schema.value(u"oneOf"_s).isArray() || schema.value(u"anyOf"_s).isArray()) {
        const QJsonArray choices = schema.value(schema.contains(u"oneOf"_s) ? u"oneOf"_s : u"anyOf"_s).toArray();
        out = choices.isEmpty() ? QJsonValue() : sample({choices.first(), node.document}, resolver, depth, active);
    } else {
        const QString type = firstType(schema);
        if (type == u"object") {
            QJsonObject o;
            if (depth > 0) {
                const QJsonObject props = schema.value(u"properties"_s).toObject();
                for (auto it = props.begin(); it != props.end(); ++it)
                    o.insert(it.key(), sample({it.value(), node.document}, resolver, depth - 1, active));
            }
            out = o;
        } else if (type == u"array") {
            QJsonArray a;
            if (depth > 0)
                a.append(sample(node.child(u"items"_s), resolver, depth - 1, active));
            out = a;
        } else if (type == u"integer") {
            out = schema.contains(u"minimum"_s) ? schema.value(u"minimum"_s) : QJsonValue(0);
        } else if (type == u"number") {
            out = schema.contains(u"minimum"_s) ? schema.value(u"minimum"_s) : QJsonValue(0.0);
        } else if (type == u"boolean") {
            out = true;
        } else if (type == u"string") {
            out = stringSample(schema);
        }
    }
    if (!ref.isEmpty())
        active->remove(key);
    return out;
}

} // namespace

QJsonValue sampleFor(const Node &schema, RefResolver &resolver, int depth)
{
    QSet<QString> active;
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
