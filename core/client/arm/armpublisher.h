// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The publisher's APIs and operations on an Azure API Management instance, through Azure
// Resource Manager: what ManagedPublisher does for the local sandbox, for a real gateway.

#include "client/management/apipublisher.h"

#include <QHash>

namespace portico::client {

class ArmClient;
struct ArmReply;

class ArmPublisher : public ApiPublisher
{
    Q_OBJECT
public:
    // The client is not owned and must outlive the publisher.
    explicit ArmPublisher(ArmClient *client, QObject *parent = nullptr);

    QList<Api> apis() const override { return m_apis; }
    QList<ProductChoice> products() const override { return m_products; }
    bool managesGateway() const override { return true; }

    void refresh() override;
    void saveApi(const Api &api, const QStringList &productIds) override;
    void deleteApi(const QString &apiId) override;
    void saveOperation(const QString &apiId, const Operation &op) override;
    void deleteOperation(const QString &apiId, const QString &operationId) override;
    void importApi(const Api &api, const QStringList &productIds) override;

    // Azure keeps no undo; changes there are final.
    QString undoText() const override { return {}; }
    void undo() override { }

private:
    // Ends one piece of work: on failure says why, on success reads everything again.
    void settle(const ArmReply &reply);

    ArmClient *m_client;
    QList<ProductChoice> m_products;
    quint64 m_generation = 0;
};

} // namespace portico::client
