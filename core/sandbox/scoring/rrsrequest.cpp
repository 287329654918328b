// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "sandbox/scoring/rrsrequest.h"

#include "sandbox/scoring/rrsscorer.h"

#include <QJsonObject>
#include <QJsonValue>

#include <cmath>
#include <simdjson.h>
#include <string_view>

using namespace Qt::StringLiterals;

namespace portico::sandbox {

namespace {

namespace dom = simdjson::dom;

// Shallower than Qt's nesting limit, so a document Qt refuses for its depth is never
// accepted here; a valid request is five levels deep.
constexpr size_t kMaxDepth = 256;

// The text Qt's reader would give the cell, or false where it would refuse it.
bool readCell(dom::element v, RrsRequest *request, RrsRequest::Cell *out)
{
    double d = 0;
    switch (v.type()) {
    case dom::element_type::STRING: {
        const std::string_view s = v.get_string().value_unsafe();
        out->utf8 = QByteArrayView(s.data(), qsizetype(s.size()));
        return true;
    }
    case dom::element_type::NULL_VALUE:
        out->isNull = true;
        return true;
    case dom::element_type::BOOL:
        out->utf8 = v.get_bool().value_unsafe() ? QByteArrayView("True") : QByteArrayView("False");
        return true;
    // A number is a double to Qt, whatever its literal: format it as the Qt reader does.
    case dom::element_type::INT64:
        d = double(v.get_int64().value_unsafe());
        break;
    case dom::element_type::UINT64:
        d = double(v.get_uint64().value_unsafe());
        break;
    case dom::element_type::DOUBLE:
        d = v.get_double().value_unsafe();
        break;
    default:
        return false;
    }
    double whole = 0;
    if (std::modf(d, &whole) == 0.0 && std::fabs(d) < 9e15)
        request->owned.push_back(QByteArray::number(qint64(d)));
    else
        request->owned.push_back(QByteArray::number(d, 'g', 17));
    out->utf8 = request->owned.back();
    return true;
}

// The last member named key (Qt's reader keeps the last of duplicates), if any.
bool lastMember(dom::object object, std::string_view key, dom::element *out)
{
    bool found = false;
    for (const dom::key_value_pair field : object) {
        if (field.key == key) {
            *out = field.value;
            found = true;
        }
    }
    return found;
}

// The global parameters as the Qt reader sees them; false for shapes it would refuse.
bool readGlobals(dom::object globals, QJsonObject *out)
{
    for (const dom::key_value_pair field : globals) {
        const QString name = QString::fromUtf8(field.key.data(), qsizetype(field.key.size()));
        const dom::element v = field.value;
        switch (v.type()) {
        case dom::element_type::STRING: {
            const std::string_view s = v.get_string().value_unsafe();
            out->insert(name, QString::fromUtf8(s.data(), qsizetype(s.size())));
            break;
        }
        case dom::element_type::INT64:
            out->insert(name, double(v.get_int64().value_unsafe()));
            break;
        case dom::element_type::UINT64:
            out->insert(name, double(v.get_uint64().value_unsafe()));
            break;
        case dom::element_type::DOUBLE:
            out->insert(name, v.get_double().value_unsafe());
            break;
        default:
            return false; // never a valid parameter value: the Qt reader says why
        }
    }
    return true;
}

bool readTable(dom::object table, RrsRequest *request)
{
    dom::element namesValue, valuesValue;
    if (!lastMember(table, "ColumnNames", &namesValue) || !lastMember(table, "Values", &valuesValue) ||
        !namesValue.is_array() || !valuesValue.is_array())
        return false;
    const dom::array names = namesValue.get_array().value_unsafe();
    const size_t width = names.size();
    size_t column = width;
    size_t i = 0;
    for (const dom::element name : names) {
        if (name.is_string() && name.get_string().value_unsafe() == "Col2")
            column = i; // the last one, as the Qt reader takes it
        ++i;
    }
    if (column == width)
        return false;
    const dom::array rows = valuesValue.get_array().value_unsafe();
    request->cells.resize(rows.size());
    size_t r = 0;
    for (const dom::element row : rows) {
        if (!row.is_array())
            return false;
        const dom::array cells = row.get_array().value_unsafe();
        if (cells.size() != width)
            return false;
        dom::element cell;
        if (cells.at(column).get(cell) || !readCell(cell, request, &request->cells[r]))
            return false;
        ++r;
    }
    return true;
}

bool readSwagger(dom::array rows, RrsRequest *request)
{
    request->cells.resize(rows.size());
    size_t r = 0;
    for (const dom::element row : rows) {
        dom::element cell;
        if (!row.is_object() || !lastMember(row.get_object().value_unsafe(), "Col2", &cell) ||
            !readCell(cell, request, &request->cells[r]))
            return false;
        ++r;
    }
    return true;
}

} // namespace

bool readRrsRequestFast(const QByteArray &body, RrsRequest *request)
{
    thread_local dom::parser parser;
    const size_t size = size_t(body.size());
    if (parser.capacity() < size || parser.max_depth() != kMaxDepth) {
        if (parser.allocate(std::max<size_t>(size, 4096), kMaxDepth))
            return false;
    }
    dom::element root;
    if (parser.parse(body.constData(), size, true).get(root) || !root.is_object())
        return false;
    const dom::object object = root.get_object().value_unsafe();
    dom::element inputsValue, globalsValue;
    if (!lastMember(object, "Inputs", &inputsValue) || !inputsValue.is_object())
        return false;
    const dom::object inputs = inputsValue.get_object().value_unsafe();
    dom::element input;
    for (const dom::key_value_pair field : inputs) {
        if (field.key != "input1")
            return false;
        input = field.value;
    }
    if (inputs.size() == 0)
        return false;
    if (lastMember(object, "GlobalParameters", &globalsValue) && !globalsValue.is_null()) {
        if (!globalsValue.is_object())
            return false;
        QJsonObject globals;
        http::HttpResponse error;
        if (!readGlobals(globalsValue.get_object().value_unsafe(), &globals) ||
            !RrsScorer::readGlobalParameters(globals, &request->params, &error))
            return false;
    }
    if (input.is_object())
        return readTable(input.get_object().value_unsafe(), request);
    if (input.is_array())
        return readSwagger(input.get_array().value_unsafe(), request);
    return false;
}

} // namespace portico::sandbox
