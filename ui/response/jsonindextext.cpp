// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// JsonIndex: reading keys and values out of the text, on demand.
#include "ui/response/jsonindex.h"

#include <QLocale>

#include <algorithm>
#include <simdjson.h>

using namespace Qt::StringLiterals;
namespace od = simdjson::ondemand;

namespace portico::ui {

namespace {

// Decodes one string or number token with simdjson, from a padded copy of just that token.
QString decodeToken(QByteArrayView token, JsonIndex::Kind kind)
{
    thread_local od::parser parser;
    const simdjson::padded_string padded(token.data(), size_t(token.size()));
    od::document document;
    if (parser.iterate(padded).get(document))
        return QString();
    if (kind == JsonIndex::Kind::String) {
        std::string_view text;
        if (document.get_string().get(text))
            return QString();
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    }
    od::number number;
    if (document.get_number().get(number))
        return QString();
    switch (number.get_number_type()) {
    case od::number_type::signed_integer:
        return QString::number(number.get_int64());
    case od::number_type::unsigned_integer:
        // Past qint64, as QJsonValue holds it: a double.
        return QString::number(double(number.get_uint64()), 'g', QLocale::FloatingPointShortest);
    default:
        return QString::number(number.get_double(), 'g', QLocale::FloatingPointShortest);
    }
}

} // namespace

QString JsonIndex::key(int node) const
{
    if (!isMember(node))
        return QString();
    const qint64 at = m_offsets[size_t(node)];
    const qint64 end = stringEnd(at);
    const QByteArrayView token(m_data + at, end - at);
    if (!token.contains('\\'))
        return QString::fromUtf8(token.sliced(1, token.size() - 2));
    return decodeToken(token, Kind::String);
}

int JsonIndex::member(int node, QStringView name) const
{
    const int c = containerOf(node);
    if (c < 0 || !m_containers[size_t(c)].object)
        return -1;
    const Container &container = m_containers[size_t(c)];
    for (int row = 0; row < container.count; ++row) {
        if (key(container.firstChild + row) == name)
            return container.firstChild + row;
    }
    return -1;
}

QString JsonIndex::scalarText(int node) const
{
    const Kind k = kind(node);
    if (k == Kind::Object || k == Kind::Array)
        return QString();
    const qint64 at = valueOffset(node);
    const QByteArrayView token(m_data + at, tokenEnd(at) - at);
    switch (k) {
    case Kind::Bool:
        return token.startsWith('t') ? u"true"_s : u"false"_s;
    case Kind::Null:
        return u"null"_s;
    case Kind::String:
        if (!token.contains('\\'))
            return QString::fromUtf8(token.sliced(1, token.size() - 2));
        return decodeToken(token, k);
    default: {
        // Short integers are their own spelling; anything else goes through the parser.
        const bool plain = token.size() < 16 &&
            std::all_of(token.begin(), token.end(), [](char c) { return (c >= '0' && c <= '9') || c == '-'; });
        if (plain && !(token.startsWith("-0") || (token.startsWith('0') && token.size() > 1)))
            return QString::fromLatin1(token);
        return decodeToken(token, k);
    }
    }
}

void JsonIndex::appendCompact(int node, QByteArray *out) const
{
    const Kind k = kind(node);
    if (k != Kind::Object && k != Kind::Array) {
        const qint64 at = valueOffset(node);
        out->append(m_data + at, tokenEnd(at) - at);
        return;
    }
    out->append(k == Kind::Object ? '{' : '[');
    const int count = childCount(node);
    for (int row = 0; row < count; ++row) {
        const int c = child(node, row);
        if (row > 0)
            out->append(',');
        if (k == Kind::Object) {
            const qint64 at = m_offsets[size_t(c)];
            out->append(m_data + at, stringEnd(at) - at);
            out->append(':');
        }
        appendCompact(c, out);
    }
    out->append(k == Kind::Object ? '}' : ']');
}

QString JsonIndex::compactText(int node) const
{
    QByteArray out;
    appendCompact(node, &out);
    return QString::fromUtf8(out);
}

int JsonIndex::nodeAt(qint64 offset) const
{
    int node = 0;
    for (;;) {
        const int c = containerOf(node);
        if (c < 0)
            return node;
        const Container &container = m_containers[size_t(c)];
        // Members sit in the text in order: the last one starting at or before offset.
        const uint32_t *const first = m_offsets.get() + container.firstChild;
        const auto it = std::upper_bound(first, first + container.count, uint32_t(offset));
        if (it == first)
            return node;
        node = int(std::prev(it) - m_offsets.get());
    }
}

} // namespace portico::ui
