// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// JavaScript for Node 18 or later, with its built-in fetch. The body goes as UTF-8 bytes so
// fetch adds no Content-Type of its own; a header value that is not ASCII is handed over as
// its UTF-8 bytes, since fetch accepts only byte strings there.
#include "client/interop/snippetcode.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace portico::client::snippetcode {

namespace {

// not for translation: program text in the sample's own language
QString jsString(const QString &text)
{
    QString out = u"\""_s;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\\')
            out += u"\\\\"_s;
        else if (u == u'"')
            out += u"\\\""_s;
        else if (u == u'\n')
            out += u"\\n"_s;
        else if (u == u'\r')
            out += u"\\r"_s;
        else if (u == u'\t')
            out += u"\\t"_s;
        else if (u < 0x20 || u == 0x7f || u == 0x2028 || u == 0x2029 || u == 0xfeff)
            out += u"\\u"_s + hex4(u);
        else
            out += c;
    }
    return out + u'"';
}

// not for translation: program text in the sample's own language
const Expression &javascript()
{
    static const Expression e{jsString, [](const QString &name) -> QString { return name; },
                              [](const QString &name) -> QString { return u"secret("_s + jsString(name) + u')'; },
                              u" + "_s};
    return e;
}

} // namespace

// not for translation: program text in the sample's own language
QString javascriptSnippet(const SnippetRequest &request)
{
    QStringList lines;
    for (const QString &line : setVariablesNote(request.secrets))
        lines << u"// "_s + line;
    lines << u"// Run: node request.js (Node 18 or later)."_s << u"\"use strict\";"_s << QString();
    if (!request.secrets.isEmpty()) {
        lines
            << u"function secret(name) {"_s << u"  const value = process.env[name];"_s
            << u"  if (value === undefined) throw new Error(\"Set the environment variable \" + name + \" first.\");"_s
            << u"  return value;"_s << u"}"_s << QString();
    }
    bool utf8Headers = false;
    QStringList headers;
    for (const auto &[name, value] : request.headers) {
        bool ascii = true;
        for (const QChar c : value.literal())
            ascii = ascii && c.unicode() < 128;
        const QString expr = render(value, javascript());
        headers << u"    ["_s + jsString(name) + u", "_s + (ascii ? expr : u"utf8Header("_s + expr + u')') + u"],"_s;
        utf8Headers = utf8Headers || !ascii;
    }
    if (utf8Headers) {
        lines << u"function utf8Header(value) {"_s << u"  return Buffer.from(value, \"utf8\").toString(\"latin1\");"_s
              << u"}"_s << QString();
    }
    lines << u"async function main() {"_s;
    for (const auto &[name, value] : request.variables)
        lines << u"  const "_s + identifier(name) + u" = "_s + jsString(value) + u';';
    lines << u"  const url = "_s + render(request.url, javascript()) + u';';
    lines << u"  const headers = ["_s << headers << u"  ];"_s;
    QString body;
    if (!request.bodyFile.isEmpty()) {
        lines << u"  const body = require(\"fs\").readFileSync("_s + jsString(request.bodyFile) + u");"_s;
        body = u", body"_s;
    } else if (!request.body.literal().isEmpty() || request.method != "GET") {
        lines << u"  const body = new TextEncoder().encode("_s + render(request.body, javascript()) + u");"_s;
        body = u", body"_s;
    }
    lines << u"  const response = await fetch(url, { method: "_s + jsString(QString::fromLatin1(request.method)) +
            u", headers"_s + body + u" });"_s
          << u"  process.stderr.write(\"HTTP \" + response.status + \"\\n\");"_s
          << u"  process.stdout.write(Buffer.from(await response.arrayBuffer()));"_s << u"}"_s << QString()
          << u"main().catch((error) => {"_s << u"  console.error(error.message);"_s << u"  process.exitCode = 1;"_s
          << u"});"_s;
    return lines.join(u'\n') + u'\n';
}

} // namespace portico::client::snippetcode
