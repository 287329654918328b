// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/arm/azurecatalog.h"

#include "client/arm/armentities.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace portico::client {

namespace {

QString gatewayBase(const QUrl &gatewayUrl)
{
    QString base = gatewayUrl.toString();
    while (base.endsWith(u'/'))
        base.chop(1);
    return base;
}

} // namespace

bool AzureCatalog::isFromGateway(const Api &api, const QUrl &gatewayUrl)
{
    const QString base = gatewayBase(gatewayUrl);
    return !base.isEmpty() && (api.serviceUrl == base || api.serviceUrl.startsWith(base + u'/'));
}

QList<Api> AzureCatalog::merge(const QList<Api> &catalog, const QUrl &gatewayUrl, const QList<Api> &instanceApis,
                               QStringList *renamed)
{
    QList<Api> out;
    QSet<QString> taken;
    for (const Api &a : catalog) {
        if (isFromGateway(a, gatewayUrl))
            continue; // the copy from before: replaced below
        out.append(a);
        taken.insert(a.id);
    }
    for (Api a : ArmEntities::tryItApis(gatewayUrl, instanceApis)) {
        if (taken.contains(a.id)) {
            const QString localId = a.id;
            QString id = u"azure-"_s + localId;
            for (int n = 2; taken.contains(id); ++n)
                id = u"azure-%1-%2"_s.arg(localId).arg(n);
            a.id = id;
            a.name = a.name + u" (Azure)"_s; // not for translation: part of an API's name, kept in the workspace
            if (renamed)
                renamed->append(localId + u" → "_s + id); // not for translation: two ids
        }
        taken.insert(a.id);
        out.append(a);
    }
    return out;
}

} // namespace portico::client
