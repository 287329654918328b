// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/management/managedpublisher.h"

#include "client/management/managementclient.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace portico::client {

ManagedPublisher::ManagedPublisher(ManagementClient *client, QObject *parent)
    : ApiPublisher(parent)
    , m_client(client)
{ }

QList<ProductChoice> ManagedPublisher::products() const
{
    QList<ProductChoice> choices;
    for (const Product &p : m_products)
        choices.append({p.id, p.name});
    return choices;
}

QStringList ManagedPublisher::productIdsOf(const QString &apiId) const
{
    QStringList ids;
    for (const Product &p : m_products) {
        if (p.apiIds.contains(apiId))
            ids.append(p.id);
    }
    return ids;
}

void ManagedPublisher::refresh()
{
    // A later refresh supersedes one still in flight: only the newest may fill the cache.
    const quint64 generation = ++m_generation;
    beginWork();
    struct Gathered
    {
        QList<Api> apis;
        QList<Product> products;
        int pending = 0;
        QString error;
    };
    auto gathered = std::make_shared<Gathered>();
    auto finish = [this, generation, gathered] {
        if (--gathered->pending > 0)
            return;
        endWork();
        if (generation != m_generation)
            return;
        if (!gathered->error.isEmpty()) {
            Q_EMIT failed(gathered->error);
            return;
        }
        m_products = gathered->products;
        for (Api &a : gathered->apis) {
            a.products.clear();
            for (const Product &p : std::as_const(m_products)) {
                if (p.apiIds.contains(a.id))
                    a.products.append(p.name);
            }
        }
        m_apis = gathered->apis;
        Q_EMIT apisChanged();
    };
    gathered->pending = 2;
    m_client->listProducts(this, [gathered, finish](const ManagementClient::Result<QList<Product>> &r) {
        if (!r.ok())
            gathered->error = r.error;
        gathered->products = r.value;
        finish();
    });
    m_client->listApis(this, [this, gathered, finish](const ManagementClient::Result<QList<Api>> &r) {
        if (!r.ok()) {
            gathered->error = r.error;
            finish();
            return;
        }
        gathered->apis = r.value;
        gathered->pending += int(r.value.size());
        for (qsizetype i = 0; i < r.value.size(); ++i) {
            m_client->listOperations(r.value.at(i).id, this,
                                     [gathered, finish, i](const ManagementClient::Result<QList<Operation>> &ops) {
                                         if (!ops.ok())
                                             gathered->error = ops.error;
                                         gathered->apis[i].operations = ops.value;
                                         finish();
                                     });
        }
        finish();
    });
}

void ManagedPublisher::chain(QList<Step> steps, std::function<void(const QString &)> done)
{
    if (steps.isEmpty()) {
        done(QString());
        return;
    }
    const Step step = steps.takeFirst();
    step([this, rest = std::move(steps), done = std::move(done)](const QString &error) mutable {
        if (!error.isEmpty())
            done(error);
        else
            chain(std::move(rest), std::move(done));
    });
}

void ManagedPublisher::run(QList<Step> steps, const QString &undoText, std::function<void()> undo)
{
    beginWork();
    auto finish = [this, undoText, undo](const QString &error) {
        if (error.isEmpty() && undo) {
            m_undoText = undoText;
            m_undo = undo;
            Q_EMIT undoChanged();
        }
        endWork();
        if (!error.isEmpty())
            Q_EMIT failed(error);
        refresh();
    };
    // Never inside the call, as ApiPublisher promises.
    QMetaObject::invokeMethod(
        this, [this, steps = std::move(steps), finish] { chain(steps, finish); }, Qt::QueuedConnection);
}

namespace {

template<typename T> auto passOn(std::function<void(const QString &)> done)
{
    return [done = std::move(done)](const ManagementClient::Result<T> &r) { done(r.error); };
}

} // namespace

QList<ManagedPublisher::Step> ManagedPublisher::linkSteps(const QString &apiId, const QStringList &productIds)
{
    QList<Step> steps;
    for (const Product &p : std::as_const(m_products)) {
        const bool wanted = productIds.contains(p.id);
        if (wanted == p.apiIds.contains(apiId))
            continue;
        steps.append([this, productId = p.id, apiId, wanted](auto done) {
            m_client->setProductApi(productId, apiId, wanted, this, passOn<ManagementClient::Done>(done));
        });
    }
    return steps;
}

