// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Recovers the order in which a JSON text lists each object's keys: QJsonObject keeps keys
// sorted, yet a response viewer must show columns and members as the server sent them.

#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>

namespace portico::ui {

class JsonKeyOrder
{
public:
    JsonKeyOrder() = default;
    // text must be a document QJsonDocument parsed without error.
    explicit JsonKeyOrder(QByteArrayView text);

    // Objects are numbered as they open in the text, so a caller walks the document
    // depth-first, members in document order, and for every object it meets either asks
    // keysOf() or skips the object's whole subtree with skip().
    // Falls back to the sorted keys whenever the text and the object disagree.
    QStringList keysOf(const QJsonObject &object);
    void skip(const QJsonValue &value);

private:
    QList<QStringList> m_objects;
    qsizetype m_next = 0;
};

} // namespace portico::ui
