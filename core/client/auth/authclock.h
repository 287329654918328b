// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The time and the timer a sign-in runs on: the system's by default; tests give one of their
// own so a five-second poll interval or a token's last minutes pass without waiting for them.

#include <QDateTime>
#include <QObject>

#include <functional>

namespace portico::client::auth {

class AuthClock
{
public:
    virtual ~AuthClock() = default;
    virtual QDateTime now() const; // UTC
    // Runs fn once, ms from now, on context's thread; never if context is destroyed first.
    virtual void after(qint64 ms, QObject *context, std::function<void()> fn);

    static AuthClock *system();
};

} // namespace portico::client::auth
