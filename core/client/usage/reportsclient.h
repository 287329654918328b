// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Asks a gateway's management API for its usage reports (byTime, byOperation,
// bySubscription) and hands them back as one UsageReport. The admin key is read from the
// keychain by name for each fetch and dropped when the fetch ends; it is never kept.

#include "client/usage/usage.h"
#include "client/usage/usagereports.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <array>

namespace portico::client {

class HttpEngine;
class SecretStore;
struct Exchange;

class ReportsClient : public UsageReports
{
    Q_OBJECT
public:
    static constexpr int kTimeoutMs = 10'000;

    // The engine is shared (the transport's); the client answers only for its own requests.
    ReportsClient(SecretStore *secrets, HttpEngine *engine, QObject *parent = nullptr);
    ~ReportsClient() override;

    // gatewayBase is where the gateway listens (its management API is under /management);
    // an empty URL forgets the gateway. Drops a fetch under way.
    void setGateway(const QUrl &gatewayBase, const QString &adminKeySecretName);
    QUrl gateway() const { return m_gateway; }
    bool isConfigured() const override { return m_gateway.isValid() && !m_secretName.isEmpty(); }
    bool isBusy() const override { return m_busy; }

    // Asks for the window's reports; reportReady() or failed() follows, never both. Returns
    // false, and emits nothing, when no gateway is set or a fetch is still under way: fetches
    // never overlap.
    bool fetch(const UsageWindow &window) override;

    // Reads the three report bodies; false with a sentence in error when one is not a report.
    // Rows without the sandbox's extension fields (a cloud gateway's) are mapped from APIM's
    // own counts: blocked as throttled, failed as server errors, the rest as client errors.
    static bool parse(const UsageWindow &window, const QByteArray &byTime, const QByteArray &byOperation,
                      const QByteArray &bySubscription, UsageReport *report, QString *error);

private:
    enum Kind { ByTime, ByOperation, BySubscription, KindCount };

    void send(const UsageWindow &window, const QString &adminKey);
    void onFinished(const Exchange &exchange);
    void finish();
    void fail(const QString &message);
    void abortReplies();

    SecretStore *m_secrets;
    HttpEngine *m_engine;
    QUrl m_gateway;
    QString m_secretName;
    bool m_busy = false;
    quint64 m_generation = 0;
    UsageWindow m_window;
    std::array<quint64, KindCount> m_requests{}; // engine ids; 0 when none
    std::array<QByteArray, KindCount> m_bodies;
    int m_pending = 0;
};

} // namespace portico::client
