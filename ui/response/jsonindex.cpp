// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/response/jsonindex.h"
#include "ui/response/jsonerrorlocation.h"

#include <algorithm>
#include <deque>
#include <limits>
#include <simdjson.h>

using namespace Qt::StringLiterals;
namespace od = simdjson::ondemand;

namespace portico::ui {

// One walk over the text records each member's offset in document order and each
// container's member count; the node numbering is laid out afterwards, from those alone.
class JsonIndexBuilder
{
public:
    JsonIndexBuilder(JsonIndex *index, const char *base)
        : m_index(index)
        , m_base(base)
    { }

    simdjson::error_code walk(od::value value, int node)
    {
        od::json_type type;
        SIMDJSON_TRY(value.type().get(type));
        switch (type) {
        case od::json_type::object: {
            od::object object;
            SIMDJSON_TRY(value.get_object().get(object));
            const int block = open(node, true);
            int row = 0;
            for (auto entry : object) {
                od::field field;
                SIMDJSON_TRY(std::move(entry).get(field));
                const char *const key = field.key().raw();
                const int child = place(block, row++, key - 1);
                if (hasEscape(key)) {
                    std::string_view decoded; // only to validate its escapes
                    SIMDJSON_TRY(field.unescaped_key().get(decoded));
                }
                SIMDJSON_TRY(walk(field.value(), child));
            }
            return close(block, row);
        }
        case od::json_type::array: {
            od::array array;
            SIMDJSON_TRY(value.get_array().get(array));
            const int block = open(node, false);
            int row = 0;
            for (auto entry : array) {
                od::value element;
                SIMDJSON_TRY(std::move(entry).get(element));
                const int child = place(block, row++, element.raw_json_token().data());
                SIMDJSON_TRY(walk(element, child));
            }
            return close(block, row);
        }
        case od::json_type::string: {
            // The text scan has checked its UTF-8 and control characters; only escapes are
            // left to check, and decoding every string would fill the parser's string
            // buffer with a second copy of the body.
            if (value.raw_json_token().find('\\') == std::string_view::npos)
                return simdjson::SUCCESS;
            return value.get_string().error();
        }
        case od::json_type::number:
            return value.get_number().error();
        case od::json_type::boolean:
            return value.get_bool().error();
        case od::json_type::null:
            return value.is_null().error();
        }
        return simdjson::INCORRECT_TYPE;
    }

    // A container's number, in the order containers open; element is its own place in the
    // walk's order, -1 for the top.
    int open(int element, bool object)
    {
        if (element >= 0)
            m_isContainer[size_t(element)] = true;
        m_containers.push_back({-1, 0, 0, object});
        return int(m_containers.size() - 1);
    }
    // The member's place in the walk's order.
    int place(int, int, const char *token)
    {
        m_walked.push_back(uint32_t(token - m_base));
        m_isContainer.push_back(false);
        return int(m_walked.size() - 1);
    }
    void setRoot(const char *token) { m_root = uint32_t(token - m_base); }
    simdjson::error_code close(int block, int rows)
    {
        m_containers[size_t(block)].count = rows;
        return simdjson::SUCCESS;
    }

    // After the walk, with the parser gone: every container gets one contiguous block of
    // node numbers, in the order containers opened, as a tree model wants. The walk's order
    // is depth first, so replaying it with a stack of open containers numbers each member.
    void layOut()
    {
        // Copied out to a vector of the exact size, once the parser's memory is back.
        auto &containers = m_index->m_containers;
        containers.assign(m_containers.cbegin(), m_containers.cend());
        m_containers = std::deque<JsonIndex::Container>();
        int32_t next = 1;
        for (auto &container : containers) {
            container.firstChild = next;
            next += container.count;
        }
        auto &offsets = m_index->m_offsets;
        offsets.assign(size_t(next), 0);
        offsets[0] = m_root;
        if (containers.empty())
            return;
        containers[0].node = 0;
        struct Open
        {
            int32_t container;
            int32_t row;
        };
        std::vector<Open> stack{{0, 0}};
        size_t nextContainer = 1;
        for (size_t i = 0; i < m_walked.size(); ++i) {
            while (stack.back().row == containers[size_t(stack.back().container)].count)
                stack.pop_back();
            Open &top = stack.back();
            const int32_t node = containers[size_t(top.container)].firstChild + top.row++;
            offsets[size_t(node)] = m_walked[i];
            if (m_isContainer[i]) {
                containers[nextContainer].node = node;
                stack.push_back({int32_t(nextContainer++), 0});
            }
        }
        m_walked = std::deque<uint32_t>();
        m_isContainer = std::vector<bool>();
    }

private:
    // Whether the key starting past its opening quote holds a backslash before its end.
    static bool hasEscape(const char *key)
    {
        for (; *key != '"'; ++key) {
            if (*key == '\\')
                return true;
        }
        return false;
    }

