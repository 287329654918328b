// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Azure Resource Manager's API Management resources ({"id","type","name","properties"})
// read onto the console's own APIs, operations, products and subscriptions, and written
// back as request bodies; product throttling read from and written into policy XML.

#include "client/catalog/catalog.h"
#include "client/management/product.h"

#include <QJsonObject>
#include <QUrl>

#include <optional>

namespace portico::client {

class ArmEntities
{
public:
    static std::optional<Api> api(const QJsonObject &resource, QString *error);
    static std::optional<Operation> operation(const QJsonObject &resource, QString *error);
    // Throttling is not a product property in ARM: see readThrottling().
    static std::optional<Product> product(const QJsonObject &resource, QString *error);
    static std::optional<Subscription> subscription(const QJsonObject &resource, QString *error);

    // {"properties": {...}} for a PUT.
    static QJsonObject apiBody(const Api &api);
    static QJsonObject operationBody(const Operation &operation);
    static QJsonObject productBody(const Product &product);
    static QJsonObject subscriptionBody(const Subscription &subscription, const QString &serviceId);

    // The APIs as the Try-it catalog lists them: called at the instance's gateway, so each
    // one's base URL is gatewayUrl + its path.
    static QList<Api> tryItApis(const QUrl &gatewayUrl, const QList<Api> &apis);

    // The first <rate-limit> and <quota> in <inbound>; absent ones stay unset.
    static bool readThrottling(const QString &policyXml, Policy *rateLimit, Policy *quota, QString *error);
    // The document with its <rate-limit> and <quota> replaced by these (unset ones removed)
    // and every other element kept as it was; an empty document starts from APIM's default.
    static QString withThrottling(const QString &policyXml, const Policy &rateLimit, const Policy &quota);
};

} // namespace portico::client
