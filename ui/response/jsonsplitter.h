// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Where a large JSON text can be handed to the parser in pieces: its longest array, and
// commas between that array's elements about every pieceBytes. Not a parser: it follows
// only quotes, backslashes and brackets, and checks nothing. The index lets simdjson parse
// and validate each piece, and the text minus the array's elements, so the parser's own
// buffers stay the size of one piece, whatever the size of the body.

#include <QtGlobal>

#include <functional>
#include <vector>

namespace portico::ui {

struct JsonSplit
{
    qint64 open = -1;  // the array's '['
    qint64 close = -1; // its ']'
    // Commas at the array's own level; the pieces are the elements between open, the cuts
    // and close.
    std::vector<qint64> cuts;
    bool isValid() const { return open >= 0 && !cuts.empty(); }
};

// Looks at text[from, size). scanned(offset) is called now and then with how far the scan
// has come. An invalid split (nothing to cut, brackets that do not pair up, nesting deeper
// than the parser takes) means: parse the text whole.
JsonSplit findJsonSplit(const char *text, qint64 from, qint64 size, qint64 pieceBytes,
                        const std::function<void(qint64)> &scanned = {});

} // namespace portico::ui
