// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "sandbox/scoring/rrsscorer.h"

#include "sandbox/hashing/featurehasher.h"
#include "sandbox/http/jsonwriter.h"
#include "sandbox/scoring/azuremlerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;

namespace portico::sandbox {

namespace {

const QString kInputName = u"input1"_s;
const QString kColumn = u"Col2"_s;
const QString kBitsParameter = u"Hashing bitsize"_s;
const QString kNgramsParameter = u"N-grams"_s;

http::HttpResponse inputParseError(const QString &detail)
{
    return azureMlError(400, u"InputParseError"_s,
                        u"Parsing of input vector failed. Verify the input vector has the correct number of columns"
                        " and data types. Additional details: %1."_s.arg(detail));
}

using Cell = RrsRequest::Cell;

bool readCell(const QJsonValue &v, RrsRequest *request, Cell *out)
{
    switch (v.type()) {
    case QJsonValue::String:
        request->owned.push_back(v.toString().toUtf8());
        out->utf8 = request->owned.back();
        return true;
    case QJsonValue::Null:
        out->isNull = true;
        return true;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        double whole = 0;
        if (std::modf(d, &whole) == 0.0 && std::fabs(d) < 9e15)
            request->owned.push_back(QByteArray::number(qint64(d)));
        else
            request->owned.push_back(QByteArray::number(d, 'g', 17));
        out->utf8 = request->owned.back();
        return true;
    }
    case QJsonValue::Bool:
        out->utf8 = v.toBool() ? QByteArrayView("True") : QByteArrayView("False");
        return true;
    default:
        return false;
    }
}

template<size_t N> char *putLiteral(char *p, const char (&text)[N])
{
    std::memcpy(p, text, N - 1);
    return p + N - 1;
}

char *putCount(char *p, quint32 n)
{
    char buf[10];
    char *d = buf + sizeof buf;
    do {
        *--d = char('0' + n % 10);
        n /= 10;
    } while (n);
    const size_t len = size_t(buf + sizeof buf - d);
    std::memcpy(p, d, len);
    return p + len;
}

// The bytes http::appendJsonString() writes, at most 6 per byte of text plus the quotes.
char *putJsonString(char *p, QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    *p++ = '"';
    const char *run = utf8.data();
    const char *const end = utf8.data() + utf8.size();
    for (const char *q = run; q != end; ++q) {
        const auto c = static_cast<unsigned char>(*q);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        std::memcpy(p, run, size_t(q - run));
        p += q - run;
        run = q + 1;
        *p++ = '\\';
        switch (c) {
        case '"':
        case '\\':
            *p++ = char(c);
            break;
        case '\n':
            *p++ = 'n';
            break;
        case '\r':
            *p++ = 'r';
            break;
        case '\t':
            *p++ = 't';
            break;
        case '\b':
            *p++ = 'b';
            break;
        case '\f':
            *p++ = 'f';
            break;
        default:
            p = putLiteral(p, "u00");
            *p++ = hex[c >> 4];
            *p++ = hex[c & 0xf];
        }
    }
    std::memcpy(p, run, size_t(end - run));
    p += end - run;
    *p++ = '"';
    return p;
}

bool readInt(const QJsonValue &v, int *out)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d != std::floor(d) || std::fabs(d) > 1e9)
            return false;
        *out = int(d);
        return true;
    }
    if (v.isString()) {
        bool ok = false;
        *out = v.toString().trimmed().toInt(&ok);
        return ok;
    }
    return false;
}

} // namespace

using http::appendJsonString;

qint64 RrsScorer::estimatedAnswerBytes(qint64 rows, int bits, Format format, bool withColumnTypes)
{
    const qint64 buckets = qint64(1) << bits;
    // Per hashing column: its name in the table header ("Col2 - Hashing feature N",) and
    // type; per cell: a count ("0",) in a table, or a name and a count in a swagger row.
    if (format == Format::Swagger)
        return buckets * rows * 36;
    return buckets * (34 + (withColumnTypes ? 8 : 0)) + buckets * rows * 4;
}

QStringList RrsScorer::outputColumnNames(int bits)
{
    QStringList names{kColumn};
    const quint32 n = quint32(1) << bits;
    names.reserve(int(n) + 1);
    for (quint32 k = 1; k <= n; ++k)
        names.append(kColumn + u" - Hashing feature "_s + QString::number(k));
    return names;
}