    JsonIndex *m_index;
    const char *m_base;
    uint32_t m_root = 0;
    // Per member in the walk's order: where its token starts, and whether it is a container.
    // Deques, as a vector's doubling would hold the old and the new copy at once, beside
    // the parser's own memory.
    std::deque<uint32_t> m_walked;
    std::deque<JsonIndex::Container> m_containers;
    std::vector<bool> m_isContainer;
};

namespace {

// Walks one whole document: a container, or a bare scalar as RFC 8259 allows.
simdjson::error_code walkDocument(od::parser &parser, const simdjson::padded_string_view &text,
                                  JsonIndexBuilder &builder, bool *scalar, const char **where)
{
    od::document document;
    SIMDJSON_TRY(parser.iterate(text).get(document));
    auto fail = [&](simdjson::error_code code) {
        const char *location = nullptr;
        if (document.current_location().get(location) == simdjson::SUCCESS)
            *where = location;
        return code;
    };
    od::json_type type;
    if (auto code = document.type().get(type))
        return fail(code);
    std::string_view token;
    if (auto code = document.raw_json_token().get(token))
        return fail(code);
    builder.setRoot(token.data());
    simdjson::error_code code = simdjson::SUCCESS;
    if (type == od::json_type::object || type == od::json_type::array) {
        od::value root;
        if ((code = document.get_value().get(root)))
            return fail(code);
        code = builder.walk(root, -1);
    } else {
        *scalar = true;
        const int block = builder.open(-1, false);
        builder.place(block, 0, token.data());
        switch (type) {
        case od::json_type::string:
            code = document.get_string().error();
            break;
        case od::json_type::number:
            code = document.get_number().error();
            break;
        case od::json_type::boolean:
            code = document.get_bool().error();
            break;
        default:
            code = document.is_null().error();
            break;
        }
        builder.close(block, 1);
    }
    if (code)
        return fail(code);
    // Past the last token the iterator has no location left; anything else is trailing.
    const char *rest = nullptr;
    if (document.current_location().get(rest) == simdjson::SUCCESS) {
        *where = rest;
        return simdjson::TRAILING_CONTENT;
    }
    return simdjson::SUCCESS;
}

} // namespace

QString JsonIndex::Error::describe() const
{
    return tr("%1 at line %2, column %3").arg(message).arg(line).arg(column);
}

std::shared_ptr<const JsonIndex> JsonIndex::build(QByteArray json, Error *error)
{
    auto index = std::make_shared<JsonIndex>();
    if (json.startsWith("\xEF\xBB\xBF"))
        index->m_start = 3;
    const qint64 size = json.size();
    // simdjson reads up to its padding past the end; room for it without a second copy
    // when the caller's buffer has it already.
    json.reserve(size + qint64(simdjson::SIMDJSON_PADDING));
    index->m_text = std::move(json);
    if (error)
        *error = Error();
    auto reportAt = [&](qint64 offset, const QString &message, bool exact = false) {
        if (!error)
            return;
        // Report the place right after the last token, not past the whitespace behind it;
        // a bad byte or a string's opening quote is reported where it is.
        const QByteArrayView text(index->m_text.constData(), size);
        offset = qBound(index->m_start, offset, size);
        // Past the end, that is the last token anywhere before; inside the text, the last
        // one on the same line, unless the line holds nothing before the error.
        if (!exact && offset >= size) {
            while (offset > index->m_start && isSpace(text.at(offset - 1)))
                --offset;
        } else if (!exact) {
            qint64 back = offset;
            while (back > index->m_start && (text.at(back - 1) == ' ' || text.at(back - 1) == '\t'))
                --back;
            if (back > index->m_start && text.at(back - 1) != '\n' && text.at(back - 1) != '\r')
                offset = back;
        }
        const QByteArrayView before = text.sliced(index->m_start, offset - index->m_start);
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        error->message = message;
        error->offset = offset;
        error->line = before.count('\n') + 1;
        error->column = QString::fromUtf8(before.sliced(lineStart)).size() + 1;
    };
    if (size - index->m_start > qint64(std::numeric_limits<uint32_t>::max())) {
        reportAt(0, tr("document too large"));
        return nullptr;
    }
    const simdjson::padded_string_view view(index->m_text.constData() + index->m_start, size_t(size - index->m_start),
                                            size_t(index->m_text.capacity() - index->m_start));
    JsonIndexBuilder builder(index.get(), index->m_text.constData());
    {
        // The parser's index of the text's structure goes before the node numbers are laid out.
        od::parser parser;
        const char *where = nullptr;
        bool scalar = false;
        const simdjson::error_code code = walkDocument(parser, view, builder, &scalar, &where);
        if (code) {
            const char *const text = index->m_text.constData();
            const qint64 scanned = scanErrorOffset(code, text + index->m_start, size - index->m_start);
            if (scanned >= 0)
                reportAt(index->m_start + scanned, errorText(code), true);
            else if (code != simdjson::TRAILING_CONTENT && endsTruncated(text, index->m_start, size, where))
                reportAt(size, errorText(simdjson::INCOMPLETE_ARRAY_OR_OBJECT));
            else
                reportAt(where ? qint64(where - text) : size, errorText(code));
            return nullptr;
        }
        index->m_scalarRoot = scalar;
    }
    builder.layOut();
    index->m_byNode.resize(index->m_containers.size());
    for (size_t i = 0; i < index->m_byNode.size(); ++i)
        index->m_byNode[i] = int32_t(i);
    std::sort(index->m_byNode.begin(), index->m_byNode.end(), [&](int32_t a, int32_t b) {
        return index->m_containers[size_t(a)].node < index->m_containers[size_t(b)].node;
    });
    return index;
}

qint64 JsonIndex::indexBytes() const
{
    return qint64(m_offsets.capacity() * sizeof(uint32_t) + m_containers.capacity() * sizeof(Container) +
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
    const char *const text = m_text.constData();
    qint64 p = quote + 1;
    while (text[p] != '"')
        p += text[p] == '\\' ? 2 : 1;
    return p + 1;
}

qint64 JsonIndex::tokenEnd(qint64 at) const
{
    const char *const text = m_text.constData();
    if (text[at] == '"')
        return stringEnd(at);
    qint64 p = at;
    const qint64 end = m_text.size();
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
    const char *const text = m_text.constData();
    at = stringEnd(at);
    while (isSpace(text[at]) || text[at] == ':')
        ++at;
    return at;
}

JsonIndex::Kind JsonIndex::kind(int node) const
{
    if (node == 0 && m_scalarRoot)
        return Kind::Array;
    switch (m_text.at(valueOffset(node))) {
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
