// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/response/resultstablesview.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portico::ui {

ResultsTablesView::ResultsTablesView(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(m_stack))
    , m_outputs(new QTabWidget(m_stack))
{
    setObjectName(u"resultsTablesWidget"_s);
    m_stack->setObjectName(u"resultsStackedWidget"_s);
    m_message->setObjectName(u"noResultsTableLabel"_s);
    m_message->setAccessibleName(tr("Table view status"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_outputs->setObjectName(u"resultsOutputsTabWidget"_s);
    m_outputs->setAccessibleName(tr("AzureML outputs"));
    m_outputs->setDocumentMode(true);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_outputs);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    showMessage(QString());
}

void ResultsTablesView::removeTables()
{
    while (m_outputs->count() > 0) {
        QWidget *page = m_outputs->widget(0);
        m_outputs->removeTab(0);
        delete page;
    }
    qDeleteAll(m_models);
    m_models.clear();
}

void ResultsTablesView::setOutputs(const QList<ResultsOutput> &outputs)
{
    removeTables();
    if (outputs.isEmpty()) {
        showMessage(tr("The response has no AzureML table."));
        return;
    }
    for (const ResultsOutput &output : outputs) {
        auto *model = new ResultsTableModel(this);
        model->setTable(output.table);
        m_models.append(model);
        auto *view = new QTableView(m_outputs);
        // Every output's view has the same name; they differ by their tab and accessible name.
        view->setObjectName(u"responseTableView"_s);
        view->setAccessibleName(tr("AzureML output %1").arg(output.name));
        // Row height before the model: set afterwards, the header resizes each of a million
        // rows one by one, a tenth of a second on the UI thread.
        view->verticalHeader()->setDefaultSectionSize(view->verticalHeader()->minimumSectionSize());
        view->setModel(model);
        view->setAlternatingRowColors(true);
        view->setSelectionBehavior(QAbstractItemView::SelectItems);
        view->setWordWrap(false);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        // Sizing columns from 200 rows looks the same as from 1,000 and costs a fifth.
        view->horizontalHeader()->setResizeContentsPrecision(200);
        view->resizeColumnsToContents();
        const int index = m_outputs->addTab(view, output.name);
        m_outputs->setTabToolTip(index,
                                 tr("%1: %2 rows × %3 columns")
                                     .arg(output.name, QLocale().toString(output.table.rowCount()),
                                          QLocale().toString(model->columnCount())));
    }
    m_outputs->setCurrentIndex(0);
    m_stack->setCurrentWidget(m_outputs);
}

void ResultsTablesView::showMessage(const QString &message)
{
    removeTables();
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
}

QString ResultsTablesView::message() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

ResultsTableModel *ResultsTablesView::currentModel() const
{
    const int index = m_outputs->currentIndex();
    return m_stack->currentWidget() == m_outputs ? m_models.value(index) : nullptr;
}

} // namespace portico::ui
