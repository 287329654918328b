// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The gateway's URL templates: line 1 the template, line 2 a request path, line 3 its query.
// A match yields a value for exactly the template's parameters.
#include "fuzzinput.h"

#include "sandbox/gateway/urltemplate.h"

#include <QUrlQuery>

using namespace portico;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts = fuzz::lines(fuzz::bytes(data, size), 3);
    const sandbox::UrlTemplate t = sandbox::UrlTemplate::parse(QString::fromUtf8(parts.at(0)));
    if (!t.isValid()) {
        fuzz::require(!t.error().isEmpty(), "an invalid template says why");
        return 0;
    }
    (void)t.literalSegmentCount();
    QStringList segments = QString::fromUtf8(parts.at(1)).split(u'/');
    if (!segments.isEmpty() && segments.first().isEmpty())
        segments.removeFirst();
    const QUrlQuery query(QString::fromUtf8(parts.at(2)));
    QHash<QString, QString> values;
    if (t.match(segments, query, &values)) {
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            fuzz::require(t.parameterNames().contains(it.key()), "a match only fills template parameters");
    }
    return 0;
}
