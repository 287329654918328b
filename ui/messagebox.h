// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Every message box of the console goes through here, so a window (or any widget) can be given
// an answerer that is shown each box instead of the user, and what it was shown can be checked.

#include <QMessageBox>

#include <QList>

#include <functional>
#include <utility>

namespace portico::ui {

class MessageBox
{
public:
    using Answered = std::function<void(QMessageBox::StandardButton)>;

    // What a box puts in front of the user: read from the box itself, so button labels are the
    // ones it shows (custom ones included, mnemonic ampersands and all).
    struct Shown
    {
        QMessageBox::Icon icon = QMessageBox::NoIcon;
        QString title;
        QString text;
        QString informativeText;
        QList<QMessageBox::StandardButton> buttons; // in the order the box holds them
        QStringList buttonTexts;                    // the same order, ampersands removed
        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton;
    };

    // Answers the boxes of one widget and everything inside it in place of the user. An answer
    // the box has no button for counts as closing it (NoButton), as Escape would.
    class Answerer
    {
    public:
        virtual ~Answerer() = default;
        virtual QMessageBox::StandardButton answer(const Shown &shown) = 0;
    };
    // Boxes whose parent is scope or lies inside it go to answerer (null removes it). Not owned;
    // it must outlive the installation or be removed first.
    static void setAnswerer(QWidget *scope, Answerer *answerer);

    // Any box: its informative text (may be empty) below the text, and labels that replace the
    // standard ones of some buttons ("Quit" for Yes).
    struct Prompt
    {
        QMessageBox::Icon icon = QMessageBox::Question;
        QString title;
        QString text;
        QString informativeText;
        QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No;
        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton;
        QList<std::pair<QMessageBox::StandardButton, QString>> buttonLabels;
    };
    static void ask(QWidget *parent, const Prompt &prompt, const QObject *context, Answered answered);

    // Blocking, like QMessageBox's own: they run a nested event loop, so prefer the
    // callback forms below wherever work may finish while the box is open.
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes |
                                                    QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title, const QString &text,
                                               QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                                               QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static QMessageBox::StandardButton information(QWidget *parent, const QString &title, const QString &text,
                                                   QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                                                   QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);

    // Window-modal without a nested event loop: answered runs later, never inside the call, and
    // not at all if context is destroyed first. Closing the box without a button answers
    // NoButton.
    static void question(QWidget *parent, const QString &title, const QString &text,
                         QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                         const QObject *context, Answered answered);
    static void warning(QWidget *parent, const QString &title, const QString &text, const QObject *context,
                        Answered answered);
    static void information(QWidget *parent, const QString &title, const QString &text, const QObject *context,
                            Answered answered);

private:
    static QMessageBox::StandardButton askNow(const Prompt &prompt, QWidget *parent);
};

} // namespace portico::ui
