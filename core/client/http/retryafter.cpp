// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/http/retryafter.h"

#include <QLocale>

#include <climits>

using namespace Qt::StringLiterals;

namespace portico::client {

int parseRetryAfter(QByteArrayView value, const QDateTime &now)
{
    const QByteArray text = value.trimmed().toByteArray();
    if (text.isEmpty())
        return -1;
    bool digitsOnly = true;
    for (char c : text)
        digitsOnly = digitsOnly && c >= '0' && c <= '9';
    if (digitsOnly) {
        if (text.size() > 9)
            return INT_MAX;
        return text.toInt();
    }
    // RFC 9110 §5.6.7: IMF-fixdate, or the obsolete RFC 850 and asctime forms. The weekday
    // is redundant, and a wrong one should not void the date, so it is dropped.
    QString date = QString::fromLatin1(text).simplified();
    const qsizetype comma = date.indexOf(u',');
    if (comma >= 0)
        date = date.mid(comma + 1).trimmed();
    else
        date = date.section(u' ', 1);
    const QLocale c = QLocale::c();
    QDateTime when = c.toDateTime(date, u"d MMM yyyy hh:mm:ss 'GMT'"_s);
    if (!when.isValid()) {
        when = c.toDateTime(date, u"d-MMM-yy hh:mm:ss 'GMT'"_s);
        // Qt reads a two-digit year as 19xx; RFC 850 dates this old are not meant.
        if (when.isValid() && when.date().year() < 1970)
            when = when.addYears(100);
    }
    if (!when.isValid())
        when = c.toDateTime(date, u"MMM d hh:mm:ss yyyy"_s);
    if (!when.isValid())
        return -1;
    when = QDateTime(when.date(), when.time(), Qt::UTC);
    const qint64 ms = now.msecsTo(when);
    if (ms <= 0)
        return 0;
    return int(qMin<qint64>((ms + 999) / 1000, INT_MAX));
}

} // namespace portico::client
