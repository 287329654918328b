// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Collects one response body as it arrives: in memory while it is small, in a temporary
// file once it passes the threshold, so a huge answer never sits in RAM.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <utility>

class QTemporaryFile;

namespace portico::client {

class BodySpool
{
    Q_DECLARE_TR_FUNCTIONS(BodySpool)
public:
    BodySpool(const QString &directory, qint64 threshold);
    // Removes the file unless takeFile() handed it over.
    ~BodySpool();
    Q_DISABLE_COPY_MOVE(BodySpool)

    // False when the file cannot be created or written; error() says why.
    bool append(const QByteArray &chunk);
    qint64 size() const { return m_size; }
    bool isSpooled() const { return m_file != nullptr; }
    QString error() const { return m_error; }

    QByteArray takeBody() { return std::exchange(m_memory, QByteArray()); }
    // Closes the file and gives it to the caller, who removes it when done.
    QString takeFile();

private:
    bool startFile();

    QString m_directory;
    qint64 m_threshold;
    QByteArray m_memory;
    std::unique_ptr<QTemporaryFile> m_file;
    QString m_path;
    qint64 m_size = 0;
    QString m_error;
};

} // namespace portico::client
