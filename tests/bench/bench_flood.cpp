// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The gateway's health check timed with the sandbox idle, as the reference, and again while
// 1,000 slowloris connections are held and 200 keep-alive clients send pipelined requests.
// Prints one JSON object: median and slowest round trip in milliseconds, both ways.

#include "sandbox/embeddedsandbox.h"
#include "sandbox/gateway/gateway.h"
#include "sandbox/sandbox.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace portico;

namespace {

QByteArray healthCheck(const char *connection)
{
    return "GET " + QByteArray(sandbox::Gateway::kStatusPath.data(), sandbox::Gateway::kStatusPath.size()) +
        " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: " + connection + "\r\n\r\n";
}

// One health check on a fresh connection, in ms; -1 when it was not answered with 200.
double timedCheck(quint16 port)
{
    QTcpSocket s;
    QElapsedTimer t;
    t.start();
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(10'000))
        return -1;
    s.write(healthCheck("close"));
    QByteArray in;
    while (!in.contains("\r\n") && s.waitForReadyRead(10'000))
        in += s.readAll();
    return in.startsWith("HTTP/1.1 200") ? double(t.nsecsElapsed()) / 1e6 : -1;
}

QJsonObject measure(quint16 port, int count)
{
    std::vector<double> ms;
    int failed = 0;
    for (int i = 0; i < count; ++i) {
        const double m = timedCheck(port);
        if (m < 0)
            ++failed;
        else
            ms.push_back(m);
        QCoreApplication::processEvents(); // let the flood's sockets keep going between checks
    }
    std::sort(ms.begin(), ms.end());
    return {{QStringLiteral("medianMs"), ms.empty() ? -1 : ms[ms.size() / 2]},
            {QStringLiteral("maxMs"), ms.empty() ? -1 : ms.back()},
            {QStringLiteral("failed"), failed}};
}

// Holds slow connections that never finish their request and busy keep-alive clients that
// ask again as soon as they are answered, then times health checks among them.
QJsonObject floodAndMeasure(quint16 port, int slowCount, int busyCount)
{
    std::vector<std::unique_ptr<QTcpSocket>> flood;
    const QByteArray keepAlive = healthCheck("keep-alive");
    for (int i = 0; i < slowCount + busyCount; ++i) {
        auto s = std::make_unique<QTcpSocket>();
        QTcpSocket *raw = s.get();
        const bool slow = i < slowCount;
        QObject::connect(raw, &QTcpSocket::connected, raw, [raw, slow, keepAlive] {
            raw->write(slow ? QByteArray("POST /slow HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ") : keepAlive);
        });
        QObject::connect(raw, &QTcpSocket::readyRead, raw, [raw, slow, keepAlive] {
            raw->readAll();
            if (!slow)
                raw->write(keepAlive);
        });
        s->connectToHost(QHostAddress::LocalHost, port);
        flood.push_back(std::move(s));
    }
    QTest::qWait(1000); // a bench, not a test: let the flood build up before measuring
    QJsonObject result = measure(port, 200);
    result.insert(QStringLiteral("stillConnected"), int(std::count_if(flood.cbegin(), flood.cend(), [](const auto &s) {
                      return s->state() == QAbstractSocket::ConnectedState;
                  })));
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    sandbox::EmbeddedSandbox box;
    bool started = false;
    QObject::connect(&box, &sandbox::EmbeddedSandbox::started, [&] { started = true; });
    QObject::connect(&box, &sandbox::EmbeddedSandbox::failed, [](const QString &why) {
        std::fprintf(stderr, "sandbox failed: %s\n", qPrintable(why));
        std::exit(1);
    });
    sandbox::SandboxOptions options;
    options.dataDir = dir.filePath(QStringLiteral("sandbox"));
    options.storageEnabled = false;
    box.start(options);
    if (!QTest::qWaitFor([&] { return started; }, 30'000))
        return 1;
    const quint16 port = quint16(box.gatewayUrl().port());
    const QJsonObject idle = measure(port, 200);

    // The server holds at most 1,024 connections, so the two floods are measured apart.
    const QJsonObject slowloris = floodAndMeasure(port, 1000, 0);
    const QJsonObject keepAlive = floodAndMeasure(port, 0, 200);
    const QJsonObject out{{QStringLiteral("idle"), idle},
                          {QStringLiteral("slowloris"), slowloris},
                          {QStringLiteral("keepAlive"), keepAlive}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
