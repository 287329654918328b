// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// An API Management URL template such as
// "/workspaces/{workspace}/services/{service}/jobs/{jobid}?api-version={apiversion}",
// compiled for the gateway's operation matching. Query parameters written into a template
// are required, as APIM treats them; extra query parameters do not prevent a match.

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace portico::sandbox {

class UrlTemplate
{
public:
    // An invalid template (isValid() false) carries the reason in error().
    static UrlTemplate parse(const QString &text);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString text() const { return m_text; }
    QStringList parameterNames() const { return m_parameterNames; }
    // How many literal path segments the template has; more means more specific.
    int literalSegmentCount() const;

    // pathSegments are decoded, without the API's URL suffix. Literals compare
    // case-insensitively, as the gateway does.
    bool match(const QStringList &pathSegments, const QUrlQuery &query,
               QHash<QString, QString> *values = nullptr) const;

private:
    struct Segment
    {
        QString literal;          // when the whole segment is literal
        QString parameter;        // when the whole segment is one parameter
        QRegularExpression mixed; // literal text around parameters, e.g. "{name}.json"
        QStringList mixedNames;
    };
    struct QueryPart
    {
        QString name;
        QString literal;
        QString parameter;
    };

    QString m_text;
    QString m_error;
    QList<Segment> m_segments;
    QList<QueryPart> m_query;
    QStringList m_parameterNames;
};

} // namespace portico::sandbox
