// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Hides secrets wherever a request is shown, stored or copied: credential headers, key and
// signature query parameters, account keys in connection strings, and known key values.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace portico::client {

// Six U+2022 bullets, whatever the length of what they hide, so the mask gives nothing away.
inline constexpr QStringView kRedactionMask = u"\u2022\u2022\u2022\u2022\u2022\u2022";

// A secret's name: letters, digits, '_', '-' and '.', not starting with '.' (names starting
// with '.' are reserved for the store's own entries), at most 100 characters.
bool isValidSecretName(QStringView name);
// True when text is exactly a "{{secret:NAME}}" reference (spaces inside the braces allowed, as
// substituteSecrets() reads it): a reference reveals nothing, so it stays visible.
bool isSecretReference(QStringView text);

// Authorization, Proxy-Authorization, Ocp-Apim-Subscription-Key, Cookie, Set-Cookie, and any
// header whose name ends in "-key" or contains "api-key" or "token" (case-insensitive).
bool isSensitiveHeader(QByteArrayView name);
// The value to show for a header: unchanged unless sensitive; Authorization keeps a known
// scheme ("Bearer ••••••", "SharedKey acct:••••••") and masks all of any other value; a
// {{secret:NAME}} reference is kept as is.
QByteArray redactHeaderValue(QByteArrayView name, QByteArrayView value);

// Masks the values of query parameters named sig or subscription-key, or whose name contains
// "key", "token", "secret" or "password", and a password in the user info. Everything else,
// including parameter order and percent-encoding, is left exactly as it was.
QString redactUrl(const QString &url);
// Masks AccountKey=, SharedAccessKey= and SharedAccessSignature= values, and sig= values,
// wherever they occur in text (a connection string, or a body or log line embedding one).
QString redactConnectionString(const QString &text);

// Masks every occurrence of a known secret value (and its percent-encoded form). Values shorter
// than 8 characters are skipped: masking them would mangle ordinary words and numbers.
QByteArray redactBody(const QByteArray &body, const QStringList &knownSecrets);
// redactConnectionString() followed by the known-secret masking of redactBody().
QString redactText(const QString &text, const QStringList &knownSecrets);

} // namespace portico::client
