// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/interop/importdocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <yaml-cpp/yaml.h>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

#include <algorithm>
#include <cstdint>
#include <vector>

using namespace Qt::StringLiterals;

namespace portico::client::importdetail {

namespace {

QString jsonPlace(const QByteArray &bytes, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return Text::tr("line %1, column %2").arg(line).arg(column);
}

QJsonValue scalar(const YAML::Node &node)
{
    const std::string &s = node.Scalar();
    const QString text = QString::fromStdString(s);
    if (node.Tag() == "!" || node.Tag() == "tag:yaml.org,2002:str")
        return text; // quoted: always a string
    if (s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL")
        return QJsonValue::Null;
    if (s == "true" || s == "True" || s == "TRUE")
        return true;
    if (s == "false" || s == "False" || s == "FALSE")
        return false;
    bool ok = false;
    const qlonglong i = text.toLongLong(&ok);
    if (ok && (text == u"0" || !text.startsWith(u'0') || text.startsWith(u"0.")))
        return i;
    const double d = text.toDouble(&ok);
    if (ok && !text.startsWith(u'.') && text.contains(QRegularExpression(u"^[-+]?[0-9]"_s)))
        return d;
    return text;
}

QJsonValue convert(const YAML::Node &node, int depth)
{
    if (depth > 200)
        throw YAML::ParserException(node.Mark(), "nesting too deep");
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        QJsonObject o;
        for (const auto &kv : node)
            o.insert(QString::fromStdString(kv.first.Scalar()), convert(kv.second, depth + 1));
        return o;
    }
    case YAML::NodeType::Sequence: {
        QJsonArray a;
        for (const auto &item : node)
            a.append(convert(item, depth + 1));
        return a;
    }
    case YAML::NodeType::Scalar:
        return scalar(node);
    default:
        return QJsonValue::Null;
    }
}

QString decodePointerToken(QString token)
{
    token = QUrl::fromPercentEncoding(token.toUtf8());
    token.replace(u"~1"_s, u"/"_s);
    token.replace(u"~0"_s, u"~"_s);
    return token;
}

// The element as an object or array, held by value: a range-for over get_object()'s result
// would outlive it.
simdjson::dom::object objectOf(simdjson::dom::element element)
{
    simdjson::dom::object object;
    if (element.get(object) != simdjson::SUCCESS)
        return {};
    return object;
}

simdjson::dom::array arrayOf(simdjson::dom::element element)
{
    simdjson::dom::array array;
    if (element.get(array) != simdjson::SUCCESS)
        return {};
    return array;
}

// The value with each string as UTF-8 can spell it: Qt reads an escaped lone surrogate that
// simdjson refuses, and would write it back the same way.
QJsonValue wellFormed(const QJsonValue &value)
{
    if (value.isString())
        return QString::fromUtf8(value.toString().toUtf8());
    if (value.isArray()) {
        QJsonArray a;
        for (const QJsonValue &v : value.toArray())
            a.append(wellFormed(v));
        return a;
    }
    if (value.isObject()) {
        QJsonObject o;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            o.insert(QString::fromUtf8(it.key().toUtf8()), wellFormed(it.value()));
        return o;
    }
    return value;
}

constexpr size_t kLargeBuffer = 4u << 20;

} // namespace

void preferHugePages(const void *data, size_t size)
{
#ifdef MADV_HUGEPAGE
    constexpr uintptr_t huge = 2u << 20;
    const uintptr_t begin = (uintptr_t(data) + huge - 1) & ~(huge - 1);
    const uintptr_t end = (uintptr_t(data) + size) & ~(huge - 1);
    if (data && end > begin)
        (void)madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);
#else
    Q_UNUSED(data);
    Q_UNUSED(size);
#endif
}

namespace {

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace

Json Json::value(std::string_view key) const
{
    if (!isObject())
        return {};
    Json found;
    for (const simdjson::dom::key_value_pair field : objectOf(m_element)) {
        if (field.key == key)
            found = Json(field.value);
    }
    return found;
}

QString Json::toString() const
{
    return isString() ? fromUtf8(m_element.get_string().value_unsafe()) : QString();
}

double Json::toDouble() const
{
    if (!isNumber())
        return 0;
    switch (m_element.type()) {
    case simdjson::dom::element_type::INT64:
        return double(m_element.get_int64().value_unsafe());
    case simdjson::dom::element_type::UINT64:
        return double(m_element.get_uint64().value_unsafe());
    default:
        return m_element.get_double().value_unsafe();
    }
}

qsizetype Json::size() const
{
    if (isArray())
        return qsizetype(arrayOf(m_element).size());
    if (!isObject())
        return 0;
    std::vector<std::string_view> keys;
    for (const simdjson::dom::key_value_pair field : objectOf(m_element))
        keys.push_back(field.key);
    std::sort(keys.begin(), keys.end());
    return qsizetype(std::unique(keys.begin(), keys.end()) - keys.begin());
}

Json Json::at(qsizetype index) const
{
    if (!isArray() || index < 0)
        return {};
    const auto element = arrayOf(m_element).at(size_t(index));
    return element.error() ? Json() : Json(element.value_unsafe());
}

QList<Json> Json::elements() const
{
    QList<Json> out;
    if (!isArray())
        return out;
    for (const simdjson::dom::element element : arrayOf(m_element))
        out.append(Json(element));
    return out;
}

QList<std::pair<QString, Json>> Json::members() const
{
    QList<std::pair<QString, Json>> out;
    if (!isObject())
        return out;
    for (const simdjson::dom::key_value_pair field : objectOf(m_element))
        out.append({fromUtf8(field.key), Json(field.value)});
    // Key order, and the last of equal keys, as QJsonObject keeps them.
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<std::pair<QString, Json>> distinct;
    distinct.reserve(out.size());
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (i + 1 < out.size() && out.at(i + 1).first == out.at(i).first)
            continue;
        distinct.append(out.at(i));
    }
    return distinct;
}

