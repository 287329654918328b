// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/common/datapaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace portico::client {

DataPaths::DataPaths(const QString &dataDir)
    : m_dataDir(dataDir.isEmpty() ? defaultDataDir() : QDir(dataDir).absolutePath())
{ }

QString DataPaths::sandboxDir() const
{
    return QDir(m_dataDir).filePath(u"sandbox"_s);
}

QString DataPaths::workspaceFile() const
{
    return QDir(m_dataDir).filePath(u"workspace.json"_s);
}

QString DataPaths::historyFile() const
{
    return QDir(m_dataDir).filePath(u"history.sqlite"_s);
}

QString DataPaths::jobsFile() const
{
    return QDir(m_dataDir).filePath(u"jobs.sqlite"_s);
}

QString DataPaths::settingsFile() const
{
    return QDir(m_dataDir).filePath(u"settings.ini"_s);
}

QString DataPaths::jobOutputsDir() const
{
    return QDir(m_dataDir).filePath(u"job-outputs"_s);
}

QString DataPaths::secretProfile() const
{
    if (m_dataDir == QDir(defaultDataDir()).absolutePath())
        return u"default"_s;
    return u"p"_s +
        QString::fromLatin1(QCryptographicHash::hash(m_dataDir.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

QString DataPaths::defaultDataDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(u"portico"_s);
}

QString DataPaths::sandboxAtLaunchKey()
{
    return u"sandbox/startAtLaunch"_s;
}

} // namespace portico::client
