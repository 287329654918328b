// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Where the publisher, keys and dashboard work: today's local sandbox, or an Azure API
// Management instance reached through Azure Resource Manager. Kept in the workspace; it
// names resources only and never holds a secret.

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace portico::client {

struct AzureConnection
{
    static constexpr const char *kDefaultApiVersion = "2024-05-01";
    static constexpr const char *kDefaultBaseUrl = "https://management.azure.com";

    QString tenant;
    QString subscriptionId;
    QString resourceGroup;
    QString serviceName;
    QString apiVersion = QString::fromLatin1(kDefaultApiVersion);
    QUrl baseUrl = QUrl(QString::fromLatin1(kDefaultBaseUrl));

    bool isComplete() const;
    // "/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.ApiManagement/service/{name}"
    QString serviceId() const;

    QJsonObject toJson() const;
    static std::optional<AzureConnection> fromJson(const QJsonObject &json, QString *error);
    friend bool operator==(const AzureConnection &a, const AzureConnection &b);
};

struct Connection
{
    enum class Kind { LocalSandbox, AzureApiManagement };
    Kind kind = Kind::LocalSandbox;
    AzureConnection azure;

    QJsonObject toJson() const;
    static std::optional<Connection> fromJson(const QJsonObject &json, QString *error);
    friend bool operator==(const Connection &a, const Connection &b)
    {
        return a.kind == b.kind && (a.kind == Kind::LocalSandbox || a.azure == b.azure);
    }
};

} // namespace portico::client
