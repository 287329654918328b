// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "sandbox/http/responseparser.h"

#include "sandbox/http/headerparser.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace portico::http {

// The messages are the keep-alive client's: its connection reports them, and they keep the
// translation context ("ClientConnection") they have always had.

void ResponseParser::start(bool headRequest, const Limits &limits)
{
    m_limits = limits;
    m_state = State::Head;
    m_headRequest = headRequest;
    m_keepAlive = true;
    m_remaining = 0;
    m_headScanned = 0;
    m_chunked.reset();
    m_response = HttpClient::Response();
    m_error.clear();
}

HttpClient::Response ResponseParser::takeResponse()
{
    HttpClient::Response response = std::move(m_response);
    m_response = HttpClient::Response();
    return response;
}

ResponseParser::Status ResponseParser::fail(const QString &error)
{
    refuse(error);
    return Status::Error;
}

bool ResponseParser::refuse(const QString &error)
{
    m_error = error;
    m_state = State::Failed;
    return false;
}

QString ResponseParser::tooLarge() const
{
    const qsizetype limit = m_limits.maxBodyBytes;
    return QCoreApplication::translate("ClientConnection", "The backend's answer is larger than %1.")
        .arg(QLocale::c().formattedDataSize(limit, limit % (1024 * 1024) == 0 ? 0 : 1));
}

ResponseParser::Status ResponseParser::feed(QByteArray &buffer)
{
    for (;;) {
        switch (m_state) {
        case State::Head: {
            // Searched from where the previous read's search stopped: a head that arrives in
            // small pieces costs its length, not its length squared.
            const qsizetype end = buffer.indexOf("\r\n\r\n", m_headScanned);
            m_headScanned = end < 0 ? std::max<qsizetype>(0, buffer.size() - 3) : 0;
            // A whole head can arrive in one read, so its end does not make it small enough.
            if ((end < 0 ? buffer.size() : end + 4) > m_limits.maxHeadBytes)
                return fail(QCoreApplication::translate(
                    "ClientConnection", "The backend's answer has a header section that is too large."));
            if (end < 0)
                return Status::NeedMore;
            if (!parseHead(buffer, end))
                return Status::Error;
            continue;
        }
        case State::Body: {
            const qsizetype take = qMin(m_remaining, buffer.size());
            m_response.body.append(buffer.constData(), take);
            buffer.remove(0, take);
            m_remaining -= take;
            if (m_remaining > 0)
                return Status::NeedMore;
            m_state = State::Done;
            return Status::Done;
        }
        case State::Chunked:
            switch (m_chunked.feed(buffer, m_response.body, m_limits.maxBodyBytes)) {
            case ChunkedDecoder::Status::NeedMore:
                return Status::NeedMore;
            case ChunkedDecoder::Status::Done:
                m_state = State::Done;
                return Status::Done;
            case ChunkedDecoder::Status::TooLarge:
                return fail(tooLarge());
            case ChunkedDecoder::Status::Error:
                return fail(m_chunked.error());
            }
            return Status::NeedMore;
        case State::UntilClose:
            // Checked before appending: a refused answer never holds more than the limit.
            if (m_response.body.size() + buffer.size() > m_limits.maxBodyBytes)
                return fail(tooLarge());
            m_response.body += buffer;
            buffer.clear();
            return Status::NeedMore;
        case State::Done:
            return Status::Done;
        case State::Failed:
            return Status::Error;
        }
    }
}

bool ResponseParser::parseHead(QByteArray &buffer, qsizetype headEnd)
{
    const QByteArrayView head(buffer.constData(), headEnd);
    const qsizetype eol = head.indexOf("\r\n");
    const QByteArrayView statusLine = eol < 0 ? head : head.first(eol);
    // "HTTP/1.1 200 OK"
    const bool shapeOk = statusLine.size() >= 12 && statusLine.startsWith("HTTP/1.") && statusLine.at(8) == ' ' &&
        (statusLine.size() == 12 || statusLine.at(12) == ' ');
    bool ok = false;
    const int status = shapeOk ? statusLine.sliced(9, 3).toInt(&ok) : 0;
    // A control byte in the reason phrase, a bare LF above all, would let a parser that ends
    // lines at LF read fields this one takes for the status line.
    if (!ok || status < 100 || status > 999 || hasControlChars(statusLine))
        return refuse(QCoreApplication::translate("ClientConnection", "The backend's answer is not HTTP/1.x."));
    HttpHeaders headers;
    QString error;
    if (!parseHeaderFields(eol < 0 ? QByteArrayView() : head.sliced(eol + 2), &headers, &error))
        return refuse(
            QCoreApplication::translate("ClientConnection", "The backend's answer is malformed: %1").arg(error));
    const bool http10 = statusLine.at(7) == '0';
    buffer.remove(0, headEnd + 4);
    if (status >= 100 && status < 200 && status != 101)
        return true; // an interim answer; the real one follows

    m_response.status = status;
    m_response.headers = headers;
    const QByteArray connection = headers.value("Connection").toLower();
    m_keepAlive = http10 ? connection.contains("keep-alive") : !connection.contains("close");
    return startBody(status, headers);
}

bool ResponseParser::startBody(int status, const HttpHeaders &headers)
{
    const bool noBody = m_headRequest || status == 204 || status == 304;
    // Every field counts, an empty one too: see transferCodings().
    const std::optional<QByteArray> te = transferCodings(headers);
    const QByteArray length = headers.value("Content-Length").trimmed();
    if (noBody) {
        m_state = State::Done;
    } else if (te == QByteArray("chunked")) {
        m_state = State::Chunked;
    } else if (te) {
        // Passing a body on still encoded would hand the client bytes it cannot read.
        return refuse(
            QCoreApplication::translate("ClientConnection",
                                        "The backend's answer uses a transfer coding the gateway cannot decode (%1).")
                .arg(QString::fromLatin1(*te)));
    } else if (headers.contains("Content-Length")) {
        // Only plain digits, the same in every field: toLongLong() would also take a sign, and
        // a framing that another parser could read differently is how answers get smuggled.
        bool lengthOk = !length.isEmpty() &&
            std::all_of(length.cbegin(), length.cend(), [](char c) { return c >= '0' && c <= '9'; });
        for (const auto &f : headers.fields()) {
            if (f.first.compare("Content-Length", Qt::CaseInsensitive) == 0 && f.second.trimmed() != length)
                lengthOk = false;
        }
        m_remaining = lengthOk ? length.toLongLong(&lengthOk) : 0;
        if (!lengthOk || m_remaining < 0)
            return refuse(
                QCoreApplication::translate("ClientConnection", "The backend's answer has an invalid Content-Length."));
        if (m_remaining > m_limits.maxBodyBytes)
            return refuse(tooLarge());
        m_response.body.reserve(m_remaining);
        m_state = m_remaining == 0 ? State::Done : State::Body;
    } else {
        m_keepAlive = false;
        m_state = State::UntilClose;
    }
    return true;
}

} // namespace portico::http
