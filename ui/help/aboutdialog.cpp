// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/help/aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portico::ui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About Portico"));
    auto *layout = new QVBoxLayout(this);

    auto *title =
        new QLabel(u"<h2>Portico %1</h2>"_s.arg(QCoreApplication::applicationVersion().toHtmlEscaped()), this);
    title->setObjectName(u"aboutTitleLabel"_s);
    title->setAccessibleName(tr("Portico version %1").arg(QCoreApplication::applicationVersion()));
    auto *text = new QLabel(this);
    text->setObjectName(u"aboutTextLabel"_s);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setText(tr("A desktop console for machine-learning web services behind an API gateway: try operations, "
                     "publish APIs, run batch jobs and watch usage. Keys stay in the system keychain.") +
                  u"\n\n"_s + tr("Version %1").arg(QCoreApplication::applicationVersion()) + u'\n' +
                  tr("Qt %1 (built with Qt %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)) +
                  u'\n' + tr("Licence: MIT. Portico comes with no warranty."));
    text->setAccessibleName(tr("About Portico"));
    layout->addWidget(title);
    layout->addWidget(text);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"aboutButtonBox"_s);
    buttons->button(QDialogButtonBox::Close)->setObjectName(u"closePushButton"_s);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString AboutDialog::versionLine()
{
    return tr("Portico %1 · Qt %2 (built with Qt %3) · MIT licence")
        .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
}

} // namespace portico::ui
