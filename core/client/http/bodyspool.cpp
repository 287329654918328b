// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/http/bodyspool.h"

#include <QDir>
#include <QFile>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

namespace portico::client {

BodySpool::BodySpool(const QString &directory, qint64 threshold)
    : m_directory(directory)
    , m_threshold(threshold)
{ }

BodySpool::~BodySpool()
{
    if (!m_file)
        return;
    m_file.reset();
    QFile::remove(m_path);
}

bool BodySpool::append(const QByteArray &chunk)
{
    if (!m_error.isEmpty())
        return false;
    m_size += chunk.size();
    if (!m_file && m_memory.size() + chunk.size() > m_threshold && !startFile())
        return false;
    if (!m_file) {
        m_memory.append(chunk);
        return true;
    }
    if (m_file->write(chunk) != chunk.size()) {
        m_error = m_file->errorString();
        return false;
    }
    return true;
}

bool BodySpool::startFile()
{
    if (!QDir().mkpath(m_directory)) {
        m_error = tr("cannot create the folder %1").arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    auto file = std::make_unique<QTemporaryFile>(m_directory + u"/body-XXXXXX"_s);
    // Ownership passes to the caller on success; until then the destructor cleans up.
    file->setAutoRemove(false);
    if (!file->open()) {
        m_error = file->errorString();
        return false;
    }
    // On Linux the file starts unnamed (O_TMPFILE); asking for its name links it into the
    // folder now, where the caller and the cleanup expect to find it.
    m_path = file->fileName();
    if (m_path.isEmpty() || !QFile::exists(m_path)) {
        m_error = tr("cannot create a file in %1").arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    m_file = std::move(file);
    if (m_file->write(m_memory) != m_memory.size()) {
        m_error = m_file->errorString();
        return false;
    }
    m_memory = QByteArray();
    return true;
}

QString BodySpool::takeFile()
{
    if (!m_file)
        return {};
    m_file->close();
    m_file.reset();
    return std::exchange(m_path, QString());
}

} // namespace portico::client