QStringList Json::keys() const
{
    QStringList out;
    for (const auto &member : members())
        out.append(member.first);
    return out;
}

QJsonValue Json::toQt() const
{
    if (!m_defined)
        return QJsonValue(QJsonValue::Undefined);
    switch (m_element.type()) {
    case simdjson::dom::element_type::OBJECT: {
        QJsonObject o;
        for (const simdjson::dom::key_value_pair field : objectOf(m_element))
            o.insert(fromUtf8(field.key), Json(field.value).toQt());
        return o;
    }
    case simdjson::dom::element_type::ARRAY: {
        QJsonArray a;
        for (const simdjson::dom::element element : arrayOf(m_element))
            a.append(Json(element).toQt());
        return a;
    }
    case simdjson::dom::element_type::INT64:
        return qint64(m_element.get_int64().value_unsafe());
    case simdjson::dom::element_type::UINT64:
        return double(m_element.get_uint64().value_unsafe());
    case simdjson::dom::element_type::DOUBLE:
        return m_element.get_double().value_unsafe();
    case simdjson::dom::element_type::STRING:
        return toString();
    case simdjson::dom::element_type::BOOL:
        return m_element.get_bool().value_unsafe();
    case simdjson::dom::element_type::NULL_VALUE:
        break;
    }
    return QJsonValue::Null;
}

QString Json::variantText() const
{
    return m_defined ? toQt().toVariant().toString() : QString();
}

std::shared_ptr<const JsonTree> parseTree(const QByteArray &bytes, QString *error)
{
    qsizetype start = 0;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        start = 3;
    const qsizetype bom = start;
    while (start < bytes.size() && QChar::isSpace(uchar(bytes.at(start))))
        ++start;
    const char first = start < bytes.size() ? bytes.at(start) : '\0';
    auto tree = std::make_shared<JsonTree>();
    // spare: the bytes allocated after the text; with enough of them simdjson reads the text
    // in place (it looks ahead, never depends on what is there) instead of copying it.
    auto load = [&tree](const char *data, size_t size, qsizetype spare = 0) {
        simdjson::dom::element root;
        const bool padded = spare >= qsizetype(simdjson::SIMDJSON_PADDING);
        simdjson::dom::parser &parser = tree->m_parser;
        if (size >= kLargeBuffer && parser.allocate(size) == simdjson::SUCCESS) {
            // The parser's tape, strings and structure index are several times the text.
            preferHugePages(parser.doc.tape.get(), size * sizeof(uint64_t));
            preferHugePages(parser.doc.string_buf.get(), size * 5 / 3);
            preferHugePages(parser.implementation->structural_indexes.get(), size * sizeof(uint32_t));
        }
        if (tree->m_parser.parse(data, size, !padded).get(root) != simdjson::SUCCESS)
            return false;
        tree->m_root = Json(root);
        return true;
    };
    QByteArray text;
    if (first == '{' || first == '[') {
        if (load(bytes.constData() + bom, size_t(bytes.size() - bom), bytes.capacity() - bytes.size()))
            return tree;
        // Qt's reader names the place and the reason; a text it reads that simdjson does not
        // (a number beyond 64 bits, a lone surrogate escape) goes on in Qt's own spelling.
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            *error =
                Text::tr("JSON error at %1: %2").arg(jsonPlace(bytes, parseError.offset), parseError.errorString());
            return nullptr;
        }
        text = doc.isObject() ? QJsonDocument(wellFormed(doc.object()).toObject()).toJson(QJsonDocument::Compact)
                              : QJsonDocument(wellFormed(doc.array()).toArray()).toJson(QJsonDocument::Compact);
    } else {
        try {
            const YAML::Node node = YAML::Load(bytes.toStdString());
            const QJsonValue value = convert(node, 0);
            if (value.isObject())
                text = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
            else if (value.isArray())
                text = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
            else
                text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
            if (!value.isObject() && !value.isArray()) {
                // A lone scalar: the one element of an array around it.
                if (!load(text.constData(), size_t(text.size())))
                    return nullptr;
                tree->m_root = tree->m_root.at(0);
                return tree;
            }
        } catch (const YAML::Exception &e) {
            *error = Text::tr("YAML error at line %1, column %2: %3")
                         .arg(e.mark.line + 1)
                         .arg(e.mark.column + 1)
                         .arg(QString::fromStdString(e.msg));
            return nullptr;
        }
    }
    if (!load(text.constData(), size_t(text.size()))) {
        *error = Text::tr("JSON error: %1")
                     .arg(QString::fromUtf8(simdjson::error_message(
                         tree->m_parser.parse(text.constData(), size_t(text.size()), true).error())));
        return nullptr;
    }
    return tree;
}

