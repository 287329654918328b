// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/messagebox.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QPushButton>
#include <QTimer>
#include <QVariant>

#include <utility>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMessageBox, "portico.ui.messagebox")

namespace portico::ui {

namespace {

// The answerer rides on its scope widget as a property, so it goes where the widget goes and
// two windows in one process never answer each other's boxes.
constexpr char kAnswererProperty[] = "portico.messageBoxAnswerer";

MessageBox::Answerer *answererFor(QWidget *parent)
{
    for (QWidget *w = parent; w; w = w->parentWidget()) {
        const QVariant v = w->property(kAnswererProperty);
        if (v.isValid())
            return static_cast<MessageBox::Answerer *>(v.value<void *>());
    }
    return nullptr;
}

QMessageBox *createBox(const MessageBox::Prompt &prompt, QWidget *parent)
{
    auto *box = new QMessageBox(prompt.icon, prompt.title, prompt.text, prompt.buttons, parent);
    box->setObjectName(u"messageBox"_s);
    box->setAccessibleName(prompt.title);
    box->setTextFormat(Qt::PlainText);
    if (!prompt.informativeText.isEmpty())
        box->setInformativeText(prompt.informativeText);
    for (const auto &[button, label] : prompt.buttonLabels) {
        if (QAbstractButton *b = box->button(button))
            b->setText(label);
    }
    if (prompt.defaultButton != QMessageBox::NoButton)
        box->setDefaultButton(prompt.defaultButton);
    return box;
}

MessageBox::Shown shownBy(const QMessageBox *box)
{
    MessageBox::Shown shown;
    shown.icon = box->icon();
    shown.title = box->windowTitle();
    shown.text = box->text();
    shown.informativeText = box->informativeText();
    for (QAbstractButton *b : box->buttons()) {
        shown.buttons.append(box->standardButton(b));
        shown.buttonTexts.append(QString(b->text()).remove(u'&'));
    }
    if (QPushButton *d = box->defaultButton())
        shown.defaultButton = box->standardButton(d);
    return shown;
}

QMessageBox::StandardButton answerOf(const QMessageBox *box)
{
    QAbstractButton *clicked = box->clickedButton();
    return clicked ? box->standardButton(clicked) : QMessageBox::NoButton;
}

// The answerer's choice, or NoButton (the box closed) when the box has no such button.
QMessageBox::StandardButton answeredBy(MessageBox::Answerer *answerer, const QMessageBox *box)
{
    const MessageBox::Shown shown = shownBy(box);
    const QMessageBox::StandardButton answer = answerer->answer(shown);
    if (answer != QMessageBox::NoButton && !shown.buttons.contains(answer)) {
        qCWarning(lcMessageBox) << "answered" << answer << "to" << shown.title << "which has no such button";
        return QMessageBox::NoButton;
    }
    return answer;
}

MessageBox::Prompt promptOf(QMessageBox::Icon icon, const QString &title, const QString &text,
                            QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    MessageBox::Prompt prompt;
    prompt.icon = icon;
    prompt.title = title;
    prompt.text = text;
    prompt.buttons = buttons;
    prompt.defaultButton = defaultButton;
    return prompt;
}

} // namespace

void MessageBox::setAnswerer(QWidget *scope, Answerer *answerer)
{
    Q_ASSERT(scope);
    scope->setProperty(kAnswererProperty, answerer ? QVariant::fromValue<void *>(answerer) : QVariant());
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return askNow(promptOf(QMessageBox::Question, title, text, buttons, defaultButton), parent);
}

QMessageBox::StandardButton MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton)
{
    return askNow(promptOf(QMessageBox::Warning, title, text, buttons, defaultButton), parent);
}

QMessageBox::StandardButton MessageBox::information(QWidget *parent, const QString &title, const QString &text,
                                                    QMessageBox::StandardButtons buttons,
                                                    QMessageBox::StandardButton defaultButton)
{
    return askNow(promptOf(QMessageBox::Information, title, text, buttons, defaultButton), parent);
}

void MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                          QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                          const QObject *context, Answered answered)
{
    ask(parent, promptOf(QMessageBox::Question, title, text, buttons, defaultButton), context, std::move(answered));
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text, const QObject *context,
                         Answered answered)
{
    ask(parent, promptOf(QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok), context,
        std::move(answered));
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text, const QObject *context,
                             Answered answered)
{
    ask(parent, promptOf(QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok), context,
        std::move(answered));
}

QMessageBox::StandardButton MessageBox::askNow(const Prompt &prompt, QWidget *parent)
{
    QMessageBox *box = createBox(prompt, parent);
    if (Answerer *answerer = answererFor(parent)) {
        const QMessageBox::StandardButton answer = answeredBy(answerer, box);
        delete box;
        return answer;
    }
    // Guarded: the parent may be destroyed by whatever runs while the box is open.
    const QPointer<QMessageBox> guard(box);
    box->exec();
    const QMessageBox::StandardButton answer = guard ? answerOf(box) : QMessageBox::NoButton;
    delete guard.data();
    return answer;
}

void MessageBox::ask(QWidget *parent, const Prompt &prompt, const QObject *context, Answered answered)
{
    Q_ASSERT(context);
    QMessageBox *box = createBox(prompt, parent);
    if (Answerer *answerer = answererFor(parent)) {
        const QMessageBox::StandardButton answer = answeredBy(answerer, box);
        delete box;
        QTimer::singleShot(0, context, [answered = std::move(answered), answer] { answered(answer); });
        return;
    }
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QDialog::finished, context,
                     [box, answered = std::move(answered)](int) { answered(answerOf(box)); });
    box->open();
}

} // namespace portico::ui
