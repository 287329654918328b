// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Publishing for a gateway Portico cannot manage (a cloud one): the API and operation dialogs
// edit the local workspace's catalog, and whoever owns the workspace saves it on changed().

#include "client/management/apipublisher.h"

namespace portico::client {

class Workspace;

class WorkspacePublisher : public ApiPublisher
{
    Q_OBJECT
public:
    // The workspace is not owned and must outlive this object.
    explicit WorkspacePublisher(Workspace *workspace, QObject *parent = nullptr);

    QList<Api> apis() const override { return m_apis; }
    QList<ProductChoice> products() const override;
    bool managesGateway() const override { return false; }

    void refresh() override;
    void saveApi(const Api &api, const QStringList &productIds) override;
    void deleteApi(const QString &apiId) override;
    void saveOperation(const QString &apiId, const Operation &op) override;
    void deleteOperation(const QString &apiId, const QString &operationId) override;
    void importApi(const Api &api, const QStringList &productIds) override;

    QString undoText() const override;
    void undo() override;

Q_SIGNALS:
    // The workspace changed and wants saving.
    void changed();

private:
    // Keeps the catalog as it was before an edit, so undo is a copy back.
    void remember(const QString &text);
    void commit();
    void fail(const QString &message);
    Api *findApi(const QString &id);

    Workspace *m_workspace;
    struct Snapshot
    {
        QString text;
        QList<Api> apis;
    };
    QList<Snapshot> m_undo;
};

} // namespace portico::client
