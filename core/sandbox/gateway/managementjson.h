// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The management API's JSON shapes: entities written in API Management's field names, and
// request bodies read onto entities with the checks APIM makes, so the routing code only
// deals in entities and error messages.

#include "sandbox/state/sandboxmodel.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

namespace portico::sandbox {

class ManagementJson
{
public:
    static QJsonObject api(const Api &api);
    static QJsonObject operation(const Operation &operation);
    static QJsonObject product(const Product &product);
    // Never carries the keys: they are only handed out by listSecrets.
    static QJsonObject subscription(const Subscription &subscription);
    static QByteArray list(const QJsonArray &values);

    // Parses a request body that must be one JSON object.
    static bool parseObject(const QByteArray &body, QJsonObject *out, QString *error);

    // Each reader overwrites only the fields the body has; with partial false the fields
    // APIM requires on a PUT must be there. On false, error says what is wrong.
    static bool readApi(const QJsonObject &body, Api *api, QString *error);
    static bool readOperation(const QJsonObject &body, Operation *operation, QString *error);
    static bool readProduct(const QJsonObject &body, bool partial, Product *product, QString *error);
    static bool readSubscription(const QJsonObject &body, bool partial, Subscription *subscription, QString *error);
};

} // namespace portico::sandbox
