// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/response/jsonkeyorder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace portico::ui {

namespace {

QString decodeKey(const char *begin, const char *end, bool escaped)
{
    if (!escaped)
        return QString::fromUtf8(begin, end - begin);
    // Escapes are rare in keys: let the real parser decode them rather than repeat its rules.
    const QByteArray wrapped = "[\"" + QByteArray(begin, end - begin) + "\"]";
    return QJsonDocument::fromJson(wrapped).array().at(0).toString();
}

} // namespace

JsonKeyOrder::JsonKeyOrder(QByteArrayView text)
{
    // Index into m_objects of each open container; -1 for an array.
    QList<qsizetype> open;
    // Swagger answers repeat the same keys on every row: share one string per distinct key.
    QSet<QString> interned;
    bool expectKey = false;
    const char *p = text.data();
    const char *const end = p + text.size();
    while (p < end) {
        const char c = *p;
        if (c == '"') {
            const char *const start = ++p;
            bool escaped = false;
            while (p < end && *p != '"') {
                if (*p == '\\') {
                    escaped = true;
                    ++p;
                }
                ++p;
            }
            p = qMin(p, end);
            if (expectKey && !open.isEmpty() && open.last() >= 0) {
                const QString key = decodeKey(start, p, escaped);
                const auto it = interned.constFind(key);
                m_objects[open.last()].append(it != interned.constEnd() ? *it : *interned.insert(key));
            }
            expectKey = false;
            ++p;
            continue;
        }
        switch (c) {
        case '{':
            open.append(m_objects.size());
            m_objects.append(QStringList());
            expectKey = true;
            break;
        case '[':
            open.append(-1);
            break;
        case '}':
        case ']':
            if (!open.isEmpty())
                open.removeLast();
            break;
        case ',':
            expectKey = !open.isEmpty() && open.last() >= 0;
            break;
        default:
            break;
        }
        ++p;
    }
}

QStringList JsonKeyOrder::keysOf(const QJsonObject &object)
{
    if (m_next >= m_objects.size())
        return object.keys();
    QStringList keys = m_objects.at(m_next++);
    // A duplicated key appears once in the object, where the text first had it.
    keys.removeDuplicates();
    if (keys.size() != object.size())
        return object.keys();
    for (const QString &key : std::as_const(keys)) {
        if (!object.contains(key))
            return object.keys();
    }
    return keys;
}

void JsonKeyOrder::skip(const QJsonValue &value)
{
    if (value.isObject()) {
        ++m_next;
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            skip(it.value());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &element : array)
            skip(element);
    }
}

} // namespace portico::ui
