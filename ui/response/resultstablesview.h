// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The Table tab: one table per AzureML output, each in its own tab, or a sentence saying
// why the response has none.

#include "ui/response/resultstablemodel.h"

#include <QList>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace portico::ui {

class ResultsTablesView : public QWidget
{
    Q_OBJECT
public:
    explicit ResultsTablesView(QWidget *parent = nullptr);

    void setOutputs(const QList<ResultsOutput> &outputs);
    void showMessage(const QString &message);
    QString message() const;

    int outputCount() const { return int(m_models.size()); }
    ResultsTableModel *model(int output) const { return m_models.value(output); }
    // The table on show, or nullptr when there is none.
    ResultsTableModel *currentModel() const;

private:
    void removeTables();

    QStackedWidget *m_stack;
    QLabel *m_message;
    QTabWidget *m_outputs;
    QList<ResultsTableModel *> m_models;
};

} // namespace portico::ui
