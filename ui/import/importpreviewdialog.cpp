// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/import/importpreviewdialog.h"

#include "ui/import/importpreviewmodel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portico::ui {

ImportPreviewDialog::ImportPreviewDialog(const client::ImportResult &result, const client::MergeReport &report,
                                         const QString &source, QWidget *parent)
    : QDialog(parent)
    , m_result(result)
    , m_model(new ImportPreviewModel(this))
    , m_summary(new QLabel(this))
    , m_lines(new QListView(this))
{
    setObjectName(u"importPreviewDialog"_s);
    setWindowTitle(tr("Import preview"));
    setAccessibleName(tr("Import preview"));
    resize(640, 420);
    m_model->setPreview(result, report);

    m_summary->setObjectName(u"importSummaryLabel"_s);
    m_summary->setAccessibleName(tr("What the import brings"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Counts as "label: number", which reads right in every language without plural forms.
    QString text = tr("%1 from %2. Operations in it: %3.")
                       .arg(client::importFormatName(result.format), source)
                       .arg(result.operationCount());
    text += u' ';
    if (report.isEmpty())
        text += tr("The workspace already holds exactly this; nothing changes.");
    else
        text += tr("New APIs: %1. Operations: %2 added, %3 changed, %4 removed.")
                    .arg(report.addedApis.size())
                    .arg(report.added.size())
                    .arg(report.changed.size())
                    .arg(report.removed.size());
    if (!result.notes.isEmpty())
        text += u' ' + tr("Dropped or changed on the way in: %1, each listed below.").arg(result.notes.size());
    m_summary->setText(text);

    auto *linesLabel = new QLabel(tr("&Changes and notes"), this);
    m_lines->setObjectName(u"importPreviewListView"_s);
    m_lines->setAccessibleName(tr("Changes and notes"));
    m_lines->setModel(m_model);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setWordWrap(true);
    m_lines->setUniformItemSizes(false);
    linesLabel->setBuddy(m_lines);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(u"importPreviewButtonBox"_s);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(u"confirmImportButton"_s);
    m_importButton->setAccessibleName(tr("Import into the workspace"));
    m_importButton->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setText(tr("Cancel"));
    cancel->setObjectName(u"cancelImportPreviewButton"_s);
    cancel->setAccessibleName(tr("Cancel the import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(linesLabel);
    layout->addWidget(m_lines, 1);
    layout->addWidget(buttons);
    m_importButton->setFocus();
}

QString ImportPreviewDialog::summary() const
{
    return m_summary->text();
}

} // namespace portico::ui
