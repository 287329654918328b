// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/arm/azureconnection.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace portico::client {

namespace {

class ConnectionText
{
    Q_DECLARE_TR_FUNCTIONS(AzureConnection)
};

QString segment(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

} // namespace

bool AzureConnection::isComplete() const
{
    return !subscriptionId.isEmpty() && !resourceGroup.isEmpty() && !serviceName.isEmpty() && !apiVersion.isEmpty() &&
           baseUrl.isValid() && !baseUrl.host().isEmpty();
}

QString AzureConnection::serviceId() const
{
    return u"/subscriptions/%1/resourceGroups/%2/providers/Microsoft.ApiManagement/service/%3"_s.arg(
        segment(subscriptionId), segment(resourceGroup), segment(serviceName));
}

QJsonObject AzureConnection::toJson() const
{
    return QJsonObject{{u"tenant"_s, tenant},
                       {u"subscriptionId"_s, subscriptionId},
                       {u"resourceGroup"_s, resourceGroup},
                       {u"serviceName"_s, serviceName},
                       {u"apiVersion"_s, apiVersion},
                       {u"baseUrl"_s, baseUrl.toString()}};
}

std::optional<AzureConnection> AzureConnection::fromJson(const QJsonObject &json, QString *error)
{
    AzureConnection c;
    c.tenant = json.value(u"tenant"_s).toString();
    c.subscriptionId = json.value(u"subscriptionId"_s).toString();
    c.resourceGroup = json.value(u"resourceGroup"_s).toString();
    c.serviceName = json.value(u"serviceName"_s).toString();
    c.apiVersion = json.value(u"apiVersion"_s).toString(c.apiVersion);
    if (json.contains(u"baseUrl"_s)) {
        c.baseUrl = QUrl(json.value(u"baseUrl"_s).toString(), QUrl::StrictMode);
        if (!c.baseUrl.isValid() || (c.baseUrl.scheme() != u"https" && c.baseUrl.scheme() != u"http") ||
            c.baseUrl.host().isEmpty()) {
            *error = ConnectionText::tr("The Azure Resource Manager base URL “%1” is not an http or https URL.")
                         .arg(json.value(u"baseUrl"_s).toString());
            return std::nullopt;
        }
    }
    return c;
}

bool operator==(const AzureConnection &a, const AzureConnection &b)
{
    return a.tenant == b.tenant && a.subscriptionId == b.subscriptionId && a.resourceGroup == b.resourceGroup &&
           a.serviceName == b.serviceName && a.apiVersion == b.apiVersion && a.baseUrl == b.baseUrl;
}

QJsonObject Connection::toJson() const
{
    if (kind == Kind::LocalSandbox)
        return QJsonObject{{u"kind"_s, u"localSandbox"_s}};
    QJsonObject o = azure.toJson();
    o.insert(u"kind"_s, u"azureApiManagement"_s);
    return o;
}

std::optional<Connection> Connection::fromJson(const QJsonObject &json, QString *error)
{
    Connection c;
    const QString kind = json.value(u"kind"_s).toString(u"localSandbox"_s);
    if (kind == u"localSandbox")
        return c;
    if (kind != u"azureApiManagement") {
        *error = ConnectionText::tr("“%1” is not a kind of connection Portico knows.").arg(kind);
        return std::nullopt;
    }
    c.kind = Kind::AzureApiManagement;
    const std::optional<AzureConnection> azure = AzureConnection::fromJson(json, error);
    if (!azure)
        return std::nullopt;
    c.azure = *azure;
    return c;
}

} // namespace portico::client
