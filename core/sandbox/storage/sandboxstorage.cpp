// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "sandbox/storage/sandboxstorage.h"

namespace portico::sandbox {

SandboxStorage::SandboxStorage(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{ }

SandboxStorage::~SandboxStorage() = default;

void SandboxStorage::ensure()
{
    if (!m_connectionString.isEmpty()) {
        // Already running: say so again, so a late caller hears the answer too.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (!m_connectionString.isEmpty())
                    Q_EMIT ready(m_connectionString);
            },
            Qt::QueuedConnection);
        return;
    }
    if (m_azurite)
        return; // starting
    if (!m_options.enabled) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                settle(QString(),
                       tr("The sandbox's blob storage is turned off; start the sandbox with storage enabled "
                          "or give the job a connection string of your own storage account."));
            },
            Qt::QueuedConnection);
        return;
    }
    m_azurite = std::make_unique<AzuriteProcess>();
    connect(m_azurite.get(), &AzuriteProcess::ready, this, [this](const QString &cs) { settle(cs, QString()); });
    connect(m_azurite.get(), &AzuriteProcess::failed, this, [this](const QString &message) {
        // Dropped later, not inside its own signal; a later ensure() tries again (say,
        // after Azurite was installed).
        m_azurite.release()->deleteLater();
        settle(QString(), message);
    });
    m_azurite->start(m_options.location, m_options.preferredPort, m_options.program);
}

void SandboxStorage::acquire(Callback callback)
{
    if (!m_connectionString.isEmpty()) {
        callback(m_connectionString, QString());
        return;
    }
    m_waiting.append(std::move(callback));
    ensure();
}

void SandboxStorage::settle(const QString &connectionString, const QString &error)
{
    m_connectionString = connectionString;
    const QList<Callback> waiting = std::exchange(m_waiting, {});
    for (const Callback &callback : waiting)
        callback(connectionString, error);
    if (connectionString.isEmpty())
        Q_EMIT failed(error);
    else
        Q_EMIT ready(connectionString);
}

} // namespace portico::sandbox
