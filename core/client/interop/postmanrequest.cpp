// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// One Postman request's parts: its URL (base, path variables, query), auth, body and saved
// responses.
#include "client/interop/postmanreader.h"

#include "client/catalog/urltemplate.h"
#include "client/interop/curlexport.h"

#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace portico::client::importdetail {

using namespace postman;

namespace {

QString contentTypeForLanguage(const QString &language)
{
    if (language == u"json")
        return u"application/json"_s;
    if (language == u"xml")
        return u"application/xml"_s;
    if (language == u"html")
        return u"text/html"_s;
    if (language == u"javascript")
        return u"application/javascript"_s;
    return u"text/plain"_s;
}

// Percent-encodes a form field, leaving {{variables}} for the environment to fill.
QString formEncode(const QString &text)
{
    QString out;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &m : variablePattern().globalMatch(text)) {
        out += QString::fromLatin1(QUrl::toPercentEncoding(text.mid(last, m.capturedStart() - last)));
        out += m.captured(0);
        last = m.capturedEnd();
    }
    return out + QString::fromLatin1(QUrl::toPercentEncoding(text.mid(last)));
}

} // namespace

void PostmanReader::readUrl(const QJsonValue &urlValue, const QString &label, Operation *op, QString *base)
{
    const QJsonObject url = urlValue.toObject();
    QString raw = urlValue.isString() ? urlValue.toString() : url.value(u"raw"_s).toString();
    if (raw.isEmpty() && url.contains(u"host"_s)) {
        QStringList host;
        for (const QJsonValue &h : url.value(u"host"_s).toArray())
            host.append(h.toString());
        QStringList path;
        for (const QJsonValue &p : url.value(u"path"_s).toArray())
            path.append(p.isObject() ? p.toObject().value(u"value"_s).toString() : p.toString());
        const QString protocol = url.value(u"protocol"_s).toString();
        raw = (protocol.isEmpty() ? QString() : protocol + u"://"_s) + host.join(u'.') +
            (url.contains(u"port"_s) ? u':' + url.value(u"port"_s).toString() : QString()) + u'/' + path.join(u'/');
    }
    raw = raw.trimmed();
    if (const qsizetype hash = raw.indexOf(u'#'); hash >= 0)
        raw.truncate(hash);
    QString query;
    if (const qsizetype q = raw.indexOf(u'?'); q >= 0) {
        query = raw.mid(q + 1);
        raw.truncate(q);
    }
    QString rest;
    if (raw.startsWith(u"{{"_s)) {
        const qsizetype end = raw.indexOf(u"}}"_s);
        *base = raw.left(end + 2);
        rest = raw.mid(end + 2);
    } else {
        if (!raw.contains(u"://"_s))
            raw.prepend(u"http://"_s); // as Postman sends it
        const qsizetype slash = raw.indexOf(u'/', raw.indexOf(u"://"_s) + 3);
        *base = slash < 0 ? raw : raw.left(slash);
        rest = slash < 0 ? QString() : raw.mid(slash);
    }
    // "{{host}}:8080/path" or "{{baseUrl}}v1/path": what comes before the first '/' is the base's.
    if (!rest.startsWith(u'/')) {
        const qsizetype slash = rest.indexOf(u'/');
        *base += slash < 0 ? rest : rest.left(slash);
        rest = slash < 0 ? QString() : rest.mid(slash);
    }

    QHash<QString, QPair<QString, QString>> pathVariables; // name → value, description
    for (const QJsonValue &v : url.value(u"variable"_s).toArray()) {
        const QJsonObject o = v.toObject();
        pathVariables.insert(o.value(u"key"_s).toString(),
                             {o.value(u"value"_s).toVariant().toString(), textOf(o.value(u"description"_s))});
    }
    QStringList segments = rest.split(u'/');
    if (!segments.isEmpty())
        segments.removeFirst();
    QString path;
    bool collapsed = false;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &segment = segments.at(i);
        if (segment.isEmpty() && i + 1 < segments.size()) {
            collapsed = true;
            continue;
        }
        path += u'/';
        auto addParameter = [&](const QString &written, const QString &defaultValue, const QString &description) {
            QString name = templateParameterName(written);
            for (int n = 2; op->templateParameter(name); ++n)
                name = templateParameterName(written) + QString::number(n);
            Parameter p;
            p.name = name;
            p.required = true;
            p.defaultValue = defaultValue;
            p.description = description;
            op->templateParameters.append(p);
            path += u'{' + name + u'}';
        };
        if (segment.startsWith(u':') && segment.size() > 1) {
            const QString name = segment.mid(1);
            addParameter(name, pathVariables.value(name).first, pathVariables.value(name).second);
            continue;
        }
        qsizetype last = 0;
        bool previousWasParameter = false;
        for (const QRegularExpressionMatch &m : variablePattern().globalMatch(segment)) {
            const QString literal = segment.mid(last, m.capturedStart() - last);
            if (literal.isEmpty() && previousWasParameter) {
                // Two variables side by side cannot both be template parameters.
                path += m.captured(0);
                last = m.capturedEnd();
                continue;
            }
            path += templateLiteral(literal);
            const QString name = m.captured(1);
            const bool defined = std::any_of(m_variables.cbegin(), m_variables.cend(),
                                             [&](const auto &v) { return v.first == name && !v.second.isEmpty(); });
            addParameter(name, defined ? m.captured(0) : QString(), QString());
            previousWasParameter = true;
            last = m.capturedEnd();
        }
        path += templateLiteral(segment.mid(last));
    }
    if (collapsed)
        m_result.notes.append(Text::tr("%1: empty path segments ('//') removed from its URL.").arg(label));
    op->urlTemplate = path.isEmpty() ? u"/"_s : path;

    QList<QPair<QJsonObject, bool>> queryItems;
    if (url.contains(u"query"_s)) {
        for (const QJsonValue &q : url.value(u"query"_s).toArray())
            queryItems.append({q.toObject(), true});
    } else if (!query.isEmpty()) {
        for (const QString &pair : query.split(u'&', Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(u'=');
            const QString key = QUrl::fromPercentEncoding((eq < 0 ? pair : pair.left(eq)).toUtf8());
            const QString value = eq < 0 ? QString() : QUrl::fromPercentEncoding(pair.mid(eq + 1).toUtf8());
            queryItems.append({QJsonObject{{u"key"_s, key}, {u"value"_s, value}}, false});
        }
    }
    for (const auto &[q, fromArray] : std::as_const(queryItems)) {
        Q_UNUSED(fromArray);
        Parameter p;
        p.name = q.value(u"key"_s).toString();
        if (p.name.isEmpty())
            continue;
        p.description = textOf(q.value(u"description"_s));
        p.defaultValue = q.value(u"value"_s).toVariant().toString();
        if (q.value(u"disabled"_s).toBool()) {
            m_result.notes.append(
                Text::tr("%1: query parameter '%2' is disabled; kept as optional, without its value.").arg(label, p.name));
            p.defaultValue.clear();
        } else if (isKeyQueryParameter(p.name)) {
            p.defaultValue = secretFor(p.defaultValue, p.name, label, Text::tr("query parameter '%1'").arg(p.name));
        }
        op->queryParameters.append(p);
    }
}

