#include "datapaths.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace portico::client {

DataPaths::DataPaths(const QString &dataDir)
    : m_dataDir(dataDir.isEmpty() ? defaultDataDir() : QDir(dataDir).absolutePath())
{
}

QString DataPaths::sandboxDir() const
{
    return QDir(m_dataDir).filePath(u"sandbox"_s);
}

QString DataPaths::defaultDataDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(u"portico"_s);
}

} // namespace portico::client
