// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/publish/productspage.h"

#include "client/management/gatewaymanagement.h"
#include "ui/messagebox.h"
#include "ui/publish/productdialog.h"
#include "ui/publish/productsmodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace portico::ui {

namespace {

QPushButton *makeButton(const QString &text, const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    button->setAutoDefault(false);
    return button;
}

QAction *makeAction(const QString &text, const QString &objectName, const QKeySequence &shortcut, QWidget *owner)
{
    auto *action = new QAction(text, owner);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(action);
    return action;
}

} // namespace

ProductsPage::ProductsPage(client::GatewayManagement *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_calls(new QObject(this))
    , m_model(new ProductsModel(this))
    , m_view(new QTableView(this))
    , m_addButton(makeButton(tr("&Add Product…"), u"addProductButton"_s, tr("Add product"), this))
    , m_editButton(makeButton(tr("&Edit…"), u"editProductButton"_s, tr("Edit product"), this))
    , m_deleteButton(makeButton(tr("&Delete"), u"deleteProductButton"_s, tr("Delete product"), this))
    , m_statusLabel(new QLabel(this))
    , m_addAction(makeAction(tr("Add Product…"), u"addProductAction"_s, QKeySequence(Qt::Key_Insert), this))
    , m_editAction(makeAction(tr("Edit Product…"), u"editProductAction"_s, QKeySequence(Qt::Key_F2), this))
    , m_deleteAction(makeAction(tr("Delete Product"), u"deleteProductAction"_s, QKeySequence::Delete, this))
{
    setObjectName(u"productsPage"_s);
    setAccessibleName(tr("Products"));
    m_view->setObjectName(u"productsTableView"_s);
    m_view->setAccessibleName(tr("Products"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_addAction, m_editAction, m_deleteAction});
    m_statusLabel->setObjectName(u"productsStatusLabel"_s);
    m_statusLabel->setAccessibleName(tr("Products status"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_statusLabel);

    connect(m_addButton, &QPushButton::clicked, this, &ProductsPage::addProduct);
    connect(m_editButton, &QPushButton::clicked, this, &ProductsPage::editProduct);
    connect(m_deleteButton, &QPushButton::clicked, this, &ProductsPage::deleteProduct);
    connect(m_addAction, &QAction::triggered, this, &ProductsPage::addProduct);
    connect(m_editAction, &QAction::triggered, this, &ProductsPage::editProduct);
    connect(m_deleteAction, &QAction::triggered, this, &ProductsPage::deleteProduct);
    connect(m_view, &QTableView::doubleClicked, this, &ProductsPage::editProduct);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ProductsPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProductsPage::updateActions);
    updateActions();
}

ProductDialog *ProductsPage::openDialog() const
{
    return m_dialog;
}

QString ProductsPage::statusText() const
{
    return m_statusLabel->text();
}

QString ProductsPage::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(ProductsModel::IdRole).toString();
}

void ProductsPage::updateActions()
{
    const bool selected = !selectedId().isEmpty();
    const bool idle = m_busy == 0;
    m_addButton->setEnabled(idle);
    m_addAction->setEnabled(idle);
    m_editButton->setEnabled(idle && selected);
    m_editAction->setEnabled(idle && selected);
    m_deleteButton->setEnabled(idle && selected);
    m_deleteAction->setEnabled(idle && selected);
}

void ProductsPage::beginWork()
{
    if (m_busy++ == 0)
        Q_EMIT busyChanged(true);
    updateActions();
}

void ProductsPage::endWork()
{
    if (--m_busy == 0)
        Q_EMIT busyChanged(false);
    updateActions();
}

void ProductsPage::showError(const QString &message)
{
    m_statusLabel->setText(message);
}

void ProductsPage::setClient(client::GatewayManagement *client)
{
    delete m_calls;
    m_calls = new QObject(this);
    m_client = client;
    m_model->setProducts({});
    if (m_busy > 0) {
        m_busy = 0;
        Q_EMIT busyChanged(false);
    }
    updateActions();
}

void ProductsPage::refresh()
{
    beginWork();
    const QString keep = selectedId();
    m_client->listProducts(m_calls, [this, keep](const client::GatewayManagement::Result<QList<client::Product>> &r) {
        if (r.ok()) {
            m_model->setProducts(r.value);
            const int row = m_model->rowOf(keep);
            if (row >= 0)
                m_view->selectRow(row);
        } else {
            showError(r.error);
        }
        endWork();
    });
}

void ProductsPage::showDialog(ProductDialog *dialog, const QStringList &previousApis)
{
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, previousApis] { save(dialog->product(), previousApis); });
    dialog->open();
}

void ProductsPage::addProduct()
{
    if (m_busy || (m_dialog && m_dialog->isVisible()))
        return;
    showDialog(new ProductDialog(m_apiChoices, m_model->products(), this), {});
}

void ProductsPage::editProduct()
{
    const client::Product *p = m_model->productAt(m_model->rowOf(selectedId()));
    if (!p || m_busy || (m_dialog && m_dialog->isVisible()))
        return;
    auto *dialog = new ProductDialog(m_apiChoices, m_model->products(), this);
    dialog->setProduct(*p);
    showDialog(dialog, p->apiIds);
}

void ProductsPage::save(const client::Product &product, const QStringList &previousApis)
{
    beginWork();
    m_statusLabel->setText(tr("Saving “%1”…").arg(product.name));
    m_client->putProduct(
        product, m_calls, [this, product, previousApis](const client::GatewayManagement::Result<client::Product> &r) {
            if (!r.ok()) {
                showError(r.error);
                endWork();
                return;
            }
            // The links change one call each; the page refreshes once they all answered.
            QList<QPair<QString, bool>> links;
            for (const QString &api : product.apiIds) {
                if (!previousApis.contains(api))
                    links.append({api, true});
            }
            for (const QString &api : previousApis) {
                if (!product.apiIds.contains(api))
                    links.append({api, false});
            }
            auto pending = std::make_shared<int>(int(links.size()) + 1);
            auto error = std::make_shared<QString>();
            auto finish = [this, pending, error, name = product.name] {
                if (--*pending > 0)
                    return;
                m_statusLabel->setText(error->isEmpty() ? tr("Saved “%1”.").arg(name) : *error);
                endWork();
                refresh();
                Q_EMIT productsChanged();
            };
            for (const auto &[api, linked] : std::as_const(links)) {
                m_client->setProductApi(
                    product.id, api, linked, m_calls,
                    [error, finish](const client::GatewayManagement::Result<client::GatewayManagement::Done> &l) {
                        if (!l.ok())
                            *error = l.error;
                        finish();
                    });
            }
            finish();
        });
}

void ProductsPage::deleteProduct()
{
    const client::Product *p = m_model->productAt(m_model->rowOf(selectedId()));
    if (!p || m_busy)
        return;
    const QString id = p->id;
    const QString name = p->name;
    beginWork();
    MessageBox::question(
        this, tr("Delete Product"),
        tr("Delete the product “%1”? Its subscriptions are deleted with it, and their keys stop "
           "working at once.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No, this,
        [this, id, name](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes) {
                endWork();
                return;
            }
            m_client->deleteProduct(
                id, m_calls, [this, name](const client::GatewayManagement::Result<client::GatewayManagement::Done> &r) {
                    m_statusLabel->setText(r.ok() ? tr("Deleted “%1”.").arg(name) : r.error);
                    endWork();
                    refresh();
                    Q_EMIT productsChanged();
                });
        });
}

} // namespace portico::ui
