// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/secrets/secretstore.h"

#include "client/secrets/keychainjob.h"
#include "client/secrets/redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>

#include <algorithm>
#include <deque>
#include <memory>

using namespace Qt::StringLiterals;

namespace portico::client {

Q_LOGGING_CATEGORY(lcSecrets, "portico.secrets")

namespace {

using Result = SecretStore::Result;
using namespace keychain;

// Starts with '.', which no secret name may, so it can never collide with a key.
constexpr auto kIndexName = ".index"_L1;

QString scopedKey(const QString &profile, const QString &name)
{
    return "portico/"_L1 + profile + u'/' + name;
}

QStringList normalized(QStringList names)
{
    names.sort();
    names.removeDuplicates();
    return names;
}

QStringList parseIndex(const QString &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    if (!document.isArray()) {
        qCWarning(lcSecrets) << "the stored list of key names is damaged; starting a new one";
        return {};
    }
    QStringList names;
    for (const QJsonValue &entry : document.array()) {
        if (isValidSecretName(entry.toString()))
            names.append(entry.toString());
    }
    return normalized(names);
}

void readIndex(const QString &profile, std::function<void(const JobOutcome &, const QStringList &)> done)
{
    const QString key = scopedKey(profile, kIndexName);
    runJob(JobKind::Read, key, QString(), [key, done = std::move(done)](const JobOutcome &outcome) {
        logOutcome("read", key, outcome);
        done(outcome, outcome.error == QKeychain::NoError ? parseIndex(outcome.value) : QStringList());
    });
}

// Operations of every store in a thread run one at a time, so the read-modify-write of a
// profile's index never interleaves with another, even between two stores of one profile.
struct ThreadState
{
    std::deque<std::function<void()>> pending;
    bool busy = false;
    QList<SecretStore *> stores;
};

ThreadState &threadState()
{
    thread_local ThreadState state;
    return state;
}

void startNext()
{
    ThreadState &state = threadState();
    if (state.busy || state.pending.empty())
        return;
    state.busy = true;
    const std::function<void()> next = std::move(state.pending.front());
    state.pending.pop_front();
    next();
}

} // namespace

class SecretStore::Operations
{
public:
    // One operation in flight: whom to answer, and whether they are still there.
    struct Request
    {
        QPointer<SecretStore> store;
        QPointer<const QObject> context;
        Callback callback;
        QString profile;
        bool finished = false;

        void finish(Result result);
    };
    using RequestPtr = std::shared_ptr<Request>;

    static void enqueue(SecretStore *store, const QObject *context, Callback callback,
                        std::function<void(const RequestPtr &)> body);
    static bool validate(const RequestPtr &request, const QStringList &names);
    static void publishNames(const QString &profile, const QStringList &names);
    // Applies change to the stored list of names, then calls then(); a list that cannot be read
    // is left alone, since rewriting it would drop every other name.
    static void updateIndex(const RequestPtr &request, std::function<void(QStringList &)> change,
                            std::function<void()> then);

