// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Stands in for the user at the message boxes of one widget: each box is recorded as the user
// would have seen it (title, text, informative text, button labels, default button) and
// answered with the next queued answer, or closed (NoButton) when none is queued.

#include "ui/messagebox.h"

#include <QPointer>
#include <QQueue>
#include <QWidget>

namespace portico::tests {

class RecordingAnswerer : public ui::MessageBox::Answerer
{
public:
    explicit RecordingAnswerer(QWidget *scope)
        : m_scope(scope)
    {
        ui::MessageBox::setAnswerer(scope, this);
    }
    ~RecordingAnswerer() override
    {
        if (m_scope)
            ui::MessageBox::setAnswerer(m_scope, nullptr);
    }
    RecordingAnswerer(const RecordingAnswerer &) = delete;
    RecordingAnswerer &operator=(const RecordingAnswerer &) = delete;

    void answerNext(QMessageBox::StandardButton answer) { m_answers.enqueue(answer); }
    bool allAnswered() const { return m_answers.isEmpty(); }
    const QList<ui::MessageBox::Shown> &shown() const { return m_shown; }
    int count() const { return int(m_shown.size()); }
    const ui::MessageBox::Shown &last() const { return m_shown.last(); }

    QMessageBox::StandardButton answer(const ui::MessageBox::Shown &shown) override
    {
        m_shown.append(shown);
        return m_answers.isEmpty() ? QMessageBox::NoButton : m_answers.dequeue();
    }

private:
    QPointer<QWidget> m_scope;
    QQueue<QMessageBox::StandardButton> m_answers;
    QList<ui::MessageBox::Shown> m_shown;
};

} // namespace portico::tests
