// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Chooses where the publisher, keys and dashboard work: the local sandbox, or an Azure API
// Management instance (tenant, subscription, resource group, service, api-version and the
// Resource Manager URL) with its sign-in method and Entra client id. Nothing here is a secret.

#include "client/arm/azuresession.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace portico::ui {

class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    // azureCliAvailable: whether "Use my Azure CLI sign-in" can be chosen.
    explicit ConnectionDialog(const client::AzureSession::Settings &settings, bool azureCliAvailable,
                              QWidget *parent = nullptr);

    client::AzureSession::Settings settings() const;
    // What stops the settings from being used; empty when they can be.
    QString problem() const;
    QString errorText() const;

    void accept() override;

private:
    void updateFields();
    QLineEdit *addField(const QString &label, const QString &objectName, const QString &accessibleName,
                        const QString &placeholder);

    QComboBox *m_kind;
    QLineEdit *m_tenant = nullptr;
    QLineEdit *m_subscription = nullptr;
    QLineEdit *m_resourceGroup = nullptr;
    QLineEdit *m_service = nullptr;
    QLineEdit *m_apiVersion = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QComboBox *m_method;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_authority = nullptr;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QList<QWidget *> m_azureOnly;
    QFormLayout *m_form;
};

} // namespace portico::ui
