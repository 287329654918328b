// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/interop/importformats.h"

#include "client/interop/curlexport.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace portico::client::importdetail {

bool isKeyHeader(const QString &name)
{
    static const QStringList keys{u"authorization"_s,   u"proxy-authorization"_s, u"ocp-apim-subscription-key"_s,
                                  u"api-key"_s,         u"x-api-key"_s,           u"apikey"_s,
                                  u"x-functions-key"_s, u"x-auth-token"_s,        u"x-access-token"_s};
    return keys.contains(name.trimmed().toLower());
}

bool isKeyQueryParameter(const QString &name)
{
    static const QStringList keys{u"subscription-key"_s, u"api-key"_s, u"apikey"_s, u"api_key"_s,
                                  u"access_token"_s,     u"sig"_s,     u"code"_s};
    return keys.contains(name.trimmed().toLower());
}

QString keyReference(const QString &value, const QString &fallbackName, QString *variable, bool *literal)
{
    static const QRegularExpression withScheme(u"^([A-Za-z][A-Za-z0-9_-]*)\\s+(\\S+)$"_s);
    static const QRegularExpression wholeVariable(u"^\\{\\{\\s*([^{}]+?)\\s*\\}\\}$"_s);
    variable->clear();
    *literal = false;
    QString rest = value.trimmed();
    QString scheme;
    const QRegularExpressionMatch m = withScheme.match(rest);
    if (m.hasMatch()) {
        scheme = m.captured(1) + u' ';
        rest = m.captured(2);
    }
    if (rest.isEmpty())
        return value;
    if (!secretReferences(rest).isEmpty())
        return scheme + rest;
    const QRegularExpressionMatch v = wholeVariable.match(rest);
    if (v.hasMatch()) {
        *variable = v.captured(1);
        return scheme + secretReference(secretName(*variable));
    }
    *literal = true;
    return scheme + secretReference(secretName(fallbackName));
}

QString secretFromEnvironmentVariable(const QString &variable, const QStringList &known)
{
    for (const QString &name : known) {
        if (secretEnvironmentVariable(name) == variable)
            return name;
    }
    return secretName(variable.mid(secretEnvironmentPrefix().size()));
}

QString templateParameterName(const QString &name)
{
    QString out;
    for (QChar c : name) {
        if ((c.isLetterOrNumber() && c.unicode() < 128) || c == u'_' || c == u'-' || c == u'.')
            out += c;
    }
    return out.isEmpty() ? u"value"_s : out;
}

QString templateLiteral(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (c == u'{' || c == u'}' || c == u' ' || c == u'#' || c == u'?')
            out += QString::fromLatin1(QByteArray(1, char(c.unicode())).toPercentEncoding());
        else
            out += c;
    }
    return out;
}

Api requestApi(const QString &name, const QString &baseUrl)
{
    Api api;
    api.name = name;
    api.id = slug(name);
    api.path = api.id;
    api.serviceUrl = baseUrl.contains(u"{{"_s) ? QString() : baseUrl;
    api.schemes = {baseUrl.startsWith(u"http:"_s) ? u"http"_s : u"https"_s};
    return api;
}

} // namespace portico::client::importdetail
