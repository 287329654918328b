// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/interop/yamlwriter.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>
#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace portico::client {

namespace {

// What YAML 1.1 and 1.2 readers (js-yaml, PyYAML, yaml-cpp) would turn into something other
// than a string, or could misread: such strings are written double-quoted.
bool needsQuotes(const QString &s)
{
    static const QRegularExpression special(
        uR"(^(~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N)$|)"
        uR"(^[-+]?(\.[0-9]+|[0-9][0-9_,:.]*)([eE][-+]?[0-9]+)?$|^0[xob]|^[-+]?\.(inf|Inf|INF|nan|NaN|NAN)$|^=$|^<<$)"_s);
    if (s.isEmpty() || s != s.trimmed() || special.match(s).hasMatch())
        return true;
    // Indicators at the start, and ": " / " #" anywhere, change a plain scalar's meaning.
    static const QString indicators = u"-?:,[]{}#&*!|>'\"%@`"_s;
    return indicators.contains(s.front()) || s.contains(u": "_s) || s.contains(u" #"_s) || s.contains(u'\n') ||
        s.contains(u'\t');
}

void emitString(YAML::Emitter &out, const QString &s)
{
    if (needsQuotes(s))
        out << YAML::DoubleQuoted;
    out << s.toStdString();
}

void emitValue(YAML::Emitter &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.isEmpty()) {
            out << YAML::Flow << YAML::BeginMap << YAML::EndMap;
            break;
        }
        out << YAML::BeginMap;
        for (auto it = object.begin(); it != object.end(); ++it) {
            out << YAML::Key;
            emitString(out, it.key());
            out << YAML::Value;
            emitValue(out, it.value());
        }
        out << YAML::EndMap;
        break;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
            break;
        }
        out << YAML::BeginSeq;
        for (const QJsonValue &item : array)
            emitValue(out, item);
        out << YAML::EndSeq;
        break;
    }
    case QJsonValue::String:
        emitString(out, value.toString());
        break;
    case QJsonValue::Bool:
        out << (value.toBool() ? "true" : "false");
        break;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15)
            out << static_cast<long long>(d);
        else
            out << QByteArray::number(d, 'g', 17).toStdString();
        break;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out << YAML::Null;
        break;
    }
}

} // namespace

QByteArray yamlDocument(const QJsonObject &document)
{
    YAML::Emitter out;
    out.SetIndent(2);
    out.SetBoolFormat(YAML::TrueFalseBool);
    emitValue(out, document);
    QByteArray text(out.c_str(), static_cast<qsizetype>(out.size()));
    if (!text.endsWith('\n'))
        text.append('\n');
    return text;
}

} // namespace portico::client
