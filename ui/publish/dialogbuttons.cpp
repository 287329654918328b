// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/publish/dialogbuttons.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portico::ui {

void addProblemAndButtons(QDialog *dialog, QVBoxLayout *layout, QLabel *problem, QDialogButtonBox *buttons,
                          const QString &entity, const QString &okObjectName, const QString &okAccessibleName)
{
    const QString capitalised = entity.left(1).toUpper() + entity.mid(1);
    buttons->setObjectName(entity + u"ButtonBox"_s);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(okObjectName);
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(okAccessibleName);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancel"_s + capitalised + u"Button"_s);
    buttons->button(QDialogButtonBox::Cancel)
        ->setAccessibleName(QCoreApplication::translate("portico::ui::PublishDialog", "Cancel"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(problem);
    layout->addWidget(buttons);
}

} // namespace portico::ui
