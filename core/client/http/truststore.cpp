// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/http/truststore.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace portico::client {

Q_LOGGING_CATEGORY(lcTrust, "portico.client.trust")

namespace {
const QString kGroup = u"tls/trusted"_s; // not for translation: a settings key
}

TrustStore::TrustStore(QObject *parent)
    : QObject(parent)
{ }

void TrustStore::setSettingsFile(const QString &path)
{
    Exceptions loaded;
    if (!path.isEmpty()) {
        QSettings settings(path, QSettings::IniFormat);
        settings.beginGroup(kGroup);
        for (const QString &host : settings.childKeys()) {
            for (const QString &hex : settings.value(host).toStringList()) {
                const QByteArray raw = normalizedFingerprint(hex.toLatin1());
                if (!raw.isEmpty() && !loaded[host.toLower()].contains(raw))
                    loaded[host.toLower()].append(raw);
            }
        }
    }
    {
        QWriteLocker locker(&m_lock);
        m_settingsFile = path;
        m_pins = loaded;
    }
    Q_EMIT exceptionsReplaced();
}

QString TrustStore::settingsFile() const
{
    QReadLocker locker(&m_lock);
    return m_settingsFile;
}

bool TrustStore::trust(const QString &host, const QByteArray &sha256Fingerprint)
{
    const QByteArray fingerprint = normalizedFingerprint(sha256Fingerprint);
    if (host.isEmpty() || fingerprint.isEmpty()) {
        qCWarning(lcTrust) << "ignoring a certificate exception without a host or a SHA-256 fingerprint";
        return false;
    }
    const QString key = host.toLower();
    QList<QByteArray> pins;
    {
        QWriteLocker locker(&m_lock);
        QList<QByteArray> &list = m_pins[key];
        if (!list.contains(fingerprint))
            list.append(fingerprint);
        pins = list;
    }
    save(key, pins);
    return true;
}

TrustStore::Exceptions TrustStore::exceptions() const
{
    QReadLocker locker(&m_lock);
    return m_pins;
}

void TrustStore::setExceptions(const Exceptions &exceptions)
{
    Exceptions normalized;
    for (auto it = exceptions.cbegin(); it != exceptions.cend(); ++it) {
        for (const QByteArray &fingerprint : it.value()) {
            const QByteArray raw = normalizedFingerprint(fingerprint);
            if (!it.key().isEmpty() && !raw.isEmpty() && !normalized[it.key().toLower()].contains(raw))
                normalized[it.key().toLower()].append(raw);
        }
    }
    QString file;
    {
        QWriteLocker locker(&m_lock);
        m_pins = normalized;
        file = m_settingsFile;
    }
    if (!file.isEmpty()) {
        QSettings settings(file, QSettings::IniFormat);
        settings.remove(kGroup);
        for (auto it = normalized.cbegin(); it != normalized.cend(); ++it)
            save(it.key(), it.value());
    }
    Q_EMIT exceptionsReplaced();
}

bool TrustStore::accepts(const QString &host, const QSslCertificate &leaf, const QList<QSslError> &errors) const
{
    if (leaf.isNull())
        return false;
    {
        QReadLocker locker(&m_lock);
        if (!m_pins.value(host.toLower()).contains(leaf.digest(QCryptographicHash::Sha256)))
            return false;
    }
    for (const QSslError &error : errors) {
        if (error.error() == QSslError::CertificateRevoked || error.error() == QSslError::CertificateBlacklisted)
            return false;
        if (!error.certificate().isNull() && error.certificate() != leaf)
            return false;
    }
    return true;
}

QByteArray TrustStore::normalizedFingerprint(const QByteArray &fingerprint)
{
    if (fingerprint.size() == 32)
        return fingerprint;
    QByteArray hex = fingerprint;
    hex.replace(':', QByteArray()).replace(' ', QByteArray());
    const QByteArray raw = QByteArray::fromHex(hex);
    return raw.size() == 32 && raw.toHex() == hex.toLower() ? raw : QByteArray();
}

void TrustStore::save(const QString &host, const QList<QByteArray> &pins) const
{
    const QString file = settingsFile();
    if (file.isEmpty())
        return;
    QStringList hex;
    for (const QByteArray &pin : pins)
        hex.append(QString::fromLatin1(pin.toHex()));
    QSettings settings(file, QSettings::IniFormat);
    settings.setValue(kGroup + u'/' + host, hex);
}

} // namespace portico::client
