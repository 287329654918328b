// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/secrets/redactor.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portico::client {

namespace {

constexpr qsizetype kMaxNameLength = 100;
constexpr qsizetype kMinKnownSecretLength = 8;

bool isNameChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-' ||
        c == u'.';
}

bool isReference(QByteArrayView text)
{
    return isSecretReference(QString::fromUtf8(text.trimmed()));
}

bool isSensitiveParameter(const QString &decodedName)
{
    // "key" also covers APIM's subscription-key.
    const QString name = decodedName.toLower();
    return name == "sig"_L1 || name.contains("key"_L1) || name.contains("token"_L1) || name.contains("secret"_L1) ||
        name.contains("password"_L1);
}

QString decodeQueryPart(QStringView part)
{
    QByteArray bytes = part.toUtf8();
    bytes.replace('+', ' ');
    return QUrl::fromPercentEncoding(bytes);
}

QString redactQuery(QStringView query)
{
    QStringList pairs;
    for (QStringView pair : query.split(u'&')) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq > 0 && eq + 1 < pair.size() && isSensitiveParameter(decodeQueryPart(pair.first(eq))) &&
            !isSecretReference(decodeQueryPart(pair.sliced(eq + 1)))) {
            pairs.append(pair.first(eq + 1) + kRedactionMask);
        } else {
            pairs.append(pair.toString());
        }
    }
    return pairs.join(u'&');
}

// Masks the password in "scheme://user:password@host"; a URL without one comes back as is.
QString redactUserInfo(const QString &url)
{
    const qsizetype schemeEnd = url.indexOf("://"_L1);
    if (schemeEnd < 0)
        return url;
    const qsizetype authorityStart = schemeEnd + 3;
    qsizetype authorityEnd = url.size();
    for (QChar end : {u'/', u'?', u'#'}) {
        const qsizetype at = url.indexOf(end, authorityStart);
        if (at >= 0)
            authorityEnd = std::min(authorityEnd, at);
    }
    const qsizetype at = url.lastIndexOf(u'@', authorityEnd - 1);
    if (at < authorityStart)
        return url;
    const qsizetype colon = url.indexOf(u':', authorityStart);
    if (colon < 0 || colon >= at - 1 ||
        isSecretReference(QUrl::fromPercentEncoding(url.mid(colon + 1, at - colon - 1).toUtf8())))
        return url;
    return url.left(colon + 1) + kRedactionMask + url.sliced(at);
}

// Replaces the text captured by group 1 of each match, unless it is empty or a reference.
QString maskCaptures(const QString &text, const QRegularExpression &pattern)
{
    QString out;
    qsizetype copied = 0;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text)) {
        if (match.capturedLength(1) == 0 || isSecretReference(match.capturedView(1)))
            continue;
        out += QStringView(text).sliced(copied, match.capturedStart(1) - copied) + kRedactionMask;
        copied = match.capturedEnd(1);
    }
    if (copied == 0)
        return text;
    return out + QStringView(text).sliced(copied);
}

