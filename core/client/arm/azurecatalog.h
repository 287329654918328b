// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The Try-it catalog on an Azure connection: the instance's APIs, called at its gateway,
// joined to the workspace's own. An Azure API never silently replaces a local one: when the
// ids meet, the Azure copy takes an id and a name of its own.

#include "client/catalog/catalog.h"

#include <QUrl>

namespace portico::client {

class AzureCatalog
{
public:
    // The catalog with the instance's APIs (base URL: gatewayUrl + path) in place of those it
    // took from the same gateway before. renamed gets "local id → Azure copy's id" for each
    // clash, for the user.
    static QList<Api> merge(const QList<Api> &catalog, const QUrl &gatewayUrl, const QList<Api> &instanceApis,
                            QStringList *renamed);
    // Whether an API of the catalog is a copy taken from that gateway.
    static bool isFromGateway(const Api &api, const QUrl &gatewayUrl);
};

} // namespace portico::client
