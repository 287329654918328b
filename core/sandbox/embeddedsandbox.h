// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Runs a Sandbox on a thread of its own inside another program (the console), so scoring
// and gateway work never compete with that program's UI thread.

#include "sandbox/sandbox.h"

#include <QObject>
#include <QThread>
#include <QUrl>

namespace portico::sandbox {

class EmbeddedSandbox : public QObject
{
    Q_OBJECT
public:
    explicit EmbeddedSandbox(QObject *parent = nullptr);
    ~EmbeddedSandbox() override;

    // Starts once; answers with started() or failed() on this object's thread.
    void start(const SandboxOptions &options);
    bool isRunning() const { return m_gatewayUrl.isValid(); }
    // Why it did not start; empty while it starts or once it runs.
    QString failure() const { return m_failure; }
    QUrl gatewayUrl() const { return m_gatewayUrl; }
    QUrl serviceUrl() const { return m_serviceUrl; }
    // As they were when the sandbox started.
    Credentials credentials() const { return m_credentials; }
    QList<Subscription> subscriptions() const { return m_subscriptions; }
    QList<Product> products() const { return m_products; }
    // Starts the sandbox's blob storage (Azurite) unless it runs; answers with
    // storageReady() or storageFailed() on this object's thread. Safe from this thread.
    void ensureStorage();

Q_SIGNALS:
    void started(const QUrl &gateway, const QUrl &service);
    void failed(const QString &message);
    // The full connection string of the sandbox's development storage account.
    void storageReady(const QString &connectionString);
    void storageFailed(const QString &message);

private:
    QThread m_thread;
    Sandbox *m_sandbox = nullptr; // lives on m_thread
    QUrl m_gatewayUrl;
    QString m_failure;
    QUrl m_serviceUrl;
    Credentials m_credentials;
    QList<Subscription> m_subscriptions;
    QList<Product> m_products;
};

} // namespace portico::sandbox
