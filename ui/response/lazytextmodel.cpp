// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/response/lazytextmodel.h"

#include "ui/response/responseworkpool.h"

#include <QMutex>
#include <QMutexLocker>
#include <QThreadPool>

#include <atomic>
#include <climits>
#include <cstring>

using namespace Qt::StringLiterals;

namespace portico::ui {

namespace {

// A worker publishes what it found after each chunk; 4 MB is a few milliseconds of reading.
constexpr qint64 kScanChunk = 4 * 1024 * 1024;
// The first chunk is small, so the first screen of lines is there almost at once.
constexpr qint64 kFirstScanChunk = 64 * 1024;
constexpr int kFirstDrainMs = 5;
// Rows reach the view at this pace: each insertion makes a QListView lay out every row
// again, so inserting on every chunk would cost more than the scan itself.
constexpr int kDrainIntervalMs = 40;
// Decoded lines kept; a screenful is about fifty, and scrolling back should not reread.
constexpr int kCachedLines = 1024;
// A line is decoded from at most this many bytes: UTF-8 needs up to four per character.
constexpr qint64 kMaxDisplayBytes = qint64(LazyTextModel::kMaxDisplayChars) * 4;

} // namespace

// Shared by the model and its worker; the model may be gone before the worker notices.
struct LazyTextModel::Scan
{
    std::atomic_bool cancelled{false};
    QMutex mutex;
    std::vector<qint64> ends; // found since the model last drained them
    qint64 scanned = 0;
    bool done = false;
    QString error;

    void publish(std::vector<qint64> &found, qint64 position, bool finished)
    {
        QMutexLocker lock(&mutex);
        if (ends.empty())
            ends.swap(found);
        else
            ends.insert(ends.end(), found.begin(), found.end());
        found.clear();
        scanned = position;
        done = finished;
    }

    void run(const QByteArray &bytes, const QString &path)
    {
        std::vector<qint64> found;
        qint64 position = 0;
        char last = '\n';
        const auto scanBuffer = [&](const char *data, qint64 size) {
            const char *p = data;
            const char *const end = data + size;
            while (const void *hit = std::memchr(p, '\n', size_t(end - p))) {
                const char *newline = static_cast<const char *>(hit);
                found.push_back(position + (newline - data));
                p = newline + 1;
            }
            if (size > 0)
                last = data[size - 1];
            position += size;
        };
        if (path.isEmpty()) {
            while (position < bytes.size() && !cancelled) {
                const qint64 chunk = position == 0 ? kFirstScanChunk : kScanChunk;
                scanBuffer(bytes.constData() + position, qMin(chunk, bytes.size() - position));
                publish(found, position, false);
            }
        } else {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                QMutexLocker lock(&mutex);
                error = file.errorString();
                done = true;
                return;
            }
            QByteArray buffer(kScanChunk, Qt::Uninitialized);
            while (!cancelled) {
                const qint64 read = file.read(buffer.data(), position == 0 ? kFirstScanChunk : kScanChunk);
                if (read < 0) {
                    QMutexLocker lock(&mutex);
                    error = file.errorString();
                }
                if (read <= 0)
                    break;
                scanBuffer(buffer.constData(), read);
                publish(found, position, false);
            }
        }
        // A last line without a line break is still a line; an empty body has none.
        if (last != '\n')
            found.push_back(position);
        publish(found, position, true);
    }
};

LazyTextModel::LazyTextModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_lineCache(kCachedLines)
{
    m_drainTimer.setInterval(kDrainIntervalMs);
    connect(&m_drainTimer, &QTimer::timeout, this, &LazyTextModel::drain);
}

LazyTextModel::~LazyTextModel()
{
    stopScan();
}

void LazyTextModel::reset()
{
    stopScan();
    m_bytes.clear();
    m_file.close();
    m_totalBytes = 0;
    m_indexedBytes = 0;
    m_ends.clear();
    m_ends.shrink_to_fit();
    m_longestLine = 0;
    m_indexing = false;
    m_error.clear();
    m_lineCache.clear();
}

void LazyTextModel::setBytes(const QByteArray &bytes)
{
    beginResetModel();
    reset();
    m_bytes = bytes;
    m_totalBytes = bytes.size();
    m_scan = std::make_shared<Scan>();
    m_indexing = true;
    const bool inlineScan = bytes.size() <= kSyncIndexLimit;
    if (inlineScan) {
        m_scan->run(bytes, QString());
        takeFound(false);
    }
    endResetModel();
    if (!inlineScan)
        launch(QString());
    // Even a body indexed inline reports indexingFinished() from the event loop, so callers
    // can connect after setBytes() returns.
    m_drainTimer.start(inlineScan ? 0 : kFirstDrainMs);
}

bool LazyTextModel::setFile(const QString &path)
{
    beginResetModel();
    reset();
    m_file.setFileName(path);
    // Unbuffered: every read is a seek to a different line, so read-ahead is wasted.
    const bool opened = m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    m_scan = std::make_shared<Scan>();
    m_indexing = true;
    if (opened) {
        m_totalBytes = m_file.size();
    } else {
        m_error = m_file.errorString();
        m_scan->done = true;
    }
    endResetModel();
    if (opened)
        launch(path);
    m_drainTimer.start(opened ? kFirstDrainMs : 0);
    return opened;
}

