// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/tryit/headernamedelegate.h"

#include <QCompleter>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace portico::ui {

HeaderNameDelegate::HeaderNameDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QStringList HeaderNameDelegate::commonHeaderNames()
{
    return {u"Accept"_s,         u"Accept-Encoding"_s, u"Accept-Language"_s,
            u"Authorization"_s,  u"Cache-Control"_s,   u"Content-Type"_s,
            u"If-Match"_s,       u"If-None-Match"_s,   u"Ocp-Apim-Subscription-Key"_s,
            u"Ocp-Apim-Trace"_s, u"User-Agent"_s,      u"x-ms-client-request-id"_s,
            u"x-ms-date"_s,      u"x-ms-version"_s};
}

QWidget *HeaderNameDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *editor = new QLineEdit(parent);
    editor->setObjectName(u"headerNameLineEdit"_s);
    editor->setAccessibleName(tr("Header name"));
    auto *completer = new QCompleter(commonHeaderNames(), editor);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    editor->setCompleter(completer);
    return editor;
}

} // namespace portico::ui
