// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The gateway's keep-alive client parsing a backend's answer (status line, fields, a body by
// length, chunks or close). A backend's bytes reach it split at arbitrary points, so an
// answer read in pieces must end as reading it whole does, with the same fields, body and
// leftover bytes, and within the limits. The first byte picks a HEAD request and the piece size.
#include "sandbox/http/headerparser.h"
#include "sandbox/http/responseparser.h"

#include "fuzzinput.h"

#include <algorithm>

using namespace portico;
using portico::http::ResponseParser;

namespace {

struct Outcome
{
    ResponseParser::Status status = ResponseParser::Status::NeedMore;
    http::HttpClient::Response response;
    QString error;
    bool keepAlive = false;
    bool endsAtClose = false;
    QByteArray rest; // what the parser left, then what it was never given
};

Outcome parse(const QByteArray &input, bool headRequest, qsizetype piece, const ResponseParser::Limits &limits)
{
    ResponseParser parser;
    parser.start(headRequest, limits);
    QByteArray buffer;
    Outcome out;
    qsizetype at = 0;
    do {
        buffer += input.mid(at, piece);
        at += piece;
        out.status = parser.feed(buffer);
    } while (at < input.size() && out.status == ResponseParser::Status::NeedMore);
    out.error = parser.error();
    out.keepAlive = parser.keepAlive();
    out.endsAtClose = parser.endsAtClose();
    out.rest = buffer + input.mid(at);
    out.response = parser.takeResponse();
    return out;
}

bool sameFields(const http::HttpHeaders &a, const http::HttpHeaders &b)
{
    return a.fields() == b.fields();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const bool headRequest = data[0] & 1;
    const qsizetype step = 1 + (data[0] >> 1) % 37;
    const QByteArray input = fuzz::bytes(data + 1, size - 1);
    // Small limits, so that inputs of a few kilobytes reach them.
    ResponseParser::Limits limits;
    limits.maxHeadBytes = 600;
    limits.maxBodyBytes = 1500;

    const Outcome whole = parse(input, headRequest, std::max<qsizetype>(1, input.size()), limits);
    const Outcome pieces = parse(input, headRequest, step, limits);

    fuzz::require(whole.status == pieces.status, "an answer read in pieces ends as reading it whole does");
    fuzz::require(whole.error == pieces.error, "an answer read in pieces is refused for the same reason");
    for (const Outcome *o : {&whole, &pieces}) {
        fuzz::require(o->response.body.size() <= limits.maxBodyBytes, "a body stays within its limit");
        if (o->status == ResponseParser::Status::Error)
            fuzz::require(!o->error.isEmpty(), "a refused answer says why");
        if (o->status == ResponseParser::Status::Done) {
            fuzz::require(o->response.status >= 200 || o->response.status == 101, "interim answers are skipped");
            // Read as one framing only: a second Transfer-Encoding field is not ignored.
            const bool framed = !headRequest && o->response.status != 204 && o->response.status != 304;
            qsizetype codings = 0;
            for (const auto &f : framed ? o->response.headers.fields() : QList<http::HttpHeaders::Field>()) {
                if (f.first.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
                    ++codings;
                    fuzz::require(f.second.trimmed().compare("chunked", Qt::CaseInsensitive) == 0,
                                  "only plain chunked is decoded");
                }
            }
            fuzz::require(codings <= 1, "an answer with two Transfer-Encoding fields is refused");
        }
        for (const auto &f : o->response.headers.fields()) {
            fuzz::require(http::isHttpToken(f.first), "a field name is a token");
            fuzz::require(!http::hasControlChars(f.second), "a field value has no control bytes");
        }
    }
    if (whole.status == ResponseParser::Status::Error)
        return 0;
    if (whole.status == ResponseParser::Status::Done) {
        const qsizetype eol = input.indexOf("\r\n");
        fuzz::require(eol >= 0 && !http::hasControlChars(input.first(eol)),
                      "an accepted status line has no bare LF or other control byte");
    }
    fuzz::require(whole.response.status == pieces.response.status, "the same status either way");
    fuzz::require(sameFields(whole.response.headers, pieces.response.headers), "the same fields either way");
    fuzz::require(whole.response.body == pieces.response.body, "the same body either way");
    fuzz::require(whole.endsAtClose == pieces.endsAtClose, "the same framing either way");
    if (whole.status == ResponseParser::Status::Done) {
        fuzz::require(whole.keepAlive == pieces.keepAlive, "the same keep-alive either way");
        fuzz::require(whole.rest == pieces.rest, "the bytes after an answer are left for the next one");
        fuzz::require(whole.rest.size() + whole.response.body.size() <= input.size(), "no byte is read twice");
    }
    return 0;
}
