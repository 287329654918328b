// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The dashboard's usage report from an Azure API Management instance: APIM's reports
// byTime, byOperation and bySubscription through Azure Resource Manager, filtered on the
// window's timestamps, read into the same UsageReport the local gateway's reports give.

#include "client/usage/usage.h"
#include "client/usage/usagereports.h"

#include <QJsonArray>
#include <QObject>

namespace portico::client {

class ArmClient;
struct ArmReply;

class ArmReportsClient : public UsageReports
{
    Q_OBJECT
public:
    // The client is not owned and must outlive this one.
    explicit ArmReportsClient(ArmClient *client, QObject *parent = nullptr);

    // Configured once the connection names a whole instance.
    bool isConfigured() const override;
    bool isBusy() const override { return m_busy; }
    // reportReady() or failed() follows, never both; false (and nothing emitted) while a
    // fetch is under way.
    bool fetch(const UsageWindow &window) override;

    // APIM cuts byTime into multiples of 15 minutes: the window widened to such buckets.
    static UsageWindow armWindow(const UsageWindow &window);
    // "PT15M", "PT1H", "P1D", ... for a bucket size that is a multiple of 15 minutes.
    static QString isoInterval(qint64 bucketMs);
    // APIM names entities by path ("/apis/a/operations/o"); the dashboard by id ("o").
    static QJsonArray withPlainIds(const QJsonArray &rows);

private:
    ArmClient *m_client;
    bool m_busy = false;
};

} // namespace portico::client
