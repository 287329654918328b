// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// "Use my Azure CLI sign-in": tokens from `az account get-access-token --resource <audience>`,
// run asynchronously through QProcess, kept in memory until five minutes before they expire.
// Portico keeps nothing of its own here: the Azure CLI holds the sign-in.

#include "client/auth/tokensource.h"

#include <QHash>
#include <QList>

class QProcess;

namespace portico::client::auth {

class AuthClock;

class AzureCliTokenSource : public TokenSource
{
    Q_OBJECT
public:
    // program: the az executable; empty finds `az` on PATH when a token is asked for.
    explicit AzureCliTokenSource(const QString &program = QString(), AuthClock *clock = nullptr,
                                 QObject *parent = nullptr);
    ~AzureCliTokenSource() override;

    // Whether an az program can be found (the console offers this source only then).
    static bool isAvailable(const QString &program = QString());

    void token(const QString &audience, Callback done) override;
    void invalidate(const QString &audience) override;
    // True once az has handed out a token.
    bool isSignedIn() const override { return m_signedIn; }

    // Parses get-access-token's JSON; false with a message when it has no usable token.
    static bool parse(const QByteArray &json, const QDateTime &now, AccessToken *token, QString *error);

private:
    void run(const QString &audience);
    void finish(const QString &audience, const AccessToken &token, const QString &error);

    QString m_program;
    AuthClock *m_clock;
    QHash<QString, AccessToken> m_tokens;
    QHash<QString, QList<Callback>> m_waiting;
    QList<QProcess *> m_running;
    bool m_signedIn = false;
};

} // namespace portico::client::auth
