// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/secrets/keychainjob.h"

#include <QTimer>

#include <algorithm>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
#include <dlfcn.h>
#endif

using namespace Qt::StringLiterals;

namespace portico::client::keychain {

using Result = SecretStore::Result;

namespace {

constexpr int kRetryDelayMs = 500;

// When the Secret Service dies and comes back, libsecret keeps using the session it opened with
// the old daemon, and every call then fails with "The session ... does not exist" until the
// program restarts.
bool sessionLost(const JobOutcome &outcome)
{
    // not for translation: gnome-keyring's own words, matched, never shown.
    return outcome.error == QKeychain::OtherError && outcome.errorString.contains("session"_L1, Qt::CaseInsensitive) &&
        outcome.errorString.contains("does not exist"_L1);
}

// Makes libsecret open a new session on its next call. QtKeychain loads libsecret itself, so
// the function is looked up in the copy already loaded; without one there is nothing to forget.
void forgetSecretServiceSession()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    void *library = dlopen("libsecret-1.so.0", RTLD_LAZY | RTLD_NOLOAD);
    if (!library)
        return;
    using Disconnect = void (*)();
    if (auto disconnect = reinterpret_cast<Disconnect>(dlsym(library, "secret_service_disconnect")))
        disconnect();
    dlclose(library);
#endif
}

} // namespace

// libsecret reports an unreachable or silent Secret Service as OtherError carrying GLib's or
// the bus's text, so the text is all there is to tell "nobody answered" from a real failure.
// GLib's own messages match only while GLib is not translated; anything else ends as Failed.
bool backendDidNotAnswer(const JobOutcome &outcome)
{
    if (outcome.error == QKeychain::NoBackendAvailable)
        return true;
    if (outcome.error != QKeychain::OtherError)
        return false;
    // not for translation: GLib's and D-Bus's own words, matched, never shown.
    static const QLatin1StringView markers[] = {
        "Could not connect"_L1,                  // no bus at the address
        "Cannot autolaunch D-Bus"_L1,            // no bus address at all
        "not provided by any .service files"_L1, // bus, but no Secret Service
        "Timeout was reached"_L1,                // D-Bus timeout
        "Did not receive a reply"_L1,            // D-Bus timeout, as the bus words it
        "disconnected from message bus"_L1,      // service died while answering
        "The connection is closed"_L1,
        "D-Bus is not running"_L1, // QtKeychain's KWallet path
        "org.freedesktop.DBus.Error."_L1,
    };
    return std::any_of(std::begin(markers), std::end(markers),
                       [&outcome](QLatin1StringView marker) { return outcome.errorString.contains(marker); });
}

QString noBackendMessage()
{
    return SecretStore::tr("No keychain is available (Secret Service / KWallet). Portico keeps API keys only in "
                           "the OS keychain; start gnome-keyring or KWallet, then try again.");
}

Result okResult(const QString &value)
{
    return {Result::Ok, value, QString()};
}

Result failedResult(const QString &message)
{
    return {Result::Failed, QString(), message};
}

Result failure(const JobOutcome &outcome, Action action, const QString &name)
{
    if (outcome.error == QKeychain::EntryNotFound)
        return {Result::NotFound, QString(), SecretStore::tr("No key named “%1” is stored yet.").arg(name)};
    if (backendDidNotAnswer(outcome))
        return {Result::NoBackend, QString(), noBackendMessage()};
    if (outcome.error == QKeychain::AccessDenied || outcome.error == QKeychain::AccessDeniedByUser)
        return {Result::Denied, QString(),
                SecretStore::tr("Portico was not allowed to use the keychain. Unlock it, or allow Portico access, "
                                "then try again.")};
    switch (action) {
    case Action::Read:
        return failedResult(
            SecretStore::tr("Could not read the key “%1” from the keychain: %2").arg(name, outcome.errorString));
    case Action::Write:
        return failedResult(
            SecretStore::tr("Could not store the key “%1” in the keychain: %2").arg(name, outcome.errorString));
    case Action::Remove:
        return failedResult(
            SecretStore::tr("Could not remove the key “%1” from the keychain: %2").arg(name, outcome.errorString));
    case Action::ListNames:
        break;
    }
    return failedResult(
        SecretStore::tr("Could not read the list of keys from the keychain: %1").arg(outcome.errorString));
}

void logOutcome(const char *what, const QString &key, const JobOutcome &outcome)
{
    if (outcome.error == QKeychain::NoError)
        qCDebug(lcSecrets).nospace().noquote() << what << ' ' << key << ": ok";
    else if (outcome.error == QKeychain::EntryNotFound)
        qCDebug(lcSecrets).nospace().noquote() << what << ' ' << key << ": not found";
    else
        qCWarning(lcSecrets).nospace().noquote()
            << what << ' ' << key << ": error " << int(outcome.error) << ", " << outcome.errorString;
}

void runJob(JobKind kind, const QString &key, const QString &value, JobDone done, bool isRetry)
{
    const QString service = u"Portico"_s;
    QKeychain::Job *job = nullptr;
    switch (kind) {
    case JobKind::Read:
        job = new QKeychain::ReadPasswordJob(service);
        break;
    case JobKind::Write: {
        auto *write = new QKeychain::WritePasswordJob(service);
        write->setTextData(value);
        job = write;
        break;
    }
    case JobKind::Delete:
        job = new QKeychain::DeletePasswordJob(service);
        break;
    }
    job->setKey(key);
    // No parent: libsecret calls back into the job, so it must live until it has finished even
    // when the store that asked is gone. Jobs delete themselves after finished().
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [kind, key, value, done = std::move(done), isRetry](QKeychain::Job *finished) {
                         JobOutcome outcome{finished->error(), finished->errorString(), QString()};
                         if (kind == JobKind::Read && outcome.error == QKeychain::NoError)
                             outcome.value = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
                         if (!isRetry && backendDidNotAnswer(outcome)) {
                             qCInfo(lcSecrets).nospace().noquote() << "no answer from the keychain for " << key << " ("
                                                                   << outcome.errorString << "), trying once more";
                             QTimer::singleShot(kRetryDelayMs,
                                                [kind, key, value, done] { runJob(kind, key, value, done, true); });
                             return;
                         }
                         if (!isRetry && sessionLost(outcome)) {
                             qCInfo(lcSecrets).nospace().noquote()
                                 << "the keychain restarted (" << outcome.errorString << "), opening a new session";
                             QTimer::singleShot(0, [kind, key, value, done] {
                                 forgetSecretServiceSession();
                                 runJob(kind, key, value, done, true);
                             });
                             return;
                         }
                         done(outcome);
                     });
    job->start();
}

} // namespace portico::client::keychain
