// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Shown before an import changes anything: the format, how many operations, what the merge
// adds, changes and removes, and one line for every construct dropped or changed on the way in.

#include "client/interop/importer.h"

#include <QDialog>

class QLabel;
class QListView;
class QPushButton;

namespace portico::ui {

class ImportPreviewModel;

class ImportPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    ImportPreviewDialog(const client::ImportResult &result, const client::MergeReport &report,
                        const QString &source, QWidget *parent = nullptr);

    const client::ImportResult &result() const { return m_result; }
    QString summary() const;
    ImportPreviewModel *model() const { return m_model; }

private:
    client::ImportResult m_result;
    ImportPreviewModel *m_model;
    QLabel *m_summary;
    QListView *m_lines;
    QPushButton *m_importButton;
};

} // namespace portico::ui
