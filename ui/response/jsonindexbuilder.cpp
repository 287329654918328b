// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// Building a JsonIndex: simdjson On-Demand walks the text (whole, or the longest array in
// pieces) and records each member's offset; the read side is in jsonindex.cpp.
#include "ui/response/jsonerrorlocation.h"
#include "ui/response/jsonindex.h"
#include "ui/response/jsonsplitter.h"

#include <algorithm>
#include <deque>
#include <limits>
#include <optional>
#include <simdjson.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;
namespace od = simdjson::ondemand;

namespace portico::ui {

namespace {

// A deque gives its blocks back to the allocator, which keeps them; handing the free pages
// to the system now and then keeps what was moved out from adding to the peak.
void returnFreedMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}
constexpr size_t kTrimEvery = 1 << 20;

} // namespace

// One walk over the text records each member's offset in document order and each
// container's member count; the node numbering is laid out afterwards, from those alone.
class JsonIndexBuilder
{
public:
    // Where the parser's current buffer sits in the text: offsets below cut move by before,
    // the others by after.
    struct Segment
    {
        const char *base = nullptr;
        qint64 cut = std::numeric_limits<qint64>::max();
        qint64 before = 0;
        qint64 after = 0;
    };

    JsonIndexBuilder(JsonIndex *index, const char *base)
        : m_index(index)
    {
        m_segment.base = base;
    }

