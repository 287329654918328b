// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "sandbox/state/demoapi.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace portico::sandbox {

namespace {

// The console's first workspace reads the same resource: the API is written down once.
QJsonObject demoDocument()
{
    QFile file(u":/portico/azureml-demo-api.json"_s);
    const bool opened = file.open(QIODevice::ReadOnly);
    Q_ASSERT_X(opened, "demoApi", "the demo API resource is linked into the sandbox library");
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    Q_ASSERT_X(doc.isObject(), "demoApi", qPrintable(error.errorString()));
    return doc.object();
}

Policy policy(const QJsonValue &json)
{
    return {json[u"calls"_s].toInt(), json[u"renewalPeriod"_s].toInt()};
}

QStringList strings(const QJsonValue &json)
{
    QStringList out;
    for (const QJsonValue &v : json.toArray())
        out.append(v.toString());
    return out;
}

} // namespace

Api demoApi(const QString &serviceUrl)
{
    const QJsonObject json = demoDocument().value(u"api"_s).toObject();
    Api api;
    api.id = json[u"id"_s].toString();
    api.name = json[u"name"_s].toString();
    api.description = json[u"description"_s].toString();
    api.serviceUrl = serviceUrl;
    api.path = json[u"path"_s].toString();
    api.protocols = strings(json[u"protocols"_s]);
    api.followsLocalService = true;
    for (const QJsonValue &value : json[u"operations"_s].toArray()) {
        QJsonObject o = value.toObject();
        Operation op;
        op.id = o.take(u"id"_s).toString();
        op.name = o.take(u"name"_s).toString();
        op.method = o.take(u"method"_s).toString();
        op.urlTemplate = o.take(u"urlTemplate"_s).toString();
        op.description = o.take(u"description"_s).toString();
        op.extra = o; // templateParameters, request, responses: kept as APIM shapes them
        api.operations.append(op);
    }
    return api;
}

QList<Product> defaultProducts()
{
    QList<Product> products;
    for (const QJsonValue &value : demoDocument().value(u"products"_s).toArray()) {
        Product p;
        p.id = value[u"id"_s].toString();
        p.name = value[u"name"_s].toString();
        p.description = value[u"description"_s].toString();
        p.approvalRequired = value[u"approvalRequired"_s].toBool();
        p.rateLimit = policy(value[u"policies"_s][u"rateLimit"_s]);
        p.quota = policy(value[u"policies"_s][u"quota"_s]);
        p.apiIds = strings(value[u"apis"_s]);
        products.append(p);
    }
    return products;
}

} // namespace portico::sandbox