RefResolver::RefResolver(std::shared_ptr<const JsonTree> root, const QString &location, ImportLoader loader)
    : m_loader(std::move(loader))
{
    m_documents.append({location, std::move(root)});
    m_byLocation.insert(location, 0);
}

QString RefResolver::resolveLocation(const QString &relative, int from) const
{
    const QString base = m_documents.at(from).location;
    const QUrl baseUrl(base);
    if (!baseUrl.scheme().isEmpty() && baseUrl.scheme().size() > 1)
        return baseUrl.resolved(QUrl(relative)).toString();
    return QDir::cleanPath(QFileInfo(base).absoluteDir().filePath(relative));
}

std::optional<Node> RefResolver::lookup(const QString &ref, int from, const QString &where, QString *error)
{
    const QString cacheKey = QString::number(from) + u'|' + ref;
    if (const auto cached = m_resolved.constFind(cacheKey); cached != m_resolved.constEnd())
        return *cached;
    const qsizetype hash = ref.indexOf(u'#');
    const QString file = hash < 0 ? ref : ref.left(hash);
    const QString pointer = hash < 0 ? QString() : ref.mid(hash + 1);
    int document = from;
    if (!file.isEmpty()) {
        const QString location = resolveLocation(file, from);
        auto it = m_byLocation.constFind(location);
        if (it != m_byLocation.constEnd()) {
            document = *it;
        } else {
            QString why;
            std::optional<QByteArray> bytes;
            if (m_loader)
                bytes = m_loader(location, &why);
            else
                why = Text::tr("no way to read it");
            std::shared_ptr<const JsonTree> tree;
            if (bytes)
                tree = parseTree(*bytes, &why);
            if (!tree) {
                *error = Text::tr("%1: $ref '%2' does not resolve: %3 (%4)").arg(where, ref, location, why);
                return std::nullopt;
            }
            document = int(m_documents.size());
            m_documents.append({location, tree});
            m_byLocation.insert(location, document);
        }
    }
    Json v = m_documents.at(document).tree->root();
    const QStringList tokens = pointer.split(u'/', Qt::SkipEmptyParts);
    for (const QString &raw : tokens) {
        const QString token = decodePointerToken(raw);
        const QByteArray key = token.toUtf8();
        if (v.isObject() && v.contains(std::string_view(key))) {
            v = v.value(std::string_view(key));
        } else if (v.isArray() && token.toInt() >= 0 && token.toInt() < v.size()) {
            v = v.at(token.toInt());
        } else {
            *error = Text::tr("%1: $ref '%2' does not resolve: '%3' is not there").arg(where, ref, token);
            return std::nullopt;
        }
    }
    const Node found{v, document};
    m_resolved.insert(cacheKey, found);
    return found;
}

std::optional<Node> RefResolver::resolve(const Node &node, const QString &where, QString *error)
{
    if (!node.value.contains("$ref"))
        return node;
    Node current = node;
    // A chain of references is short: a list is cheaper than a hash here.
    QStringList seen;
    while (current.value.contains("$ref")) {
        const QString ref = current.value.value("$ref").toString();
        const QString key = QString::number(current.document) + u'|' + ref;
        if (seen.contains(key)) {
            *error = Text::tr("%1: $ref '%2' refers to itself").arg(where, ref);
            return std::nullopt;
        }
        seen.append(key);
        std::optional<Node> next = lookup(ref, current.document, where, error);
        if (!next)
            return std::nullopt;
        current = *next;
    }
    return current;
}

Node RefResolver::follow(const Node &node)
{
    QString ignored;
    return resolve(node, QString(), &ignored).value_or(Node{});
}

QString slug(const QString &text)
{
    QString out;
    for (QChar c : text.toLower()) {
        if ((c.isLetterOrNumber() && c.unicode() < 128) || c == u'_' || c == u'.')
            out += c;
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.isEmpty() ? u"api"_s : out;
}

} // namespace portico::client::importdetail
