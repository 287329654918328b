// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// What an Azure ML online endpoint's refusal means for the user: its 401s answer a bare code
// ("key_auth_access_denied") and its 424s hide the model's own status in headers, so the
// console says in words what to fix.

#include "client/http/exchange.h"

#include <QCoreApplication>
#include <QString>

namespace portico::client {

class OnlineEndpointAnswer
{
    Q_DECLARE_TR_FUNCTIONS(portico::client::OnlineEndpointAnswer)
public:
    // Empty for an answer that needs no words (2xx, or a status the viewer explains itself).
    static QString problem(const Exchange &exchange, bool withToken);
};

} // namespace portico::client
