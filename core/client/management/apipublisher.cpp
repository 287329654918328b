// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/management/apipublisher.h"

using namespace Qt::StringLiterals;

namespace portico::client {

const Api *ApiPublisher::api(const QString &id) const
{
    for (const Api &a : m_apis) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

void ApiPublisher::beginWork()
{
    if (m_busy++ == 0)
        Q_EMIT busyChanged(true);
}

void ApiPublisher::endWork()
{
    if (m_busy > 0 && --m_busy == 0)
        Q_EMIT busyChanged(false);
}

QString idFromName(const QString &name)
{
    QString id;
    for (const QChar c : name.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'.' || c == u'_')
            id.append(c);
        else if (!id.isEmpty() && !id.endsWith(u'-'))
            id.append(u'-');
    }
    while (id.endsWith(u'-') || id.endsWith(u'.'))
        id.chop(1);
    while (id.startsWith(u'.') || id.startsWith(u'_'))
        id.remove(0, 1);
    return id.left(80).isEmpty() ? u"item"_s : id.left(80);
}

} // namespace portico::client
