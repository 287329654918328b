// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/tryit/tryitsession.h"

#include "client/auth/tokensource.h"
#include "client/history/historystore.h"
#include "client/http/httpengine.h"
#include "client/secrets/redactor.h"
#include "client/secrets/secretstore.h"
#include "client/tryit/onlineendpointanswer.h"

using namespace Qt::StringLiterals;

namespace portico::client {

TryItSession::TryItSession(HttpEngine *engine, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_secrets(secrets)
{
    connect(m_engine, &HttpEngine::finished, this, &TryItSession::onEngineFinished);
    // The engine is shared: only this session's request counts.
    connect(m_engine, &HttpEngine::retryScheduled, this, [this](quint64 id, int seconds, int attempt) {
        if (m_state == State::Sending && id == m_requestId)
            Q_EMIT retryScheduled(seconds, attempt);
    });
}

void TryItSession::setTokenSource(auth::TokenSource *source)
{
    m_tokenSource = source;
}

BuiltRequest TryItSession::preview(const Api &api, const Operation &operation, const SavedRequest &values,
                                   const Environment &environment)
{
    return RequestBuilder::prepare(api, operation, values, environment);
}

// What stops a send: empty required parameters and unknown variables.
static QStringList blockingProblems(const BuiltRequest &request)
{
    QStringList problems;
    if (!request.missingParameters.isEmpty())
        problems.append(
            TryItSession::tr("Required parameters are empty: %1.").arg(request.missingParameters.join(u", "_s)));
    if (!request.unresolvedVariables.isEmpty())
        problems.append(
            TryItSession::tr("The environment has no variable %1.").arg(request.unresolvedVariables.join(u", "_s)));
    return problems;
}

QStringList TryItSession::problemsOf(const BuiltRequest &request)
{
    QStringList problems = blockingProblems(request);
    if (!request.droppedHeaders.isEmpty())
        problems.append(tr("Left out (no value in this environment): %1.").arg(request.droppedHeaders.join(u", "_s)));
    return problems;
}

bool TryItSession::send(const Api &api, const Operation &operation, const SavedRequest &values,
                        const Environment &environment)
{
    if (isBusy()) {
        Q_EMIT problem(tr("A request is already under way; cancel it first."));
        return false;
    }
    m_request = RequestBuilder::prepare(api, operation, values, environment);
    const QStringList problems = blockingProblems(m_request);
    if (!problems.isEmpty()) {
        Q_EMIT problem(problems.join(u' '));
        return false;
    }
    m_apiId = api.id;
    m_operationId = operation.id;
    m_secretValues.clear();
    m_pendingSecrets = m_request.secretNames;
    m_state = State::ReadingSecrets;
    ++m_generation;
    Q_EMIT started(redactUrl(m_request.spec.url.toString()));
    readNextSecret();
    return true;
}

void TryItSession::readNextSecret()
{
    if (m_pendingSecrets.isEmpty()) {
        RequestBuilder::applySecrets(&m_request, m_secretValues);
        if (!m_request.missingSecrets.isEmpty()) {
            fail(tr("The keychain has no secret %1.").arg(m_request.missingSecrets.join(u", "_s)));
            return;
        }
        if (!m_request.bearerAudience.isEmpty()) {
            readToken();
            return;
        }
        sendNow();
        return;
    }
    const QString name = m_pendingSecrets.takeFirst();
    if (const auto preset = m_presetSecrets.constFind(name); preset != m_presetSecrets.cend()) {
        m_secretValues.insert(name, preset.value());
        readNextSecret();
        return;
    }
    const quint64 generation = m_generation;
    m_secrets->read(name, this, [this, name, generation](const SecretStore::Result &result) {
        if (generation != m_generation || m_state != State::ReadingSecrets)
            return; // cancelled meanwhile
        if (result.status == SecretStore::Result::Ok) {
            m_secretValues.insert(name, result.value);
            readNextSecret();
            return;
        }
        if (result.status == SecretStore::Result::NotFound) {
            Q_EMIT secretMissing(name);
            fail(tr("The keychain has no secret \"%1\". Add it under Tools → Keys, then send again.").arg(name));
            return;
        }
        fail(result.message);
    });
}

void TryItSession::readToken()
{
    if (!m_tokenSource) {
        fail(tr("This environment signs in with Microsoft Entra ID (%1), and no sign-in is set up. Sign in first, "
                "or switch the environment to an endpoint key.")
                 .arg(m_request.bearerAudience));
        return;
    }
    const quint64 generation = m_generation;
    m_tokenSource->token(m_request.bearerAudience,
                         [this, generation, guard = QPointer<TryItSession>(this)](const auth::AccessToken &token,
                                                                                  const QString &error) {
                             if (!guard || generation != m_generation || m_state != State::ReadingSecrets)
                                 return; // cancelled meanwhile
                             if (!token.isValid()) {
                                 fail(error.isEmpty() ? tr("No Microsoft Entra token: sign in again.") : error);
                                 return;
                             }
                             m_token = token.value;
                             m_request.spec.headers.append({"Authorization"_ba, "Bearer "_ba + token.value.toUtf8()});
                             sendNow();
                         });
}

void TryItSession::sendNow()
{
    m_state = State::Sending;
    m_request.spec.maxAttempts = m_autoRetry ? kAutoRetryAttempts : 1;
    m_requestId = m_engine->send(m_request.spec);
}

void TryItSession::cancel()
{
    if (m_state == State::Sending) {
        m_engine->cancel(m_requestId); // finished() follows with cancelled set
        return;
    }
    if (m_state == State::ReadingSecrets) {
        ++m_generation;
        fail(tr("Cancelled."));
    }
}

void TryItSession::fail(const QString &message)
{
    m_state = State::Idle;
    m_secretValues.clear();
    m_token.clear();
    Q_EMIT problem(message);
}

void TryItSession::onEngineFinished(const Exchange &exchange)
{
    if (m_state != State::Sending || exchange.id != m_requestId)
        return;
    m_state = State::Idle;
    QStringList known = m_secretValues.values();
    if (!m_token.isEmpty())
        known.append(m_token);
    m_secretValues.clear();
    const bool withToken = !m_token.isEmpty();
    m_token.clear();
    if (withToken && exchange.status == 401 && m_tokenSource)
        m_tokenSource->invalidate(m_request.bearerAudience); // the next send refreshes once
    // The one place an exchange is redacted: the viewer, the history, copy and export all
    // receive this copy.
    const RedactedExchange safe = RedactedExchange::of(exchange, known);
    QString notRecorded;
    const qint64 historyId = m_history ? m_history->record(m_apiId, m_operationId, safe, &notRecorded) : -1;
    Q_EMIT finished(safe);
    if (m_request.onlineEndpoint && !exchange.cancelled) {
        const QString why = OnlineEndpointAnswer::problem(*safe, withToken);
        if (!why.isEmpty())
            Q_EMIT problem(why);
    }
    if (historyId >= 0)
        Q_EMIT recorded(historyId);
    else if (m_history && m_history->isOpen()) // a history that is off was reported at start
        Q_EMIT problem(notRecorded);           // the response is shown; only its history entry is missing
}

} // namespace portico::client
