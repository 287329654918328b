// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/storage/connectionstring.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace portico::client::storage {

namespace {

QString withoutTrailingSlash(QString path)
{
    while (path.endsWith(u'/'))
        path.chop(1);
    return path;
}

} // namespace

QByteArray ConnectionString::decodedAccountKey() const
{
    return QByteArray::fromBase64(m_accountKey.toLatin1());
}

ConnectionString ConnectionString::parse(const QString &text)
{
    ConnectionString result;
    QHash<QString, QString> values;
    const QStringList segments = text.split(u';', Qt::SkipEmptyParts);
    for (const QString &segment : segments) {
        if (segment.trimmed().isEmpty())
            continue;
        const qsizetype eq = segment.indexOf(u'=');
        if (eq <= 0) {
            result.m_error =
                QCoreApplication::translate("ConnectionString",
                                            "The connection string has a part without a name=value pair: \"%1\".")
                    .arg(segment.trimmed().left(40));
            return result;
        }
        values.insert(segment.left(eq).trimmed().toLower(), segment.mid(eq + 1).trimmed());
    }

    if (values.value(u"usedevelopmentstorage"_s).compare(u"true"_s, Qt::CaseInsensitive) == 0) {
        result.m_development = true;
        result.m_accountName = QString::fromLatin1(DevelopmentAccount);
        result.m_accountKey = QString::fromLatin1(DevelopmentKey);
        result.m_protocol = u"http"_s;
        result.m_blobEndpoint = QUrl(QString::fromLatin1(DevelopmentBlobEndpoint));
        return result;
    }

    result.m_accountName = values.value(u"accountname"_s);
    result.m_accountKey = values.value(u"accountkey"_s);
    result.m_protocol = values.value(u"defaultendpointsprotocol"_s, u"https"_s).toLower();
    result.m_endpointSuffix = values.value(u"endpointsuffix"_s);

    if (result.m_accountName.isEmpty()) {
        result.m_error = QCoreApplication::translate("ConnectionString", "The connection string has no AccountName.");
        return result;
    }
    if (result.m_accountKey.isEmpty()) {
        result.m_error = QCoreApplication::translate("ConnectionString", "The connection string has no AccountKey.");
        return result;
    }
    // A key that does not survive a base64 round trip would only fail later as a
    // confusing AuthenticationFailed.
    const QByteArray rawKey = result.m_accountKey.toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(rawKey, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty()) {
        result.m_error = QCoreApplication::translate("ConnectionString",
                                                     "The AccountKey in the connection string is not valid base64.");
        return result;
    }
    if (result.m_protocol != u"http"_s && result.m_protocol != u"https"_s) {
        result.m_error = QCoreApplication::translate("ConnectionString",
                                                     "DefaultEndpointsProtocol must be http or https, not \"%1\".")
                             .arg(result.m_protocol);
        return result;
    }

    const QString blobEndpoint = values.value(u"blobendpoint"_s);
    if (!blobEndpoint.isEmpty()) {
        QUrl url(blobEndpoint, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s)) {
            result.m_error =
                QCoreApplication::translate("ConnectionString", "BlobEndpoint is not an http or https URL: \"%1\".")
                    .arg(blobEndpoint);
            return result;
        }
        url.setPath(withoutTrailingSlash(url.path()));
        url.setQuery(QString());
        url.setFragment(QString());
        result.m_blobEndpoint = url;
        result.m_explicitEndpoint = true;
    } else {
        const QString suffix = result.m_endpointSuffix.isEmpty() ? u"core.windows.net"_s : result.m_endpointSuffix;
        result.m_blobEndpoint = QUrl(result.m_protocol % u"://"_s % result.m_accountName % u".blob."_s % suffix);
        if (!result.m_blobEndpoint.isValid()) {
            result.m_error = QCoreApplication::translate(
                "ConnectionString", "AccountName and EndpointSuffix do not form a valid host name.");
            return result;
        }
    }
    return result;
}

QString ConnectionString::toString() const
{
    if (m_development)
        return u"UseDevelopmentStorage=true"_s;
    QString text = u"DefaultEndpointsProtocol="_s % m_protocol % u";AccountName="_s % m_accountName %
        u";AccountKey="_s % (m_accountKey.isEmpty() ? QString() : u"<redacted>"_s);
    if (m_explicitEndpoint)
        text += u";BlobEndpoint="_s % m_blobEndpoint.toString();
    if (!m_endpointSuffix.isEmpty())
        text += u";EndpointSuffix="_s % m_endpointSuffix;
    return text;
}

} // namespace portico::client::storage
