// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// An operation's API Management URL template, such as
// "/workspaces/{workspace}/services/{service}/jobs/{jobid}?api-version={apiversion}", as the
// console fills it in to build the URL it sends.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace portico::client {

class UrlTemplate
{
public:
    // Follows the gateway's rules, so a template the console accepts is one APIM matches:
    // a leading '/', no spaces or '#', no empty path segment, names made of letters, digits,
    // '_', '-' and '.', each name once, adjacent parameters separated by literal text, and
    // query values that are either a literal or one whole {parameter}.
    static UrlTemplate parse(const QString &text);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString text() const { return m_text; }
    // Rebuilt from the parsed pieces; equals text() for every valid template.
    QString toString() const;

    // In the order they appear, path ones first.
    QStringList parameterNames() const;
    bool isQueryParameter(const QString &name) const;

    // The path and query with every parameter filled in. Path values are encoded as one
    // path segment, query values as one query component, so a value can never add a
    // segment or a query item. Every template parameter is required (APIM matches no
    // operation without it); absent or empty ones are appended to *missing (unless
    // already there) and left as "{name}" in the result.
    QString expand(const QHash<QString, QString> &values, QStringList *missing = nullptr) const;

private:
    struct Piece
    {
        QString literal;   // text kept as written
        QString parameter; // or the name of a parameter
        bool inQuery = false;
    };

    QString m_text;
    QString m_error;
    QList<Piece> m_pieces;
};

// baseUrl + pathAndQuery with exactly one '/' between them, as plain concatenation of a
// base ending in '/' would give "//", which gateways and storage services refuse.
QString joinUrl(const QString &baseUrl, const QString &pathAndQuery);

} // namespace portico::client
