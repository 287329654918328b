// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/http/transport.h"

#include "client/http/httpengine.h"
#include "client/http/truststore.h"

#include <QMetaObject>
#include <QMutexLocker>

namespace portico::client {

Transport::Transport(const QByteArray &userAgent, QObject *parent)
    : QObject(parent)
    , m_userAgent(userAgent)
    , m_trust(new TrustStore(this))
    , m_engine(nullptr)
{
    m_engine = createEngine(this);
}

Transport::~Transport() = default;

HttpEngine *Transport::createEngine(QObject *parent)
{
    auto *engine = new HttpEngine(m_trust, parent);
    configure(engine);
    return engine;
}

void Transport::configure(HttpEngine *engine)
{
    engine->setUserAgent(m_userAgent);
    // Direct: destroyed() comes on the engine's own thread, which may not be this one.
    connect(
        engine, &QObject::destroyed, this,
        [this, engine] {
            QMutexLocker locker(&m_lock);
            m_engines.removeAll(engine);
        },
        Qt::DirectConnection);
    QMutexLocker locker(&m_lock);
    m_engines.append(engine);
    if (m_proxy)
        engine->setProxy(*m_proxy);
}

void Transport::setProxy(const QNetworkProxy &proxy)
{
    QMutexLocker locker(&m_lock);
    m_proxy = proxy;
    for (HttpEngine *engine : std::as_const(m_engines)) {
        // Each engine is touched on its own thread.
        QMetaObject::invokeMethod(engine, [engine, proxy] { engine->setProxy(proxy); });
    }
}

} // namespace portico::client
