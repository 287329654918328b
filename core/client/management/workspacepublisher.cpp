// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/management/workspacepublisher.h"

#include "client/catalog/workspace.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace portico::client {

namespace {

// Enough to undo a working session's slips without keeping every catalog ever written.
constexpr qsizetype kUndoDepth = 50;

} // namespace

WorkspacePublisher::WorkspacePublisher(Workspace *workspace, QObject *parent)
    : ApiPublisher(parent)
    , m_workspace(workspace)
{
    m_apis = m_workspace->apis;
}

QList<ProductChoice> WorkspacePublisher::products() const
{
    // API Management's default products, and any other a workspace API already names.
    QStringList names{u"Starter"_s, u"Unlimited"_s};
    for (const Api &a : std::as_const(m_workspace->apis)) {
        for (const QString &p : a.products) {
            if (!names.contains(p))
                names.append(p);
        }
    }
    QList<ProductChoice> choices;
    for (const QString &n : std::as_const(names))
        choices.append({n, n});
    return choices;
}

void WorkspacePublisher::refresh()
{
    m_apis = m_workspace->apis;
    QTimer::singleShot(0, this, &ApiPublisher::apisChanged);
}

Api *WorkspacePublisher::findApi(const QString &id)
{
    for (Api &a : m_workspace->apis) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

void WorkspacePublisher::remember(const QString &text)
{
    m_undo.append({text, m_workspace->apis});
    if (m_undo.size() > kUndoDepth)
        m_undo.removeFirst();
}

void WorkspacePublisher::commit()
{
    m_apis = m_workspace->apis;
    QTimer::singleShot(0, this, [this] {
        Q_EMIT changed();
        Q_EMIT apisChanged();
        Q_EMIT undoChanged();
    });
}

void WorkspacePublisher::fail(const QString &message)
{
    QTimer::singleShot(0, this, [this, message] { Q_EMIT failed(message); });
}

void WorkspacePublisher::saveApi(const Api &api, const QStringList &productIds)
{
    // Remember before taking a writable pointer: the snapshot shares the list until then.
    const Api *before = std::as_const(*m_workspace).api(api.id);
    remember(before ? tr("Edit API “%1”").arg(before->name) : tr("Add API “%1”").arg(api.name));
    Api *existing = findApi(api.id);
    Api updated = api;
    updated.products = productIds;
    if (existing) {
        updated.operations = existing->operations;
        *existing = updated;
    } else {
        m_workspace->apis.append(updated);
    }
    commit();
}

void WorkspacePublisher::importApi(const Api &api, const QStringList &productIds)
{
    remember(tr("Import API “%1”").arg(api.name));
    Api updated = api;
    updated.products = productIds;
    if (Api *existing = findApi(api.id)) {
        *existing = updated;
        m_workspace->savedRequests.removeIf(
            [&](const SavedRequest &r) { return r.apiId == api.id && !updated.operation(r.operationId); });
    } else {
        m_workspace->apis.append(updated);
    }
    commit();
}

void WorkspacePublisher::deleteApi(const QString &apiId)
{
    const Api *existing = std::as_const(*m_workspace).api(apiId);
    if (!existing) {
        fail(tr("There is no API “%1” in the workspace.").arg(apiId));
        return;
    }
    remember(tr("Delete API “%1”").arg(existing->name));
    m_workspace->apis.removeIf([&](const Api &a) { return a.id == apiId; });
    m_workspace->savedRequests.removeIf([&](const SavedRequest &r) { return r.apiId == apiId; });
    commit();
}

void WorkspacePublisher::saveOperation(const QString &apiId, const Operation &op)
{
    const Api *owner = std::as_const(*m_workspace).api(apiId);
    if (!owner) {
        fail(tr("There is no API “%1” in the workspace.").arg(apiId));
        return;
    }
    const Operation *before = owner->operation(op.id);
    remember(before ? tr("Edit operation “%1”").arg(before->name) : tr("Add operation “%1”").arg(op.name));
    Api *api = findApi(apiId);
    auto it =
        std::find_if(api->operations.begin(), api->operations.end(), [&](const Operation &o) { return o.id == op.id; });
    if (it != api->operations.end())
        *it = op;
    else
        api->operations.append(op);
    commit();
}

void WorkspacePublisher::deleteOperation(const QString &apiId, const QString &operationId)
{
    const Api *owner = std::as_const(*m_workspace).api(apiId);
    const Operation *op = owner ? owner->operation(operationId) : nullptr;
    if (!op) {
        fail(tr("There is no operation “%1” in the API “%2”.").arg(operationId, apiId));
        return;
    }
    remember(tr("Delete operation “%1”").arg(op->name));
    Api *api = findApi(apiId);
    api->operations.removeIf([&](const Operation &o) { return o.id == operationId; });
    commit();
}

QString WorkspacePublisher::undoText() const
{
    return m_undo.isEmpty() ? QString() : m_undo.constLast().text;
}

void WorkspacePublisher::undo()
{
    if (m_undo.isEmpty())
        return;
    // Saved requests of a deleted API stay gone; the request form rebuilds them.
    m_workspace->apis = m_undo.takeLast().apis;
    commit();
}

} // namespace portico::client
