// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// What an import -> export -> import round trip may change without the user noticing, for
// the tests that compare operations across one.
#include "client/catalog/catalog.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

using portico::client::Operation;
using portico::client::Parameter;
using portico::client::Representation;
using portico::client::ResponseSpec;

// The export never writes a keychain name (only where a key goes), so a re-import names
// each secret after its security scheme: references compare without their names. Headers
// that carry keys come back as security schemes, after the others: header order is not
// compared.
Operation secretNamesHidden(Operation op)
{
    std::sort(op.headers.begin(), op.headers.end(),
              [](const Parameter &a, const Parameter &b) { return a.name.toLower() < b.name.toLower(); });
    static const QRegularExpression reference(u"\\{\\{secret:[^}]*\\}\\}"_s);
    for (QList<Parameter> *list : {&op.templateParameters, &op.queryParameters, &op.headers}) {
        for (Parameter &p : *list)
            p.defaultValue.replace(reference, u"{{secret:…}}"_s);
    }
    return op;
}

// JSON samples in one layout: a document's examples are JSON values, so their spacing and key
// order are not part of what is carried.
Operation jsonSamplesFormatted(Operation op)
{
    auto format = [](Representation &r) {
        const QJsonDocument doc = QJsonDocument::fromJson(r.sample.toUtf8());
        if (!doc.isNull())
            r.sample = QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
    };
    for (Representation &r : op.requestRepresentations)
        format(r);
    for (ResponseSpec &spec : op.responses) {
        for (Representation &r : spec.representations)
            format(r);
    }
    return op;
}


} // namespace
