// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/arm/armpublisher.h"

#include "client/arm/armclient.h"
#include "client/arm/armentities.h"

#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;

namespace portico::client {

namespace {

QString segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

struct RefreshState
{
    QList<Api> apis;
    QList<ProductChoice> products;
    QList<QPair<QString, QStringList>> links; // product name, its API ids
    int outstanding = 0;
    QString error;
};

} // namespace

ArmPublisher::ArmPublisher(ArmClient *client, QObject *parent)
    : ApiPublisher(parent)
    , m_client(client)
{ }

void ArmPublisher::refresh()
{
    beginWork();
    const quint64 generation = ++m_generation;
    auto state = std::make_shared<RefreshState>();
    // Every answer lands here; the last one publishes the whole picture at once.
    auto settled = [this, state, generation] {
        if (--state->outstanding > 0)
            return;
        if (generation == m_generation) {
            if (state->error.isEmpty()) {
                for (const auto &[name, ids] : std::as_const(state->links)) {
                    for (Api &a : state->apis) {
                        if (ids.contains(a.id))
                            a.products.append(name);
                    }
                }
                m_apis = state->apis;
                m_products = state->products;
                Q_EMIT apisChanged();
            } else {
                Q_EMIT failed(state->error);
            }
        }
        endWork();
    };
    auto failWith = [state](const ArmReply &reply) {
        if (state->error.isEmpty())
            state->error = reply.error;
    };

    state->outstanding = 2;
    m_client->list(u"/apis"_s, {}, this, [=](const QJsonArray &values, const ArmReply &last) {
        if (!last.ok()) {
            failWith(last);
            settled();
            return;
        }
        for (const QJsonValue &v : values) {
            QString error;
            const std::optional<Api> api = ArmEntities::api(v.toObject(), &error);
            if (!api) {
                state->error = error;
                break;
            }
            state->apis.append(*api);
        }
        for (qsizetype i = 0; i < state->apis.size() && state->error.isEmpty(); ++i) {
            ++state->outstanding;
            const QString apiId = state->apis.at(i).id;
            m_client->list(u"/apis/"_s + segment(apiId) + u"/operations"_s, {}, this,
                           [=](const QJsonArray &ops, const ArmReply &opsLast) {
                               if (!opsLast.ok())
                                   failWith(opsLast);
                               for (Api &a : state->apis) {
                                   if (a.id != apiId)
                                       continue;
                                   for (const QJsonValue &o : ops) {
                                       QString error;
                                       if (const std::optional<Operation> op =
                                               ArmEntities::operation(o.toObject(), &error))
                                           a.operations.append(*op);
                                       else if (state->error.isEmpty())
                                           state->error = error;
                                   }
                               }
                               settled();
                           });
        }
        settled();
    });
    m_client->list(u"/products"_s, {}, this, [=](const QJsonArray &values, const ArmReply &last) {
        if (!last.ok()) {
            failWith(last);
            settled();
            return;
        }
        for (const QJsonValue &v : values) {
            QString error;
            const std::optional<Product> p = ArmEntities::product(v.toObject(), &error);
            if (!p)
                continue;
            state->products.append(ProductChoice{p->id, p->name});
            ++state->outstanding;
            const QString name = p->name;
            m_client->list(u"/products/"_s + segment(p->id) + u"/apis"_s, {}, this,
                           [=](const QJsonArray &linked, const ArmReply &linkedLast) {
                               if (!linkedLast.ok())
                                   failWith(linkedLast);
                               // The API list may still be on its way: applied when all are in.
                               QStringList ids;
                               for (const QJsonValue &l : linked)
                                   ids.append(l.toObject().value(u"name"_s).toString());
                               state->links.append({name, ids});
                               settled();
                           });
        }
        settled();
    });
}

void ArmPublisher::saveApi(const Api &api, const QStringList &productIds)
{
    beginWork();
    const Api *before = this->api(api.id);
    const QStringList had = before ? before->products : QStringList();
    const QList<ProductChoice> products = m_products;
    // Creating an API is long-running on Azure; the client polls it to its end.
    m_client->send("PUT", u"/apis/"_s + segment(api.id), ArmEntities::apiBody(api), this,
                   [this, api, productIds, had, products](const ArmReply &reply) {
                       if (!reply.ok()) {
                           settle(reply);
                           return;
                       }
                       auto outstanding = std::make_shared<int>(1);
                       auto firstError = std::make_shared<ArmReply>();
                       auto one = [this, outstanding, firstError](const ArmReply &r) {
                           if (!r.ok() && firstError->ok())
                               *firstError = r;
                           if (--*outstanding == 0)
                               settle(*firstError);
                       };
                       for (const ProductChoice &p : products) {
                           const bool want = productIds.contains(p.id);
                           if (want == had.contains(p.name))
                               continue;
                           ++*outstanding;
                           m_client->send(want ? "PUT" : "DELETE",
                                          u"/products/"_s + segment(p.id) + u"/apis/"_s + segment(api.id), {}, this,
                                          one);
                       }
                       one(ArmReply{});
                   });
}

void ArmPublisher::deleteApi(const QString &apiId)
{
    beginWork();
    m_client->send("DELETE", u"/apis/"_s + segment(apiId), {}, this, [this](const ArmReply &r) { settle(r); });
}

void ArmPublisher::saveOperation(const QString &apiId, const Operation &op)
{
    beginWork();
    m_client->send("PUT", u"/apis/"_s + segment(apiId) + u"/operations/"_s + segment(op.id),
                   ArmEntities::operationBody(op), this, [this](const ArmReply &r) { settle(r); });
}

void ArmPublisher::deleteOperation(const QString &apiId, const QString &operationId)
{
    beginWork();
    m_client->send("DELETE", u"/apis/"_s + segment(apiId) + u"/operations/"_s + segment(operationId), {}, this,
                   [this](const ArmReply &r) { settle(r); });
}

void ArmPublisher::importApi(const Api &api, const QStringList &productIds)
{
    // The API first (long-running on Azure), then its operations side by side; operations the
    // document no longer has are deleted. Azure keeps no undo, so neither does this.
    beginWork();
    QStringList stale;
    if (const Api *before = this->api(api.id)) {
        for (const Operation &old : before->operations) {
            if (!api.operation(old.id))
                stale.append(old.id);
        }
    }
    auto onSaved = std::make_shared<QMetaObject::Connection>();
    auto onFailed = std::make_shared<QMetaObject::Connection>();
    *onFailed = connect(this, &ApiPublisher::failed, this, [this, onSaved, onFailed] {
        QObject::disconnect(*onSaved); // the API itself was refused: its operations are not sent
        QObject::disconnect(*onFailed);
        endWork();
    });
    *onSaved = connect(
        this, &ApiPublisher::apisChanged, this,
        [this, api, stale, onSaved, onFailed] {
            QObject::disconnect(*onSaved);
            QObject::disconnect(*onFailed);
            auto outstanding = std::make_shared<int>(1);
            auto firstError = std::make_shared<ArmReply>();
            auto one = [this, outstanding, firstError](const ArmReply &r) {
                if (!r.ok() && firstError->ok())
                    *firstError = r;
                if (--*outstanding == 0)
                    settle(*firstError);
            };
            const QString base = u"/apis/"_s + segment(api.id) + u"/operations/"_s;
            for (const Operation &op : api.operations) {
                ++*outstanding;
                m_client->send("PUT", base + segment(op.id), ArmEntities::operationBody(op), this, one);
            }
            for (const QString &id : stale) {
                ++*outstanding;
                m_client->send("DELETE", base + segment(id), {}, this, one);
            }
            one(ArmReply{});
        });
    // The import's own piece of work ends with its operations' settle(), or with the failure.
    saveApi(api, productIds);
}

void ArmPublisher::settle(const ArmReply &reply)
{
    if (!reply.ok())
        Q_EMIT failed(reply.error);
    else
        refresh();
    endWork();
}

} // namespace portico::client
