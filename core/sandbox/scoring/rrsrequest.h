// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// An RRS request as the scorer needs it: the hashing parameters and the Col2 cell of every
// row. Read with simdjson, without a document of Qt's: for a well-formed request it yields
// exactly what reading it through QJsonDocument would; anything it is not sure of (a syntax
// error, a validation error, an odd shape) it leaves to the Qt reader, which words the error.

#include <QByteArray>
#include <QByteArrayView>

#include <deque>
#include <vector>

namespace portico::sandbox {

struct HashingParameters
{
    int bits = 3;
    int ngrams = 2;
};

struct RrsRequest
{
    // One cell of Col2: its text, or null for a missing value (hashed as empty text).
    struct Cell
    {
        QByteArrayView utf8;
        bool isNull = false;
    };
    HashingParameters params;
    std::vector<Cell> cells;
    std::deque<QByteArray> owned; // texts the cells point into that the parser does not hold
};

// True when request holds the request; its cells point into this thread's parser (valid
// until the next call on this thread) or into request->owned. False: ask the Qt reader.
bool readRrsRequestFast(const QByteArray &body, RrsRequest *request);

} // namespace portico::sandbox
