// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Walks a window as a keyboard and screen-reader user meets it and lists what would stop
// them: an interactive control without an accessible name, a label with a mnemonic (or a
// form label) that points at nothing, or a tab order that skips a control or never closes.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSet>
#include <QStringList>
#include <QTabBar>
#include <QTextEdit>
#include <QWidget>

namespace portico::test {

inline QString describe(const QWidget *w)
{
    return QString::fromLatin1(w->metaObject()->className()) + QStringLiteral(" '") + w->objectName() +
        QStringLiteral("'");
}

inline bool isInteractive(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QAbstractItemView *>(w) ||
        qobject_cast<const QLineEdit *>(w) || qobject_cast<const QComboBox *>(w) ||
        qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QTextEdit *>(w) ||
        qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QAbstractSlider *>(w);
}

// Qt's own sub-widgets (scroll bars, a combo box's line edit, a spin box's editor, header
// views, tab bar scrollers) are named by their owners.
inline bool isQtInternal(const QWidget *w)
{
    for (const QWidget *p = w; p; p = p->parentWidget()) {
        if (p->objectName().startsWith(QStringLiteral("qt_")))
            return true;
    }
    const QWidget *parent = w->parentWidget();
    return parent &&
        (qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent) ||
         qobject_cast<const QTabBar *>(parent) || qobject_cast<const QAbstractItemView *>(parent->parentWidget()));
}

inline QStringList accessibilityProblems(QWidget *window)
{
    QStringList problems;
    QList<QWidget *> focusable;
    QSet<const QWidget *> labelled;
    const auto labels = window->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->buddy())
            labelled.insert(label->buddy());
    }
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window) || isQtInternal(w))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            const QString text = label->text();
            const bool mnemonic = text.contains(QLatin1Char('&')) && !text.contains(QStringLiteral("&&")) &&
                !text.contains(QStringLiteral("&amp;")) && !text.contains(QStringLiteral("&nbsp;"));
            if (mnemonic && !label->buddy())
                problems.append(QStringLiteral("label without a buddy: ") + describe(label) + QStringLiteral(" \"") +
                                text + QLatin1Char('"'));
            // A label in a form's label column names the field beside it.
            if (auto *form =
                    qobject_cast<QFormLayout *>(label->parentWidget() ? label->parentWidget()->layout() : nullptr)) {
                int row = -1;
                QFormLayout::ItemRole role;
                form->getWidgetPosition(label, &row, &role);
                if (row >= 0 && role == QFormLayout::LabelRole && !label->buddy())
                    problems.append(QStringLiteral("form label without a buddy: ") + describe(label) +
                                    QStringLiteral(" \"") + text + QLatin1Char('"'));
            }
            continue;
        }
        if (!isInteractive(w) || w->focusPolicy() == Qt::NoFocus)
            continue;
        if (w->objectName().isEmpty())
            problems.append(QStringLiteral("control without an object name: ") + describe(w));
        if (w->accessibleName().isEmpty() && !labelled.contains(w))
            problems.append(QStringLiteral("control without an accessible name: ") + describe(w));
        if ((w->focusPolicy() & Qt::TabFocus) && w->isEnabled())
            focusable.append(w);
    }
    // Tab from the window through its focus chain: every focusable control comes by, and the
    // chain comes back to where it started.
    QSet<const QWidget *> visited;
    QWidget *at = window;
    for (int steps = 0; steps < 10000; ++steps) {
        at = at->nextInFocusChain();
        if (at == window)
            break;
        if (visited.contains(at)) {
            problems.append(QStringLiteral("the tab order loops without returning to the window at ") + describe(at));
            break;
        }
        visited.insert(at);
    }
    for (const QWidget *w : std::as_const(focusable)) {
        if (!visited.contains(w))
            problems.append(QStringLiteral("Tab never reaches ") + describe(w));
    }
    return problems;
}

} // namespace portico::test