    // The text is parsed in pieces: the split array's elements go one piece at a time
    // through pieces(), the rest through the parser that calls walk().
    void setSplit(const JsonSplit *split, std::function<simdjson::error_code(int block, int *row)> pieces)
    {
        m_split = split;
        m_pieces = std::move(pieces);
    }
    void setSegment(const Segment &segment) { m_segment = segment; }
    const Segment &segment() const { return m_segment; }

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
            const bool split = m_split && offsetOf(value.raw_json_token().data()) == m_split->open;
            od::array array;
            SIMDJSON_TRY(value.get_array().get(array));
            const int block = open(node, false);
            int row = 0;
            if (split)
                SIMDJSON_TRY(m_pieces(block, &row));
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
        m_walked.push_back(offsetOf(token));
        m_isContainer.push_back(false);
        return int(m_walked.size() - 1);
    }
    void setRoot(const char *token) { m_root = offsetOf(token); }
    simdjson::error_code close(int block, int rows)
    {
        m_containers[size_t(block)].count = rows;
        return simdjson::SUCCESS;
    }

    // After the walk, with the parser gone: every container gets one contiguous block of
    // node numbers, in the order containers opened, as a tree model wants. The walk's order
    // is depth first, so replaying it with a stack of open containers numbers each member.
    // What is moved out of the deques is let go block by block, and the offsets are written
    // into memory not touched before, so the two never stand in memory side by side.
    void layOut()
    {
        auto &containers = m_index->m_containers;
        containers.reserve(m_containers.size());
        while (!m_containers.empty()) {
            containers.push_back(m_containers.front());
            m_containers.pop_front();
            if (containers.size() % kTrimEvery == 0)
                returnFreedMemory();
        }
        m_containers = std::deque<JsonIndex::Container>();
        returnFreedMemory();
        int32_t next = 1;
        for (auto &container : containers) {
            container.firstChild = next;
            next += container.count;
        }
        m_index->m_nodeCount = size_t(next);
        m_index->m_offsets.reset(new uint32_t[size_t(next)]);
        uint32_t *const offsets = m_index->m_offsets.get();
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
        for (size_t i = 0; !m_walked.empty(); ++i) {
            while (stack.back().row == containers[size_t(stack.back().container)].count)
                stack.pop_back();
            Open &top = stack.back();
            const int32_t node = containers[size_t(top.container)].firstChild + top.row++;
            offsets[size_t(node)] = m_walked.front();
            m_walked.pop_front();
            if (i % kTrimEvery == kTrimEvery - 1)
                returnFreedMemory();
            if (m_isContainer[i]) {
                containers[nextContainer].node = node;
                stack.push_back({int32_t(nextContainer++), 0});
            }
        }
        m_walked = std::deque<uint32_t>();
        m_isContainer = std::vector<bool>();
        returnFreedMemory();
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

    uint32_t offsetOf(const char *token) const
    {
        const qint64 local = token - m_segment.base;
        return uint32_t(local + (local < m_segment.cut ? m_segment.before : m_segment.after));
    }

    JsonIndex *m_index;
    Segment m_segment;
    const JsonSplit *m_split = nullptr;
    std::function<simdjson::error_code(int, int *)> m_pieces;
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

std::shared_ptr<const JsonIndex> JsonIndex::build(QByteArray json, Error *error)
{
    auto index = std::make_shared<JsonIndex>();
    // Shared with the caller, not copied: the parser reads padded copies of pieces.
    index->m_bytes = std::move(json);
    index->m_data = index->m_bytes.constData();
    index->m_size = index->m_bytes.size();
    return JsonIndex::index(std::move(index), error);
}

std::shared_ptr<const JsonIndex> JsonIndex::build(std::unique_ptr<QFile> file, Error *error)
{
    const qint64 size = file->size();
    const uchar *mapped = size > 0 ? file->map(0, size) : nullptr;
    if (!mapped)
        return build(file->readAll(), error);
    auto index = std::make_shared<JsonIndex>();
    index->m_file = std::move(file);
    index->m_data = reinterpret_cast<const char *>(mapped);
    index->m_size = size;
    return JsonIndex::index(std::move(index), error);
}

namespace {

// Texts from this size on are parsed in pieces of about kPieceBytes when they have an
// array to cut; below it, the parser's buffers are small anyway.
constexpr qint64 kSplitFrom = 4 * 1024 * 1024;
constexpr qint64 kPieceBytes = 1024 * 1024;

// The split array's elements go through their own parser, one padded piece at a time,
// wrapped in brackets; the rest of the text, the array left empty, through another. Both
// validate what they read, and the pieces end at commas, so the whole is valid JSON exactly
// when every parse succeeds and no piece is empty.
simdjson::error_code walkInPieces(const char *data, qint64 start, qint64 size, const JsonSplit &split,
                                  JsonIndexBuilder &builder, const std::function<void(qint64, qint64)> &release)
{
    const size_t padding = simdjson::SIMDJSON_PADDING;
    const qint64 head = split.open + 1 - start;
    std::vector<char> outline(size_t(head + size - split.close) + padding);
    std::copy(data + start, data + split.open + 1, outline.begin());
    std::copy(data + split.close, data + size, outline.begin() + head);
    const JsonIndexBuilder::Segment outer{outline.data(), head, start, start + split.close - split.open - 1};
    builder.setSegment(outer);

    od::parser pieceParser;
    std::vector<char> window;
    builder.setSplit(&split, [&](int block, int *row) -> simdjson::error_code {
        for (size_t p = 0; p <= split.cuts.size(); ++p) {
            const qint64 from = (p == 0 ? split.open : split.cuts[p - 1]) + 1;
            const qint64 to = p < split.cuts.size() ? split.cuts[p] : split.close;
            const size_t length = size_t(to - from) + 2;
            if (window.size() < length + padding)
                window.resize(length + padding);
            window[0] = '[';
            std::copy(data + from, data + to, window.begin() + 1);
            window[length - 1] = ']';
            builder.setSegment({window.data(), std::numeric_limits<qint64>::max(), from - 1, 0});
            od::document document;
            SIMDJSON_TRY(pieceParser.iterate(simdjson::padded_string_view(window.data(), length, window.size()))
                             .get(document));
            od::array array;
            SIMDJSON_TRY(document.get_array().get(array));
            int elements = 0;
            for (auto entry : array) {
                od::value element;
                SIMDJSON_TRY(std::move(entry).get(element));
                const int child = builder.place(block, (*row)++, element.raw_json_token().data());
                SIMDJSON_TRY(builder.walk(element, child));
                ++elements;
            }
            const char *rest = nullptr;
            if (elements == 0 || document.current_location().get(rest) == simdjson::SUCCESS)
                return simdjson::TAPE_ERROR; // "[1, ,2]" or "[1] [2]": the whole parse says where
            release(from, to);
        }
        builder.setSegment(outer);
        return simdjson::SUCCESS;
    });
    od::parser parser;
    const char *where = nullptr;
    bool scalar = false;
    return walkDocument(parser, simdjson::padded_string_view(outline.data(), outline.size() - padding, outline.size()),
                        builder, &scalar, &where);
}

} // namespace

std::shared_ptr<const JsonIndex> JsonIndex::index(std::shared_ptr<JsonIndex> index, Error *error)
{
    const qint64 size = index->m_size;
    if (QByteArrayView(index->m_data, size).startsWith("\xEF\xBB\xBF"))
        index->m_start = 3;
    if (error)
        *error = Error();
    auto reportAt = [&](qint64 offset, const QString &message, bool exact = false) {
        if (!error)
            return;
        // Report the place right after the last token, not past the whitespace behind it;
        // a bad byte or a string's opening quote is reported where it is.
        const QByteArrayView text(index->m_data, size);
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
        index->releaseText();
    };
    if (size - index->m_start > qint64(std::numeric_limits<uint32_t>::max())) {
        reportAt(0, tr("document too large"));
        return nullptr;
    }
    std::optional<JsonIndexBuilder> builder;
    if (size - index->m_start >= kSplitFrom) {
        const auto release = [&](qint64 from, qint64 to) { index->releasePages(from, to); };
        const JsonSplit split = findJsonSplit(index->m_data, index->m_start, size, kPieceBytes,
                                              [&](qint64 at) { release(0, at); });
        index->releaseText();
        if (split.isValid()) {
            builder.emplace(index.get(), index->m_data);
            if (walkInPieces(index->m_data, index->m_start, size, split, *builder, release))
                builder.reset();
            index->releaseText();
        }
    }
    if (!builder) {
        // simdjson reads up to its padding past the end: a padded copy unless the caller's
        // buffer has room for it already.
        QByteArray padded;
        const char *text = index->m_data;
        size_t capacity = size_t(index->m_bytes.capacity());
        if (index->m_file || capacity < size_t(size) + simdjson::SIMDJSON_PADDING) {
            padded.reserve(size + qint64(simdjson::SIMDJSON_PADDING));
            padded.append(index->m_data, size);
            text = padded.constData();
            capacity = size_t(padded.capacity());
        }
        const simdjson::padded_string_view view(text + index->m_start, size_t(size - index->m_start),
                                                capacity - size_t(index->m_start));
        builder.emplace(index.get(), text);
        // The parser's index of the text's structure goes before the node numbers are laid out.
        od::parser parser;
        const char *where = nullptr;
        bool scalar = false;
        const simdjson::error_code code = walkDocument(parser, view, *builder, &scalar, &where);
        if (code) {
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
    builder->layOut();
    builder.reset();
    index->m_byNode.resize(index->m_containers.size());
    for (size_t i = 0; i < index->m_byNode.size(); ++i)
        index->m_byNode[i] = int32_t(i);
    std::sort(index->m_byNode.begin(), index->m_byNode.end(), [&](int32_t a, int32_t b) {
        return index->m_containers[size_t(a)].node < index->m_containers[size_t(b)].node;
    });
    return index;
}

} // namespace portico::ui
