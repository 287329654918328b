// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// An API Management product and a subscription to one, as the management API shapes them,
// for the publisher's views: what developers subscribe to, and how hard they are throttled.

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace portico::client {

struct Policy
{
    int calls = 0;         // 0: no limit
    int renewalPeriod = 0; // seconds
    bool isSet() const { return calls > 0 && renewalPeriod > 0; }
    friend bool operator==(const Policy &a, const Policy &b)
    {
        return a.calls == b.calls && a.renewalPeriod == b.renewalPeriod;
    }
};

struct Product
{
    QString id;
    QString name;
    QString description;
    bool approvalRequired = false;
    Policy rateLimit; // sliding window, per subscription
    Policy quota;     // fixed window, per subscription
    QStringList apiIds;

    // What PUT and PATCH take: everything but the API links, which have their own calls.
    QJsonObject toJson() const;
    static std::optional<Product> fromJson(const QJsonObject &json, QString *error);
};

struct Subscription
{
    QString id;
    QString name;
    QString productId;
    QString state = QStringLiteral("active"); // active | suspended | cancelled
    QString createdDate;                      // ISO 8601, as the gateway wrote it

    QJsonObject toJson() const;
    static std::optional<Subscription> fromJson(const QJsonObject &json, QString *error);
};

} // namespace portico::client
