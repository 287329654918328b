// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/publish/operationdialog.h"

#include "client/catalog/urltemplate.h"
#include "client/management/apipublisher.h"
#include "ui/publish/dialogbuttons.h"
#include "ui/publish/responsesmodel.h"
#include "ui/publish/templateparametersmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portico::ui {

namespace {

QLabel *buddyLabel(const QString &text, const QString &objectName, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setBuddy(buddy);
    return label;
}

QTableView *makeTable(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

OperationDialog::OperationDialog(const QList<client::Operation> &siblings, QWidget *parent)
    : QDialog(parent)
    , m_siblings(siblings)
    , m_parameters(new TemplateParametersModel(this))
    , m_responses(new ResponsesModel(this))
    , m_tabs(new QTabWidget(this))
    , m_methodCombo(new QComboBox(this))
    , m_templateEdit(new QLineEdit(this))
    , m_templateProblemLabel(new QLabel(this))
    , m_parametersView(makeTable(u"templateParametersTableView"_s, tr("URL template parameters"), this))
    , m_nameEdit(new QLineEdit(this))
    , m_descriptionEdit(new QPlainTextEdit(this))
    , m_responsesView(makeTable(u"responsesTableView"_s, tr("Responses"), this))
    , m_addResponseButton(new QPushButton(tr("&Add Response"), this))
    , m_removeResponseButton(new QPushButton(tr("&Remove Response"), this))
    , m_sampleEdit(new QPlainTextEdit(this))
    , m_problemLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"operationDialog"_s);
    setWindowTitle(tr("Add Operation"));
    setAccessibleName(tr("Operation"));

    m_tabs->setObjectName(u"operationTabWidget"_s);
    m_tabs->setAccessibleName(tr("Operation parts"));
    m_methodCombo->setObjectName(u"httpVerbComboBox"_s);
    m_methodCombo->setAccessibleName(tr("HTTP verb"));
    m_methodCombo->addItems({u"GET"_s, u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s, u"HEAD"_s, u"OPTIONS"_s});
    m_templateEdit->setObjectName(u"urlTemplateLineEdit"_s);
    m_templateEdit->setAccessibleName(tr("URL template"));
    m_templateEdit->setPlaceholderText(
        u"/workspaces/{workspace}/services/{service}/execute?api-version={apiversion}"_s);
    m_templateProblemLabel->setObjectName(u"urlTemplateProblemLabel"_s);
    m_templateProblemLabel->setAccessibleName(tr("URL template problem"));
    m_templateProblemLabel->setTextFormat(Qt::PlainText);
    m_templateProblemLabel->setWordWrap(true);
    m_parametersView->setModel(m_parameters);
    m_parametersView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                      QAbstractItemView::AnyKeyPressed);
    m_nameEdit->setObjectName(u"displayNameLineEdit"_s);
    m_nameEdit->setAccessibleName(tr("Display name"));
    m_descriptionEdit->setObjectName(u"operationDescriptionTextEdit"_s);
    m_descriptionEdit->setAccessibleName(tr("Description"));
    m_descriptionEdit->setTabChangesFocus(true);
    m_descriptionEdit->setMaximumHeight(m_descriptionEdit->fontMetrics().lineSpacing() * 5);

    auto *signature = new QWidget(m_tabs);
    signature->setObjectName(u"signatureTab"_s);
    auto *form = new QFormLayout(signature);
    form->addRow(buddyLabel(tr("HTTP &verb:"), u"httpVerbLabel"_s, m_methodCombo, signature), m_methodCombo);
    form->addRow(buddyLabel(tr("&URL template:"), u"urlTemplateLabel"_s, m_templateEdit, signature), m_templateEdit);
    form->addRow(QString(), m_templateProblemLabel);
    form->addRow(buddyLabel(tr("&Parameters:"), u"templateParametersLabel"_s, m_parametersView, signature),
                 m_parametersView);
    form->addRow(buddyLabel(tr("&Display name:"), u"displayNameLabel"_s, m_nameEdit, signature), m_nameEdit);
    form->addRow(buddyLabel(tr("D&escription:"), u"operationDescriptionLabel"_s, m_descriptionEdit, signature),
                 m_descriptionEdit);
    m_tabs->addTab(signature, tr("&Signature"));

    m_responsesView->setModel(m_responses);
    m_addResponseButton->setObjectName(u"addResponseButton"_s);
    m_addResponseButton->setAccessibleName(tr("Add response"));
    m_addResponseButton->setAutoDefault(false);
    m_removeResponseButton->setObjectName(u"removeResponseButton"_s);
    m_removeResponseButton->setAccessibleName(tr("Remove response"));
    m_removeResponseButton->setAutoDefault(false);
    m_sampleEdit->setObjectName(u"sampleBodyTextEdit"_s);
    m_sampleEdit->setAccessibleName(tr("Sample body"));
    m_sampleEdit->setPlaceholderText(tr("A sample application/json body for the selected response"));
    m_sampleEdit->setTabChangesFocus(true);

    auto *responses = new QWidget(m_tabs);
    responses->setObjectName(u"responsesTab"_s);
    auto *responseButtons = new QHBoxLayout;
    responseButtons->addWidget(m_addResponseButton);
    responseButtons->addWidget(m_removeResponseButton);
    responseButtons->addStretch();
    auto *responsesLayout = new QVBoxLayout(responses);
    responsesLayout->addWidget(buddyLabel(tr("Res&ponses:"), u"responsesLabel"_s, m_responsesView, responses));
    responsesLayout->addWidget(m_responsesView, 1);
    responsesLayout->addLayout(responseButtons);
    responsesLayout->addWidget(buddyLabel(tr("Sample &body:"), u"sampleBodyLabel"_s, m_sampleEdit, responses));
    responsesLayout->addWidget(m_sampleEdit, 1);
    m_tabs->addTab(responses, tr("Re&sponses"));

    m_problemLabel->setObjectName(u"operationProblemLabel"_s);
    m_problemLabel->setAccessibleName(tr("Why the operation cannot be saved yet"));
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    addProblemAndButtons(this, layout, m_problemLabel, m_buttons, u"operation"_s, u"saveOperationButton"_s,
                         tr("Save operation"));

    connect(m_templateEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_parameters->setTemplate(text.trimmed());
        validate();
    });
    connect(m_nameEdit, &QLineEdit::textChanged, this, &OperationDialog::validate);
    connect(m_methodCombo, &QComboBox::currentTextChanged, this, &OperationDialog::validate);
    connect(m_responses, &QAbstractItemModel::dataChanged, this, &OperationDialog::validate);
    connect(m_responses, &QAbstractItemModel::rowsRemoved, this, &OperationDialog::validate);
    connect(m_addResponseButton, &QPushButton::clicked, this, [this] {
        m_responsesView->selectRow(m_responses->addResponse());
        validate();
    });
    connect(m_removeResponseButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_responsesView->currentIndex();
        if (current.isValid())
            m_responses->removeResponse(current.row());
    });
    connect(m_responsesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OperationDialog::showSampleOfCurrentResponse);
    connect(m_sampleEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_sampleRow >= 0 && m_sampleRow < m_responses->rowCount())
            m_responses->setData(m_responses->index(m_sampleRow, 0), m_sampleEdit->toPlainText(),
                                 ResponsesModel::SampleRole);
    });

    // The seed's operations each document a 200 OK; a new one starts with it.
    m_responses->setResponses({client::ResponseSpec{200, u"OK"_s, {}}});
    m_responsesView->selectRow(0);
    showSampleOfCurrentResponse();
    resize(620, 520);
    validate();
}

