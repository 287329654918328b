// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The console's URL templates: the first line is the template, each further line a
// "name=value" to expand it with. A valid template prints back as written, and a value can
// never add a path segment or a query item.
#include "fuzzinput.h"

#include "client/catalog/urltemplate.h"

#include <QHash>

using namespace portico;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const QList<QByteArray> parts = fuzz::lines(input, 2);
    const client::UrlTemplate t = client::UrlTemplate::parse(QString::fromUtf8(parts.at(0)));
    if (!t.isValid()) {
        fuzz::require(!t.error().isEmpty(), "an invalid template says why");
        return 0;
    }
    fuzz::require(t.toString() == t.text(), "a valid template prints back as written");

    QHash<QString, QString> values;
    for (const QByteArray &line : parts.at(1).split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            values.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    QStringList missing;
    const QString expanded = t.expand(values, &missing);
    const QStringList names = t.parameterNames();
    for (const QString &m : std::as_const(missing))
        fuzz::require(names.contains(m), "only template parameters are reported missing");

    // Every value filled in with slashes, '?', '&' and '#': the shape must stay the template's.
    QHash<QString, QString> hostile;
    for (const QString &name : names)
        hostile.insert(name, t.isQueryParameter(name) ? QStringLiteral("c&d#f=g") : QStringLiteral("a/b?c&d#f"));
    QStringList none;
    const QString filled = t.expand(hostile, &none);
    fuzz::require(none.isEmpty(), "no parameter is missing when all are given");
    const QString withoutValues = t.expand({}, nullptr);
    fuzz::require(filled.count(u'/') == withoutValues.count(u'/'), "a value adds no path segment");
    fuzz::require(filled.count(u'?') == withoutValues.count(u'?'), "a value starts no query");
    fuzz::require(filled.count(u'&') == withoutValues.count(u'&'), "a value adds no query item");
    fuzz::require(filled.count(u'#') == withoutValues.count(u'#'), "a value adds no fragment");
    Q_UNUSED(expanded);
    return 0;
}
