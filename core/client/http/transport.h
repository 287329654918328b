// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The console's one way onto the network. Every HTTP user gets its engine here: the clients of
// the UI thread share one, a worker thread asks for its own. All of them share one trust store
// (the user's certificate exceptions), one proxy setting and one user agent.

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QNetworkProxy>
#include <QObject>

#include <optional>

namespace portico::client {

class HttpEngine;
class TrustStore;

class Transport : public QObject
{
    Q_OBJECT
public:
    // Lives on the thread that builds it, whose engine engine() is.
    explicit Transport(const QByteArray &userAgent, QObject *parent = nullptr);
    ~Transport() override;

    TrustStore *trustStore() const { return m_trust; }
    QByteArray userAgent() const { return m_userAgent; }
    // The engine of the transport's own thread (the UI thread in the console).
    HttpEngine *engine() const { return m_engine; }
    // A new engine for the calling thread, owned by parent (which lives on that thread), with
    // the shared trust store, proxy and user agent. Safe to call from any thread.
    HttpEngine *createEngine(QObject *parent);

    // Replaces the system proxy configuration for every engine, the existing ones and later ones.
    void setProxy(const QNetworkProxy &proxy);

private:
    void configure(HttpEngine *engine);

    QByteArray m_userAgent;
    TrustStore *m_trust;
    HttpEngine *m_engine;
    mutable QMutex m_lock;         // guards the two below
    QList<HttpEngine *> m_engines; // each takes itself off when destroyed
    std::optional<QNetworkProxy> m_proxy;
};

} // namespace portico::client
