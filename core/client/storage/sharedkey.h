// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Azure Storage authorization: signs requests with the account key (Shared Key) and
// issues service SAS tokens that let a plain HTTP client read or write one blob or
// container without the key.

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

class QNetworkRequest;

namespace portico::client::storage {

class SharedKey
{
public:
    // The x-ms-version every signed request sends; Azurite and Azure both serve it.
    static constexpr auto ApiVersion = "2021-08-06";
    // SAS tokens use an older version on purpose: from 2020-12-06 on the string-to-sign
    // gains an encryption-scope line, and this one matches the documented layout exactly.
    static constexpr auto SasVersion = "2020-10-02";

    enum class SasResource { Blob, Container };

    // The exact text the service HMACs: the verb, the standard headers (a zero
    // Content-Length as empty), the x-ms-* headers and the canonicalized resource.
    static QByteArray stringToSign(const QByteArray &verb, const QString &account, const QUrl &url,
                                   const QNetworkRequest &request);
    // "SharedKey account:base64(HMAC-SHA256(key, stringToSign))" with the decoded key.
    static QByteArray authorization(const QString &account, const QByteArray &key, const QByteArray &stringToSign);
    // Sets x-ms-date (from now), x-ms-version and Authorization on the request for url.
    static void sign(QNetworkRequest &request, const QByteArray &verb, const QString &account, const QByteArray &key,
                     const QDateTime &now = QDateTime::currentDateTimeUtc());
    // RFC 1123 in GMT, as x-ms-date wants it.
    static QByteArray httpDate(const QDateTime &when);

    // A service SAS query string without the leading '?': sv, sr, st (if start is
    // valid), se, sp, spr (if protocol is set) and sig, each value percent-encoded.
    // blob is ignored for a container SAS.
    static QString serviceSas(const QString &account, const QByteArray &key, const QString &container,
                              const QString &blob, SasResource resource, const QString &permissions,
                              const QDateTime &expiry, const QDateTime &start = QDateTime(),
                              const QString &protocol = QString());
    // The service SAS string-to-sign, exposed so it can be checked independently.
    static QByteArray sasStringToSign(const QString &account, const QString &container, const QString &blob,
                                      SasResource resource, const QString &permissions, const QString &start,
                                      const QString &expiry, const QString &protocol);
    // blobUrl with a read-style SAS appended, ready for a plain GET or PUT.
    static QUrl blobSasUrl(const QUrl &blobUrl, const QString &account, const QByteArray &key, const QString &container,
                           const QString &blob, const QString &permissions, const QDateTime &expiry,
                           const QDateTime &start = QDateTime(), const QString &protocol = QString());
    // ISO 8601 in UTC to the second, the form SAS times take.
    static QString sasTime(const QDateTime &when);
};

} // namespace portico::client::storage
