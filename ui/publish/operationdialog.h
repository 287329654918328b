// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Creates or edits an operation: a Signature tab (HTTP verb, URL template with its
// parameters detected as typed, display name, description) and a Responses tab (status
// codes, descriptions, sample bodies). OK stays disabled, with the reason shown, until the
// input can be saved.

#include "client/catalog/catalog.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTabWidget;

namespace portico::ui {

class ResponsesModel;
class TemplateParametersModel;

class OperationDialog : public QDialog
{
    Q_OBJECT
public:
    // siblings: the API's operations, which a new one must not repeat.
    explicit OperationDialog(const QList<client::Operation> &siblings, QWidget *parent = nullptr);

    void setOperation(const client::Operation &op);
    client::Operation operation() const;
    QString problem() const;

    TemplateParametersModel *parametersModel() const { return m_parameters; }
    ResponsesModel *responsesModel() const { return m_responses; }

private:
    void validate();
    void showSampleOfCurrentResponse();

    QList<client::Operation> m_siblings;
    client::Operation m_original;
    bool m_editing = false;
    TemplateParametersModel *m_parameters;
    ResponsesModel *m_responses;
    QTabWidget *m_tabs;
    QComboBox *m_methodCombo;
    QLineEdit *m_templateEdit;
    QLabel *m_templateProblemLabel;
    QTableView *m_parametersView;
    QLineEdit *m_nameEdit;
    QPlainTextEdit *m_descriptionEdit;
    QTableView *m_responsesView;
    QPushButton *m_addResponseButton;
    QPushButton *m_removeResponseButton;
    QPlainTextEdit *m_sampleEdit;
    QLabel *m_problemLabel;
    QDialogButtonBox *m_buttons;
    int m_sampleRow = -1;
};

} // namespace portico::ui
