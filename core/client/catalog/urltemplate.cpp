// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/catalog/urltemplate.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace portico::client {

namespace {

struct UrlTemplateText
{
    Q_DECLARE_TR_FUNCTIONS(UrlTemplate)
};

bool isValidName(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (QChar c : name) {
        if (!(c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.'))
            return false;
    }
    return true;
}

} // namespace

UrlTemplate UrlTemplate::parse(const QString &text)
{
    UrlTemplate t;
    t.m_text = text;
    auto fail = [&t](const QString &why) {
        t.m_error = why;
        t.m_pieces.clear();
        return t;
    };

    if (!text.startsWith(u'/'))
        return fail(UrlTemplateText::tr("A URL template starts with '/'."));
    if (text.contains(u'#') || text.contains(u' '))
        return fail(UrlTemplateText::tr("A URL template may not contain spaces or '#'."));

    const qsizetype q = text.indexOf(u'?');
    const QString pathPart = q < 0 ? text : text.left(q);
    QStringList names;

    auto addName = [&](const QString &name) -> QString {
        if (name.isEmpty())
            return UrlTemplateText::tr("A parameter needs a name between '{' and '}'.");
        if (!isValidName(name))
            return UrlTemplateText::tr("'%1' is not a valid parameter name.").arg(name);
        if (names.contains(name))
            return UrlTemplateText::tr("Parameter '%1' appears twice.").arg(name);
        names.append(name);
        return {};
    };

    // Splits one path segment or query value into pieces; an error text on failure.
    auto splitInto = [&](const QString &s, bool inQuery) -> QString {
        QString literal;
        bool lastWasParameter = false;
        qsizetype i = 0;
        while (i < s.size()) {
            const QChar c = s.at(i);
            if (c == u'}')
                return UrlTemplateText::tr("Unbalanced braces in '%1'.").arg(s);
            if (c != u'{') {
                literal += c;
                ++i;
                continue;
            }
            const qsizetype close = s.indexOf(u'}', i + 1);
            const qsizetype reopen = s.indexOf(u'{', i + 1);
            if (close < 0 || (reopen >= 0 && reopen < close))
                return UrlTemplateText::tr("Unbalanced braces in '%1'.").arg(s);
            if (lastWasParameter && literal.isEmpty())
                return UrlTemplateText::tr("Parameters in '%1' need literal text between them.").arg(s);
            if (!literal.isEmpty())
                t.m_pieces.append({literal, {}, inQuery});
            literal.clear();
            const QString name = s.mid(i + 1, close - i - 1);
            const QString err = addName(name);
            if (!err.isEmpty())
                return err;
            t.m_pieces.append({{}, name, inQuery});
            lastWasParameter = true;
            i = close + 1;
        }
        if (!literal.isEmpty())
            t.m_pieces.append({literal, {}, inQuery});
        return {};
    };

    const QStringList segments = pathPart.mid(1).split(u'/');
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &s = segments.at(i);
        t.m_pieces.append({u"/"_s, {}, false});
        if (s.isEmpty() && segments.size() > 1 && i < segments.size() - 1)
            return fail(UrlTemplateText::tr("A URL template may not contain an empty path segment ('//')."));
        const QString err = splitInto(s, false);
        if (!err.isEmpty())
            return fail(err);
    }

    if (q >= 0) {
        const QStringList pairs = text.mid(q + 1).split(u'&');
        for (qsizetype i = 0; i < pairs.size(); ++i) {
            const QString &pair = pairs.at(i);
            const qsizetype eq = pair.indexOf(u'=');
            const QString name = eq < 0 ? pair : pair.left(eq);
            if (name.isEmpty() || name.contains(u'{') || name.contains(u'}'))
                return fail(UrlTemplateText::tr("Query part '%1' has no valid name.").arg(pair));
            t.m_pieces.append({(i == 0 ? u"?"_s : u"&"_s) + name + (eq < 0 ? QString() : u"="_s), {}, true});
            if (eq < 0)
                continue;
            const QString value = pair.mid(eq + 1);
            const bool wholeParameter =
                value.startsWith(u'{') && value.endsWith(u'}') && value.count(u'{') == 1 && value.count(u'}') == 1;
            if (!wholeParameter && (value.contains(u'{') || value.contains(u'}')))
                return fail(
                    UrlTemplateText::tr("Query value '%1' must be a literal or one whole {parameter}.").arg(value));
            const QString err = splitInto(value, true);
            if (!err.isEmpty())
                return fail(err);
        }
    }
    return t;
}

QString UrlTemplate::toString() const
{
    if (!isValid())
        return m_text;
    QString out;
    for (const Piece &p : m_pieces)
        out += p.parameter.isEmpty() ? p.literal : u'{' + p.parameter + u'}';
    return out;
}

QStringList UrlTemplate::parameterNames() const
{
    QStringList out;
    for (const Piece &p : m_pieces) {
        if (!p.parameter.isEmpty())
            out.append(p.parameter);
    }
    return out;
}

bool UrlTemplate::isQueryParameter(const QString &name) const
{
    for (const Piece &p : m_pieces) {
        if (p.parameter == name)
            return p.inQuery;
    }
    return false;
}

QString UrlTemplate::expand(const QHash<QString, QString> &values, QStringList *missing) const
{
    if (!isValid())
        return m_text;
    QString out;
    for (const Piece &p : m_pieces) {
        if (p.parameter.isEmpty()) {
            out += p.literal;
            continue;
        }
        const QString value = values.value(p.parameter);
        if (value.isEmpty()) {
            if (missing && !missing->contains(p.parameter))
                missing->append(p.parameter);
            out += u'{' + p.parameter + u'}';
            continue;
        }
        // Only unreserved characters stay as they are: that keeps '/' from splitting a
        // segment and '&', '=', '+' and '#' from ending a query value, in either place.
        out += QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    return out;
}

QString joinUrl(const QString &baseUrl, const QString &pathAndQuery)
{
    if (pathAndQuery.isEmpty())
        return baseUrl;
    QString base = baseUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    if (pathAndQuery.startsWith(u'/') || pathAndQuery.startsWith(u'?'))
        return base + pathAndQuery;
    return base + u'/' + pathAndQuery;
}

} // namespace portico::client
