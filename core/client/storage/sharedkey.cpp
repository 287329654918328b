// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/storage/sharedkey.h"

#include <QLocale>
#include <QMessageAuthenticationCode>
#include <QNetworkRequest>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace portico::client::storage {

namespace {

// Header values are signed with folded whitespace collapsed, as the service does.
QByteArray canonicalValue(const QByteArray &value)
{
    return value.simplified();
}

QByteArray canonicalizedResource(const QString &account, const QUrl &url)
{
    QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    if (path.isEmpty())
        path = "/"_ba;
    QByteArray resource = '/' + account.toUtf8() + path;

    // Names lower-cased and sorted; values decoded, several for one name joined by commas.
    std::map<QByteArray, QList<QByteArray>> params;
    const QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    const QList<QByteArray> pairs = query.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray name = QByteArray::fromPercentEncoding(eq < 0 ? pair : pair.left(eq)).toLower();
        const QByteArray value = eq < 0 ? QByteArray() : QByteArray::fromPercentEncoding(pair.mid(eq + 1));
        params[name].append(value);
    }
    for (auto &[name, values] : params) {
        std::sort(values.begin(), values.end());
        resource += '\n' + name + ':' + values.join(',');
    }
    return resource;
}

QByteArray percent(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}

} // namespace

QByteArray SharedKey::httpDate(const QDateTime &when)
{
    return QLocale::c().toString(when.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
}

QString SharedKey::sasTime(const QDateTime &when)
{
    return when.toUTC().toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
}

QByteArray SharedKey::stringToSign(const QByteArray &verb, const QString &account, const QUrl &url,
                                   const QNetworkRequest &request)
{
    QByteArray contentLength = request.rawHeader("Content-Length");
    if (contentLength.isEmpty()) {
        const QVariant known = request.header(QNetworkRequest::ContentLengthHeader);
        if (known.isValid())
            contentLength = QByteArray::number(known.toLongLong());
    }
    if (contentLength == "0")
        contentLength.clear();
    QByteArray contentType = request.rawHeader("Content-Type");

    QByteArray text = verb.toUpper() + '\n';
    text += request.rawHeader("Content-Encoding") + '\n';
    text += request.rawHeader("Content-Language") + '\n';
    text += contentLength + '\n';
    text += request.rawHeader("Content-MD5") + '\n';
    text += contentType + '\n';
    text += request.rawHeader("Date") + '\n';
    text += request.rawHeader("If-Modified-Since") + '\n';
    text += request.rawHeader("If-Match") + '\n';
    text += request.rawHeader("If-None-Match") + '\n';
    text += request.rawHeader("If-Unmodified-Since") + '\n';
    text += request.rawHeader("Range") + '\n';

    std::map<QByteArray, QByteArray> msHeaders;
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray &name : names) {
        const QByteArray lower = name.toLower();
        if (lower.startsWith("x-ms-"))
            msHeaders[lower] = canonicalValue(request.rawHeader(name));
    }
    for (const auto &[name, value] : msHeaders)
        text += name + ':' + value + '\n';

    text += canonicalizedResource(account, url);
    return text;
}

QByteArray SharedKey::authorization(const QString &account, const QByteArray &key, const QByteArray &stringToSign)
{
    const QByteArray mac = QMessageAuthenticationCode::hash(stringToSign, key, QCryptographicHash::Sha256);
    return "SharedKey "_ba + account.toUtf8() + ':' + mac.toBase64();
}

void SharedKey::sign(QNetworkRequest &request, const QByteArray &verb, const QString &account, const QByteArray &key,
                     const QDateTime &now)
{
    request.setRawHeader("x-ms-date", httpDate(now));
    request.setRawHeader("x-ms-version", ApiVersion);
    request.setRawHeader("Authorization",
                         authorization(account, key, stringToSign(verb, account, request.url(), request)));
}

QByteArray SharedKey::sasStringToSign(const QString &account, const QString &container, const QString &blob,
                                      SasResource resource, const QString &permissions, const QString &start,
                                      const QString &expiry, const QString &protocol)
{
    QString canonical = u"/blob/"_s % account % u'/' % container;
    if (resource == SasResource::Blob)
        canonical += u'/' % blob;
    const QString sr = resource == SasResource::Blob ? u"b"_s : u"c"_s;
    // sp, st, se, resource, si, sip, spr, sv, sr, snapshot time, rscc, rscd, rsce, rscl, rsct
    const QStringList lines = {
        permissions, start,     expiry,    canonical, QString(), QString(), protocol, QString::fromLatin1(SasVersion),
        sr,          QString(), QString(), QString(), QString(), QString(), QString()};
    return lines.join(u'\n').toUtf8();
}

QString SharedKey::serviceSas(const QString &account, const QByteArray &key, const QString &container,
                              const QString &blob, SasResource resource, const QString &permissions,
                              const QDateTime &expiry, const QDateTime &start, const QString &protocol)
{
    const QString st = start.isValid() ? sasTime(start) : QString();
    const QString se = sasTime(expiry);
    const QByteArray toSign = sasStringToSign(account, container, blob, resource, permissions, st, se, protocol);
    const QByteArray sig = QMessageAuthenticationCode::hash(toSign, key, QCryptographicHash::Sha256).toBase64();

    QByteArray query = "sv="_ba + SasVersion;
    query += "&sr="_ba + (resource == SasResource::Blob ? "b"_ba : "c"_ba);
    if (!st.isEmpty())
        query += "&st="_ba + percent(st);
    query += "&se="_ba + percent(se);
    query += "&sp="_ba + percent(permissions);
    if (!protocol.isEmpty())
        query += "&spr="_ba + percent(protocol);
    query += "&sig="_ba + QUrl::toPercentEncoding(QString::fromLatin1(sig));
    return QString::fromLatin1(query);
}

QUrl SharedKey::blobSasUrl(const QUrl &blobUrl, const QString &account, const QByteArray &key, const QString &container,
                           const QString &blob, const QString &permissions, const QDateTime &expiry,
                           const QDateTime &start, const QString &protocol)
{
    QUrl url = blobUrl;
    url.setQuery(serviceSas(account, key, container, blob, SasResource::Blob, permissions, expiry, start, protocol),
                 QUrl::StrictMode);
    return url;
}

} // namespace portico::client::storage
