// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Help → About: what Portico is, its version and the Qt it runs on, and its licence.

#include <QDialog>

namespace portico::ui {

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // "Portico 0.1.0 · Qt 6.4.2 (built with 6.4.2) · MIT licence", as the dialog and
    // `portico --version` print it.
    static QString versionLine();
};

} // namespace portico::ui
