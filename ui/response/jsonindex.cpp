// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// Reading a JsonIndex: nodes, their offsets and kinds, and giving the text's pages back. The
// index is built in jsonindexbuilder.cpp.
#include "ui/response/jsonindex.h"
#include "ui/response/jsonerrorlocation.h" // isSpace

#ifdef Q_OS_UNIX
#include <sys/mman.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace portico::ui {

QString JsonIndex::Error::describe() const
{
    return tr("%1 at line %2, column %3").arg(message).arg(line).arg(column);
}

void JsonIndex::releasePages(qint64 from, qint64 to) const
{
#ifdef Q_OS_UNIX
    if (!m_file)
        return;
    static const qint64 page = sysconf(_SC_PAGESIZE);
    const qint64 begin = from / page * page;
    const qint64 end = qMin(to, m_size) / page * page;
    // The mapping is read-only and shared: the pages stay in the page cache, and a later
    // read maps them in again.
    if (end > begin)
        madvise(const_cast<char *>(m_data) + begin, size_t(end - begin), MADV_DONTNEED);
#else
    Q_UNUSED(from);
    Q_UNUSED(to);
#endif
}

void JsonIndex::releaseText() const
{
    releasePages(0, m_size + 64 * 1024);
}

qint64 JsonIndex::indexBytes() const
{
    return qint64(m_nodeCount * sizeof(uint32_t) + m_containers.capacity() * sizeof(Container) +
                  m_byNode.capacity() * sizeof(int32_t));
}

int JsonIndex::containerOf(int node) const
{
    const auto it = std::lower_bound(m_byNode.cbegin(), m_byNode.cend(), node,
                                     [this](int32_t c, int n) { return m_containers[size_t(c)].node < n; });
    if (it == m_byNode.cend() || m_containers[size_t(*it)].node != node)
        return -1;
    return *it;
}

int JsonIndex::childCount(int node) const
{
    const int c = containerOf(node);
    return c < 0 ? 0 : m_containers[size_t(c)].count;
}

int JsonIndex::child(int node, int row) const
{
    const int c = containerOf(node);
    if (c < 0 || row < 0 || row >= m_containers[size_t(c)].count)
        return -1;
    return m_containers[size_t(c)].firstChild + row;
}

int JsonIndex::blockOf(int node) const
{
    const auto it = std::upper_bound(m_containers.cbegin(), m_containers.cend(), node,
                                     [](int n, const Container &c) { return n < c.firstChild; });
    return int(std::prev(it) - m_containers.cbegin());
}

int JsonIndex::parent(int node) const
{
    return node <= 0 ? -1 : m_containers[size_t(blockOf(node))].node;
}

int JsonIndex::row(int node) const
{
    return node <= 0 ? 0 : node - m_containers[size_t(blockOf(node))].firstChild;
}

qint64 JsonIndex::stringEnd(qint64 quote) const
{
    const char *const text = m_data;
    qint64 p = quote + 1;
    while (text[p] != '"')
        p += text[p] == '\\' ? 2 : 1;
    return p + 1;
}

qint64 JsonIndex::tokenEnd(qint64 at) const
{
    const char *const text = m_data;
    if (text[at] == '"')
        return stringEnd(at);
    qint64 p = at;
    const qint64 end = m_size;
    while (p < end && !isSpace(text[p]) && text[p] != ',' && text[p] != ']' && text[p] != '}')
        ++p;
    return p;
}

bool JsonIndex::isMember(int node) const
{
    return node > 0 && m_containers[size_t(blockOf(node))].object;
}

qint64 JsonIndex::valueOffset(int node) const
{
    qint64 at = m_offsets[size_t(node)];
    if (!isMember(node))
        return at;
    const char *const text = m_data;
    at = stringEnd(at);
    while (isSpace(text[at]) || text[at] == ':')
        ++at;
    return at;
}

JsonIndex::Kind JsonIndex::kind(int node) const
{
    if (node == 0 && m_scalarRoot)
        return Kind::Array;
    // From the index when it can be: a pass over every row then reads nothing of the text.
    if (const int c = containerOf(node); c >= 0)
        return m_containers[size_t(c)].object ? Kind::Object : Kind::Array;
    switch (m_data[valueOffset(node)]) {
    case '{':
        return Kind::Object;
    case '[':
        return Kind::Array;
    case '"':
        return Kind::String;
    case 't':
    case 'f':
        return Kind::Bool;
    case 'n':
        return Kind::Null;
    default:
        return Kind::Number;
    }
}

} // namespace portico::ui
