// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// PowerShell 7 with Invoke-RestMethod. Single-quoted strings keep everything literal; the
// only characters to double inside them are the quote marks PowerShell accepts: ' and the
// typographic single quotes U+2018 to U+201B.
#include "client/interop/snippetcode.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace portico::client::snippetcode {

namespace {

// not for translation: program text in the sample's own language
QString psString(const QString &text)
{
    QString out = u"'"_s;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        out += c;
        if (u == u'\'' || (u >= 0x2018 && u <= 0x201b))
            out += c;
    }
    return out + u'\'';
}

// not for translation: program text in the sample's own language
QString psJoin(const SnippetText &text)
{
    static const Expression e{psString, [](const QString &name) -> QString { return u"$"_s + name; },
                              [](const QString &name) -> QString { return u"$env:"_s + name; }, u" + "_s};
    const QString inner = render(text, e);
    return text.pieces.size() > 1 ? u"("_s + inner + u')' : inner;
}

} // namespace

// not for translation: program text in the sample's own language
QString powershellSnippet(const SnippetRequest &request)
{
    QStringList lines;
    for (const QString &line : setVariablesNote(request.secrets))
        lines << u"# "_s + line;
    lines << u"# Run with PowerShell 7 or later: pwsh request.ps1"_s;
    lines << u"$ErrorActionPreference = 'Stop'"_s;
    for (const QString &variable : secretVariables(request.secrets)) {
        lines << u"if (-not (Test-Path "_s + psString(u"env:"_s + variable) + u")) { throw "_s +
                psString(u"Set the environment variable "_s + variable + u" first."_s) + u" }"_s;
    }
    for (const auto &[name, value] : request.variables)
        lines << u"$"_s + identifier(name) + u" = "_s + psString(value);
    lines << u"$url = "_s + psJoin(request.url);
    QString contentType;
    lines << u"$headers = @{"_s;
    for (const auto &[name, value] : request.headers) {
        if (name.compare(u"Content-Type"_s, Qt::CaseInsensitive) == 0)
            contentType = u" -ContentType "_s + psJoin(value);
        else
            lines << u"    "_s + psString(name) + u" = "_s + psJoin(value);
    }
    lines << u"}"_s;
    QString body;
    if (!request.bodyFile.isEmpty()) {
        lines << u"$body = [System.IO.File]::ReadAllBytes("_s + psString(request.bodyFile) + u')';
        body = u" -Body $body"_s;
    } else if (!request.body.literal().isEmpty()) {
        lines << u"$body = [System.Text.Encoding]::UTF8.GetBytes("_s + psJoin(request.body) + u')';
        body = u" -Body $body"_s;
    }
    lines << u"$response = Invoke-RestMethod -Method "_s + psString(QString::fromLatin1(request.method)) +
            u" -Uri $url -Headers $headers"_s + contentType + body +
            u" -SkipHttpErrorCheck -StatusCodeVariable status"_s
          << u"[Console]::Error.WriteLine(\"HTTP $status\")"_s << u"$response | ConvertTo-Json -Depth 32"_s;
    return lines.join(u'\n') + u'\n';
}

} // namespace portico::client::snippetcode
