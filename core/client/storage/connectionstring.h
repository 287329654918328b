// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// An Azure Storage connection string reduced to what the blob client needs: the account,
// its key and the blob endpoint. toString() is safe for logs: it never shows the key.

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace portico::client::storage {

class ConnectionString
{
public:
    // Azurite's fixed development account.
    static constexpr auto DevelopmentAccount = "devstoreaccount1";
    static constexpr auto DevelopmentKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    static constexpr auto DevelopmentBlobEndpoint = "http://127.0.0.1:10000/devstoreaccount1";

    ConnectionString() = default;
    // Keys are case-insensitive and values may contain '='. On failure the result is
    // invalid and errorString() says which part is missing or wrong.
    static ConnectionString parse(const QString &text);

    bool isValid() const { return m_error.isEmpty() && !m_accountName.isEmpty(); }
    QString errorString() const { return m_error; }

    QString accountName() const { return m_accountName; }
    // The key as written (base64) and decoded for HMAC.
    QString accountKey() const { return m_accountKey; }
    QByteArray decodedAccountKey() const;
    // Without a trailing slash: https://acct.blob.core.windows.net or, path-style,
    // http://127.0.0.1:10000/devstoreaccount1.
    QUrl blobEndpoint() const { return m_blobEndpoint; }
    bool isDevelopmentStorage() const { return m_development; }

    // The connection string with the key replaced by <redacted>.
    QString toString() const;

private:
    QString m_accountName;
    QString m_accountKey;
    QString m_protocol;
    QString m_endpointSuffix;
    QUrl m_blobEndpoint;
    bool m_explicitEndpoint = false;
    bool m_development = false;
    QString m_error;
};

} // namespace portico::client::storage
