#pragma once
// Where one console profile keeps its files: the data directory chosen with --data-dir (or
// the XDG data location), and the embedded sandbox's state inside it.

#include <QString>

namespace portico::client {

class DataPaths
{
public:
    // An empty dataDir means the default: <XDG data>/portico.
    explicit DataPaths(const QString &dataDir = QString());

    QString dataDir() const { return m_dataDir; }
    QString sandboxDir() const;

    static QString defaultDataDir();

private:
    QString m_dataDir;
};

} // namespace portico::client
