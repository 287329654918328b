// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The sandbox's own blob storage: an Azurite started the first time something needs it
// (a batch job naming the development storage, or ensure()), and kept until the sandbox
// stops. Hands its connection string to whoever waits for it.

#include "sandbox/storage/azuriteprocess.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>

namespace portico::sandbox {

class SandboxStorage : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool enabled = true;
        quint16 preferredPort = 10000; // a busy port falls back to any free one; 0: any
        QString location;              // Azurite's data folder
        QString program;               // empty: AzuriteProcess::findProgram's search
    };
    // Called once with the connection string, or with an empty one and the reason.
    using Callback = std::function<void(const QString &connectionString, const QString &error)>;

    explicit SandboxStorage(const Options &options, QObject *parent = nullptr);
    ~SandboxStorage() override;

    void ensure();
    void acquire(Callback callback);
    // Empty until ready.
    QString connectionString() const { return m_connectionString; }
    const Options &options() const { return m_options; }

Q_SIGNALS:
    void ready(const QString &connectionString);
    void failed(const QString &message);

private:
    void settle(const QString &connectionString, const QString &error);

    Options m_options;
    std::unique_ptr<AzuriteProcess> m_azurite;
    QString m_connectionString;
    QList<Callback> m_waiting;
};

} // namespace portico::sandbox
