// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "sandbox/http/headerparser.h"

#include <QCoreApplication>

namespace portico::http {

bool isHttpToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum && !QByteArrayView("!#$%&'*+-.^_`|~").contains(c))
            return false;
    }
    return true;
}

bool hasControlChars(QByteArrayView s)
{
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return true;
    }
    return false;
}

std::optional<QByteArray> transferCodings(const HttpHeaders &headers)
{
    std::optional<QByteArray> codings;
    for (const HttpHeaders::Field &f : headers.fields()) {
        if (f.first.compare("Transfer-Encoding", Qt::CaseInsensitive) != 0)
            continue;
        const QByteArray coding = f.second.trimmed().toLower();
        codings = codings ? *codings + ", " + coding : coding;
    }
    return codings;
}

bool parseHeaderFields(QByteArrayView head, HttpHeaders *out, QString *error)
{
    qsizetype pos = 0;
    while (pos < head.size()) {
        qsizetype eol = head.indexOf('\n', pos);
        if (eol < 0)
            eol = head.size();
        QByteArrayView line = head.sliced(pos, eol - pos);
        pos = eol + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        if (line.startsWith(' ') || line.startsWith('\t')) {
            *error = QCoreApplication::translate("HttpHeaders", "Folded header lines are not accepted.");
            return false;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isHttpToken(line.first(colon))) {
            *error = QCoreApplication::translate("HttpHeaders", "A header line is malformed.");
            return false;
        }
        const QByteArray value = line.sliced(colon + 1).toByteArray().trimmed();
        if (hasControlChars(value)) {
            *error = QCoreApplication::translate("HttpHeaders", "A header value holds control characters.");
            return false;
        }
        out->add(line.first(colon).toByteArray(), value);
    }
    return true;
}

} // namespace portico::http
