// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/interop/openapiexport.h"

#include "client/catalog/variables.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace portico::client {

namespace {

QJsonObject schemaFor(const Parameter &p)
{
    static const QStringList known{u"string"_s, u"integer"_s, u"number"_s, u"boolean"_s};
    QJsonObject schema{{u"type"_s, known.contains(p.type) ? p.type : u"string"_s}};
    if (!p.values.isEmpty())
        schema.insert(u"enum"_s, QJsonArray::fromStringList(p.values));
    if (!p.defaultValue.isEmpty())
        schema.insert(u"default"_s, p.defaultValue);
    return schema;
}

QJsonObject parameterObject(const Parameter &p, const QString &in, bool required)
{
    QJsonObject o{{u"name"_s, p.name}, {u"in"_s, in}, {u"required"_s, required}, {u"schema"_s, schemaFor(p)}};
    if (!p.description.isEmpty())
        o.insert(u"description"_s, p.description);
    return o;
}

// A sample that is JSON becomes a structured example; any other text stays a string.
QJsonValue example(const QString &sample)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(sample.toUtf8(), &error);
    if (error.error == QJsonParseError::NoError) {
        if (doc.isObject())
            return doc.object();
        if (doc.isArray())
            return doc.array();
    }
    return sample;
}

QJsonObject content(const QList<Representation> &representations)
{
    QJsonObject out;
    for (const Representation &r : representations) {
        QJsonObject media;
        if (!r.sample.isEmpty())
            media.insert(u"example"_s, example(r.sample));
        out.insert(r.contentType.isEmpty() ? u"application/octet-stream"_s : r.contentType, media);
    }
    return out;
}

// A header or query parameter whose value is a keychain reference is a credential: it becomes
// an apiKey security scheme named after where it goes (its reference is never written), and
// "Authorization: Bearer {{secret:…}}" becomes an http bearer scheme ("Basic …", http basic).
QString securityScheme(const Parameter &p, const QString &in, QJsonObject *schemes)
{
    if (secretReferences(p.defaultValue).isEmpty())
        return {};
    const bool bearer = in == u"header" && p.name.compare(u"Authorization"_s, Qt::CaseInsensitive) == 0 &&
        p.defaultValue.trimmed().startsWith(u"Bearer "_s, Qt::CaseInsensitive);
    // "Cookie: name={{secret:…}}" is an apiKey in a cookie.
    static const QRegularExpression cookieKey(u"^([^=;\\s]+)=\\{\\{secret:[^}]*\\}\\}$"_s);
    const QRegularExpressionMatch cookie = cookieKey.match(p.defaultValue.trimmed());
    if (in == u"header" && p.name.compare(u"Cookie"_s, Qt::CaseInsensitive) == 0 && cookie.hasMatch()) {
        QString id = u"cookie_"_s + cookie.captured(1);
        id.replace(QRegularExpression(u"[^A-Za-z0-9._-]"_s), u"_"_s);
        schemes->insert(id, QJsonObject{{u"type"_s, u"apiKey"_s}, {u"in"_s, u"cookie"_s}, {u"name"_s, cookie.captured(1)}});
        return id;
    }
    const bool basic = in == u"header" && p.name.compare(u"Authorization"_s, Qt::CaseInsensitive) == 0 &&
        p.defaultValue.trimmed().startsWith(u"Basic "_s, Qt::CaseInsensitive);
    const QJsonObject scheme = bearer ? QJsonObject{{u"type"_s, u"http"_s}, {u"scheme"_s, u"bearer"_s}}
        : basic                       ? QJsonObject{{u"type"_s, u"http"_s}, {u"scheme"_s, u"basic"_s}}
                                      : QJsonObject{{u"type"_s, u"apiKey"_s}, {u"in"_s, in}, {u"name"_s, p.name}};
    QString id = bearer ? u"bearerAuth"_s : basic ? u"basicAuth"_s : in + u'_' + p.name;
    id.replace(QRegularExpression(u"[^A-Za-z0-9._-]"_s), u"_"_s);
    schemes->insert(id, scheme);
    return id;
}

