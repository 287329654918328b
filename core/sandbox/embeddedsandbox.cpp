#include "embeddedsandbox.h"

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
    sandbox->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, sandbox, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(sandbox, [this, sandbox, options] {
        QString error;
        const bool ok = sandbox->start(options, &error);
        const QUrl gateway = sandbox->gatewayUrl();
        const QUrl service = sandbox->serviceUrl();
        QMetaObject::invokeMethod(this, [this, ok, error, gateway, service] {
            if (!ok) {
                Q_EMIT failed(error);
                return;
            }
            m_gatewayUrl = gateway;
            m_serviceUrl = service;
            Q_EMIT started(gateway, service);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

} // namespace portico::sandbox