void PostmanReader::applyAuth(const QJsonObject &auth, const QString &label, Operation *op)
{
    const QString type = auth.value(u"type"_s).toString();
    if (type.isEmpty() || type == u"noauth" || type == u"inherit")
        return;
    const QHash<QString, QString> params = keyValues(auth.value(type));
    if (type == u"apikey") {
        const QString name = params.value(u"key"_s, u"api_key"_s);
        const QString value = secretFor(params.value(u"value"_s), name, label, Text::tr("API key authorization"));
        if (params.value(u"in"_s) == u"query") {
            op->queryParameters.removeIf([&](const Parameter &p) { return p.name == name; });
            Parameter p;
            p.name = name;
            p.required = true;
            p.defaultValue = value;
            op->queryParameters.append(p);
        } else {
            setHeader(op, name, value, QString());
        }
    } else if (type == u"bearer") {
        setHeader(op, u"Authorization"_s,
                  u"Bearer "_s + secretFor(params.value(u"token"_s), u"bearerToken"_s, label,
                                           Text::tr("bearer token authorization")),
                  QString());
    } else if (type == u"basic") {
        const QString user = params.value(u"username"_s);
        const QString secret = secretName(user.isEmpty() || user.contains(u"{{"_s) ? u"basicAuth"_s : u"basic-"_s + user);
        setHeader(op, u"Authorization"_s, u"Basic "_s + secretReference(secret), QString());
        if (!m_noted.contains(u"basic|"_s + secret)) {
            m_noted.insert(u"basic|"_s + secret);
            m_result.notes.append(Text::tr("%1: basic authorization for user '%2'; store base64(user:password) as the "
                                           "secret '%3'. The password was not imported.")
                                      .arg(label, user, secret));
        }
    } else if (!m_noted.contains(u"auth|"_s + label)) {
        m_noted.insert(u"auth|"_s + label);
        m_result.notes.append(
            Text::tr("%1: '%2' authorization not imported; add its header yourself.").arg(label, type));
    }
}

