// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The dashboard's figures computed from the console's own history: works for any gateway,
// cloud ones included, but sees only the calls this console made. The history keeps no
// subscription (keys are masked before they are stored), so its calls are grouped by API.

#include "client/history/historystore.h"
#include "client/usage/usage.h"

namespace portico::client {

class HistoryStore;
class Workspace;

class HistoryUsage
{
public:
    // names, when given, supplies API and operation display names; ids stand in otherwise.
    static UsageReport compute(const QList<HistoryCall> &calls, const UsageWindow &window,
                               const Workspace *names = nullptr);
    // Reads the window's calls from the store (on its thread) and computes them.
    static UsageReport fromStore(const HistoryStore &store, const UsageWindow &window,
                                 const Workspace *names = nullptr);
};

} // namespace portico::client
