// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/messagebox.h"

#include <QPointer>
#include <QPushButton>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

namespace portico::ui {

namespace {

// Message boxes live on the GUI thread only, so one plain variable is enough.
QMessageBox::StandardButton g_nextAnswer = QMessageBox::NoButton;

QMessageBox::StandardButton takeNextAnswer()
{
    return std::exchange(g_nextAnswer, QMessageBox::NoButton);
}

QMessageBox *createBox(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
                       QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    auto *box = new QMessageBox(icon, title, text, buttons, parent);
    box->setObjectName(u"messageBox"_s);
    box->setAccessibleName(title);
    box->setTextFormat(Qt::PlainText);
    if (defaultButton != QMessageBox::NoButton)
        box->setDefaultButton(defaultButton);
    return box;
}

QMessageBox::StandardButton answerOf(const QMessageBox *box)
{
    QAbstractButton *clicked = box->clickedButton();
    return clicked ? box->standardButton(clicked) : QMessageBox::NoButton;
}

} // namespace

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return ask(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton)
{
    return ask(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::information(QWidget *parent, const QString &title, const QString &text,
                                                    QMessageBox::StandardButtons buttons,
                                                    QMessageBox::StandardButton defaultButton)
{
    return ask(QMessageBox::Information, parent, title, text, buttons, defaultButton);
}

void MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                          QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                          const QObject *context, Answered answered)
{
    askLater(QMessageBox::Question, parent, title, text, buttons, defaultButton, context, std::move(answered));
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text, const QObject *context,
                         Answered answered)
{
    askLater(QMessageBox::Warning, parent, title, text, QMessageBox::Ok, QMessageBox::Ok, context, std::move(answered));
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text, const QObject *context,
                             Answered answered)
{
    askLater(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::Ok, context,
             std::move(answered));
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    g_nextAnswer = answer;
}

bool MessageBox::hasNextAnswer()
{
    return g_nextAnswer != QMessageBox::NoButton;
}

QMessageBox::StandardButton MessageBox::ask(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                            const QString &text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton)
{
    if (hasNextAnswer())
        return takeNextAnswer();
    QMessageBox *box = createBox(icon, parent, title, text, buttons, defaultButton);
    // Guarded: the parent may be destroyed by whatever runs while the box is open.
    const QPointer<QMessageBox> guard(box);
    box->exec();
    const QMessageBox::StandardButton answer = guard ? answerOf(box) : QMessageBox::NoButton;
    delete guard.data();
    return answer;
}

void MessageBox::askLater(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
                          QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                          const QObject *context, Answered answered)
{
    Q_ASSERT(context);
    if (hasNextAnswer()) {
        QTimer::singleShot(0, context,
                           [answered = std::move(answered), answer = takeNextAnswer()] { answered(answer); });
        return;
    }
    QMessageBox *box = createBox(icon, parent, title, text, buttons, defaultButton);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QDialog::finished, context,
                     [box, answered = std::move(answered)](int) { answered(answerOf(box)); });
    box->open();
}

} // namespace portico::ui
