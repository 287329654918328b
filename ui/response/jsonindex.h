// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// A JSON text and a compact index over it: per node only where its token starts in the text,
// per object or array where its members sit. Nothing is decoded up front; keys and values are
// read from the text when asked for, so a 100 MB answer costs little more than its bytes.
// Built with simdjson's on-demand parser, which validates the whole text without a DOM; a
// large text is parsed in pieces (see jsonsplitter.h), and a spool file is read through a
// mapping whose pages are let go once indexed, so neither the parser's buffers nor the
// body stay in memory beside the index.

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace portico::ui {

class JsonIndex
{
    Q_DECLARE_TR_FUNCTIONS(JsonIndex)
public:
    enum class Kind : quint8 { Object, Array, String, Number, Bool, Null };

    struct Error
    {
        QString message; // empty when the text is valid JSON
        qint64 offset = 0;
        qint64 line = 0;   // 1-based
        qint64 column = 0; // 1-based, in characters
        bool isError() const { return !message.isEmpty(); }
        // "unexpected token at line 3, column 7"
        QString describe() const;
    };

    // Takes the bytes (a byte-order mark is skipped); on failure returns null and fills error.
    static std::shared_ptr<const JsonIndex> build(QByteArray json, Error *error = nullptr);
    // The same over an open file, which the index keeps and reads through a mapping; the
    // file must not change while the index lives.
    static std::shared_ptr<const JsonIndex> build(std::unique_ptr<QFile> file, Error *error = nullptr);

    // Node 0 is the top object or array; a bare scalar document gets a node 0 that holds it
    // as its only member.
    int nodeCount() const { return int(m_nodeCount); }
    bool scalarRoot() const { return m_scalarRoot; }
    Kind kind(int node) const;
    int childCount(int node) const;
    int child(int node, int row) const;
    int parent(int node) const; // -1 for node 0
    int row(int node) const;
    // Object members only: the decoded key.
    QString key(int node) const;
    // The member of an object node called key, or -1.
    int member(int node, QStringView key) const;
    // Scalars in the spelling the viewer shows: strings decoded, numbers in their shortest
    // exact form, true/false/null; a null QString for containers.
    QString scalarText(int node) const;
    // A container as compact JSON, members in the text's order.
    QString compactText(int node) const;
    // Where the node's value starts in the text.
    qint64 valueOffset(int node) const;
    // The deepest node whose text contains offset (node 0 when none below does).
    int nodeAt(qint64 offset) const;
    QByteArrayView text() const { return QByteArrayView(m_data, m_size); }
    // Lets go of the pages of a mapped file that reading the text has brought in (a search
    // through all of it, say); the next read brings back what it needs.
    void releaseText() const;
    // Bytes the index itself holds, beside the text.
    qint64 indexBytes() const;

private:
    struct Container
    {
        int32_t node;
        int32_t firstChild;
        int32_t count;
        bool object;
    };
    friend class JsonIndexBuilder;

    int containerOf(int node) const; // -1 for scalars
    int blockOf(int node) const;     // the container whose members include node > 0
    bool isMember(int node) const;   // of an object, so its token is its key
    qint64 stringEnd(qint64 quote) const;
    qint64 tokenEnd(qint64 at) const;
    void appendCompact(int node, QByteArray *out) const;
    static std::shared_ptr<const JsonIndex> index(std::shared_ptr<JsonIndex> index, Error *error);
    void releasePages(qint64 from, qint64 to) const;

    QByteArray m_bytes;           // the text, when held in memory
    std::unique_ptr<QFile> m_file; // or the file it is mapped from
    const char *m_data = nullptr;
    qint64 m_size = 0;
    qint64 m_start = 0; // past a byte-order mark
    bool m_scalarRoot = false;
    // Per node: the token's offset; for object members that is the key's opening quote.
    // Not a vector: laying the nodes out writes it in place, page by page.
    std::unique_ptr<uint32_t[]> m_offsets;
    size_t m_nodeCount = 0;
    // In the order their member blocks were laid out: firstChild ascends.
    std::vector<Container> m_containers;
    // Indexes into m_containers, by ascending node.
    std::vector<int32_t> m_byNode;
};

} // namespace portico::ui
