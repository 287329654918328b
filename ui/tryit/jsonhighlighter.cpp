// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/tryit/jsonhighlighter.h"

#include <QApplication>
#include <QPalette>

namespace portico::ui {

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    // Chosen to stay readable on light and dark palettes alike.
    const bool dark = QApplication::palette().color(QPalette::Base).lightness() < 128;
    m_key.setForeground(dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x0b, 0x4f, 0x9c));
    m_string.setForeground(dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15));
    m_number.setForeground(dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x09, 0x86, 0x58));
    m_literal.setForeground(dark ? QColor(0x56, 0x9c, 0xd6) : QColor(0x00, 0x00, 0xff));
    m_literal.setFontWeight(QFont::Bold);
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'"') {
            qsizetype j = i + 1;
            while (j < n && text.at(j) != u'"')
                j += text.at(j) == u'\\' ? 2 : 1;
            const qsizetype end = qMin(j + 1, n);
            // A string followed by ':' is a key.
            qsizetype k = end;
            while (k < n && text.at(k).isSpace())
                ++k;
            setFormat(int(i), int(end - i), (k < n && text.at(k) == u':') ? m_key : m_string);
            i = end;
        } else if (c.isDigit() || (c == u'-' && i + 1 < n && text.at(i + 1).isDigit())) {
            qsizetype j = i + 1;
            while (j < n && (text.at(j).isDigit() || QStringView(u".eE+-").contains(text.at(j))))
                ++j;
            setFormat(int(i), int(j - i), m_number);
            i = j;
        } else if (c.isLetter()) {
            qsizetype j = i;
            while (j < n && text.at(j).isLetter())
                ++j;
            const QStringView word = QStringView(text).mid(i, j - i);
            if (word == u"true" || word == u"false" || word == u"null")
                setFormat(int(i), int(j - i), m_literal);
            i = j;
        } else {
            ++i;
        }
    }
}

} // namespace portico::ui
