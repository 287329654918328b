// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "sandbox/gateway/urltemplate.h"

#include <QObject>

using namespace Qt::StringLiterals;

namespace portico::sandbox {

namespace {

bool validName(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (QChar c : name) {
        if (!(c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.'))
            return false;
    }
    return true;
}

// Splits "a{b}c" into literal and parameter pieces; false on unbalanced braces.
bool splitPieces(const QString &text, QStringList *literals, QStringList *names)
{
    QString current;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u'{') {
            const qsizetype close = text.indexOf(u'}', i + 1);
            if (close < 0)
                return false;
            const QString name = text.mid(i + 1, close - i - 1);
            if (name.contains(u'{'))
                return false;
            literals->append(current);
            names->append(name);
            current.clear();
            i = close + 1;
        } else if (c == u'}') {
            return false;
        } else {
            current += c;
            ++i;
        }
    }
    literals->append(current);
    return true;
}

} // namespace

UrlTemplate UrlTemplate::parse(const QString &text)
{
    UrlTemplate t;
    t.m_text = text;
    auto fail = [&t](const QString &why) {
        t.m_error = why;
        t.m_segments.clear();
        t.m_query.clear();
        t.m_parameterNames.clear();
        return t;
    };
    if (!text.startsWith(u'/'))
        return fail(QObject::tr("A URL template starts with '/'."));
    if (text.contains(u'#') || text.contains(u' '))
        return fail(QObject::tr("A URL template may not contain spaces or '#'."));

    const qsizetype q = text.indexOf(u'?');
    const QString pathPart = q < 0 ? text : text.left(q);
    const QString queryPart = q < 0 ? QString() : text.mid(q + 1);

    auto addName = [&t](const QString &name) {
        if (!validName(name))
            return QObject::tr("'%1' is not a valid parameter name.").arg(name);
        if (t.m_parameterNames.contains(name))
            return QObject::tr("Parameter '%1' appears twice.").arg(name);
        t.m_parameterNames.append(name);
        return QString();
    };

    const QStringList segments = pathPart.mid(1).split(u'/');
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &s = segments.at(i);
        if (s.isEmpty()) {
            if (i == segments.size() - 1 && segments.size() > 1)
                continue; // a trailing slash
            if (segments.size() == 1)
                continue; // the root template "/"
            return fail(QObject::tr("A URL template may not contain an empty path segment ('//')."));
        }
        QStringList literals;
        QStringList names;
        if (!splitPieces(s, &literals, &names))
            return fail(QObject::tr("Unbalanced braces in '%1'.").arg(s));
        Segment seg;
        if (names.isEmpty()) {
            seg.literal = s;
        } else if (names.size() == 1 && literals.at(0).isEmpty() && literals.at(1).isEmpty()) {
            seg.parameter = names.first();
        } else {
            QString pattern = u"^"_s;
            for (qsizetype k = 0; k < names.size(); ++k) {
                if (k > 0 && literals.at(k).isEmpty())
                    return fail(QObject::tr("Parameters in '%1' need literal text between them.").arg(s));
                pattern += QRegularExpression::escape(literals.at(k)) + u"(.+?)"_s;
            }
            pattern += QRegularExpression::escape(literals.last()) + u"$"_s;
            seg.mixed = QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
            seg.mixedNames = names;
        }
        for (const QString &n : std::as_const(names)) {
            const QString err = addName(n);
            if (!err.isEmpty())
                return fail(err);
        }
        t.m_segments.append(seg);
    }

    if (!queryPart.isEmpty()) {
        for (const QString &pair : queryPart.split(u'&')) {
            const qsizetype eq = pair.indexOf(u'=');
            QueryPart part;
            part.name = eq < 0 ? pair : pair.left(eq);
            const QString value = eq < 0 ? QString() : pair.mid(eq + 1);
            if (part.name.isEmpty() || part.name.contains(u'{') || part.name.contains(u'}'))
                return fail(QObject::tr("Query part '%1' has no valid name.").arg(pair));
            if (value.startsWith(u'{') && value.endsWith(u'}') && value.count(u'{') == 1 && value.count(u'}') == 1) {
                part.parameter = value.mid(1, value.size() - 2);
                const QString err = addName(part.parameter);
                if (!err.isEmpty())
                    return fail(err);
            } else if (value.contains(u'{') || value.contains(u'}')) {
                return fail(QObject::tr("Query value '%1' must be a literal or one whole {parameter}.").arg(value));
            } else {
                part.literal = value;
            }
            t.m_query.append(part);
        }
    }
    return t;
}

int UrlTemplate::literalSegmentCount() const
{
    int n = 0;
    for (const Segment &s : m_segments)
        n += s.literal.isEmpty() ? 0 : 1;
    return n;
}

bool UrlTemplate::match(const QStringList &pathSegments, const QUrlQuery &query, QHash<QString, QString> *values) const
{
    if (!isValid())
        return false;
    QStringList path = pathSegments;
    if (!path.isEmpty() && path.last().isEmpty())
        path.removeLast(); // a trailing slash
    if (path.size() != m_segments.size())
        return false;
    QHash<QString, QString> found;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const Segment &seg = m_segments.at(i);
        const QString &actual = path.at(i);
        if (!seg.parameter.isEmpty()) {
            if (actual.isEmpty())
                return false;
            found.insert(seg.parameter, actual);
        } else if (!seg.mixedNames.isEmpty()) {
            const QRegularExpressionMatch m = seg.mixed.match(actual);
            if (!m.hasMatch())
                return false;
            for (qsizetype k = 0; k < seg.mixedNames.size(); ++k)
                found.insert(seg.mixedNames.at(k), m.captured(int(k) + 1));
        } else if (seg.literal.compare(actual, Qt::CaseInsensitive) != 0) {
            return false;
        }
    }
    for (const QueryPart &part : m_query) {
        if (!query.hasQueryItem(part.name))
            return false;
        const QString value = query.queryItemValue(part.name, QUrl::FullyDecoded);
        if (!part.parameter.isEmpty()) {
            if (value.isEmpty())
                return false;
            found.insert(part.parameter, value);
        } else if (value != part.literal) {
            return false;
        }
    }
    if (values)
        *values = found;
    return true;
}

} // namespace portico::sandbox
