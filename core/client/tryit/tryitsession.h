// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// One "Try it" send from start to finish: resolve the request against the environment, read
// the secrets it references from the keychain, send it, and hand back the exchange with
// every key redacted, so what the UI shows or stores never holds a secret.

#include "client/catalog/requestbuilder.h"
#include "client/http/redactedexchange.h"

#include <QObject>
#include <QPointer>

namespace portico::client {

namespace auth {
class TokenSource;
}

class HistoryStore;
class HttpEngine;
class SecretStore;

class TryItSession : public QObject
{
    Q_OBJECT
public:
    TryItSession(HttpEngine *engine, SecretStore *secrets, QObject *parent = nullptr);

    // Secrets known without the keychain (the command line's PORTICO_SECRET_<NAME> variables,
    // or a sandbox the program runs itself): used before the keychain is asked.
    void setPresetSecrets(const QHash<QString, QString> &values) { m_presetSecrets = values; }

    // Hands out Microsoft Entra tokens for environments that authenticate with one (an Azure
    // ML online endpoint with Entra auth); not owned, may be null (then such sends fail with a
    // message asking to sign in).
    void setTokenSource(auth::TokenSource *source);

    // Where finished exchanges are recorded (redacted); not owned, may be null.
    void setHistory(HistoryStore *history) { m_history = history; }

    // False, with problem() emitted, when the request cannot be built (a required parameter
    // is empty, a variable is unknown); otherwise the answer comes with finished().
    bool send(const Api &api, const Operation &operation, const SavedRequest &values, const Environment &environment);
    void cancel();
    // A 429 or 503 whose Retry-After asks for at most two minutes is sent again, up to
    // kAutoRetryAttempts sends in all, with retryScheduled() before each wait.
    void setAutoRetry(bool on) { m_autoRetry = on; }
    static constexpr int kAutoRetryAttempts = 3;
    bool isBusy() const { return m_state != State::Idle; }

    // The request as the user may see it: variables resolved, secrets as references.
    static BuiltRequest preview(const Api &api, const Operation &operation, const SavedRequest &values,
                                const Environment &environment);
    static QStringList problemsOf(const BuiltRequest &request);

Q_SIGNALS:
    void started(const QString &redactedUrl);
    void problem(const QString &message);
    void secretMissing(const QString &name);
    void finished(const portico::client::RedactedExchange &exchange);
    void retryScheduled(int seconds, int attempt);
    void recorded(qint64 historyId);

private:
    enum class State { Idle, ReadingSecrets, Sending };

    void readNextSecret();
    void readToken();
    void sendNow();
    void onEngineFinished(const Exchange &exchange);
    void fail(const QString &message);

    HttpEngine *m_engine;
    SecretStore *m_secrets;
    HistoryStore *m_history = nullptr;
    State m_state = State::Idle;
    BuiltRequest m_request;
    QString m_apiId;
    QString m_operationId;
    QStringList m_pendingSecrets;
    QHash<QString, QString> m_secretValues;
    QHash<QString, QString> m_presetSecrets;
    QPointer<auth::TokenSource> m_tokenSource;
    QString m_token; // only while the request is under way
    quint64 m_requestId = 0;
    quint64 m_generation = 0;
    bool m_autoRetry = false;
};

} // namespace portico::client
