// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Publishing on a gateway Portico can manage (the sandbox's): every edit goes to its
// management API at once, and the list is read back from it afterwards.

#include "client/management/apipublisher.h"
#include "client/management/product.h"

#include <functional>

namespace portico::client {

class ManagementClient;

class ManagedPublisher : public ApiPublisher
{
    Q_OBJECT
public:
    // The client is not owned and must outlive this object.
    explicit ManagedPublisher(ManagementClient *client, QObject *parent = nullptr);

    QList<Api> apis() const override { return m_apis; }
    QList<ProductChoice> products() const override;
    bool managesGateway() const override { return true; }

    void refresh() override;
    void saveApi(const Api &api, const QStringList &productIds) override;
    void deleteApi(const QString &apiId) override;
    void saveOperation(const QString &apiId, const Operation &op) override;
    void deleteOperation(const QString &apiId, const QString &operationId) override;
    void importApi(const Api &api, const QStringList &productIds) override;

    // Undo re-sends what the last change replaced or removed.
    QString undoText() const override { return m_undoText; }
    void undo() override;

private:
    using Step = std::function<void(std::function<void(const QString &error)>)>;

    // Runs the steps one after another and stops at the first error.
    void chain(QList<Step> steps, std::function<void(const QString &error)> done);
    // chain(), then remembers the undo on success, reports a failure and refreshes.
    void run(QList<Step> steps, const QString &undoText = {}, std::function<void()> undo = {});
    QList<Step> restoreApiSteps(const Api &api, const QStringList &productIds);
    QList<Step> linkSteps(const QString &apiId, const QStringList &productIds);
    QStringList productIdsOf(const QString &apiId) const;

    ManagementClient *m_client;
    QList<Product> m_products;
    quint64 m_generation = 0;
    QString m_undoText;
    std::function<void()> m_undo;
};

} // namespace portico::client
