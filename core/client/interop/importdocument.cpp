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

} // namespace

std::optional<QJsonValue> parseTree(const QByteArray &bytes, QString *error)
{
    qsizetype start = 0;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        start = 3;
    while (start < bytes.size() && QChar::isSpace(uchar(bytes.at(start))))
        ++start;
    const char first = start < bytes.size() ? bytes.at(start) : '\0';
    if (first == '{' || first == '[') {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            *error =
                Text::tr("JSON error at %1: %2").arg(jsonPlace(bytes, parseError.offset), parseError.errorString());
            return std::nullopt;
        }
        return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    }
    try {
        const YAML::Node node = YAML::Load(bytes.toStdString());
        return convert(node, 0);
    } catch (const YAML::Exception &e) {
        *error = Text::tr("YAML error at line %1, column %2: %3")
                     .arg(e.mark.line + 1)
                     .arg(e.mark.column + 1)
                     .arg(QString::fromStdString(e.msg));
        return std::nullopt;
    }
}

RefResolver::RefResolver(const QJsonValue &root, const QString &location, ImportLoader loader)
    : m_loader(std::move(loader))
{
    m_documents.append({location, root});
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
            std::optional<QJsonValue> tree;
            if (bytes)
                tree = parseTree(*bytes, &why);
            if (!tree) {
                *error = Text::tr("%1: $ref '%2' does not resolve: %3 (%4)").arg(where, ref, location, why);
                return std::nullopt;
            }
            document = int(m_documents.size());
            m_documents.append({location, *tree});
            m_byLocation.insert(location, document);
        }
    }
    QJsonValue v = m_documents.at(document).root;
    const QStringList tokens = pointer.split(u'/', Qt::SkipEmptyParts);
    for (const QString &raw : tokens) {
        const QString token = decodePointerToken(raw);
        if (v.isObject() && v.toObject().contains(token)) {
            v = v.toObject().value(token);
        } else if (v.isArray() && token.toInt() >= 0 && token.toInt() < v.toArray().size()) {
            v = v.toArray().at(token.toInt());
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
    if (!node.value.isObject() || !node.value.toObject().contains(u"$ref"_s))
        return node;
    Node current = node;
    QSet<QString> seen;
    while (current.value.isObject() && current.value.toObject().contains(u"$ref"_s)) {
        const QString ref = current.value.toObject().value(u"$ref"_s).toString();
        const QString key = QString::number(current.document) + u'|' + ref;
        if (seen.contains(key)) {
            *error = Text::tr("%1: $ref '%2' refers to itself").arg(where, ref);
            return std::nullopt;
        }
        seen.insert(key);
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