QList<ManagedPublisher::Step> ManagedPublisher::restoreApiSteps(const Api &api, const QStringList &productIds)
{
    QList<Step> steps{[this, api](auto done) { m_client->putApi(api, this, passOn<Api>(done)); }};
    for (const Operation &op : api.operations) {
        steps.append([this, apiId = api.id, op](auto done) {
            m_client->putOperation(apiId, op, this, passOn<Operation>(done));
        });
    }
    // The links are computed when the steps run: a refresh may have come in between.
    steps.append([this, apiId = api.id, productIds](auto done) { chain(linkSteps(apiId, productIds), done); });
    return steps;
}

void ManagedPublisher::saveApi(const Api &api, const QStringList &productIds)
{
    const Api *existing = this->api(api.id);
    QString undoText;
    std::function<void()> undo;
    if (existing) {
        undoText = tr("Edit API “%1”").arg(existing->name);
        undo = [this, before = *existing, links = productIdsOf(api.id)] {
            Api plain = before;
            plain.operations.clear();
            run(restoreApiSteps(plain, links));
        };
    } else {
        undoText = tr("Add API “%1”").arg(api.name);
        undo = [this, id = api.id] { deleteApi(id); };
    }
    QList<Step> steps{[this, api](auto done) { m_client->putApi(api, this, passOn<Api>(done)); }};
    steps.append([this, apiId = api.id, productIds](auto done) { chain(linkSteps(apiId, productIds), done); });
    run(steps, undoText, undo);
}

void ManagedPublisher::importApi(const Api &api, const QStringList &productIds)
{
    const Api *existing = this->api(api.id);
    QList<Step> steps = restoreApiSteps(api, productIds);
    std::function<void()> undo = [this, id = api.id] { deleteApi(id); };
    if (existing) {
        // In place: the gateway's operations the document no longer has go.
        for (const Operation &old : existing->operations) {
            if (!api.operation(old.id)) {
                steps.append([this, apiId = api.id, id = old.id](auto done) {
                    m_client->deleteOperation(apiId, id, this, passOn<ManagementClient::Done>(done));
                });
            }
        }
        undo = [this, before = *existing, links = productIdsOf(api.id)] {
            QList<Step> back{[this, id = before.id](auto done) {
                m_client->deleteApi(id, this, passOn<ManagementClient::Done>(done));
            }};
            back.append(restoreApiSteps(before, links));
            run(back);
        };
    }
    run(steps, tr("Import API “%1”").arg(api.name), undo);
}

void ManagedPublisher::deleteApi(const QString &apiId)
{
    const Api *existing = api(apiId);
    QString undoText;
    std::function<void()> undo;
    if (existing) {
        undoText = tr("Delete API “%1”").arg(existing->name);
        undo = [this, before = *existing, links = productIdsOf(apiId)] { run(restoreApiSteps(before, links)); };
    }
    run({[this, apiId](auto done) { m_client->deleteApi(apiId, this, passOn<ManagementClient::Done>(done)); }},
        undoText, undo);
}

void ManagedPublisher::saveOperation(const QString &apiId, const Operation &op)
{
    const Api *owner = api(apiId);
    const Operation *existing = owner ? owner->operation(op.id) : nullptr;
    QString undoText;
    std::function<void()> undo;
    if (existing) {
        undoText = tr("Edit operation “%1”").arg(existing->name);
        undo = [this, apiId, before = *existing] { saveOperation(apiId, before); };
    } else {
        undoText = tr("Add operation “%1”").arg(op.name);
        undo = [this, apiId, id = op.id] { deleteOperation(apiId, id); };
    }
    run({[this, apiId, op](auto done) { m_client->putOperation(apiId, op, this, passOn<Operation>(done)); }}, undoText,
        undo);
}

void ManagedPublisher::deleteOperation(const QString &apiId, const QString &operationId)
{
    const Api *owner = api(apiId);
    const Operation *existing = owner ? owner->operation(operationId) : nullptr;
    QString undoText;
    std::function<void()> undo;
    if (existing) {
        undoText = tr("Delete operation “%1”").arg(existing->name);
        undo = [this, apiId, before = *existing] { saveOperation(apiId, before); };
    }
    run({[this, apiId, operationId](auto done) {
            m_client->deleteOperation(apiId, operationId, this, passOn<ManagementClient::Done>(done));
        }},
        undoText, undo);
}

void ManagedPublisher::undo()
{
    if (!m_undo)
        return;
    const std::function<void()> undo = std::move(m_undo);
    m_undo = nullptr;
    m_undoText.clear();
    Q_EMIT undoChanged();
    undo();
}

} // namespace portico::client
