// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The only place Portico keeps API keys: an asynchronous store over the OS keychain, with keys
// scoped per profile ("portico/<profile>/<name>") and the list of their names kept beside them.

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace portico::client {

// Every operation answers later, through its callback, on the store's thread: never inside the
// call. Operations run one after another in the order they were asked for (across all stores of
// the thread), so a write followed by a read of the same name reads what was written.
// Use stores from one thread only: QtKeychain is not thread-safe.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        enum Status { Ok, NotFound, NoBackend, Denied, Failed };
        Status status = Failed;
        QString value;   // the secret, after a successful read only
        QString message; // for the user, translated; empty when status is Ok
        bool ok() const { return status == Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    // profile must be a valid secret name (see isValidSecretName()); otherwise every operation
    // fails with a message saying so.
    explicit SecretStore(const QString &profile = QStringLiteral("default"), QObject *parent = nullptr);
    ~SecretStore() override;

    QString profile() const { return m_profile; }
    // Sorted names as of the last refreshNames() or change made through any store of this
    // profile in this thread; empty until then. Never values.
    QStringList names() const { return m_names; }

    // The callback is dropped if the store, or the given context, is destroyed first; the
    // operation itself still completes, so a write is never left half-done.
    void read(const QString &name, Callback done) { read(name, this, std::move(done)); }
    void read(const QString &name, const QObject *context, Callback done);
    void write(const QString &name, const QString &value, Callback done) { write(name, value, this, std::move(done)); }
    void write(const QString &name, const QString &value, const QObject *context, Callback done);
    // Removing a name that is not stored succeeds: afterwards it is not stored either way.
    void remove(const QString &name, Callback done) { remove(name, this, std::move(done)); }
    void remove(const QString &name, const QObject *context, Callback done);
    // Reads from, writes to, then deletes from. Fails without touching anything if from is
    // missing or to already exists; if writing to fails, from is left as it was.
    void rename(const QString &from, const QString &to, Callback done) { rename(from, to, this, std::move(done)); }
    void rename(const QString &from, const QString &to, const QObject *context, Callback done);
    void refreshNames(Callback done) { refreshNames(this, std::move(done)); }
    void refreshNames(const QObject *context, Callback done);

Q_SIGNALS:
    void namesChanged();

private:
    class Operations;

    const QString m_profile;
    QStringList m_names;
};

} // namespace portico::client
