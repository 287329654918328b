// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/publish/subscriptionspage.h"

#include "client/management/gatewaymanagement.h"
#include "client/secrets/secretstore.h"
#include "ui/messagebox.h"
#include "ui/publish/subscriptiondialog.h"
#include "ui/publish/subscriptionsmodel.h"

#include <QAction>
#include <QClipboard>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace portico::ui {

namespace {

using client::GatewayManagement;

QPushButton *makeButton(const QString &text, const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    button->setAutoDefault(false);
    return button;
}

QLineEdit *makeKeyEdit(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setReadOnly(true);
    edit->setEchoMode(QLineEdit::Password);
    edit->setPlaceholderText(SubscriptionsPage::tr("•••••••• hidden"));
    return edit;
}

} // namespace

SubscriptionsPage::SubscriptionsPage(GatewayManagement *client, client::SecretStore *secrets, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_calls(new QObject(this))
    , m_secrets(secrets)
    , m_model(new SubscriptionsModel(this))
    , m_view(new QTableView(this))
    , m_addButton(makeButton(tr("&Add Subscription…"), u"addSubscriptionButton"_s, tr("Add subscription"), this))
    , m_suspendButton(makeButton(tr("&Suspend"), u"suspendSubscriptionButton"_s, tr("Suspend subscription"), this))
    , m_reactivateButton(
          makeButton(tr("Reac&tivate"), u"reactivateSubscriptionButton"_s, tr("Reactivate subscription"), this))
    , m_cancelButton(
          makeButton(tr("Ca&ncel Subscription"), u"cancelSubscriptionStateButton"_s, tr("Cancel subscription"), this))
    , m_primaryEdit(makeKeyEdit(u"primaryKeyLineEdit"_s, tr("Primary key"), this))
    , m_secondaryEdit(makeKeyEdit(u"secondaryKeyLineEdit"_s, tr("Secondary key"), this))
    , m_revealButton(makeButton(tr("&Reveal"), u"revealKeysButton"_s, tr("Reveal keys"), this))
    , m_copyPrimaryButton(makeButton(tr("&Copy"), u"copyPrimaryKeyButton"_s, tr("Copy primary key"), this))
    , m_copySecondaryButton(makeButton(tr("C&opy"), u"copySecondaryKeyButton"_s, tr("Copy secondary key"), this))
    , m_regeneratePrimaryButton(
          makeButton(tr("Re&generate"), u"regeneratePrimaryKeyButton"_s, tr("Regenerate primary key"), this))
    , m_regenerateSecondaryButton(
          makeButton(tr("Regen&erate"), u"regenerateSecondaryKeyButton"_s, tr("Regenerate secondary key"), this))
    , m_statusLabel(new QLabel(this))
    , m_addAction(new QAction(tr("Add Subscription…"), this))
{
    setObjectName(u"subscriptionsPage"_s);
    setAccessibleName(tr("Subscriptions"));
    m_view->setObjectName(u"subscriptionsTableView"_s);
    m_view->setAccessibleName(tr("Subscriptions"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_addAction->setObjectName(u"addSubscriptionAction"_s);
    m_addAction->setShortcut(QKeySequence(Qt::Key_Insert));
    m_addAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_addAction);
    m_revealButton->setCheckable(true);
    m_statusLabel->setObjectName(u"subscriptionsStatusLabel"_s);
    m_statusLabel->setAccessibleName(tr("Subscriptions status"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setWordWrap(true);

    auto *stateButtons = new QHBoxLayout;
    for (QPushButton *b : {m_addButton, m_suspendButton, m_reactivateButton, m_cancelButton})
        stateButtons->addWidget(b);
    stateButtons->addStretch();

    auto *primaryLabel = new QLabel(tr("&Primary key:"), this);
    primaryLabel->setObjectName(u"primaryKeyLabel"_s);
    primaryLabel->setBuddy(m_primaryEdit);
    auto *secondaryLabel = new QLabel(tr("Secon&dary key:"), this);
    secondaryLabel->setObjectName(u"secondaryKeyLabel"_s);
    secondaryLabel->setBuddy(m_secondaryEdit);
    auto *keys = new QGridLayout;
    keys->addWidget(primaryLabel, 0, 0);
    keys->addWidget(m_primaryEdit, 0, 1);
    keys->addWidget(m_copyPrimaryButton, 0, 2);
    keys->addWidget(m_regeneratePrimaryButton, 0, 3);
    keys->addWidget(secondaryLabel, 1, 0);
    keys->addWidget(m_secondaryEdit, 1, 1);
    keys->addWidget(m_copySecondaryButton, 1, 2);
    keys->addWidget(m_regenerateSecondaryButton, 1, 3);
    keys->addWidget(m_revealButton, 0, 4, 2, 1);
    keys->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(stateButtons);
    layout->addLayout(keys);
    layout->addWidget(m_statusLabel);

    connect(m_addButton, &QPushButton::clicked, this, &SubscriptionsPage::addSubscription);
    connect(m_addAction, &QAction::triggered, this, &SubscriptionsPage::addSubscription);
    connect(m_suspendButton, &QPushButton::clicked, this, [this] { setSelectedState(u"suspended"_s); });
    connect(m_reactivateButton, &QPushButton::clicked, this, [this] { setSelectedState(u"active"_s); });
    connect(m_cancelButton, &QPushButton::clicked, this, [this] { setSelectedState(u"cancelled"_s); });
    connect(m_revealButton, &QPushButton::clicked, this, [this] { m_revealed ? hideKeys() : revealKeys(); });
    connect(m_copyPrimaryButton, &QPushButton::clicked, this, [this] { copyKey(true); });
    connect(m_copySecondaryButton, &QPushButton::clicked, this, [this] { copyKey(false); });
    connect(m_regeneratePrimaryButton, &QPushButton::clicked, this, [this] { regenerateKey(true); });
    connect(m_regenerateSecondaryButton, &QPushButton::clicked, this, [this] { regenerateKey(false); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        hideKeys();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &SubscriptionsPage::updateActions);
    updateActions();
}

void SubscriptionsPage::setProducts(const QList<client::Product> &products)
{
    m_products = products;
    QHash<QString, QString> names;
    for (const client::Product &p : products)
        names.insert(p.id, p.name);
    m_model->setProductNames(names);
}

SubscriptionDialog *SubscriptionsPage::openDialog() const
{
    return m_dialog;
}

QString SubscriptionsPage::statusText() const
{
    return m_statusLabel->text();
}

QString SubscriptionsPage::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(SubscriptionsModel::IdRole).toString();
}

void SubscriptionsPage::select(const QString &subscriptionId)
{
    const int row = m_model->rowOf(subscriptionId);
    if (row >= 0)
        m_view->selectRow(row);
}

void SubscriptionsPage::updateActions()
{
    const QString id = selectedId();
    const client::Subscription *s = m_model->subscriptionAt(m_model->rowOf(id));
    const bool idle = m_busy == 0;
    const bool open = s && s->state != u"cancelled";
    m_addButton->setEnabled(idle);
    m_addAction->setEnabled(idle);
    m_suspendButton->setEnabled(idle && s && s->state == u"active");
    m_reactivateButton->setEnabled(idle && s && s->state != u"active");
    m_cancelButton->setEnabled(idle && open);
    for (QPushButton *b : {m_revealButton, m_copyPrimaryButton, m_copySecondaryButton})
        b->setEnabled(idle && s);
    m_regeneratePrimaryButton->setEnabled(idle && open);
    m_regenerateSecondaryButton->setEnabled(idle && open);
    m_revealButton->setChecked(m_revealed);
    m_revealButton->setText(m_revealed ? tr("&Hide") : tr("&Reveal"));
}

void SubscriptionsPage::beginWork()
{
    if (m_busy++ == 0)
        Q_EMIT busyChanged(true);
    updateActions();
}

void SubscriptionsPage::endWork()
{
    if (--m_busy == 0)
        Q_EMIT busyChanged(false);
    updateActions();
}

void SubscriptionsPage::showStatus(const QString &text)
{
    m_statusLabel->setText(text);
}

void SubscriptionsPage::setClient(client::GatewayManagement *client)
{
    delete m_calls;
    m_calls = new QObject(this);
    m_client = client;
    hideKeys();
    m_model->setSubscriptions({});
    if (m_busy > 0) {
        m_busy = 0;
        Q_EMIT busyChanged(false);
    }
    updateActions();
}

void SubscriptionsPage::refresh()
{
    beginWork();
    const QString keep = selectedId();
    m_client->listSubscriptions(m_calls, [this, keep](const GatewayManagement::Result<QList<client::Subscription>> &r) {
        if (r.ok()) {
            m_model->setSubscriptions(r.value);
            select(keep);
        } else {
            showStatus(r.error);
        }
        endWork();
    });
}

void SubscriptionsPage::addSubscription()
{
    if (m_busy || (m_dialog && m_dialog->isVisible()))
        return;
    QStringList taken;
    for (int row = 0; row < m_model->rowCount(); ++row)
        taken.append(m_model->subscriptionAt(row)->id);
    m_dialog = new SubscriptionDialog(m_products, taken, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, dialog = m_dialog] { create(dialog->subscription()); });
    m_dialog->open();
}

void SubscriptionsPage::create(const client::Subscription &subscription)
{
    beginWork();
    showStatus(tr("Creating “%1”…").arg(subscription.name));
    m_client->putSubscription(
        subscription, m_calls, [this, subscription](const GatewayManagement::Result<client::Subscription> &r) {
            if (!r.ok()) {
                showStatus(r.error);
                endWork();
                return;
            }
            // Its keys go to the keychain at once, so Copy works even offline later.
            m_client->storeSubscriptionKeys(
                subscription.id, m_calls, [this, subscription](const GatewayManagement::Result<QStringList> &k) {
                    showStatus(k.ok() ? tr("Created “%1”; its keys are in the keychain as %2.")
                                            .arg(subscription.name, k.value.join(tr(" and ")))
                                      : k.error);
                    endWork();
                    refresh();
                    connect(
                        m_model, &QAbstractItemModel::modelReset, this, [this, id = subscription.id] { select(id); },
                        Qt::SingleShotConnection);
                });
        });
}

void SubscriptionsPage::setSelectedState(const QString &state)
{
    const QString id = selectedId();
    const client::Subscription *s = m_model->subscriptionAt(m_model->rowOf(id));
    if (!s || m_busy)
        return;
    const QString name = s->name;
    auto apply = [this, id, name, state] {
        m_client->setSubscriptionState(
            id, state, m_calls, [this, name](const GatewayManagement::Result<client::Subscription> &r) {
                showStatus(r.ok() ? tr("“%1” is now %2.")
                                        .arg(name, QLocale().toLower(SubscriptionsModel::stateText(r.value.state)))
                                  : r.error);
                endWork();
                refresh();
            });
    };
    beginWork();
    if (state != u"cancelled") {
        apply();
        return;
    }
    MessageBox::question(
        this, tr("Cancel Subscription"), tr("Cancel the subscription “%1”? Its keys stop working at once.").arg(name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No, this, [this, apply](QMessageBox::StandardButton answer) {
            if (answer == QMessageBox::Yes)
                apply();
            else
                endWork();
        });
}

void SubscriptionsPage::withKeys(const QString &subscriptionId,
                                 std::function<void(const QString &, const QString &)> use)
{
    if (!m_secrets)
        return;
    const QString primaryName = GatewayManagement::subscriptionKeySecret(subscriptionId, true);
    const QString secondaryName = GatewayManagement::subscriptionKeySecret(subscriptionId, false);
    beginWork();
    auto readBoth = [this, primaryName, secondaryName, use](std::function<void()> fallback) {
        auto primary = std::make_shared<client::SecretStore::Result>();
        m_secrets->read(primaryName, this, [primary](const client::SecretStore::Result &r) { *primary = r; });
        m_secrets->read(secondaryName, this,
                        [this, primary, use, fallback](const client::SecretStore::Result &secondary) {
                            if (primary->ok() && secondary.ok()) {
                                endWork();
                                use(primary->value, secondary.value);
                            } else if (fallback &&
                                       (primary->status == client::SecretStore::Result::NotFound ||
                                        secondary.status == client::SecretStore::Result::NotFound)) {
                                fallback();
                            } else {
                                showStatus(primary->ok() ? secondary.message : primary->message);
                                endWork();
                            }
                        });
    };
    // Not in the keychain yet (made elsewhere, or a fresh profile): fetch once, then read.
    readBoth([this, subscriptionId, readBoth] {
        m_client->storeSubscriptionKeys(subscriptionId, m_calls,
                                        [this, readBoth](const GatewayManagement::Result<QStringList> &r) {
                                            if (!r.ok()) {
                                                showStatus(r.error);
                                                endWork();
                                                return;
                                            }
                                            readBoth(std::function<void()>());
                                        });
    });
}

void SubscriptionsPage::revealKeys()
{
    const QString id = selectedId();
    if (id.isEmpty() || m_busy)
        return;
    const quint64 generation = ++m_revealGeneration;
    withKeys(id, [this, generation](const QString &primary, const QString &secondary) {
        if (generation != m_revealGeneration)
            return;
        m_primaryEdit->setText(primary);
        m_secondaryEdit->setText(secondary);
        m_primaryEdit->setEchoMode(QLineEdit::Normal);
        m_secondaryEdit->setEchoMode(QLineEdit::Normal);
        m_revealed = true;
        updateActions();
    });
    updateActions();
}

void SubscriptionsPage::hideKeys()
{
    ++m_revealGeneration;
    m_revealed = false;
    for (QLineEdit *edit : {m_primaryEdit, m_secondaryEdit}) {
        edit->clear();
        edit->setEchoMode(QLineEdit::Password);
    }
    updateActions();
}

void SubscriptionsPage::copyKey(bool primary)
{
    const QString id = selectedId();
    if (id.isEmpty() || m_busy)
        return;
    withKeys(id, [this, primary](const QString &primaryKey, const QString &secondaryKey) {
        QGuiApplication::clipboard()->setText(primary ? primaryKey : secondaryKey);
        showStatus(primary ? tr("Primary key copied to the clipboard.") : tr("Secondary key copied to the clipboard."));
    });
}

void SubscriptionsPage::regenerateKey(bool primary)
{
    const QString id = selectedId();
    const client::Subscription *s = m_model->subscriptionAt(m_model->rowOf(id));
    if (!s || m_busy)
        return;
    const QString name = s->name;
    beginWork();
    MessageBox::question(
        this, primary ? tr("Regenerate Primary Key") : tr("Regenerate Secondary Key"),
        primary
            ? tr("Regenerate the primary key of “%1”? Callers using the current one are refused from now on.").arg(name)
            : tr("Regenerate the secondary key of “%1”? Callers using the current one are refused from now on.")
                  .arg(name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No, this,
        [this, id, primary](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes) {
                endWork();
                return;
            }
            hideKeys();
            m_client->regenerateKey(
                id, primary, m_calls, [this, id, primary](const GatewayManagement::Result<GatewayManagement::Done> &r) {
                    if (!r.ok()) {
                        showStatus(r.error);
                        endWork();
                        return;
                    }
                    m_client->storeSubscriptionKeys(
                        id, m_calls, [this, id, primary](const GatewayManagement::Result<QStringList> &k) {
                            showStatus(k.ok() ? tr("New key stored in the keychain as %1; reveal it to see it.")
                                                    .arg(GatewayManagement::subscriptionKeySecret(id, primary))
                                              : k.error);
                            endWork();
                        });
                });
        });
}

} // namespace portico::ui
