// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// Closing the window (or Quit, which closes every window first) while a request is on its way
// asks before the answer is lost.
#include "ui/mainwindow.h"
#include "ui/messagebox.h"
#include "ui/tryit/tryitpage.h"

#include <QCloseEvent>
#include <QCoreApplication>

namespace portico::ui {

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_quitConfirmed || !m_tryItPage || !m_tryItPage->isSending()) {
        QMainWindow::closeEvent(event);
        return;
    }
    event->ignore();
    if (m_askingToQuit)
        return;
    m_askingToQuit = true;
    MessageBox::Prompt prompt;
    prompt.icon = QMessageBox::Question;
    prompt.title = tr("Quit Portico");
    prompt.text = tr("A request is still being sent. Quit anyway?");
    prompt.informativeText = tr("Quitting stops it; its response is not shown or kept in the history.");
    prompt.buttons = QMessageBox::Yes | QMessageBox::Cancel;
    prompt.defaultButton = QMessageBox::Cancel;
    prompt.buttonLabels = {{QMessageBox::Yes, tr("&Quit")}};
    MessageBox::ask(this, prompt, this, [this](QMessageBox::StandardButton answer) {
        m_askingToQuit = false;
        if (answer != QMessageBox::Yes)
            return;
        m_quitConfirmed = true;
        // Quit closes every window again, this one now without asking, and ends the loop with 0.
        QCoreApplication::quit();
    });
}

} // namespace portico::ui
