// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// An exchange as it may be shown, stored, copied or exported: credential headers, key and
// signature query parameters, account keys and every known secret value masked. Only of()
// makes one, so everything downstream of the place an exchange finishes (the viewer, the
// history, copy and export) can take this type and never see, or mask again, a raw one.

#include "client/http/exchange.h"

#include <QStringList>

namespace portico::client {

class RedactedExchange
{
public:
    RedactedExchange() = default;
    // keychainSecrets are the values the request was sent with (read from the keychain for
    // it); credentials written into the request itself are found and masked too.
    static RedactedExchange of(const Exchange &exchange, const QStringList &keychainSecrets);
    // An exchange that was redacted before it was stored (the history's): taken as it is.
    static RedactedExchange fromStore(Exchange stored) { return RedactedExchange(std::move(stored)); }

    const Exchange &exchange() const { return m_exchange; }
    const Exchange *operator->() const { return &m_exchange; }
    const Exchange &operator*() const { return m_exchange; }

    // A spooled body stays in its file as the server sent it (masking 100 MB on the way would
    // stall the UI); its first kSpooledHeadBytes are read once here, masked, for whoever keeps
    // a copy (the history).
    static constexpr qint64 kSpooledHeadBytes = 1024 * 1024;
    const QByteArray &spooledHead() const { return m_spooledHead; }

private:
    explicit RedactedExchange(Exchange exchange)
        : m_exchange(std::move(exchange))
    { }

    Exchange m_exchange;
    QByteArray m_spooledHead;
};

} // namespace portico::client

Q_DECLARE_METATYPE(portico::client::RedactedExchange)