// The Authorization schemes whose name is shown next to the mask (RFC 9110's registry as
// far as Azure and APIM use it, and Azure Storage's).
bool isKnownAuthScheme(QByteArrayView scheme)
{
    for (const char *known :
         {"Basic", "Bearer", "Digest", "Negotiate", "NTLM", "SharedKey", "SharedKeyLite", "SharedAccessSignature"}) {
        if (scheme.compare(QByteArrayView(known), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// An Azure Storage account name: 3 to 24 lower-case letters and digits.
bool isStorageAccountName(QByteArrayView name)
{
    return name.size() >= 3 && name.size() <= 24 &&
        std::all_of(name.begin(), name.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); });
}

// Longest first, so a secret that contains another is masked whole rather than in part.
QStringList maskableSecrets(const QStringList &knownSecrets)
{
    QStringList secrets;
    for (const QString &secret : knownSecrets) {
        if (secret.size() >= kMinKnownSecretLength && !secrets.contains(secret))
            secrets.append(secret);
    }
    std::sort(secrets.begin(), secrets.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return secrets;
}

} // namespace

bool isValidSecretName(QStringView name)
{
    if (name.isEmpty() || name.size() > kMaxNameLength || name.front() == u'.')
        return false;
    return std::all_of(name.begin(), name.end(), isNameChar);
}

bool isSecretReference(QStringView text)
{
    // The grammar substituteSecrets() resolves: spaces are allowed inside the braces.
    if (!text.startsWith(u"{{") || !text.endsWith(u"}}") || text.size() < 4)
        return false;
    QStringView inner = text.sliced(2, text.size() - 4).trimmed();
    if (!inner.startsWith(u"secret:"))
        return false;
    inner = inner.sliced(7).trimmed();
    return !inner.isEmpty() && std::all_of(inner.begin(), inner.end(), isNameChar);
}

bool isSensitiveHeader(QByteArrayView name)
{
    const QByteArray lower = name.trimmed().toByteArray().toLower();
    return lower == "authorization" || lower == "proxy-authorization" || lower == "ocp-apim-subscription-key" ||
        lower == "cookie" || lower == "set-cookie" || lower.endsWith("-key") || lower.contains("api-key") ||
        lower.contains("token");
}

QByteArray redactHeaderValue(QByteArrayView name, QByteArrayView value)
{
    if (!isSensitiveHeader(name) || value.trimmed().isEmpty() || isReference(value))
        return value.toByteArray();

    const QByteArray mask = kRedactionMask.toUtf8();
    const QByteArray lowerName = name.trimmed().toByteArray().toLower();
    if (lowerName != "authorization" && lowerName != "proxy-authorization")
        return mask;

    // The scheme (and a SharedKey's account) tells a reader which credential was sent.
    const QByteArrayView trimmed = value.trimmed();
    const qsizetype space = trimmed.indexOf(' ');
    if (space <= 0)
        return mask;
    const QByteArrayView scheme = trimmed.first(space);
    // Only a scheme known by name is shown: in a value such as "<key> <more>" the first
    // word is the secret itself.
    if (!isKnownAuthScheme(scheme))
        return mask;
    QByteArrayView credentials = trimmed.sliced(space + 1).trimmed();
    QByteArray kept = scheme.toByteArray() + ' ';
    if (scheme.compare("SharedKey", Qt::CaseInsensitive) == 0 ||
        scheme.compare("SharedKeyLite", Qt::CaseInsensitive) == 0) {
        // The account only when it looks like one, never a key written where it should be.
        const qsizetype colon = credentials.indexOf(':');
        if (colon > 0 && isStorageAccountName(credentials.first(colon))) {
            kept.append(credentials.first(colon + 1));
            credentials = credentials.sliced(colon + 1);
        }
    }
    if (isReference(credentials))
        return value.toByteArray();
    return kept + mask;
}

QString redactUrl(const QString &url)
{
    const QString withoutPassword = redactUserInfo(url);
    const QStringView view(withoutPassword);
    const qsizetype fragment = view.indexOf(u'#');
    const QStringView beforeFragment = fragment < 0 ? view : view.first(fragment);
    const qsizetype query = beforeFragment.indexOf(u'?');
    QString out = query < 0 ? beforeFragment.toString()
                            : beforeFragment.first(query + 1) + redactQuery(beforeFragment.sliced(query + 1));
    // OAuth's implicit flow hands tokens over in the fragment, written like a query.
    if (fragment >= 0)
        out += u'#' + redactQuery(view.sliced(fragment + 1));
    return out;
}

QString redactConnectionString(const QString &text)
{
    // A value ends where a connection string, a quoted string or a line does; base64 keys and
    // SAS tokens never contain any of these characters. No word boundary before the name:
    // "StorageAccountKey=" or "MY_ACCOUNTKEY=" in a log line holds a key just the same.
    static const QRegularExpression keys(uR"((?:AccountKey|SharedAccessKey|SharedAccessSignature)=([^;"'\\\s<>,]*))"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression signatures(uR"((?<![A-Za-z0-9_-])sig=([^&;#"'\\\s<>,]*))"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    return maskCaptures(maskCaptures(text, keys), signatures);
}

QByteArray redactBody(const QByteArray &body, const QStringList &knownSecrets)
{
    const QByteArray mask = kRedactionMask.toUtf8();
    QByteArray out = body;
    for (const QString &secret : maskableSecrets(knownSecrets)) {
        const QByteArray raw = secret.toUtf8();
        out.replace(raw, mask);
        const QByteArray encoded = QUrl::toPercentEncoding(secret);
        if (encoded != raw)
            out.replace(encoded, mask);
    }
    return out;
}

QString redactText(const QString &text, const QStringList &knownSecrets)
{
    const QString mask = kRedactionMask.toString();
    QString out = redactConnectionString(text);
    for (const QString &secret : maskableSecrets(knownSecrets)) {
        out.replace(secret, mask);
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        if (encoded != secret)
            out.replace(encoded, mask);
    }
    return out;
}

} // namespace portico::client
