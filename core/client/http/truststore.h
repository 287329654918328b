// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The certificates the user chose to trust despite their TLS errors, one list per host, shared
// by every HTTP engine of the console (whatever thread it runs on), so a certificate trusted on
// the Try-it page is trusted by the job monitor, the publisher and the dashboard too. Kept in
// settings.ini: a host and a SHA-256 fingerprint are not secrets.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QReadWriteLock>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

namespace portico::client {

class TrustStore : public QObject
{
    Q_OBJECT
public:
    using Exceptions = QHash<QString, QList<QByteArray>>; // host -> raw SHA-256 digests

    explicit TrustStore(QObject *parent = nullptr);

    // Reads the exceptions kept in an INI file (group tls/trusted) and keeps later ones there
    // too. Without a file the store lives in memory only.
    void setSettingsFile(const QString &path);
    QString settingsFile() const;

    // Later requests to host accept exactly this leaf certificate despite its TLS errors. The
    // fingerprint is the SHA-256 digest, raw (32 bytes) or hex with or without colons.
    // Returns false, changing nothing, without a host or a usable fingerprint.
    bool trust(const QString &host, const QByteArray &sha256Fingerprint);
    Exceptions exceptions() const;
    // Replaces every exception (in the file too, when there is one).
    void setExceptions(const Exceptions &exceptions);

    // Whether an exception covers these errors: the leaf is pinned for host, and the errors are
    // the leaf's own defects, never a revocation nor a problem with another certificate of the
    // chain. Safe to call from any thread.
    bool accepts(const QString &host, const QSslCertificate &leaf, const QList<QSslError> &errors) const;

    // A raw 32-byte digest from either accepted form; empty when it is neither.
    static QByteArray normalizedFingerprint(const QByteArray &fingerprint);

Q_SIGNALS:
    // Exceptions were replaced or withdrawn: engines drop connections accepted under them.
    void exceptionsReplaced();

private:
    void save(const QString &host, const QList<QByteArray> &pins) const;

    mutable QReadWriteLock m_lock;
    Exceptions m_pins;
    QString m_settingsFile;
};

} // namespace portico::client
