// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Colours JSON in the request body editor: keys, strings, numbers, literals and punctuation,
// line by line (strings never span lines in JSON, so no state is carried across blocks).

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace portico::ui {

class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit JsonHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
};

} // namespace portico::ui
