// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// A batch job's downloaded output shown as a table (the same model as the response
// viewer's AzureML tables), read off the UI thread, with Save As to keep a copy.

#include "ui/response/resultstablemodel.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace portico::ui {

class JobOutputDialog : public QDialog
{
    Q_OBJECT
public:
    explicit JobOutputDialog(const QString &csvPath, QWidget *parent = nullptr);

    ResultsTableModel *model() const { return m_model; }
    bool isLoaded() const { return m_loaded; }

    // RFC 4180: quoted fields with doubled quotes and line breaks inside; the first record
    // names the columns. At most maxRows rows are read.
    static ResultsTable readCsv(const QString &path, qsizetype maxRows, QString *error);

Q_SIGNALS:
    void loaded();

private:
    QString m_path;
    ResultsTableModel *m_model;
    QTableView *m_table;
    QLabel *m_summary;
    bool m_loaded = false;
};

} // namespace portico::ui