bool RrsScorer::readGlobalParameters(const QJsonObject &globals, HashingParameters *out, http::HttpResponse *error)
{
    for (auto it = globals.begin(); it != globals.end(); ++it) {
        const QString &name = it.key();
        int value = 0;
        int lo = 0;
        int hi = 0;
        int *target = nullptr;
        if (name == kBitsParameter) {
            lo = hashing::FeatureHasher::kMinBits;
            hi = hashing::FeatureHasher::kMaxBits;
            target = &out->bits;
        } else if (name == kNgramsParameter) {
            lo = hashing::FeatureHasher::kMinNgrams;
            hi = hashing::FeatureHasher::kMaxNgrams;
            target = &out->ngrams;
        } else {
            *error = azureMlError(400, u"UnexpectedParameter"_s,
                                  u"Unexpected global parameter '%1'. This web service accepts '%2' and '%3'."_s.arg(
                                      name, kBitsParameter, kNgramsParameter));
            return false;
        }
        if (!readInt(it.value(), &value) || value < lo || value > hi) {
            const QString shown = it.value().isString()
                ? it.value().toString()
                : QString::fromUtf8(
                      QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
            *error = azureMlError(
                400, u"BadParameterValue"_s,
                u"The value '%1' of global parameter '%2' is not valid: expected a whole number from %3 to %4."_s
                    .arg(shown, name)
                    .arg(lo)
                    .arg(hi));
            return false;
        }
        *target = value;
    }
    return true;
}

namespace {

// The Qt reader: false and the AzureML error answer for anything the service refuses.
bool readRequestWithQtJson(const QByteArray &body, RrsRequest *request, http::HttpResponse *answer)
{
    const auto fail = [answer](http::HttpResponse r) {
        *answer = std::move(r);
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(azureMlError(400, u"RequestBodyInvalid"_s,
                                 u"The request body is not valid JSON: %1 at offset %2."_s.arg(parseError.errorString())
                                     .arg(parseError.offset)));
    }
    if (!doc.isObject())
        return fail(azureMlError(400, u"RequestBodyInvalid"_s, u"The request body must be a JSON object."_s));
    const QJsonObject root = doc.object();

    const QJsonValue inputsValue = root.value(u"Inputs"_s);
    if (!inputsValue.isObject())
        return fail(azureMlError(400, u"MissingRequestInput"_s, u"The request has no \"Inputs\" object."_s));
    const QJsonObject inputs = inputsValue.toObject();
    for (auto it = inputs.begin(); it != inputs.end(); ++it) {
        if (it.key() != kInputName) {
            return fail(azureMlError(
                400, u"InvalidInputNames"_s,
                u"Unknown input '%1'. This web service's only input is '%2'."_s.arg(it.key(), kInputName)));
        }
    }
    if (!inputs.contains(kInputName))
        return fail(
            azureMlError(400, u"MissingRequestInput"_s, u"The request has no input named '%1'."_s.arg(kInputName)));

    HashingParameters &params = request->params;
    const QJsonValue globalsValue = root.value(u"GlobalParameters"_s);
    if (!globalsValue.isUndefined() && !globalsValue.isNull() && !globalsValue.isObject())
        return fail(azureMlError(400, u"RequestBodyInvalid"_s, u"\"GlobalParameters\" must be a JSON object."_s));
    if (!RrsScorer::readGlobalParameters(globalsValue.toObject(), &params, answer))
        return false;

    std::vector<Cell> &cells = request->cells;
    const QJsonValue input = inputs.value(kInputName);
    if (input.isObject()) {
        const QJsonObject table = input.toObject();
        const QJsonValue namesValue = table.value(u"ColumnNames"_s);
        const QJsonValue valuesValue = table.value(u"Values"_s);
        if (!namesValue.isArray() || !valuesValue.isArray())
            return fail(inputParseError(u"input1 must have \"ColumnNames\" and \"Values\" arrays"_s));
        const QJsonArray names = namesValue.toArray();
        qsizetype column = -1;
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (names.at(i).toString() == kColumn)
                column = i;
        }
        if (column < 0)
            return fail(inputParseError(u"input1 has no column named '%1'"_s.arg(kColumn)));
        const QJsonArray rows = valuesValue.toArray();
        cells.resize(size_t(rows.size()));
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const QJsonValue row = rows.at(r);
            if (!row.isArray() || row.toArray().size() != names.size()) {
                return fail(inputParseError(u"row %1 has %2 values where %3 columns were named"_s.arg(r + 1)
                                                .arg(row.isArray() ? row.toArray().size() : 0)
                                                .arg(names.size())));
            }
            if (!readCell(row.toArray().at(column), request, &cells[size_t(r)]))
                return fail(inputParseError(u"row %1: '%2' must be text"_s.arg(r + 1).arg(kColumn)));
        }
    } else if (input.isArray()) {
        const QJsonArray rows = input.toArray();
        cells.resize(size_t(rows.size()));
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const QJsonObject row = rows.at(r).toObject();
            if (!row.contains(kColumn))
                return fail(inputParseError(u"row %1 has no column named '%2'"_s.arg(r + 1).arg(kColumn)));
            if (!readCell(row.value(kColumn), request, &cells[size_t(r)]))
                return fail(inputParseError(u"row %1: '%2' must be text"_s.arg(r + 1).arg(kColumn)));
        }
    } else {
        return fail(inputParseError(u"input1 must be a table (ColumnNames and Values) or a list of rows"_s));
    }

    return true;
}

