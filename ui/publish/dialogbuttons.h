// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The publisher's dialogs end alike: a line saying why the input cannot be saved yet, then
// OK and Cancel. One place names and wires them.

#include <QString>

class QDialog;
class QDialogButtonBox;
class QLabel;
class QVBoxLayout;

namespace portico::ui {

// Adds problem and buttons to layout, names the buttons after entity ("api" → apiButtonBox,
// cancelApiButton) and connects them to accept()/reject().
void addProblemAndButtons(QDialog *dialog, QVBoxLayout *layout, QLabel *problem, QDialogButtonBox *buttons,
                          const QString &entity, const QString &okObjectName, const QString &okAccessibleName);

} // namespace portico::ui
