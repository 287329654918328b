// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "sandbox/storage/azuriteprocess.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>

#include <csignal>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif
#include <unistd.h>

Q_LOGGING_CATEGORY(lcAzurite, "portico.sandbox.azurite")

using namespace Qt::StringLiterals;

namespace portico::sandbox {

namespace {

constexpr int kStartTimeoutMs = 30'000;
constexpr int kProbeIntervalMs = 50;
constexpr qsizetype kMaxOutput = 4096;

bool isExecutable(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}

quint16 freePort(quint16 preferred)
{
    QTcpServer probe;
    if (preferred != 0 && probe.listen(QHostAddress::LocalHost, preferred))
        return preferred;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

AzuriteProcess::AzuriteProcess(QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
#ifdef Q_OS_LINUX
    // A crashed or killed sandbox must not leave an emulator holding the port.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
    connect(&m_process, &QProcess::readyRead, this, [this] {
        const QByteArray chunk = m_process.readAll();
        if (m_output.size() < kMaxOutput)
            m_output += chunk.left(kMaxOutput - m_output.size());
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart && m_state == State::Starting)
            fail(tr("Azurite (%1) could not be started: %2").arg(m_process.program(), m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus) {
        if (m_state == State::Starting || m_state == State::Ready) {
            fail(tr("Azurite stopped (exit code %1): %2")
                     .arg(exitCode)
                     .arg(QString::fromUtf8(m_output).trimmed().left(600)));
        }
    });
    m_probeTimer.setInterval(kProbeIntervalMs);
    connect(&m_probeTimer, &QTimer::timeout, this, &AzuriteProcess::probe);
}

AzuriteProcess::~AzuriteProcess()
{
    stop();
}

QString AzuriteProcess::installHint()
{
    return tr("Install it with `make deps` in the Portico source tree, or with `npm install --prefix <source "
              "tree>/.azurite azurite@3.35.0`, or point the environment variable PORTICO_AZURITE_BLOB at an "
              "azurite-blob executable.");
}

QString AzuriteProcess::findProgram(const QString &explicitProgram, QString *error)
{
    auto refuse = [error](const QString &what) {
        if (error)
            *error = what + u' ' + installHint();
        return QString();
    };
    if (!explicitProgram.isEmpty()) {
        if (isExecutable(explicitProgram))
            return explicitProgram;
        return refuse(tr("Azurite was not found at %1.").arg(explicitProgram));
    }
    const QString fromEnv = qEnvironmentVariable("PORTICO_AZURITE_BLOB");
    if (!fromEnv.isEmpty()) {
        if (isExecutable(fromEnv))
            return fromEnv;
        return refuse(tr("Azurite was not found at %1 (PORTICO_AZURITE_BLOB).").arg(fromEnv));
    }
#ifdef PORTICO_AZURITE_BLOB_DEFAULT
    const QString built = QString::fromUtf8(PORTICO_AZURITE_BLOB_DEFAULT);
    if (isExecutable(built))
        return built;
#endif
    const QString onPath = QStandardPaths::findExecutable(u"azurite-blob"_s);
    if (!onPath.isEmpty())
        return onPath;
    return refuse(tr("Azurite (the Azure Storage emulator) is not installed: azurite-blob is neither in the "
                     "project's .azurite folder nor on PATH."));
}

QString AzuriteProcess::connectionStringFor(quint16 port)
{
    return u"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey="_s +
        QString::fromLatin1(
               "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==") +
        u";BlobEndpoint=http://127.0.0.1:"_s + QString::number(port) + u"/devstoreaccount1;"_s;
}

QString AzuriteProcess::connectionString() const
{
    return m_state == State::Ready ? connectionStringFor(m_port) : QString();
}

void AzuriteProcess::start(const QString &location, quint16 preferredPort, const QString &explicitProgram)
{
    if (m_state != State::Idle)
        return;
    m_state = State::Starting;
    QString error;
    const QString program = findProgram(explicitProgram, &error);
    if (program.isEmpty()) {
        // Queued, so callers connect before they hear about it, as with any other failure.
        QMetaObject::invokeMethod(
            this, [this, error] { fail(error); }, Qt::QueuedConnection);
        return;
    }
    if (!QDir().mkpath(location)) {
        QMetaObject::invokeMethod(
            this, [this, location] { fail(tr("Cannot create Azurite's data folder %1.").arg(location)); },
            Qt::QueuedConnection);
        return;
    }
    m_port = freePort(preferredPort);
    m_output.clear();
    m_deadlineMs = QDateTime::currentMSecsSinceEpoch() + kStartTimeoutMs;
    qCInfo(lcAzurite) << "starting" << program << "on port" << m_port << "in" << location;
    m_process.start(program,
                    {u"--blobHost"_s, u"127.0.0.1"_s, u"--blobPort"_s, QString::number(m_port), u"--location"_s,
                     location, u"--silent"_s, u"--skipApiVersionCheck"_s, u"--loose"_s,
                     // The sandbox works offline and must not phone home.
                     u"--disableTelemetry"_s});
    m_probeTimer.start();
}

void AzuriteProcess::probe()
{
    if (m_state != State::Starting) {
        m_probeTimer.stop();
        return;
    }
    if (QDateTime::currentMSecsSinceEpoch() > m_deadlineMs) {
        fail(tr("Azurite did not accept connections on port %1 within %2 seconds.")
                 .arg(m_port)
                 .arg(kStartTimeoutMs / 1000));
        return;
    }
    if (m_socket)
        return; // the previous attempt is still connecting
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        m_socket->deleteLater();
        m_socket = nullptr;
        if (m_state != State::Starting)
            return;
        m_probeTimer.stop();
        m_state = State::Ready;
        qCInfo(lcAzurite) << "ready on port" << m_port;
        Q_EMIT ready(connectionString());
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
        m_socket->deleteLater();
        m_socket = nullptr;
    });
    m_socket->connectToHost(QHostAddress(QHostAddress::LocalHost), m_port);
}

void AzuriteProcess::fail(const QString &message)
{
    if (m_state == State::Failed)
        return;
    m_probeTimer.stop();
    m_state = State::Failed;
    m_error = message;
    qCWarning(lcAzurite).noquote() << message;
    if (m_process.state() != QProcess::NotRunning) {
        // SIGKILL is reaped within milliseconds; reaping it here, on the sandbox's thread,
        // leaves the process object ready for the next start().
        m_process.kill();
        m_process.waitForFinished(2000);
    }
    Q_EMIT failed(message);
}

void AzuriteProcess::stop()
{
    m_probeTimer.stop();
    if (m_state == State::Starting || m_state == State::Ready)
        m_state = State::Idle;
    if (m_process.state() == QProcess::NotRunning)
        return;
    // SIGTERM lets Azurite flush its metadata; it exits within milliseconds. Only at
    // shutdown, on the sandbox's thread: the child must be gone before the sandbox is.
    m_process.blockSignals(true);
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
    m_process.blockSignals(false);
}

} // namespace portico::sandbox
