// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "sandbox/embeddedsandbox.h"

#include "sandbox/state/sandboxstore.h"

using namespace Qt::StringLiterals;

namespace portico::sandbox {

EmbeddedSandbox::EmbeddedSandbox(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(u"portico-sandbox"_s);
}

EmbeddedSandbox::~EmbeddedSandbox()
{
    m_thread.quit();
    m_thread.wait();
}

void EmbeddedSandbox::start(const SandboxOptions &options)
{
    if (m_thread.isRunning())
        return;
    auto *sandbox = new Sandbox;
    m_sandbox = sandbox;
    sandbox->moveToThread(&m_thread);
    // Queued across the threads, so both arrive on this object's thread.
    connect(sandbox, &Sandbox::storageReady, this, &EmbeddedSandbox::storageReady);
    connect(sandbox, &Sandbox::storageFailed, this, &EmbeddedSandbox::storageFailed);
    connect(&m_thread, &QThread::finished, sandbox, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(
        sandbox,
        [this, sandbox, options] {
            QString error;
            const bool ok = sandbox->start(options, &error);
            const QUrl gateway = sandbox->gatewayUrl();
            const QUrl service = sandbox->serviceUrl();
            const Credentials credentials = sandbox->credentials();
            const QList<Subscription> subscriptions = sandbox->subscriptions();
            const QList<Product> products = ok ? sandbox->store()->products() : QList<Product>();
            QMetaObject::invokeMethod(
                this,
                [=] {
                    if (!ok) {
                        m_failure = error;
                        Q_EMIT failed(error);
                        return;
                    }
                    m_gatewayUrl = gateway;
                    m_serviceUrl = service;
                    m_credentials = credentials;
                    m_subscriptions = subscriptions;
                    m_products = products;
                    Q_EMIT started(gateway, service);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void EmbeddedSandbox::ensureStorage()
{
    if (!m_sandbox) {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT storageFailed(tr("The local sandbox is not running.")); }, Qt::QueuedConnection);
        return;
    }
    // Queued behind start(), which runs first on the sandbox's thread.
    QMetaObject::invokeMethod(m_sandbox, &Sandbox::ensureStorage, Qt::QueuedConnection);
}

} // namespace portico::sandbox
