// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// One QtKeychain job at a time, as SecretStore runs them: the job itself, one retry when the
// Secret Service does not answer yet or has restarted under us, and the user's words for
// each way it fails. SecretStore builds its queue and its index of names on top of this.

#include "client/secrets/secretstore.h"

#include <QLoggingCategory>
#include <QString>

#include <qt6keychain/keychain.h>

#include <functional>

namespace portico::client {

Q_DECLARE_LOGGING_CATEGORY(lcSecrets)

namespace keychain {

enum class JobKind { Read, Write, Delete };
// What a failed step was doing, to word its message.
enum class Action { Read, Write, Remove, ListNames };

struct JobOutcome
{
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString value;
};
using JobDone = std::function<void(const JobOutcome &)>;

// True when nobody answered: no keychain, no bus, or a bus without a Secret Service.
bool backendDidNotAnswer(const JobOutcome &outcome);
QString noBackendMessage();
SecretStore::Result okResult(const QString &value = QString());
SecretStore::Result failedResult(const QString &message);
// The user's words for a failed step on the key called name.
SecretStore::Result failure(const JobOutcome &outcome, Action action, const QString &name);
// Says which entry and how it went; the value never reaches this function.
void logOutcome(const char *what, const QString &key, const JobOutcome &outcome);
// Runs one keychain job; when the backend does not answer, tries once more after a pause,
// because a Secret Service started on demand may still be coming up.
void runJob(JobKind kind, const QString &key, const QString &value, JobDone done, bool isRetry = false);

} // namespace keychain

} // namespace portico::client
