// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Every message box of the console goes through here, so tests can answer the next one
// beforehand instead of finding and clicking a modal window.

#include <QMessageBox>

#include <functional>

namespace portico::ui {

class MessageBox
{
public:
    using Answered = std::function<void(QMessageBox::StandardButton)>;

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

    // The next box, of any kind, is not shown and answers this instead; NoButton disarms it.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static bool hasNextAnswer();

private:
    static QMessageBox::StandardButton ask(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                           const QString &text, QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton);
    static void askLater(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
                         QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                         const QObject *context, Answered answered);
};

} // namespace portico::ui
