// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The lines of a response body, held in memory or in a spool file, for a QListView: the
// line index grows on a worker thread and a line is read and decoded only when shown.

#include <QAbstractListModel>
#include <QByteArray>
#include <QCache>
#include <QFile>
#include <QString>
#include <QTimer>

#include <deque>
#include <memory>
#include <vector>

namespace portico::ui {

class LazyTextModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        LineNumberRole = Qt::UserRole, // 1-based
        ByteOffsetRole,                // where the line starts in the body
        ByteLengthRole,                // without its line break
        TruncatedRole,                 // the display text is cut short
    };

    // Past this many characters a line is shown cut, with an ellipsis; a minified 50 MB
    // JSON body is one line, and laying that out would freeze any view.
    static constexpr int kMaxDisplayChars = 10'000;
    // Scanning this much takes well under a millisecond; bigger bodies go to a worker.
    static constexpr qint64 kSyncIndexLimit = 1024 * 1024;

    explicit LazyTextModel(QObject *parent = nullptr);
    ~LazyTextModel() override;

    // Each of these two starts over and ends, once indexing completes, in exactly one
    // indexingFinished(), always emitted after the call has returned. Bodies up to
    // kSyncIndexLimit in memory are indexed before setBytes() returns.
    void setBytes(const QByteArray &bytes);
    // The file must stay in place while the model shows it. False (and no rows) when it
    // cannot be opened; errorString() says why.
    bool setFile(const QString &path);
    void clear();

    bool isIndexing() const { return m_indexing; }
    qint64 totalBytes() const { return m_totalBytes; }
    qint64 indexedBytes() const { return m_indexedBytes; }
    // Of the lines indexed so far, the longest, counted in bytes and capped just past
    // kMaxDisplayChars: enough for a view to size its rows for monospace text.
    int longestLineLength() const { return m_longestLine; }
    QString errorString() const { return m_error; }
    // The whole line, without its line break, undecoded.
    QByteArray lineBytes(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void indexingFinished();
    void indexingProgress(qint64 indexedBytes, qint64 totalBytes);

private:
    struct Scan;
    struct Line
    {
        QString text;
        qint64 byteLength = 0;
        bool truncated = false;
    };

    void reset();
    void launch(const QString &path);
    void stopScan();
    bool takeFound(bool notify);
    void drain();
    void append(std::vector<qint64> &ends, bool notify);
    qint64 lineStart(int row) const;
    qint64 lineEnd(int row) const;
    QByteArray readRange(qint64 from, qint64 length) const;
    const Line &line(int row) const;

    QByteArray m_bytes;
    mutable QFile m_file;
    qint64 m_totalBytes = 0;
    qint64 m_indexedBytes = 0;
    // Per line, the offset of its '\n', or the body's size for a last line without one.
    // A deque: growing a vector of a million lines would copy it all on the UI thread.
    std::deque<qint64> m_ends;
    int m_longestLine = 0;
    bool m_indexing = false;
    QString m_error;
    std::shared_ptr<Scan> m_scan;
    QTimer m_drainTimer;
    mutable QCache<int, Line> m_lineCache;
};

} // namespace portico::ui
