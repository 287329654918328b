// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Runs generated sample code the way a user would, each program in its own directory with
// its language's own tool (bash+curl, python3, mcs+mono, Rscript, node), all at once, while
// this thread's event loop keeps serving the sandbox; and a recorder that answers every
// HTTP request with the request's own bytes, so a test sees exactly what a program sent.

#include "client/interop/snippets.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace portico::test {

struct SnippetRun
{
    QString label;
    QString code;
    client::SnippetLanguage language = client::SnippetLanguage::Curl;
    QProcessEnvironment environment;
    QString workDir; // filled in: where it ran
    // Results.
    int exitCode = -1;
    int status = -1; // from the "HTTP <status>" line on standard error
    QByteArray out;
    QByteArray err;
};

// The languages the tests run; PowerShell has no Debian 12 package.
inline QList<client::SnippetLanguage> runnableLanguages()
{
    using L = client::SnippetLanguage;
    return {L::Curl, L::PythonRequests, L::PythonUrllib, L::CSharpHttpClient, L::RHttr, L::JavaScriptFetch};
}

// Missing tools, by name; the project's set-up (cmake/install-deps.sh) installs all of them.
inline QStringList missingTools()
{
    QStringList missing;
    for (const char *tool : {"bash", "curl", "/usr/bin/python3", "mcs", "mono", "Rscript", "node"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            missing << QString::fromLatin1(tool);
    }
    return missing;
}

inline QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("NO_PROXY"), QStringLiteral("*"));
    env.insert(QStringLiteral("no_proxy"), QStringLiteral("*"));
    return env;
}

// Runs every program in parallel and waits for all of them, the event loop running.
inline bool runSnippets(QList<SnippetRun> *runs, const QString &root, int timeoutMs = 120'000)
{
    using L = client::SnippetLanguage;
    std::vector<std::unique_ptr<QProcess>> processes;
    for (qsizetype i = 0; i < runs->size(); ++i) {
        SnippetRun &run = (*runs)[i];
        run.workDir = QDir(root).filePath(QStringLiteral("run%1").arg(i));
        QDir().mkpath(run.workDir);
        const QString file = client::snippetLanguageInfo(run.language).fileName;
        QFile source(QDir(run.workDir).filePath(file));
        if (!source.open(QIODevice::WriteOnly))
            return false;
        source.write(run.code.toUtf8());
        source.close();
        QString command;
        switch (run.language) {
        case L::Curl:
            command = QStringLiteral("bash ") + file;
            break;
        case L::PythonRequests:
        case L::PythonUrllib:
            // Debian's interpreter, where python3-requests and python3-azure-storage live (a
            // python3 earlier on PATH, such as a pyenv shim, may lack them).
            command = QStringLiteral("/usr/bin/python3 ") + file;
            break;
        case L::CSharpHttpClient:
            command =
                QStringLiteral("mcs -nologo -r:System.Net.Http.dll -r:System.Web.Extensions.dll -out:program.exe ") +
                file + QStringLiteral(" >&2 && mono program.exe");
            break;
        case L::RHttr:
            command = QStringLiteral("Rscript --vanilla ") + file;
            break;
        case L::JavaScriptFetch:
            command = QStringLiteral("node ") + file;
            break;
        case L::PowerShell:
            command = QStringLiteral("pwsh -NoProfile -File ") + file;
            break;
        }
        auto process = std::make_unique<QProcess>();
        process->setWorkingDirectory(run.workDir);
        process->setProcessEnvironment(run.environment);
        process->start(QStringLiteral("bash"), {QStringLiteral("-c"), command});
        processes.push_back(std::move(process));
    }
    const bool done = QTest::qWaitFor(
        [&] {
            for (const auto &p : processes) {
                if (p->state() != QProcess::NotRunning)
                    return false;
            }
            return true;
        },
        timeoutMs);
    static const QRegularExpression statusLine(QStringLiteral("HTTP (\\d{3})"));
    for (qsizetype i = 0; i < runs->size(); ++i) {
        SnippetRun &run = (*runs)[i];
        QProcess &p = *processes[size_t(i)];
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished();
        }
        run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        run.out = p.readAllStandardOutput();
        run.err = p.readAllStandardError();
        QRegularExpressionMatchIterator it = statusLine.globalMatch(QString::fromUtf8(run.err));
        while (it.hasNext())
            run.status = it.next().captured(1).toInt();
    }
    return done;
}

// Answers each request with 200 and, as its body, the request exactly as it arrived.
class RequestRecorder : public QObject
{
public:
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }

    RequestRecorder()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto *buffer = new QByteArray;
                connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
                    delete buffer;
                    socket->deleteLater();
                });
                connect(socket, &QTcpSocket::readyRead, socket, [socket, buffer] { onData(socket, buffer); });
            }
        });
    }

    struct Request
    {
        QByteArray method;
        QByteArray target;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        bool valid = false;
        QByteArray header(const QByteArray &name) const
        {
            for (const auto &h : headers) {
                if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                    return h.second;
            }
            return QByteArray("<absent>");
        }
    };

    static Request parse(const QByteArray &raw)
    {
        Request r;
        const qsizetype end = raw.indexOf("\r\n\r\n");
        if (end < 0)
            return r;
        const QList<QByteArray> lines = raw.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        if (first.size() != 3)
            return r;
        r.method = first.at(0);
        r.target = first.at(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            QByteArray line = lines.at(i);
            if (line.endsWith('\r'))
                line.chop(1);
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                r.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
        }
        r.body = raw.mid(end + 4);
        r.valid = true;
        return r;
    }

private:
    static void onData(QTcpSocket *socket, QByteArray *buffer)
    {
        *buffer += socket->readAll();
        const qsizetype end = buffer->indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const Request head = parse(*buffer);
        qsizetype length = 0;
        const QByteArray lengthHeader = head.header("Content-Length");
        if (lengthHeader != "<absent>")
            length = lengthHeader.toLongLong();
        if (head.header("Expect").compare("100-continue", Qt::CaseInsensitive) == 0 && buffer->size() == end + 4 &&
            length > 0 && !buffer->contains("\r\n\r\nHTTP"))
            socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        if (buffer->size() < end + 4 + length)
            return;
        const QByteArray request = buffer->left(end + 4 + length);
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nConnection: close\r\n"
                      "Content-Length: " +
                      QByteArray::number(request.size()) + "\r\n\r\n" + request);
        socket->disconnectFromHost();
        buffer->clear();
    }

    QTcpServer m_server;
};

} // namespace portico::test