QJsonObject operationObject(const Operation &op, const QString &query, QJsonObject *schemes,
                            const QJsonArray &apiSecurity)
{
    QJsonObject o{{u"operationId"_s, op.id}, {u"summary"_s, op.name}};
    if (!op.description.isEmpty())
        o.insert(u"description"_s, op.description);
    if (!op.tags.isEmpty())
        o.insert(u"tags"_s, QJsonArray::fromStringList(op.tags));
    QJsonArray parameters;
    for (const Parameter &p : op.templateParameters) {
        const bool inQuery = query.contains(u'{' + p.name + u'}');
        parameters.append(parameterObject(p, inQuery ? u"query"_s : u"path"_s, true));
    }
    QJsonObject credentials;
    auto add = [&](const Parameter &p, const QString &in) {
        const QString scheme = securityScheme(p, in, schemes);
        if (scheme.isEmpty())
            parameters.append(parameterObject(p, in, p.required));
        else
            credentials.insert(scheme, QJsonArray());
    };
    for (const Parameter &p : op.queryParameters)
        add(p, u"query"_s);
    for (const Parameter &p : op.headers)
        add(p, u"header"_s);
    if (!parameters.isEmpty())
        o.insert(u"parameters"_s, parameters);
    if (!credentials.isEmpty()) {
        // The operation needs its own credentials together with one of the API's keys.
        QJsonArray security;
        for (const QJsonValue &alternative : apiSecurity) {
            QJsonObject both = credentials;
            const QJsonObject keys = alternative.toObject();
            for (auto it = keys.begin(); it != keys.end(); ++it)
                both.insert(it.key(), it.value());
            security.append(both);
        }
        if (security.isEmpty())
            security.append(credentials);
        o.insert(u"security"_s, security);
    }
    if (!op.requestRepresentations.isEmpty())
        o.insert(u"requestBody"_s, QJsonObject{{u"content"_s, content(op.requestRepresentations)}});
    QJsonObject responses;
    for (const ResponseSpec &r : op.responses) {
        QJsonObject response{{u"description"_s, r.description}};
        if (!r.representations.isEmpty())
            response.insert(u"content"_s, content(r.representations));
        responses.insert(QString::number(r.statusCode), response);
    }
    if (responses.isEmpty())
        responses.insert(u"default"_s, QJsonObject{{u"description"_s, u"Response"_s}});
    o.insert(u"responses"_s, responses);
    return o;
}

} // namespace

QJsonObject openApiDocument(const Api &api, const QString &serverUrl)
{
    QJsonObject info{{u"title"_s, api.name.isEmpty() ? api.id : api.name}, {u"version"_s, u"1.0"_s}};
    if (!api.description.isEmpty())
        info.insert(u"description"_s, api.description);

    QJsonObject schemes;
    QJsonArray security;
    if (!api.subscriptionKeyHeader.isEmpty()) {
        schemes.insert(
            u"subscriptionKeyHeader"_s,
            QJsonObject{{u"type"_s, u"apiKey"_s}, {u"in"_s, u"header"_s}, {u"name"_s, api.subscriptionKeyHeader}});
        security.append(QJsonObject{{u"subscriptionKeyHeader"_s, QJsonArray()}});
    }
    if (!api.subscriptionKeyQuery.isEmpty()) {
        schemes.insert(
            u"subscriptionKeyQuery"_s,
            QJsonObject{{u"type"_s, u"apiKey"_s}, {u"in"_s, u"query"_s}, {u"name"_s, api.subscriptionKeyQuery}});
        security.append(QJsonObject{{u"subscriptionKeyQuery"_s, QJsonArray()}});
    }

    QJsonObject paths;
    for (const Operation &op : api.operations) {
        const qsizetype q = op.urlTemplate.indexOf(u'?');
        QString path = q < 0 ? op.urlTemplate : op.urlTemplate.left(q);
        const QString query = q < 0 ? QString() : op.urlTemplate.mid(q + 1);
        if (!path.startsWith(u'/'))
            path.prepend(u'/');
        QJsonObject item = paths.value(path).toObject();
        item.insert(op.method.toLower(), operationObject(op, query, &schemes, security));
        paths.insert(path, item);
    }

    QJsonObject doc{{u"openapi"_s, u"3.0.3"_s}, {u"info"_s, info}, {u"paths"_s, paths}};
    if (!serverUrl.isEmpty())
        doc.insert(u"servers"_s, QJsonArray{QJsonObject{{u"url"_s, serverUrl}}});
    if (!schemes.isEmpty()) {
        doc.insert(u"components"_s, QJsonObject{{u"securitySchemes"_s, schemes}});
        doc.insert(u"security"_s, security);
    }
    return doc;
}

} // namespace portico::client
