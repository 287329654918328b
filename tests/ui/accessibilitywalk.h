// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Walks a window as a keyboard and screen-reader user meets it and lists what would stop
// them: an interactive control without an accessible name, a label with a mnemonic (or a
// form label) that points at nothing, a control Tab cannot stop on, or a tab order — walked by
// pressing Tab in the active window — that skips a control, visits one twice or never closes.

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSet>
#include <QStringList>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>
#include <QWidget>

#include <algorithm>

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
        (qobject_cast<const QAbstractItemView *>(parent) || qobject_cast<const QLineEdit *>(parent) ||
         qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent) ||
         qobject_cast<const QTabBar *>(parent) || qobject_cast<const QAbstractItemView *>(parent->parentWidget()));
}

// A tool bar's button stands for an action; a keyboard user reaches it by its shortcut (and the
// menu that holds it), as in every desktop program, so Tab need not stop on it.
inline bool isToolBarButtonWithShortcut(const QWidget *w)
{
    const auto *button = qobject_cast<const QToolButton *>(w);
    return button && qobject_cast<const QToolBar *>(button->parentWidget()) && button->defaultAction() &&
        !button->defaultAction()->shortcut().isEmpty();
}

// Radio buttons of one exclusive group are one Tab stop, the checked one; arrows move inside.
inline bool isUncheckedRadioOfAGroup(const QWidget *w)
{
    const auto *button = qobject_cast<const QRadioButton *>(w);
    if (!button || button->isChecked())
        return false;
    if (const QButtonGroup *group = button->group())
        return group->exclusive() && group->checkedButton();
    if (!button->autoExclusive() || !button->parentWidget())
        return false;
    const auto siblings = button->parentWidget()->findChildren<QRadioButton *>(Qt::FindDirectChildrenOnly);
    return std::any_of(siblings.begin(), siblings.end(),
                       [](const QRadioButton *r) { return r->autoExclusive() && r->isChecked(); });
}

// Tab, pressed for real: from the first control, press the key and note where the focus lands
// until it comes back to where it started. Every visible, enabled control that takes Tab focus
// must come by exactly once; the walk that never comes back is stopped and reported.
inline QStringList tabWalkProblems(QWidget *window)
{
    QStringList problems;
    window->show();
    window->raise();
    window->activateWindow();
    QApplication::setActiveWindow(window);
    if (!QTest::qWaitForWindowActive(window)) {
        problems.append(QStringLiteral("the window never became active, so Tab could not be walked: ") +
                        describe(window));
        return problems;
    }

    // The widget focus actually lands on for a control (a spin box's is its line edit).
    const auto target = [](QWidget *w) {
        while (w->focusProxy())
            w = w->focusProxy();
        return w;
    };
    // What Tab must reach, in focus-chain order so the walk starts from the first of them.
    QList<QWidget *> expected;
    QHash<const QWidget *, QWidget *> controlOf; // focus target → control
    for (QWidget *w = window->nextInFocusChain(); w != window; w = w->nextInFocusChain()) {
        if (!w->isVisibleTo(window) || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus) ||
            isUncheckedRadioOfAGroup(w))
            continue;
        QWidget *t = target(w);
        if (controlOf.contains(t))
            continue; // a focus proxy of a control listed already
        if (!t->isVisibleTo(window) || !t->isEnabled() || !(t->focusPolicy() & Qt::TabFocus))
            continue;
        controlOf.insert(t, w);
        expected.append(w);
    }
    // A control a keyboard user must operate that Tab cannot stop on at all.
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->isVisibleTo(window) && w->isEnabled() && isInteractive(w) && !isQtInternal(w) &&
            !(target(w)->focusPolicy() & Qt::TabFocus) && !isToolBarButtonWithShortcut(w))
            problems.append(QStringLiteral("Tab cannot stop on ") + describe(w) + QStringLiteral(" in ") +
                            describe(w->parentWidget()) + QStringLiteral(" (its focus policy has no Tab focus)"));
    }
    if (expected.isEmpty())
        return problems;

    QWidget *first = target(expected.first());
    first->setFocus(Qt::TabFocusReason);
    if (!QTest::qWaitFor([first] { return QApplication::focusWidget() == first; })) {
        problems.append(QStringLiteral("the first control never took the focus: ") + describe(first));
        return problems;
    }
    const auto controlAt = [&](QWidget *focus) -> QWidget * {
        for (QWidget *w = focus; w; w = w->parentWidget()) {
            if (QWidget *c = controlOf.value(w))
                return c;
            if (w == window)
                break;
        }
        return nullptr;
    };
    QSet<const QWidget *> reached{expected.first()};
    QWidget *previous = first;
    // Room for a table's cells when Tab walks them; a walk past this has a trap in it.
    const int bound = 4 * int(expected.size()) + 64;
    bool closed = false;
    bool twice = false;
    for (int presses = 0; presses < bound; ++presses) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        if (!focus || focus->window() != window) {
            problems.append(QStringLiteral("Tab took the focus out of the window after ") + describe(previous));
            return problems;
        }
        if (focus == first) {
            closed = true;
            break;
        }
        if (focus == previous)
            continue; // moving inside one control (a table's cells)
        QWidget *control = controlAt(focus);
        if (!control) {
            problems.append(QStringLiteral("Tab stops on ") + describe(focus) +
                            QStringLiteral(", which is not a visible, enabled, focusable control"));
            control = focus;
        } else if (reached.contains(control)) {
            problems.append(QStringLiteral("Tab reaches ") + describe(control) +
                            QStringLiteral(" twice before coming back to ") + describe(expected.first()));
            twice = true;
            break;
        }
        reached.insert(control);
        previous = focus;
    }
    if (!closed && !twice)
        problems.append(QStringLiteral("Tab never comes back to ") + describe(expected.first()) +
                        QStringLiteral(" after %1 presses; it stays at ").arg(bound) + describe(previous));
    for (const QWidget *w : std::as_const(expected)) {
        if (!reached.contains(w))
            problems.append(QStringLiteral("Tab never reaches ") + describe(w));
    }
    return problems;
}

inline QStringList accessibilityProblems(QWidget *window)
{
    QStringList problems;
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
    }
    problems.append(tabWalkProblems(window));
    return problems;
}

} // namespace portico::test