void LazyTextModel::clear()
{
    beginResetModel();
    reset();
    endResetModel();
}

void LazyTextModel::launch(const QString &path)
{
    // The worker holds the scan state and a shared copy of the bytes, never the model, so
    // the model can go away mid-scan without waiting for it.
    responseWorkPool()->start([scan = m_scan, bytes = m_bytes, path] { scan->run(bytes, path); });
}

void LazyTextModel::stopScan()
{
    if (m_scan)
        m_scan->cancelled = true;
    m_scan.reset();
    m_drainTimer.stop();
}

bool LazyTextModel::takeFound(bool notify)
{
    std::vector<qint64> found;
    bool done = false;
    {
        QMutexLocker lock(&m_scan->mutex);
        found.swap(m_scan->ends);
        m_indexedBytes = m_scan->scanned;
        done = m_scan->done;
        if (!m_scan->error.isEmpty())
            m_error = m_scan->error;
    }
    append(found, notify);
    return done;
}

void LazyTextModel::drain()
{
    if (!m_scan) {
        m_drainTimer.stop();
        return;
    }
    const bool done = takeFound(true);
    // Polled quickly until the first lines are in, then at the pace the view can take.
    if (!m_ends.empty() && m_drainTimer.interval() != kDrainIntervalMs)
        m_drainTimer.setInterval(kDrainIntervalMs);
    Q_EMIT indexingProgress(m_indexedBytes, m_totalBytes);
    if (done) {
        m_scan.reset();
        m_drainTimer.stop();
        m_indexing = false;
        Q_EMIT indexingFinished();
    }
}

void LazyTextModel::append(std::vector<qint64> &ends, bool notify)
{
    // A model has at most INT_MAX rows; past that the rest of the body is not listed.
    const size_t room = size_t(INT_MAX) - m_ends.size();
    if (ends.size() > room)
        ends.resize(room);
    if (ends.empty())
        return;
    const int first = int(m_ends.size());
    if (notify)
        beginInsertRows(QModelIndex(), first, first + int(ends.size()) - 1);
    qint64 start = first > 0 ? m_ends.back() + 1 : 0;
    for (const qint64 end : ends) {
        m_longestLine = int(qMax(qint64(m_longestLine), qMin(end - start, qint64(kMaxDisplayChars) + 1)));
        start = end + 1;
    }
    m_ends.insert(m_ends.end(), ends.begin(), ends.end());
    if (notify)
        endInsertRows();
}

qint64 LazyTextModel::lineStart(int row) const
{
    return row > 0 ? m_ends[size_t(row) - 1] + 1 : 0;
}

qint64 LazyTextModel::lineEnd(int row) const
{
    return m_ends[size_t(row)];
}

QByteArray LazyTextModel::readRange(qint64 from, qint64 length) const
{
    if (!m_file.isOpen())
        return m_bytes.mid(from, length);
    if (!m_file.seek(from))
        return QByteArray();
    return m_file.read(length);
}

QByteArray LazyTextModel::lineBytes(int row) const
{
    if (row < 0 || row >= rowCount())
        return QByteArray();
    QByteArray bytes = readRange(lineStart(row), lineEnd(row) - lineStart(row));
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    return bytes;
}

const LazyTextModel::Line &LazyTextModel::line(int row) const
{
    if (const Line *cached = m_lineCache.object(row))
        return *cached;
    const qint64 start = lineStart(row);
    const qint64 length = lineEnd(row) - start;
    auto *line = new Line;
    const bool cut = length > kMaxDisplayBytes;
    QByteArray raw = readRange(start, qMin(length, kMaxDisplayBytes));
    line->byteLength = length;
    if (!cut && raw.endsWith('\r')) {
        raw.chop(1);
        --line->byteLength;
    } else if (cut && readRange(start + length - 1, 1) == "\r"_ba) {
        --line->byteLength;
    }
    line->text = QString::fromUtf8(raw);
    if (cut || line->text.size() > kMaxDisplayChars) {
        qsizetype keep = qMin(line->text.size(), qsizetype(kMaxDisplayChars));
        if (keep > 0 && line->text.at(keep - 1).isHighSurrogate())
            --keep;
        line->text.truncate(keep);
        line->text += u'…';
        line->truncated = true;
    }
    m_lineCache.insert(row, line);
    return *m_lineCache.object(row);
}

int LazyTextModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ends.size());
}

QVariant LazyTextModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return line(index.row()).text;
    case LineNumberRole:
        return index.row() + 1;
    case ByteOffsetRole:
        return lineStart(index.row());
    case ByteLengthRole:
        return line(index.row()).byteLength;
    case TruncatedRole:
        return line(index.row()).truncated;
    default:
        return {};
    }
}

} // namespace portico::ui