void PostmanReader::readBody(const QJsonObject &body, const QString &label, Operation *op)
{
    if (body.isEmpty())
        return;
    if (body.value(u"disabled"_s).toBool()) {
        m_result.notes.append(Text::tr("%1: its body is disabled; not imported.").arg(label));
        return;
    }
    const QString mode = body.value(u"mode"_s).toString();
    QString contentType;
    QString sample;
    if (mode == u"raw") {
        sample = body.value(u"raw"_s).toString();
        const QString language = body.value(u"options"_s).toObject().value(u"raw"_s).toObject().value(u"language"_s).toString();
        contentType = contentTypeForLanguage(language);
    } else if (mode == u"urlencoded" || mode == u"formdata") {
        contentType = u"application/x-www-form-urlencoded"_s;
        QStringList pairs;
        for (const QJsonValue &v : body.value(mode).toArray()) {
            const QJsonObject field = v.toObject();
            const QString key = field.value(u"key"_s).toString();
            if (field.value(u"disabled"_s).toBool()) {
                m_result.notes.append(Text::tr("%1: disabled form field '%2' not imported.").arg(label, key));
                continue;
            }
            if (field.value(u"type"_s).toString() == u"file") {
                m_result.notes.append(Text::tr("%1: file part '%2' of its form not imported.").arg(label, key));
                continue;
            }
            pairs.append(formEncode(key) + u'=' + formEncode(field.value(u"value"_s).toVariant().toString()));
        }
        sample = pairs.join(u'&');
        if (mode == u"formdata")
            m_result.notes.append(Text::tr("%1: multipart form sent URL-encoded.").arg(label));
    } else if (mode == u"graphql") {
        const QJsonObject graphql = body.value(u"graphql"_s).toObject();
        QJsonObject payload{{u"query"_s, graphql.value(u"query"_s).toString()}};
        const QJsonDocument variables = QJsonDocument::fromJson(graphql.value(u"variables"_s).toString().toUtf8());
        if (variables.isObject())
            payload.insert(u"variables"_s, variables.object());
        sample = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Indented)).trimmed();
        contentType = u"application/json"_s;
        m_result.notes.append(Text::tr("%1: GraphQL body written as its JSON request.").arg(label));
    } else if (!mode.isEmpty()) {
        m_result.notes.append(Text::tr("%1: '%2' body not imported.").arg(label, mode));
        return;
    }
    for (const Parameter &h : std::as_const(op->headers)) {
        if (h.name.compare(u"Content-Type"_s, Qt::CaseInsensitive) == 0 && !h.defaultValue.isEmpty())
            contentType = h.defaultValue;
    }
    if (contentType.isEmpty())
        return;
    op->requestRepresentations.append(Representation{contentType, sample});
    if (!std::any_of(op->headers.cbegin(), op->headers.cend(), [](const Parameter &h) {
            return h.name.compare(u"Content-Type"_s, Qt::CaseInsensitive) == 0;
        }))
        setHeader(op, u"Content-Type"_s, contentType, QString());
}

void PostmanReader::readResponses(const QJsonArray &responses, Operation *op)
{
    for (const QJsonValue &v : responses) {
        const QJsonObject r = v.toObject();
        const int code = r.value(u"code"_s).toInt();
        if (code < 100 || code > 599)
            continue;
        ResponseSpec spec;
        spec.statusCode = code;
        spec.description = r.value(u"name"_s).toString();
        QString contentType;
        for (const QJsonValue &h : r.value(u"header"_s).toArray()) {
            if (h.toObject().value(u"key"_s).toString().compare(u"Content-Type"_s, Qt::CaseInsensitive) == 0)
                contentType = h.toObject().value(u"value"_s).toString();
        }
        const QString bodyText = r.value(u"body"_s).toString();
        if (!bodyText.isEmpty() || !contentType.isEmpty())
            spec.representations.append(Representation{contentType.isEmpty() ? u"text/plain"_s : contentType, bodyText});
        if (std::none_of(op->responses.cbegin(), op->responses.cend(),
                         [&](const ResponseSpec &s) { return s.statusCode == code; }))
            op->responses.append(spec);
    }
}

} // namespace portico::client::importdetail