void OperationDialog::setOperation(const client::Operation &op)
{
    m_original = op;
    m_editing = true;
    setWindowTitle(tr("Edit Operation"));
    m_siblings.removeIf([&](const client::Operation &o) { return o.id == op.id; });
    m_methodCombo->setCurrentText(op.method);
    if (m_methodCombo->currentText() != op.method) {
        m_methodCombo->addItem(op.method);
        m_methodCombo->setCurrentText(op.method);
    }
    m_parameters->setTemplate(op.urlTemplate, op.templateParameters);
    m_templateEdit->setText(op.urlTemplate);
    m_nameEdit->setText(op.name);
    m_descriptionEdit->setPlainText(op.description);
    m_responses->setResponses(op.responses);
    m_responsesView->selectRow(0);
    showSampleOfCurrentResponse();
    validate();
}

client::Operation OperationDialog::operation() const
{
    client::Operation op = m_original;
    op.method = m_methodCombo->currentText();
    op.urlTemplate = m_templateEdit->text().trimmed();
    op.name = m_nameEdit->text().trimmed();
    op.description = m_descriptionEdit->toPlainText().trimmed();
    op.templateParameters = m_parameters->parameters();
    // A query parameter now written into the template is no longer an optional extra.
    const QStringList names = m_parameters->names();
    op.queryParameters.removeIf([&](const client::Parameter &p) { return names.contains(p.name); });
    op.responses = m_responses->responses();
    if (!m_editing) {
        op.id = client::idFromName(op.name);
        const QString base = op.id;
        for (int n = 2; std::any_of(m_siblings.cbegin(), m_siblings.cend(),
                                    [&](const client::Operation &o) { return o.id == op.id; });
             ++n)
            op.id = base + u'-' + QString::number(n);
    }
    return op;
}

QString OperationDialog::problem() const
{
    const QString text = m_templateEdit->text().trimmed();
    if (text.isEmpty())
        return tr("Enter the URL template, e.g. /jobs/{jobid}?api-version={apiversion}.");
    const client::UrlTemplate parsed = client::UrlTemplate::parse(text);
    if (!parsed.isValid())
        return tr("The URL template is not valid: %1").arg(parsed.error());
    if (m_nameEdit->text().trimmed().isEmpty())
        return tr("Enter the operation's display name.");
    const QString method = m_methodCombo->currentText();
    for (const client::Operation &o : m_siblings) {
        if (o.method.compare(method, Qt::CaseInsensitive) == 0 && o.urlTemplate == text)
            return tr("The operation “%1” already answers %2 %3.").arg(o.name, method, text);
    }
    const QString responses = m_responses->problem();
    if (!responses.isEmpty())
        return responses;
    return {};
}

void OperationDialog::validate()
{
    const client::UrlTemplate parsed = client::UrlTemplate::parse(m_templateEdit->text().trimmed());
    const bool templateBad = !m_templateEdit->text().trimmed().isEmpty() && !parsed.isValid();
    m_templateProblemLabel->setText(templateBad ? parsed.error() : QString());
    m_templateProblemLabel->setVisible(templateBad);
    const QString why = problem();
    m_problemLabel->setText(why);
    m_problemLabel->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    m_removeResponseButton->setEnabled(m_responses->rowCount() > 0);
}

void OperationDialog::showSampleOfCurrentResponse()
{
    const QModelIndex current = m_responsesView->currentIndex();
    m_sampleRow = -1; // no write-back while the text is replaced
    m_sampleEdit->setPlainText(current.isValid() ? current.data(ResponsesModel::SampleRole).toString() : QString());
    m_sampleEdit->setEnabled(current.isValid());
    m_sampleRow = current.isValid() ? current.row() : -1;
}

} // namespace portico::ui