    static void renameToFreeName(const RequestPtr &request, const QString &from, const QString &to,
                                 const QString &value);
    static void renameDropOld(const RequestPtr &request, const QString &from, const QString &to);
};

void SecretStore::Operations::Request::finish(Result result)
{
    Q_ASSERT(!finished);
    if (finished)
        return;
    finished = true;
    // Posted even when the answer is already known, so a callback never runs inside the call
    // and answers arrive in the order the questions were asked.
    if (store && callback) {
        QMetaObject::invokeMethod(
            store.data(),
            [context = context, callback = std::move(callback), result = std::move(result)] {
                if (context)
                    callback(result);
            },
            Qt::QueuedConnection);
    }
    threadState().busy = false;
    startNext();
}

void SecretStore::Operations::enqueue(SecretStore *store, const QObject *context, Callback callback,
                                      std::function<void(const RequestPtr &)> body)
{
    auto request = std::make_shared<Request>();
    request->store = store;
    request->context = context ? context : store;
    request->callback = std::move(callback);
    request->profile = store->m_profile;
    threadState().pending.push_back([request, body = std::move(body)] { body(request); });
    startNext();
}

bool SecretStore::Operations::validate(const RequestPtr &request, const QStringList &names)
{
    if (!isValidSecretName(request->profile)) {
        request->finish(failedResult(tr("“%1” is not a valid profile name.").arg(request->profile)));
        return false;
    }
    for (const QString &name : names) {
        if (!isValidSecretName(name)) {
            request->finish(failedResult(
                tr("“%1” is not a valid key name: use letters, digits, “-”, “_” and “.”, not starting with “.”.")
                    .arg(name)));
            return false;
        }
    }
    return true;
}

void SecretStore::Operations::publishNames(const QString &profile, const QStringList &names)
{
    QList<QPointer<SecretStore>> stores;
    for (SecretStore *store : std::as_const(threadState().stores)) {
        if (store->m_profile == profile)
            stores.append(store);
    }
    // A slot connected to namesChanged may delete stores, hence the guarded copy.
    for (const QPointer<SecretStore> &store : std::as_const(stores)) {
        if (store && store->m_names != names) {
            store->m_names = names;
            Q_EMIT store->namesChanged();
        }
    }
}

void SecretStore::Operations::updateIndex(const RequestPtr &request, std::function<void(QStringList &)> change,
                                          std::function<void()> then)
{
    const QString profile = request->profile;
    readIndex(profile,
              [profile, change = std::move(change), then = std::move(then)](const JobOutcome &outcome,
                                                                            const QStringList &stored) {
                  if (outcome.error != QKeychain::NoError && outcome.error != QKeychain::EntryNotFound) {
                      qCWarning(lcSecrets) << "left the list of key names of profile" << profile << "unchanged";
                      then();
                      return;
                  }
                  QStringList names = stored;
                  change(names);
                  names = normalized(names);
                  publishNames(profile, names);
                  if (names == stored) {
                      then();
                      return;
                  }
                  // The value is what matters; a list that failed to save is only logged, and is
                  // rewritten whole by the next change.
                  const QString key = scopedKey(profile, kIndexName);
                  const char *what = names.isEmpty() ? "remove" : "write";
                  const JobDone saved = [what, key, then](const JobOutcome &result) {
                      logOutcome(what, key, result);
                      then();
                  };
                  if (names.isEmpty()) {
                      runJob(JobKind::Delete, key, QString(), saved);
                  } else {
                      const QByteArray json =
                          QJsonDocument(QJsonArray::fromStringList(names)).toJson(QJsonDocument::Compact);
                      runJob(JobKind::Write, key, QString::fromUtf8(json), saved);
                  }
              });
}

SecretStore::SecretStore(const QString &profile, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
{
    ThreadState &state = threadState();
    // A store opened later starts with what an open store of its profile already knows.
    const auto sibling = std::find_if(state.stores.cbegin(), state.stores.cend(),
                                      [&profile](const SecretStore *store) { return store->m_profile == profile; });
    if (sibling != state.stores.cend())
        m_names = (*sibling)->m_names;
    state.stores.append(this);
}

SecretStore::~SecretStore()
{
    threadState().stores.removeAll(this);
}

void SecretStore::read(const QString &name, const QObject *context, Callback done)
{
    Operations::enqueue(this, context, std::move(done), [name](const Operations::RequestPtr &request) {
        if (!Operations::validate(request, {name}))
            return;
        const QString key = scopedKey(request->profile, name);
        runJob(JobKind::Read, key, QString(), [request, name, key](const JobOutcome &outcome) {
            logOutcome("read", key, outcome);
            request->finish(outcome.error == QKeychain::NoError ? okResult(outcome.value)
                                                                : failure(outcome, Action::Read, name));
        });
    });
}

void SecretStore::write(const QString &name, const QString &value, const QObject *context, Callback done)
{
    Operations::enqueue(this, context, std::move(done), [name, value](const Operations::RequestPtr &request) {
        if (!Operations::validate(request, {name}))
            return;
        const QString key = scopedKey(request->profile, name);
        runJob(JobKind::Write, key, value, [request, name, key](const JobOutcome &outcome) {
            logOutcome("write", key, outcome);
            if (outcome.error != QKeychain::NoError) {
                request->finish(failure(outcome, Action::Write, name));
                return;
            }
            Operations::updateIndex(
                request, [name](QStringList &names) { names.append(name); },
                [request] { request->finish(okResult()); });
        });
    });
}

void SecretStore::remove(const QString &name, const QObject *context, Callback done)
{
    Operations::enqueue(this, context, std::move(done), [name](const Operations::RequestPtr &request) {
        if (!Operations::validate(request, {name}))
            return;
        const QString key = scopedKey(request->profile, name);
        runJob(JobKind::Delete, key, QString(), [request, name, key](const JobOutcome &outcome) {
            logOutcome("remove", key, outcome);
            if (outcome.error != QKeychain::NoError && outcome.error != QKeychain::EntryNotFound) {
                request->finish(failure(outcome, Action::Remove, name));
                return;
            }
            Operations::updateIndex(
                request, [name](QStringList &names) { names.removeAll(name); },
                [request] { request->finish(okResult()); });
        });
    });
}

void SecretStore::rename(const QString &from, const QString &to, const QObject *context, Callback done)
{
    Operations::enqueue(this, context, std::move(done), [from, to](const Operations::RequestPtr &request) {
        if (!Operations::validate(request, {from, to}))
            return;
        const QString key = scopedKey(request->profile, from);
        runJob(JobKind::Read, key, QString(), [request, from, to, key](const JobOutcome &source) {
            logOutcome("read", key, source);
            if (source.error != QKeychain::NoError)
                request->finish(failure(source, Action::Read, from));
            else if (from == to)
                request->finish(okResult());
            else
                Operations::renameToFreeName(request, from, to, source.value);
        });
    });
}

// Checks the keychain itself rather than the list of names, which may be behind it.
void SecretStore::Operations::renameToFreeName(const RequestPtr &request, const QString &from, const QString &to,
                                               const QString &value)
{
    const QString key = scopedKey(request->profile, to);
    runJob(JobKind::Read, key, QString(), [request, from, to, key, value](const JobOutcome &target) {
        logOutcome("read", key, target);
        if (target.error == QKeychain::NoError) {
            request->finish(failedResult(tr("A key named “%1” already exists.").arg(to)));
            return;
        }
        if (target.error != QKeychain::EntryNotFound) {
            request->finish(failure(target, Action::Read, to));
            return;
        }
        runJob(JobKind::Write, key, value, [request, from, to, key](const JobOutcome &written) {
            logOutcome("write", key, written);
            if (written.error != QKeychain::NoError)
                request->finish(failure(written, Action::Write, to));
            else
                renameDropOld(request, from, to);
        });
    });
}

void SecretStore::Operations::renameDropOld(const RequestPtr &request, const QString &from, const QString &to)
{
    const QString key = scopedKey(request->profile, from);
    runJob(JobKind::Delete, key, QString(), [request, from, to, key](const JobOutcome &deleted) {
        logOutcome("remove", key, deleted);
        if (deleted.error != QKeychain::NoError && deleted.error != QKeychain::EntryNotFound) {
            // Both keys exist now; list both so neither disappears from view.
            updateIndex(
                request, [to](QStringList &names) { names.append(to); },
                [request, from, deleted] { request->finish(failure(deleted, Action::Remove, from)); });
            return;
        }
        updateIndex(
            request,
            [from, to](QStringList &names) {
                names.removeAll(from);
                names.append(to);
            },
            [request] { request->finish(okResult()); });
    });
}

void SecretStore::refreshNames(const QObject *context, Callback done)
{
    Operations::enqueue(this, context, std::move(done), [](const Operations::RequestPtr &request) {
        if (!Operations::validate(request, {}))
            return;
        readIndex(request->profile, [request](const JobOutcome &outcome, const QStringList &names) {
            if (outcome.error != QKeychain::NoError && outcome.error != QKeychain::EntryNotFound) {
                request->finish(failure(outcome, Action::ListNames, QString()));
                return;
            }
            Operations::publishNames(request->profile, names);
            request->finish(okResult());
        });
    });
}

} // namespace portico::client
