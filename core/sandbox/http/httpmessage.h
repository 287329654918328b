// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Plain value types for one HTTP/1.1 exchange as the sandbox's listeners see it: the request
// as parsed off the wire and the response a handler hands back.

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace portico::http {

// Header fields in arrival order; names compare case-insensitively as RFC 9110 says.
class HttpHeaders
{
public:
    using Field = QPair<QByteArray, QByteArray>;

    QByteArray value(QByteArrayView name) const;
    bool contains(QByteArrayView name) const;
    void add(const QByteArray &name, const QByteArray &value);
    // Replaces every field of that name with one.
    void set(const QByteArray &name, const QByteArray &value);
    void remove(QByteArrayView name);
    const QList<Field> &fields() const { return m_fields; }
    qsizetype size() const { return m_fields.size(); }

private:
    QList<Field> m_fields;
};

struct HttpRequest
{
    QByteArray method;
    QByteArray target; // as sent: percent-encoded path, then '?' and the query
    QByteArray path;   // the percent-encoded path part of target
    QByteArray query;  // the raw query part of target, without '?'
    HttpHeaders headers;
    QByteArray body;
    QHostAddress peer;
    int versionMinor = 1;

    // The query's items (still encoded: ask for QUrl::FullyDecoded values); a '+' stays a
    // '+', as in the URLs AzureML clients build.
    QUrlQuery queryItems() const;
    // Path segments after the leading '/', percent-decoded.
    QStringList pathSegments() const;
};

struct HttpResponse
{
    int status = 200;
    HttpHeaders headers;
    QByteArray body;

    static HttpResponse json(int status, const QByteArray &body);
    static HttpResponse text(int status, const QByteArray &body);
};

QByteArray reasonPhrase(int status);

} // namespace portico::http
