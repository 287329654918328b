// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Where the dashboard's gateway reports come from: the local sandbox's management API
// (ReportsClient) or an Azure API Management instance's reports through Azure Resource
// Manager (ArmReportsClient). Either answers one fetch at a time with one UsageReport.

#include "client/usage/usage.h"

#include <QObject>

namespace portico::client {

class UsageReports : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Whether there is a gateway to ask at all.
    virtual bool isConfigured() const = 0;
    virtual bool isBusy() const = 0;
    // reportReady() or failed() follows, never both; false (and nothing emitted) when
    // nothing is configured or a fetch is still under way: fetches never overlap.
    virtual bool fetch(const UsageWindow &window) = 0;

Q_SIGNALS:
    void reportReady(const portico::client::UsageReport &report);
    void failed(const QString &message);
};

} // namespace portico::client
