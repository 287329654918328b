// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Runs Azurite's blob service (the Azure Storage emulator) as a child process for the
// sandbox's batch jobs: finds the program, picks a port, starts it without blocking and
// says when the port accepts connections. The child dies with this object or its parent.

#include <QObject>
#include <QProcess>
#include <QString>
#include <QTimer>

class QTcpSocket;

namespace portico::sandbox {

class AzuriteProcess : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Starting, Ready, Failed };

    explicit AzuriteProcess(QObject *parent = nullptr);
    ~AzuriteProcess() override;

    // The executable to run: explicit (a path) when given, else $PORTICO_AZURITE_BLOB,
    // else the project's .azurite/ install, else azurite-blob on PATH. Empty and *error
    // set (with how to install it) when none is usable.
    static QString findProgram(const QString &explicitProgram, QString *error);
    // How to get Azurite, for messages.
    static QString installHint();

    // Starts once; answers with ready() or failed(). preferredPort 0 means any free port;
    // a busy preferred port falls back to a free one. location holds Azurite's data.
    void start(const QString &location, quint16 preferredPort, const QString &explicitProgram = QString());
    // Kills the child (it holds no state that needs a clean shutdown beyond its files).
    void stop();

    State state() const { return m_state; }
    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }
    // The full development-account connection string, with the endpoint on this port.
    QString connectionString() const;
    static QString connectionStringFor(quint16 port);

Q_SIGNALS:
    void ready(const QString &connectionString);
    void failed(const QString &message);

private:
    void probe();
    void fail(const QString &message);

    QProcess m_process;
    QTimer m_probeTimer;
    QTcpSocket *m_socket = nullptr;
    QByteArray m_output; // the child's first words, for a failure message
    State m_state = State::Idle;
    quint16 m_port = 0;
    qint64 m_deadlineMs = 0;
    QString m_error;
};

} // namespace portico::sandbox
