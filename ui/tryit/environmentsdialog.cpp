// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/tryit/environmentsdialog.h"

#include "client/catalog/onlineendpoint.h"
#include "ui/messagebox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portico::ui {

EnvironmentsDialog::EnvironmentsDialog(const QList<client::Environment> &environments,
                                       const QStringList &secretNames, const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_original(environments)
    , m_environments(environments)
    , m_secretNames(secretNames)
{
    setObjectName(u"environmentsDialog"_s);
    setWindowTitle(tr("Environments"));
    setAccessibleName(windowTitle());
    buildLayout();
    for (const client::Environment &e : std::as_const(m_environments))
        m_list->addItem(e.name);
    int first = 0;
    for (int i = 0; i < m_environments.size(); ++i) {
        if (m_environments.at(i).name == current)
            first = i;
    }
    m_list->setCurrentRow(m_environments.isEmpty() ? -1 : first);
    showEnvironment(m_list->currentRow());
    resize(860, 560);
}

void EnvironmentsDialog::buildLayout()
{
    auto button = [this](const QString &objectName, const QString &text, const QString &accessible) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(objectName);
        b->setAccessibleName(accessible);
        b->setAutoDefault(false);
        return b;
    };

    m_list = new QListWidget(this);
    m_list->setObjectName(u"environmentsListWidget"_s);
    m_list->setAccessibleName(tr("Environments"));
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_loading)
            return;
        storeEditor();
        showEnvironment(row);
    });
    m_add = button(u"addEnvironmentButton"_s, tr("&New"), tr("New environment"));
    m_add->setToolTip(tr("A set of {{variables}} for requests"));
    connect(m_add, &QPushButton::clicked, this, [this] { addEnvironment(false); });
    m_addOnline = button(u"addOnlineEndpointButton"_s, tr("New &online endpoint"), tr("New Azure ML online endpoint"));
    m_addOnline->setToolTip(tr("An Azure ML managed online endpoint: a scoring URI and its key or Entra sign-in"));
    connect(m_addOnline, &QPushButton::clicked, this, [this] { addEnvironment(true); });
    m_duplicate = button(u"duplicateEnvironmentButton"_s, tr("D&uplicate"), tr("Duplicate environment"));
    connect(m_duplicate, &QPushButton::clicked, this, &EnvironmentsDialog::duplicateEnvironment);
    m_remove = button(u"removeEnvironmentButton"_s, tr("&Remove"), tr("Remove environment"));
    connect(m_remove, &QPushButton::clicked, this, &EnvironmentsDialog::removeEnvironment);
    auto *listButtons = new QGridLayout;
    listButtons->addWidget(m_add, 0, 0);
    listButtons->addWidget(m_addOnline, 0, 1);
    listButtons->addWidget(m_duplicate, 1, 0);
    listButtons->addWidget(m_remove, 1, 1);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"environmentNameLineEdit"_s);
    m_name->setAccessibleName(tr("Environment name"));
    m_name->setMaxLength(100);
    form->addRow(label(tr("N&ame:"), m_name), m_name);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"environmentKindComboBox"_s);
    m_kind->setAccessibleName(tr("Environment kind"));
    m_kind->addItem(tr("Variables"), QString());
    m_kind->addItem(tr("Azure ML online endpoint"), client::kOnlineEndpointKind);
    form->addRow(label(tr("&Kind:"), m_kind), m_kind);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &EnvironmentsDialog::onKindChanged);

    m_endpoint = new QGroupBox(tr("Online endpoint"), this);
    m_endpoint->setObjectName(u"onlineEndpointGroupBox"_s);
    m_endpoint->setAccessibleName(tr("Online endpoint"));
    auto *endpointForm = new QFormLayout(m_endpoint);
    m_scoringUri = new QLineEdit(m_endpoint);
    m_scoringUri->setObjectName(u"scoringUriLineEdit"_s);
    m_scoringUri->setAccessibleName(tr("Scoring URI"));
    m_scoringUri->setPlaceholderText(tr("https://<endpoint>.<region>.inference.ml.azure.com/score"));
    endpointForm->addRow(label(tr("&Scoring URI:"), m_scoringUri), m_scoringUri);
    m_auth = new QComboBox(m_endpoint);
    m_auth->setObjectName(u"endpointAuthComboBox"_s);
    m_auth->setAccessibleName(tr("Authentication"));
    m_auth->addItem(tr("Endpoint key"));
    m_auth->addItem(tr("Microsoft Entra token (https://ml.azure.com)"));
    endpointForm->addRow(label(tr("Au&thentication:"), m_auth), m_auth);
    m_keySecret = new QComboBox(m_endpoint);
    m_keySecret->setObjectName(u"endpointKeyNameComboBox"_s);
    m_keySecret->setAccessibleName(tr("Key name in the keychain"));
    m_keySecret->setEditable(true);
    m_keySecret->addItems(m_secretNames);
    // Only what a {{secret:NAME}} reference can hold can be typed.
    m_keySecret->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z0-9_.\\-]{0,100}"_s), m_keySecret));
    endpointForm->addRow(label(tr("Key &name:"), m_keySecret), m_keySecret);
    m_keyValue = new QLineEdit(m_endpoint);
    m_keyValue->setObjectName(u"endpointKeyValueLineEdit"_s);
    m_keyValue->setAccessibleName(tr("Endpoint key"));
    m_keyValue->setEchoMode(QLineEdit::Password);
    m_keyValue->setPlaceholderText(tr("Leave empty to keep the key the keychain has"));
    m_keyValue->setToolTip(tr("Stored in the OS keychain under the key name, never in the workspace"));
    endpointForm->addRow(label(tr("Endpoint &key:"), m_keyValue), m_keyValue);
    m_deployment = new QLineEdit(m_endpoint);
    m_deployment->setObjectName(u"deploymentLineEdit"_s);
    m_deployment->setAccessibleName(tr("Deployment"));
    m_deployment->setPlaceholderText(tr("Empty: the endpoint's traffic split decides"));
    endpointForm->addRow(label(tr("&Deployment:"), m_deployment), m_deployment);
    m_sampleBody = new QPlainTextEdit(m_endpoint);
    m_sampleBody->setObjectName(u"sampleBodyTextEdit"_s);
    m_sampleBody->setAccessibleName(tr("Sample body"));
    m_sampleBody->setTabChangesFocus(true);
    m_sampleBody->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_insertSample = button(u"insertMlflowSampleButton"_s, tr("&MLflow sample"), tr("Insert the MLflow sample body"));
    m_insertSample->setToolTip(tr("{\"input_data\": {\"columns\", \"index\", \"data\"}}, the shape MLflow models take"));
    connect(m_insertSample, &QPushButton::clicked, this,
            [this] { m_sampleBody->setPlainText(client::mlflowSampleBody()); });
    auto *sample = new QVBoxLayout;
    sample->addWidget(m_sampleBody, 1);
    sample->addWidget(m_insertSample, 0, Qt::AlignLeft);
    endpointForm->addRow(label(tr("Sample &body:"), m_sampleBody), sample);
    connect(m_auth, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_keySecret->setEnabled(index == 0);
        m_keyValue->setEnabled(index == 0);
        validate();
    });

    m_variables = new QTableWidget(0, 2, this);
    m_variables->setObjectName(u"environmentVariablesTable"_s);
    m_variables->setAccessibleName(tr("Variables"));
    m_variables->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_variables->horizontalHeader()->setStretchLastSection(true);
    m_variables->verticalHeader()->hide();
    m_variables->setTabKeyNavigation(false);
    m_variables->setColumnWidth(0, 180);
    m_variablesLabel = label(tr("&Variables:"), m_variables);
    m_addVariable = button(u"addVariableButton"_s, tr("Add &variable"), tr("Add variable"));
    connect(m_addVariable, &QPushButton::clicked, this, &EnvironmentsDialog::addVariable);
    m_removeVariable = button(u"removeVariableButton"_s, tr("Remove v&ariable"), tr("Remove variable"));
    connect(m_removeVariable, &QPushButton::clicked, this, &EnvironmentsDialog::removeVariable);
    auto *variableButtons = new QHBoxLayout;
    variableButtons->addWidget(m_addVariable);
    variableButtons->addWidget(m_removeVariable);
    variableButtons->addStretch();

    for (QLineEdit *edit : {m_name, m_scoringUri, m_deployment, m_keyValue})
        connect(edit, &QLineEdit::textChanged, this, &EnvironmentsDialog::validate);
    connect(m_keySecret, &QComboBox::currentTextChanged, this, &EnvironmentsDialog::validate);
    connect(m_sampleBody, &QPlainTextEdit::textChanged, this, &EnvironmentsDialog::validate);
    connect(m_variables, &QTableWidget::itemChanged, this, &EnvironmentsDialog::validate);

    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_endpoint);
    right->addWidget(m_variablesLabel);
    right->addWidget(m_variables, 1);
    right->addLayout(variableButtons);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"environmentProblemLabel"_s);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"environmentsButtonBox"_s);
    m_buttons->setAccessibleName(tr("Dialog buttons"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"environmentsOkButton"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save environments"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"environmentsCancelButton"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
}

QList<client::Environment> EnvironmentsDialog::environments() const
{
    // Every edit goes through validate(), which stores the fields first.
    return m_environments;
}

QString EnvironmentsDialog::currentName() const
{
    return m_row >= 0 && m_row < m_environments.size() ? m_name->text().trimmed() : QString();
}

QHash<QString, QString> EnvironmentsDialog::keysToStore() const
{
    QHash<QString, QString> out;
    for (const client::Environment &e : m_environments) {
        const QString typed = m_keys.value(e.name);
        const auto settings = client::onlineEndpointSettings(e);
        if (!typed.isEmpty() && settings && settings->auth == client::OnlineEndpointSettings::Auth::Key)
            out.insert(settings->keySecret, typed);
    }
    return out;
}

QString EnvironmentsDialog::problem() const
{
    return m_problem->text();
}

bool EnvironmentsDialog::isModified() const
{
    return environments() != m_original || !keysToStore().isEmpty();
}

QString EnvironmentsDialog::uniqueName(const QString &base) const
{
    auto taken = [this](const QString &name) {
        return std::any_of(m_environments.cbegin(), m_environments.cend(),
                           [&](const client::Environment &e) { return e.name == name; });
    };
    if (!taken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = tr("%1 (%2)").arg(base).arg(n);
        if (!taken(candidate))
            return candidate;
    }
}

void EnvironmentsDialog::addEnvironment(bool onlineEndpoint)
{
    storeEditor();
    client::Environment e;
    if (onlineEndpoint) {
        client::OnlineEndpointSettings settings;
        settings.keySecret = u"online-endpoint-key"_s; // a keychain name, not interface text
        settings.sampleBody = client::mlflowSampleBody();
        e = client::onlineEndpointEnvironment(uniqueName(tr("Online endpoint")), settings);
    } else {
        e.name = uniqueName(tr("New environment"));
        e.variables.append({u"baseUrl"_s, QString()});
    }
    m_environments.append(e);
    m_loading = true;
    m_list->addItem(e.name);
    m_list->setCurrentRow(int(m_environments.size()) - 1);
    m_loading = false;
    showEnvironment(int(m_environments.size()) - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void EnvironmentsDialog::duplicateEnvironment()
{
    if (m_row < 0)
        return;
    storeEditor();
    client::Environment copy = m_environments.at(m_row);
    copy.name = uniqueName(tr("%1 copy").arg(copy.name));
    m_environments.insert(m_row + 1, copy);
    m_loading = true;
    m_list->insertItem(m_row + 1, copy.name);
    m_list->setCurrentRow(m_row + 1);
    m_loading = false;
    showEnvironment(m_row + 1);
}

void EnvironmentsDialog::removeEnvironment()
{
    if (m_row < 0)
        return;
    const int row = m_row;
    m_keys.remove(m_environments.at(row).name);
    m_environments.removeAt(row);
    m_loading = true;
    delete m_list->takeItem(row);
    m_row = -1;
    const int next = m_environments.isEmpty() ? -1 : qMin(row, int(m_environments.size()) - 1);
    m_list->setCurrentRow(next);
    m_loading = false;
    showEnvironment(next);
}

void EnvironmentsDialog::showEnvironment(int row)
{
    m_row = row;
    loadEditor();
}

void EnvironmentsDialog::loadEditor()
{
    m_loading = true;
    const bool has = m_row >= 0 && m_row < m_environments.size();
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_kind, m_endpoint, m_variables, m_addVariable,
                                                       m_removeVariable, m_duplicate, m_remove})
        w->setEnabled(has);
    const client::Environment e = has ? m_environments.at(m_row) : client::Environment();
    m_name->setText(e.name);
    const auto online = client::onlineEndpointSettings(e);
    m_shownKind = online ? 1 : 0;
    m_kind->setCurrentIndex(m_shownKind);
    m_endpoint->setVisible(online.has_value());
    m_variablesLabel->setText(online ? tr("More &variables:") : tr("&Variables:"));
    m_scoringUri->setText(online ? online->scoringUri : QString());
    m_auth->setCurrentIndex(online && online->auth == client::OnlineEndpointSettings::Auth::EntraToken ? 1 : 0);
    m_keySecret->setEnabled(m_auth->currentIndex() == 0);
    m_keyValue->setEnabled(m_auth->currentIndex() == 0);
    m_keySecret->setCurrentText(online ? online->keySecret : QString());
    m_keyValue->setText(m_keys.value(e.name));
    m_deployment->setText(online ? online->deployment : QString());
    m_sampleBody->setPlainText(online ? online->sampleBody : QString());
    m_variables->setRowCount(0);
    for (const auto &[name, value] : e.variables) {
        if (online && isEndpointVariable(name))
            continue;
        const int r = m_variables->rowCount();
        m_variables->insertRow(r);
        m_variables->setItem(r, 0, new QTableWidgetItem(name));
        m_variables->setItem(r, 1, new QTableWidgetItem(value));
    }
    m_loading = false;
    validate();
}

void EnvironmentsDialog::storeEditor()
{
    if (m_loading || m_row < 0 || m_row >= m_environments.size())
        return;
    client::Environment &e = m_environments[m_row];
    const QString oldName = e.name;
    QList<QPair<QString, QString>> variables;
    for (int r = 0; r < m_variables->rowCount(); ++r) {
        const QTableWidgetItem *name = m_variables->item(r, 0);
        const QTableWidgetItem *value = m_variables->item(r, 1);
        variables.append({name ? name->text().trimmed() : QString(), value ? value->text() : QString()});
    }
    const QString name = m_name->text().trimmed();
    if (m_shownKind == 1) {
        client::OnlineEndpointSettings settings;
        settings.scoringUri = m_scoringUri->text().trimmed();
        settings.auth = m_auth->currentIndex() == 1 ? client::OnlineEndpointSettings::Auth::EntraToken
                                                    : client::OnlineEndpointSettings::Auth::Key;
        settings.keySecret = m_keySecret->currentText().trimmed();
        settings.deployment = m_deployment->text().trimmed();
        settings.sampleBody = m_sampleBody->toPlainText();
        e = client::onlineEndpointEnvironment(name, settings);
        e.variables.append(variables);
    } else {
        e.name = name;
        e.kind.clear();
        e.variables = variables;
    }
    m_keys.remove(oldName);
    if (!m_keyValue->text().isEmpty())
        m_keys.insert(name, m_keyValue->text());
    if (QListWidgetItem *item = m_list->item(m_row))
        item->setText(name);
}

void EnvironmentsDialog::onKindChanged()
{
    if (m_loading || m_row < 0)
        return;
    // Lossless both ways: an endpoint's fields become plain variables, and plain variables stay
    // as the endpoint's further variables, so switching back and forth keeps what was typed.
    storeEditor(); // as the kind the fields still show
    client::Environment &e = m_environments[m_row];
    if (m_kind->currentIndex() == 1) {
        client::OnlineEndpointSettings settings;
        settings.scoringUri = e.value(client::kScoringUriVariable);
        settings.auth = e.value(client::kAuthVariable) == u"entra"_s ? client::OnlineEndpointSettings::Auth::EntraToken
                                                                     : client::OnlineEndpointSettings::Auth::Key;
        const QStringList secrets = client::secretReferences(e.value(client::kEndpointKeyVariable));
        settings.keySecret = secrets.isEmpty() ? u"online-endpoint-key"_s : secrets.first();
        settings.deployment = e.value(client::kDeploymentVariable);
        settings.sampleBody = e.contains(client::kSampleBodyVariable) ? e.value(client::kSampleBodyVariable)
                                                                        : client::mlflowSampleBody();
        QList<QPair<QString, QString>> others;
        for (const auto &variable : std::as_const(e.variables)) {
            if (!isEndpointVariable(variable.first))
                others.append(variable);
        }
        e = client::onlineEndpointEnvironment(e.name, settings);
        e.variables.append(others);
    } else {
        e.kind.clear();
    }
    loadEditor();
}

void EnvironmentsDialog::addVariable()
{
    const int r = m_variables->rowCount();
    m_variables->insertRow(r);
    m_variables->setItem(r, 0, new QTableWidgetItem(QString()));
    m_variables->setItem(r, 1, new QTableWidgetItem(QString()));
    m_variables->setCurrentCell(r, 0);
    m_variables->setFocus();
    m_variables->editItem(m_variables->item(r, 0));
    validate();
}

void EnvironmentsDialog::removeVariable()
{
    const int r = m_variables->currentRow();
    if (r < 0)
        return;
    m_variables->removeRow(r);
    validate();
}

void EnvironmentsDialog::validate()
{
    if (m_loading)
        return;
    storeEditor();
    QString problem;
    QStringList names;
    for (const client::Environment &e : std::as_const(m_environments)) {
        problem = problemOf(e, m_keys.value(e.name), m_secretNames);
        if (problem.isEmpty() && names.contains(e.name))
            problem = tr("Two environments are called \"%1\".").arg(e.name);
        if (!problem.isEmpty())
            break;
        names.append(e.name);
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void EnvironmentsDialog::done(int result)
{
    if (result == QDialog::Accepted) {
        validate();
        if (!problem().isEmpty())
            return;
    } else if (!m_discardConfirmed && isModified()) {
        MessageBox::Prompt prompt;
        prompt.icon = QMessageBox::Question;
        prompt.title = tr("Discard changes?");
        prompt.text = tr("Discard the changes to the environments?");
        prompt.buttons = QMessageBox::Discard | QMessageBox::Cancel;
        prompt.defaultButton = QMessageBox::Cancel;
        MessageBox::ask(this, prompt, this, [this](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Discard)
                return;
            m_discardConfirmed = true;
            reject();
        });
        return;
    }
    QDialog::done(result);
}

} // namespace portico::ui
