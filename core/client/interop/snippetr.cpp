// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// R with httr (jsonlite checks a JSON body before it goes). Non-ASCII text is written as
// \u{...} escapes, which R reads as UTF-8 whatever the session's locale.
#include "client/interop/snippetcode.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace portico::client::snippetcode {

namespace {

// not for translation: program text in the sample's own language
QString rString(const QString &text)
{
    QString out = u"\""_s;
    const QList<uint> points = text.toUcs4();
    for (const uint u : points) {
        if (u == '\\')
            out += u"\\\\"_s;
        else if (u == '"')
            out += u"\\\""_s;
        else if (u == '\n')
            out += u"\\n"_s;
        else if (u == '\r')
            out += u"\\r"_s;
        else if (u == '\t')
            out += u"\\t"_s;
        else if (u < 0x20 || u == 0x7f)
            out += u"\\x"_s + QString::number(u, 16).rightJustified(2, u'0');
        else if (u < 0x80)
            out += QChar(char16_t(u));
        else if (u <= 0xffff)
            out += u"\\u{"_s + QString::number(u, 16) + u'}';
        else
            out += u"\\U{"_s + QString::number(u, 16) + u'}';
    }
    return out + u'"';
}

// not for translation: program text in the sample's own language
QString rJoin(const SnippetText &text)
{
    static const Expression e{rString, [](const QString &name) -> QString { return name; },
                              [](const QString &name) -> QString { return u"secret("_s + rString(name) + u')'; },
                              u", "_s};
    const QString inner = render(text, e);
    return text.pieces.size() > 1 ? u"paste0("_s + inner + u')' : inner;
}

} // namespace

// not for translation: program text in the sample's own language
QString rSnippet(const SnippetRequest &request)
{
    QStringList lines;
    for (const QString &line : setVariablesNote(request.secrets))
        lines << u"# "_s + line;
    lines << u"library(httr)"_s << u"library(jsonlite)"_s << QString();
    if (!request.secrets.isEmpty()) {
        lines << u"secret <- function(name) {"_s << u"  value <- Sys.getenv(name, unset = NA)"_s
              << u"  if (is.na(value)) stop(\"Set the environment variable \", name, \" first.\")"_s << u"  value"_s
              << u"}"_s << QString();
    }
    for (const auto &[name, value] : request.variables)
        lines << identifier(name) + u" <- "_s + rString(value);
    lines << u"url <- "_s + rJoin(request.url);
    QStringList headers;
    bool json = false;
    for (const auto &[name, value] : request.headers) {
        headers << u"  "_s + rString(name) + u" = "_s + rJoin(value);
        json =
            json || (name.compare(u"Content-Type"_s, Qt::CaseInsensitive) == 0 && value.literal().contains(u"json"_s));
    }
    lines << u"headers <- c("_s + (headers.isEmpty() ? QString() : u'\n' + headers.join(u",\n"_s) + u'\n') + u')';
    QString body = u"NULL"_s;
    if (!request.bodyFile.isEmpty()) {
        lines << u"body_file <- "_s + rString(request.bodyFile)
              << u"body <- readBin(body_file, what = \"raw\", n = file.size(body_file))"_s;
        body = u"body"_s;
    } else if (!request.body.literal().isEmpty() || request.method != "GET") {
        lines << u"body <- charToRaw(enc2utf8("_s + rJoin(request.body) + u"))"_s;
        if (json)
            lines << u"if (!jsonlite::validate(rawToChar(body))) warning(\"The body is not valid JSON.\")"_s;
        body = u"body"_s;
    }
    lines << QString()
          << u"response <- VERB("_s + rString(QString::fromLatin1(request.method)) +
            u", url, add_headers(.headers = headers), body = "_s + body + u')'
          << u"cat(paste0(\"HTTP \", status_code(response), \"\\n\"), file = stderr())"_s
          << u"bytes <- content(response, as = \"raw\")"_s
          // stdout() is a text connection: text goes out byte for byte through cat(), a body
          // with NUL bytes (which no R string can hold) into a file.
          << u"if (any(bytes == 0)) {"_s << u"  writeBin(bytes, \"response.bin\")"_s
          << u"  message(\"The response is binary: written to response.bin\")"_s << u"} else {"_s
          << u"  cat(rawToChar(bytes))"_s << u"}"_s;
    return lines.join(u'\n') + u'\n';
}

} // namespace portico::client::snippetcode
