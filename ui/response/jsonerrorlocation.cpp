// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/response/jsonerrorlocation.h"

#include "ui/response/jsonindex.h"

namespace portico::ui {


QString errorText(simdjson::error_code code)
{
    switch (code) {
    case simdjson::UNCLOSED_STRING:
        return JsonIndex::tr("unterminated string");
    case simdjson::UNESCAPED_CHARS:
        return JsonIndex::tr("control character in a string");
    case simdjson::STRING_ERROR:
        return JsonIndex::tr("invalid string");
    case simdjson::UTF8_ERROR:
        return JsonIndex::tr("invalid UTF-8");
    case simdjson::NUMBER_ERROR:
        return JsonIndex::tr("invalid number");
    case simdjson::T_ATOM_ERROR:
    case simdjson::F_ATOM_ERROR:
    case simdjson::N_ATOM_ERROR:
        return JsonIndex::tr("invalid literal");
    case simdjson::DEPTH_ERROR:
        return JsonIndex::tr("too deeply nested");
    case simdjson::EMPTY:
        return JsonIndex::tr("no JSON value");
    case simdjson::CAPACITY:
        return JsonIndex::tr("document too large");
    case simdjson::INCOMPLETE_ARRAY_OR_OBJECT:
        return JsonIndex::tr("unterminated object or array");
    case simdjson::TRAILING_CONTENT:
        return JsonIndex::tr("garbage after the value");
    default:
        return JsonIndex::tr("unexpected token");
    }
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

namespace {

bool isContinuation(char c)
{
    return (uchar(c) & 0xC0) == 0x80;
}

// The scan that finds bad UTF-8, an unterminated string or a raw control character runs
// over the whole text before any token is read, and says only that the text has one. These
// find where, so the user gets the first error's line and column and not the end's.

// The first byte of the first malformed sequence: halves are handed to simdjson's validator
// until the failing piece is small, each cut moved back to where a character starts.
qint64 firstInvalidUtf8(const char *text, qint64 size)
{
    qint64 lo = 0;
    qint64 hi = size;
    while (hi - lo > 256) {
        qint64 mid = lo + (hi - lo) / 2;
        while (mid > lo && isContinuation(text[mid]))
            --mid;
        if (mid == lo)
            break;
        if (!simdjson::validate_utf8(text + lo, size_t(mid - lo)))
            hi = mid;
        else
            lo = mid;
    }
    // The first character boundary up to which the text stops being valid ends the bad sequence.
    qint64 previous = lo;
    for (qint64 at = lo + 1; at <= hi; ++at) {
        if (at < hi && isContinuation(text[at]))
            continue;
        if (!simdjson::validate_utf8(text + lo, size_t(at - lo)))
            return previous;
        previous = at;
    }
    return hi;
}

// The opening quote of the string left open: quotes pair up from the start, so it is the
// last quote not escaped by an odd run of backslashes.
qint64 unclosedStringStart(const char *text, qint64 size)
{
    for (qint64 at = size - 1; at >= 0; --at) {
        if (text[at] != '"')
            continue;
        qint64 backslashes = 0;
        while (at - backslashes > 0 && text[at - backslashes - 1] == '\\')
            ++backslashes;
        if (backslashes % 2 == 0)
            return at;
    }
    return size;
}

// The first byte below 0x20 inside a string.
qint64 firstControlInString(const char *text, qint64 size)
{
    bool inString = false;
    for (qint64 at = 0; at < size; ++at) {
        const char c = text[at];
        if (!inString) {
            inString = c == '"';
        } else if (c == '\\') {
            ++at;
        } else if (c == '"') {
            inString = false;
        } else if (uchar(c) < 0x20) {
            return at;
        }
    }
    return size;
}

} // namespace

// A body cut off inside a container ends in a token the parser cannot finish ("[1, 2"),
// which it reports as a bad number or literal: that is an unterminated container.
bool endsTruncated(const char *text, qint64 start, qint64 size, const char *where)
{
    qint64 first = start;
    while (first < size && isSpace(text[first]))
        ++first;
    if (!where || first >= size || (text[first] != '{' && text[first] != '['))
        return false;
    qint64 at = where - text;
    if (at < start || at >= size || text[at] == '"')
        return false;
    while (at < size && !isSpace(text[at]) && text[at] != ',' && text[at] != ']' && text[at] != '}' && text[at] != ':')
        ++at;
    while (at < size && isSpace(text[at]))
        ++at;
    return at >= size;
}

// Where the text scan's error is, or -1 for an error a token read reports itself.
qint64 scanErrorOffset(simdjson::error_code code, const char *text, qint64 size)
{
    switch (code) {
    case simdjson::UTF8_ERROR:
        return firstInvalidUtf8(text, size);
    case simdjson::UNCLOSED_STRING:
        return unclosedStringStart(text, size);
    case simdjson::UNESCAPED_CHARS:
        return firstControlInString(text, size);
    default:
        return -1;
    }
}

} // namespace portico::ui
