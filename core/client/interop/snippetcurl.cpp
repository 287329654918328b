// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// curl for a POSIX shell: single quotes keep every byte literal (a quote inside becomes
// '\''), variables and secrets are double-quoted expansions placed between them.
#include "client/interop/snippetcode.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace portico::client::snippetcode {

namespace {

// not for translation: program text in the sample's own language
QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u"'"_s + quoted + u"'"_s;
}

// not for translation: program text in the sample's own language
const Expression &shell()
{
    static const Expression e{shellQuote, [](const QString &name) -> QString { return u"\"${"_s + name + u"}\""_s; },
                              [](const QString &name) -> QString { return u"\"${"_s + name + u"}\""_s; }, QString()};
    return e;
}

} // namespace

// not for translation: program text in the sample's own language
QString curlSnippet(const SnippetRequest &request)
{
    QStringList lines;
    for (const QString &line : setVariablesNote(request.secrets))
        lines << u"# "_s + line;
    for (const QString &variable : secretVariables(request.secrets))
        lines << u": \"${"_s + variable + u":?set "_s + variable + u" first}\""_s;
    for (const auto &[name, value] : request.variables)
        lines << identifier(name) + u'=' + shellQuote(value);
    if (!lines.isEmpty())
        lines << QString();

    // The body on standard output, the status on standard error.
    QStringList words{u"curl --silent --show-error --write-out '%{stderr}HTTP %{http_code}\\n'"_s};
    const bool hasBody = !request.bodyFile.isEmpty() || !request.body.literal().isEmpty();
    if (request.method != "GET" || hasBody)
        words << u"--request "_s + QString::fromLatin1(request.method);
    words << render(request.url, shell());
    for (const auto &[name, value] : request.headers) {
        // "Name;" is curl's way of sending a header with an empty value ("Name:" removes it).
        SnippetText field = value;
        const bool empty = value.literal().isEmpty();
        field.pieces.prepend({SnippetText::Piece::Literal, name + (empty ? u";"_s : u": "_s)});
        words << u"--header "_s + render(field, shell());
    }
    if (!request.bodyFile.isEmpty())
        words << u"--data-binary @"_s + shellQuote(request.bodyFile);
    else if (hasBody)
        words << u"--data-raw "_s + render(request.body, shell());
    lines << words.join(u" \\\n  "_s);
    return lines.join(u'\n') + u'\n';
}

} // namespace portico::client::snippetcode
