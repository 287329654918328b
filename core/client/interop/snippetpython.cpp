// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// Python 3, with requests or with the standard library's urllib.request. Source files are
// UTF-8, so non-ASCII text stays readable; bodies are sent as their UTF-8 bytes, and header
// values that are not ASCII too (http.client would encode a str as Latin-1).
#include "client/interop/snippetcode.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace portico::client::snippetcode {

// not for translation: program text in the sample's own language
QString pythonString(const QString &text)
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
        else if (u < 0x20 || u == 0x7f)
            out += u"\\x"_s + QString::number(u, 16).rightJustified(2, u'0');
        else if (u == 0x2028 || u == 0x2029 || u == 0xfeff)
            out += u"\\u"_s + hex4(u); // invisible in an editor: spelled out
        else
            out += c;
    }
    return out + u'"';
}

namespace {

// not for translation: program text in the sample's own language
const Expression &python()
{
    static const Expression e{pythonString, [](const QString &name) -> QString { return name; },
                              [](const QString &name) -> QString { return u"secret("_s + pythonString(name) + u')'; },
                              u" + "_s};
    return e;
}

// not for translation: program text in the sample's own language
bool isAscii(const SnippetText &text)
{
    for (const QChar c : text.literal()) {
        if (c.unicode() >= 128)
            return false;
    }
    return true;
}

// not for translation: program text in the sample's own language
QString headerValue(const SnippetText &value)
{
    const QString expr = render(value, python());
    if (isAscii(value))
        return expr;
    return (value.pieces.size() > 1 ? u"("_s + expr + u')' : expr) + u".encode(\"utf-8\")"_s;
}

// Imports, the note on keys, secret(), variables, url, headers and body: what both share.
// not for translation: program text in the sample's own language
QStringList preamble(const SnippetRequest &request, const QStringList &imports)
{
    QStringList lines;
    for (const QString &line : setVariablesNote(request.secrets))
        lines << u"# "_s + line;
    lines << imports << QString() << QString();
    if (!request.secrets.isEmpty()) {
        lines << u"def secret(name):"_s << u"    value = os.environ.get(name)"_s << u"    if value is None:"_s
              << u"        sys.exit(\"Set the environment variable \" + name + \" first.\")"_s << u"    return value"_s
              << QString() << QString();
    }
    for (const auto &[name, value] : request.variables)
        lines << identifier(name) + u" = "_s + pythonString(value);
    lines << u"url = "_s + render(request.url, python());
    lines << u"headers = ["_s;
    for (const auto &[name, value] : request.headers)
        lines << u"    ("_s + pythonString(name) + u", "_s + headerValue(value) + u"),"_s;
    lines << u"]"_s;
    if (!request.bodyFile.isEmpty()) {
        lines << u"with open("_s + pythonString(request.bodyFile) + u", \"rb\") as f:"_s << u"    body = f.read()"_s;
    } else if (!request.body.literal().isEmpty() || request.method != "GET") {
        lines << u"body = "_s + render(request.body, python()) + u".encode(\"utf-8\")"_s;
    } else {
        lines << u"body = None"_s;
    }
    lines << QString();
    return lines;
}

} // namespace

// not for translation: program text in the sample's own language
QString pythonRequestsSnippet(const SnippetRequest &request)
{
    QStringList lines = preamble(request, {u"import os"_s, u"import sys"_s, QString(), u"import requests"_s});
    lines << u"response = requests.request("_s + pythonString(QString::fromLatin1(request.method)) +
            u", url, headers=dict(headers), data=body)"_s
          << u"print(\"HTTP\", response.status_code, file=sys.stderr)"_s
          << u"sys.stdout.buffer.write(response.content)"_s;
    return lines.join(u'\n') + u'\n';
}

// not for translation: program text in the sample's own language
QString pythonUrllibSnippet(const SnippetRequest &request)
{
    QStringList lines =
        preamble(request, {u"import os"_s, u"import sys"_s, u"import urllib.error"_s, u"import urllib.request"_s});
    lines << u"req = urllib.request.Request(url, data=body, method="_s +
            pythonString(QString::fromLatin1(request.method)) + u')'
          << u"for name, value in headers:"_s << u"    req.add_header(name, value)"_s << u"try:"_s
          << u"    with urllib.request.urlopen(req) as response:"_s
          << u"        status, content = response.status, response.read()"_s
          << u"except urllib.error.HTTPError as error:"_s << u"    status, content = error.code, error.read()"_s
          << u"print(\"HTTP\", status, file=sys.stderr)"_s << u"sys.stdout.buffer.write(content)"_s;
    return lines.join(u'\n') + u'\n';
}

} // namespace portico::client::snippetcode
