// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The gateway's subscriptions: create, suspend, reactivate and cancel them, and handle their
// keys. Keys go from the gateway straight into the keychain (subscription-<id>-primary and
// -secondary); the page shows one only on Reveal, and Copy is the only other way out.

#include "client/management/gatewaymanagement.h"
#include "client/management/product.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace portico::client {
class GatewayManagement;
class SecretStore;
} // namespace portico::client

namespace portico::ui {

class SubscriptionDialog;
class SubscriptionsModel;

class SubscriptionsPage : public QWidget
{
    Q_OBJECT
public:
    // Neither is owned; both must be used from this thread.
    SubscriptionsPage(client::GatewayManagement *client, client::SecretStore *secrets, QWidget *parent = nullptr);

    SubscriptionsModel *model() const { return m_model; }
    // For the product names and the create dialog's choices.
    void setProducts(const QList<client::Product> &products);
    void refresh();
    // Works on another gateway from now on: replies still due from the last one are dropped
    // and the table empties until the next refresh().
    void setClient(client::GatewayManagement *client);
    bool isBusy() const { return m_busy > 0; }
    bool areKeysRevealed() const { return m_revealed; }
    QString statusText() const;
    SubscriptionDialog *openDialog() const;
    QString selectedId() const;
    void select(const QString &subscriptionId);

    void addSubscription();
    void setSelectedState(const QString &state);
    void revealKeys();
    void hideKeys();
    void copyKey(bool primary);
    void regenerateKey(bool primary);

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    // Reads the subscription's keys from the keychain, fetching them from the gateway into it
    // first if they are not there yet; then hands them over (never stores them).
    void withKeys(const QString &subscriptionId,
                  std::function<void(const QString &primary, const QString &secondary)> use);
    void create(const client::Subscription &subscription);
    void beginWork();
    void endWork();
    void showStatus(const QString &text);
    void updateActions();

    QPointer<client::GatewayManagement> m_client; // an Azure one goes with its connection
    QObject *m_calls; // the context of every call to m_client: deleted to drop their replies
    QPointer<client::SecretStore> m_secrets;
    SubscriptionsModel *m_model;
    QList<client::Product> m_products;
    QTableView *m_view;
    QPushButton *m_addButton;
    QPushButton *m_suspendButton;
    QPushButton *m_reactivateButton;
    QPushButton *m_cancelButton;
    QLineEdit *m_primaryEdit;
    QLineEdit *m_secondaryEdit;
    QPushButton *m_revealButton;
    QPushButton *m_copyPrimaryButton;
    QPushButton *m_copySecondaryButton;
    QPushButton *m_regeneratePrimaryButton;
    QPushButton *m_regenerateSecondaryButton;
    QLabel *m_statusLabel;
    QAction *m_addAction;
    QPointer<SubscriptionDialog> m_dialog;
    bool m_revealed = false;
    // Bumped whenever shown keys must go, so a read answering afterwards shows nothing.
    quint64 m_revealGeneration = 0;
    int m_busy = 0;
};

} // namespace portico::ui
