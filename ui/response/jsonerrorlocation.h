// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Where a malformed JSON body goes wrong, for the index's error message. simdjson's first pass
// over the whole text says only that the text holds bad UTF-8, an unterminated string or a raw
// control character; these find the first one, so the user gets its line and column.

#include <QString>
#include <simdjson.h>

namespace portico::ui {

// The words the viewer shows for a parse error.
QString errorText(simdjson::error_code code);
bool isSpace(char c);
// A body cut off inside a container ("[1, 2") ends in a token the parser cannot finish.
bool endsTruncated(const char *text, qint64 start, qint64 size, const char *where);
// Where the text scan's error is, or -1 for an error a token read reports itself.
qint64 scanErrorOffset(simdjson::error_code code, const char *text, qint64 size);

} // namespace portico::ui
