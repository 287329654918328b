// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The framing both sides of the sandbox's HTTP stack share: header-field lines and chunked
// bodies. A chunked body decoded as it arrives, in pieces, must give what decoding it whole
// gives: the server and the gateway's client both see bodies split at arbitrary points.
#include "fuzzinput.h"

#include "sandbox/http/chunkeddecoder.h"
#include "sandbox/http/headerparser.h"

using namespace portico;
using portico::http::ChunkedDecoder;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const int step = 1 + data[0] % 17;
    const QByteArray input = fuzz::bytes(data + 1, size - 1);
    constexpr qsizetype kMaxBody = 4096;

    http::HttpHeaders headers;
    QString error;
    if (http::parseHeaderFields(input, &headers, &error)) {
        for (const auto &f : headers.fields()) {
            fuzz::require(http::isHttpToken(f.first), "a parsed header name is a token");
            fuzz::require(!http::hasControlChars(f.second), "a parsed header value has no control bytes");
        }
    } else {
        fuzz::require(!error.isEmpty(), "a refused header section says why");
    }

    ChunkedDecoder whole;
    QByteArray buffer = input;
    QByteArray body;
    const ChunkedDecoder::Status once = whole.feed(buffer, body, kMaxBody);
    fuzz::require(body.size() <= kMaxBody, "a chunked body stays within its limit");

    ChunkedDecoder pieces;
    QByteArray pieceBuffer;
    QByteArray pieceBody;
    ChunkedDecoder::Status status = ChunkedDecoder::Status::NeedMore;
    for (qsizetype at = 0; at < input.size() && status == ChunkedDecoder::Status::NeedMore; at += step) {
        pieceBuffer += input.mid(at, step);
        status = pieces.feed(pieceBuffer, pieceBody, kMaxBody);
    }
    fuzz::require(status == once, "decoding in pieces ends as decoding whole does");
    if (once == ChunkedDecoder::Status::Done) {
        fuzz::require(pieceBody == body, "decoding in pieces gives the same body");
        fuzz::require(buffer.size() <= input.size(), "what follows a body is left in the buffer");
    }
    return 0;
}
