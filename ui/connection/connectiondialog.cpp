// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/connection/connectiondialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portico::ui {

using client::AzureSession;
using client::Connection;

namespace {

bool isHttpUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http") && !url.host().isEmpty();
}

} // namespace

ConnectionDialog::ConnectionDialog(const AzureSession::Settings &settings, bool azureCliAvailable, QWidget *parent)
    : QDialog(parent)
    , m_kind(new QComboBox(this))
    , m_method(new QComboBox(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_form(new QFormLayout)
{
    setObjectName(u"connectionDialog"_s);
    setWindowTitle(tr("Choose Connection"));
    m_kind->setObjectName(u"connectionKindComboBox"_s);
    m_kind->setAccessibleName(tr("Connection"));
    m_kind->addItem(tr("Local sandbox"), int(Connection::Kind::LocalSandbox));
    m_kind->addItem(tr("Azure API Management"), int(Connection::Kind::AzureApiManagement));
    auto *kindLabel = new QLabel(tr("&Connection:"), this);
    kindLabel->setBuddy(m_kind);
    m_form->addRow(kindLabel, m_kind);

    const client::AzureConnection &azure = settings.connection.azure;
    m_tenant =
        addField(tr("&Tenant:"), u"tenantLineEdit"_s, tr("Tenant"), tr("organizations, a tenant id or a domain"));
    m_subscription = addField(tr("&Subscription id:"), u"subscriptionIdLineEdit"_s, tr("Azure subscription id"),
                              u"00000000-0000-0000-0000-000000000000"_s /* not for translation: the shape of an id */);
    m_resourceGroup = addField(tr("&Resource group:"), u"resourceGroupLineEdit"_s, tr("Resource group"), QString());
    m_service = addField(tr("Ser&vice name:"), u"serviceNameLineEdit"_s, tr("API Management service name"), QString());
    m_apiVersion = addField(tr("&API version:"), u"apiVersionLineEdit"_s, tr("API version"),
                            QString::fromLatin1(client::AzureConnection::kDefaultApiVersion));
    m_baseUrl = addField(tr("Resource &Manager URL:"), u"baseUrlLineEdit"_s, tr("Azure Resource Manager URL"),
                         QString::fromLatin1(client::AzureConnection::kDefaultBaseUrl));

    m_method->setObjectName(u"signInMethodComboBox"_s);
    m_method->setAccessibleName(tr("Sign-in method"));
    m_method->addItem(tr("Device code (a browser on any device)"), int(AzureSession::SignInMethod::DeviceCode));
    m_method->addItem(tr("Use my Azure CLI sign-in"), int(AzureSession::SignInMethod::AzureCli));
    if (!azureCliAvailable) {
        if (auto *items = qobject_cast<QStandardItemModel *>(m_method->model()); items && items->item(1))
            items->item(1)->setEnabled(false);
        m_method->setItemData(1, tr("The Azure CLI (az) is not installed."), Qt::ToolTipRole);
    }
    auto *methodLabel = new QLabel(tr("Si&gn in with:"), this);
    methodLabel->setBuddy(m_method);
    m_form->addRow(methodLabel, m_method);
    m_azureOnly << methodLabel << m_method;
    m_clientId = addField(tr("Client &id:"), u"clientIdLineEdit"_s, tr("Microsoft Entra client id"),
                          tr("your application's (client) id"));
    m_authority = addField(tr("Sign-in &URL:"), u"authorityLineEdit"_s, tr("Microsoft Entra sign-in URL"),
                           u"https://login.microsoftonline.com"_s); // not for translation: an address

    m_tenant->setText(azure.tenant);
    m_subscription->setText(azure.subscriptionId);
    m_resourceGroup->setText(azure.resourceGroup);
    m_service->setText(azure.serviceName);
    m_apiVersion->setText(azure.apiVersion);
    m_baseUrl->setText(azure.baseUrl.toString());
    m_clientId->setText(settings.clientId);
    m_authority->setText(settings.authority.toString());
    m_kind->setCurrentIndex(m_kind->findData(int(settings.connection.kind)));
    m_method->setCurrentIndex(m_method->findData(int(settings.method)));

    m_error->setObjectName(u"connectionErrorLabel"_s);
    m_error->setAccessibleName(tr("What is wrong"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(u"color: white; background: #b3261e; padding: 4px;"_s); // not for translation: a style sheet
    m_error->hide();

    m_buttons->setObjectName(u"connectionButtonBox"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"connectionOkButton"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Use this connection"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"connectionCancelButton"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateFields);
    connect(m_method, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateFields);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    const QList<QWidget *> order{m_kind,
                                 m_tenant,
                                 m_subscription,
                                 m_resourceGroup,
                                 m_service,
                                 m_apiVersion,
                                 m_baseUrl,
                                 m_method,
                                 m_clientId,
                                 m_authority,
                                 m_buttons->button(QDialogButtonBox::Ok),
                                 m_buttons->button(QDialogButtonBox::Cancel)};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    updateFields();
}

QLineEdit *ConnectionDialog::addField(const QString &label, const QString &objectName, const QString &accessibleName,
                                      const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    // A subscription or client id (a GUID) shows whole, with room to spare.
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(u"00000000-0000-0000-0000-000000000000"_s) +
                          4 * edit->fontMetrics().averageCharWidth());
    auto *name = new QLabel(label, this);
    name->setBuddy(edit);
    m_form->addRow(name, edit);
    m_azureOnly << name << edit;
    connect(edit, &QLineEdit::textEdited, m_error, &QLabel::hide);
    return edit;
}

void ConnectionDialog::updateFields()
{
    // The local sandbox needs none of Azure's fields: they are hidden, not lost.
    const bool azure = m_kind->currentData().toInt() == int(Connection::Kind::AzureApiManagement);
    for (QWidget *w : std::as_const(m_azureOnly))
        w->setVisible(azure);
    const bool deviceCode = m_method->currentData().toInt() == int(AzureSession::SignInMethod::DeviceCode);
    for (QWidget *field : {static_cast<QWidget *>(m_clientId), static_cast<QWidget *>(m_authority)}) {
        field->setVisible(azure && deviceCode);
        if (QWidget *label = m_form->labelForField(field))
            label->setVisible(azure && deviceCode);
    }
    m_error->hide();
    adjustSize();
}

AzureSession::Settings ConnectionDialog::settings() const
{
    AzureSession::Settings s;
    s.connection.kind = Connection::Kind(m_kind->currentData().toInt());
    client::AzureConnection &azure = s.connection.azure;
    azure.tenant = m_tenant->text().trimmed();
    azure.subscriptionId = m_subscription->text().trimmed();
    azure.resourceGroup = m_resourceGroup->text().trimmed();
    azure.serviceName = m_service->text().trimmed();
    if (!m_apiVersion->text().trimmed().isEmpty())
        azure.apiVersion = m_apiVersion->text().trimmed();
    if (!m_baseUrl->text().trimmed().isEmpty())
        azure.baseUrl = QUrl(m_baseUrl->text().trimmed(), QUrl::StrictMode);
    s.method = AzureSession::SignInMethod(m_method->currentData().toInt());
    s.clientId = m_clientId->text().trimmed();
    if (!m_authority->text().trimmed().isEmpty())
        s.authority = QUrl(m_authority->text().trimmed(), QUrl::StrictMode);
    return s;
}

QString ConnectionDialog::problem() const
{
    const AzureSession::Settings s = settings();
    if (s.connection.kind == Connection::Kind::LocalSandbox)
        return {};
    const client::AzureConnection &azure = s.connection.azure;
    if (azure.subscriptionId.isEmpty())
        return tr("Enter the Azure subscription id the API Management instance is in.");
    if (azure.resourceGroup.isEmpty())
        return tr("Enter the resource group the API Management instance is in.");
    if (azure.serviceName.isEmpty())
        return tr("Enter the name of the API Management instance.");
    static const QRegularExpression version(u"^\\d{4}-\\d{2}-\\d{2}(-preview)?$"_s);
    if (!version.match(azure.apiVersion).hasMatch())
        return tr("“%1” is not an API version; they look like 2024-05-01.").arg(azure.apiVersion);
    if (!isHttpUrl(azure.baseUrl))
        return tr("“%1” is not an http or https address.").arg(m_baseUrl->text());
    if (s.method == AzureSession::SignInMethod::DeviceCode) {
        if (s.clientId.isEmpty())
            return tr("Enter the client id of your Microsoft Entra application: device-code sign-in asks for a token "
                      "on its behalf.");
        if (!isHttpUrl(s.authority))
            return tr("“%1” is not an http or https address.").arg(m_authority->text());
    }
    return {};
}

QString ConnectionDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ConnectionDialog::accept()
{
    const QString why = problem();
    if (why.isEmpty()) {
        QDialog::accept();
        return;
    }
    m_error->setText(why);
    m_error->show();
}

} // namespace portico::ui
