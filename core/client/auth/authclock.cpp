// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/auth/authclock.h"

#include <QTimer>

#include <limits>

namespace portico::client::auth {

QDateTime AuthClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

void AuthClock::after(qint64 ms, QObject *context, std::function<void()> fn)
{
    const int delay = int(qBound(qint64(0), ms, qint64(std::numeric_limits<int>::max())));
    QTimer::singleShot(delay, context, std::move(fn));
}

AuthClock *AuthClock::system()
{
    static AuthClock clock;
    return &clock;
}

} // namespace portico::client::auth