// Writes the answer straight into bytes: precomputed pieces, memcpy and digits per row.
http::HttpResponse writeAnswer(const RrsRequest &request, RrsScorer::Format format, bool withColumnTypes)
{
    using Format = RrsScorer::Format;
    const HashingParameters &params = request.params;
    const std::vector<Cell> &cells = request.cells;
    const qint64 buckets = qint64(1) << params.bits;
    const qint64 estimate = RrsScorer::estimatedAnswerBytes(qint64(cells.size()), params.bits, format, withColumnTypes);
    if (estimate > RrsScorer::kMaxAnswerBytes) {
        return azureMlError(
            413, u"OutOfMemoryLimit"_s,
            u"%1 rows with a hashing bitsize of %2 make an answer of about %3 MB; one request may produce at most %4 MB."_s
                .arg(cells.size())
                .arg(params.bits)
                .arg(estimate / (1024 * 1024))
                .arg(RrsScorer::kMaxAnswerBytes / (1024 * 1024)));
    }

    const hashing::FeatureHasher hasher(params.bits, params.ngrams);
    std::vector<quint32> counts(size_t(buckets), 0);

    // Precomputed pieces of the answer, so each row is only memcpy and digits.
    QByteArray out;
    qsizetype textBytes = 0;
    for (const Cell &c : cells)
        textBytes += c.utf8.size();
    out.reserve(256 + textBytes + qsizetype(cells.size()) * (16 + buckets * (format == Format::Swagger ? 36 : 4)));

    std::vector<QByteArray> swaggerKeys;
    if (format == Format::Table) {
        out += "{\"Results\":{\"output1\":{\"type\":\"table\",\"value\":{\"ColumnNames\":[";
        const QStringList names = RrsScorer::outputColumnNames(params.bits);
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (i)
                out += ',';
            appendJsonString(out, names.at(i).toUtf8());
        }
        out += ']';
        if (withColumnTypes) {
            out += ",\"ColumnTypes\":[\"String\"";
            for (qint64 k = 0; k < buckets; ++k)
                out += ",\"Int32\"";
            out += ']';
        }
        out += ",\"Values\":[";
    } else {
        out += "{\"Results\":{\"output1\":[";
        swaggerKeys.reserve(size_t(buckets));
        for (qint64 k = 1; k <= buckets; ++k)
            swaggerKeys.push_back(",\"Col2 - Hashing feature "_ba + QByteArray::number(k) + "\":\"");
    }

    // The rows go through a pointer into room sized for the worst case (every byte of text
    // escaped as a six-byte unicode escape, every count ten digits), which Qt's per-call appends made the cost of.
    qsizetype perRow = 3;
    if (format == Format::Table) {
        perRow += buckets * 13;
    } else {
        perRow += 8;
        for (const QByteArray &key : swaggerKeys)
            perRow += key.size() + 11;
    }
    const qsizetype head = out.size();
    out.resize(head + qsizetype(cells.size()) * (perRow + 4) + 6 * textBytes + 2 * qsizetype(cells.size()) + 8);
    char *const begin = out.data();
    char *p = begin + head;
    for (size_t r = 0; r < cells.size(); ++r) {
        const Cell &cell = cells[r];
        std::fill(counts.begin(), counts.end(), 0);
        hasher.countInto(cell.utf8, counts.data());
        if (r)
            *p++ = ',';
        if (format == Format::Table) {
            *p++ = '[';
            p = cell.isNull ? putLiteral(p, "null") : putJsonString(p, cell.utf8);
            for (quint32 c : counts) {
                *p++ = ',';
                *p++ = '"';
                p = putCount(p, c);
                *p++ = '"';
            }
            *p++ = ']';
        } else {
            p = putLiteral(p, "{\"Col2\":");
            p = cell.isNull ? putLiteral(p, "null") : putJsonString(p, cell.utf8);
            for (size_t k = 0; k < counts.size(); ++k) {
                std::memcpy(p, swaggerKeys[k].constData(), size_t(swaggerKeys[k].size()));
                p += swaggerKeys[k].size();
                p = putCount(p, counts[k]);
                *p++ = '"';
            }
            *p++ = '}';
        }
    }
    p = format == Format::Table ? putLiteral(p, "]}}}}") : putLiteral(p, "]}}");
    Q_ASSERT(p <= begin + out.size());
    out.truncate(p - begin);
    return http::HttpResponse::json(200, out);
}

} // namespace

http::HttpResponse RrsScorer::scoreWithQtJson(const QByteArray &body, Format format, bool withColumnTypes)
{
    RrsRequest request;
    http::HttpResponse error;
    if (!readRequestWithQtJson(body, &request, &error))
        return error;
    return writeAnswer(request, format, withColumnTypes);
}

http::HttpResponse RrsScorer::score(const QByteArray &body, Format format, bool withColumnTypes)
{
    RrsRequest request;
    if (!readRrsRequestFast(body, &request))
        return scoreWithQtJson(body, format, withColumnTypes);
    return writeAnswer(request, format, withColumnTypes);
}

} // namespace portico::sandbox
