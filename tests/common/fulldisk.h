// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// A real full disk for tests: a small tmpfs mounted on a temporary folder (root can mount),
// filled to the last block on request. Where mounting is impossible, the process's file size
// limit (RLIMIT_FSIZE, with SIGXFSZ ignored) stands in: every write that grows a file then
// fails with EFBIG instead of ENOSPC. how() says which one a run used.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>

#include <csignal>
#include <sys/resource.h>

class FullDisk
{
public:
    explicit FullDisk(int sizeKiB = 2048)
    {
        m_mounted = QProcess::execute(QStringLiteral("mount"),
                                      {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                       QStringLiteral("size=%1k,mode=0700").arg(sizeKiB), QStringLiteral("tmpfs"),
                                       m_dir.path()}) == 0;
    }
    ~FullDisk()
    {
        release();
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_dir.path()});
    }
    FullDisk(const FullDisk &) = delete;
    FullDisk &operator=(const FullDisk &) = delete;

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    QString how() const { return m_mounted ? QStringLiteral("tmpfs") : QStringLiteral("RLIMIT_FSIZE"); }

    // Takes every free block (tmpfs) or forbids any file to grow (RLIMIT_FSIZE).
    bool fill()
    {
        if (!m_mounted) {
            std::signal(SIGXFSZ, SIG_IGN);
            getrlimit(RLIMIT_FSIZE, &m_saved);
            rlimit tiny = m_saved;
            tiny.rlim_cur = 1;
            m_limited = setrlimit(RLIMIT_FSIZE, &tiny) == 0;
            return m_limited;
        }
        QFile filler(fillerPath());
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return false;
        for (const QByteArray block(4096, 'x'); filler.write(block) == block.size();) {
        }
        return true;
    }
    void release()
    {
        if (m_limited) {
            setrlimit(RLIMIT_FSIZE, &m_saved);
            m_limited = false;
        }
        if (m_mounted)
            QFile::remove(fillerPath());
    }

    // The names in the folder, but the filler: what a failed write left behind.
    QStringList entries() const
    {
        QStringList names = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
        names.removeAll(QStringLiteral(".filler"));
        return names;
    }

private:
    QString fillerPath() const { return m_dir.filePath(QStringLiteral(".filler")); }

    QTemporaryDir m_dir;
    bool m_mounted = false;
    bool m_limited = false;
    rlimit m_saved{};
};
