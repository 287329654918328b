// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
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
    QString workspaceFile() const;
    QString historyFile() const;
    QString jobsFile() const;
    QString settingsFile() const;
    // The key in settingsFile() of "start the sandbox at launch" (true when absent).
    static QString sandboxAtLaunchKey();
    // Where downloaded batch-job outputs go.
    QString jobOutputsDir() const;
    // The keychain scope of this profile: "default" for the default data directory, and one
    // derived from the path for any other, so isolated profiles never share keys.
    QString secretProfile() const;

    static QString defaultDataDir();

private:
    QString m_dataDir;
};

} // namespace portico::client
