// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/keys/keysdialog.h"

#include "ui/keys/secreteditdialog.h"
#include "ui/keys/secretnamesmodel.h"
#include "ui/messagebox.h"
#include "ui/theme.h"

#include <QAction>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QShowEvent>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portico::ui {

namespace {

QPushButton *makeButton(const QString &text, const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    // Enter in the list must not press whichever button happens to be the default.
    button->setAutoDefault(false);
    return button;
}

QAction *makeListAction(const QString &text, const QString &objectName, const QKeySequence &shortcut, QWidget *list)
{
    auto *action = new QAction(text, list);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    // Only while the list has focus: Delete or Ctrl+C typed elsewhere means something else.
    action->setShortcutContext(Qt::WidgetShortcut);
    list->addAction(action);
    return action;
}

} // namespace

KeysDialog::KeysDialog(client::SecretStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_model(new SecretNamesModel(store, this))
    , m_list(new QListView(this))
    , m_addButton(makeButton(tr("&Add…"), u"addSecretButton"_s, tr("Add key"), this))
    , m_renameButton(makeButton(tr("Re&name…"), u"renameSecretButton"_s, tr("Rename key"), this))
    , m_deleteButton(makeButton(tr("&Delete"), u"deleteSecretButton"_s, tr("Delete key"), this))
    , m_revealButton(makeButton(tr("&Reveal"), u"revealSecretButton"_s, tr("Reveal value"), this))
    , m_copyButton(makeButton(tr("&Copy Value"), u"copySecretButton"_s, tr("Copy value to the clipboard"), this))
    , m_valueEdit(new QLineEdit(this))
    , m_statusLabel(new QLabel(this))
    , m_deleteAction(makeListAction(tr("Delete Key"), u"deleteSecretAction"_s, QKeySequence::Delete, m_list))
    , m_renameAction(makeListAction(tr("Rename Key…"), u"renameSecretAction"_s, QKeySequence(Qt::Key_F2), m_list))
    , m_copyAction(makeListAction(tr("Copy Value"), u"copySecretAction"_s, QKeySequence::Copy, m_list))
{
    setObjectName(u"keysDialog"_s);
    setWindowTitle(tr("API Keys"));
    setAccessibleName(tr("API keys"));

    setUpControls();
    buildLayout();
    connectSignals();
    resize(600, 420);
    updateActions();
}

void KeysDialog::setUpControls()
{
    m_list->setObjectName(u"secretsListView"_s);
    m_list->setAccessibleName(tr("Key names"));
    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_valueEdit->setObjectName(u"secretValueLineEdit"_s);
    m_valueEdit->setAccessibleName(tr("Key value"));
    m_valueEdit->setReadOnly(true);
    m_valueEdit->setEchoMode(QLineEdit::Password);
    m_valueEdit->setPlaceholderText(tr("Hidden"));
    m_statusLabel->setObjectName(u"keysStatusLabel"_s);
    m_statusLabel->setAccessibleName(tr("Status"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Room for a line even while empty, so the window does not jump when a message appears.
    m_statusLabel->setMinimumHeight(m_statusLabel->fontMetrics().lineSpacing());
}

void KeysDialog::buildLayout()
{
    auto *intro = new QLabel(this);
    intro->setObjectName(u"keysIntroLabel"_s);
    intro->setAccessibleName(tr("About API keys"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    intro->setText(m_store ? tr("Keys of the profile “%1”, kept in the system keychain. Values stay hidden unless "
                              "you reveal them.")
                               .arg(m_store->profile())
                         : tr("No keychain store is available."));

    auto *listButtons = new QVBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_renameButton);
    listButtons->addWidget(m_deleteButton);
    listButtons->addStretch();

    auto *valueLabel = new QLabel(tr("&Value:"), this);
    valueLabel->setObjectName(u"secretValueLabel"_s);
    valueLabel->setAccessibleName(tr("Key value"));
    valueLabel->setBuddy(m_valueEdit);

    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(valueLabel);
    valueRow->addWidget(m_valueEdit, 1);
    valueRow->addWidget(m_revealButton);
    valueRow->addWidget(m_copyButton);

    auto *closeButtons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    closeButtons->setObjectName(u"keysButtonBox"_s);
    closeButtons->setAccessibleName(tr("Dialog buttons"));
    QPushButton *close = closeButtons->button(QDialogButtonBox::Close);
    close->setObjectName(u"closeKeysButton"_s);
    close->setAccessibleName(tr("Close"));
    close->setAutoDefault(false);

    auto *grid = new QGridLayout;
    grid->addWidget(m_list, 0, 0);
    grid->addLayout(listButtons, 0, 1);
    grid->addLayout(valueRow, 1, 0, 1, 2);
    grid->setRowStretch(0, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid, 1);
    layout->addWidget(m_statusLabel);
    layout->addWidget(closeButtons);
    connect(closeButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void KeysDialog::connectSignals()
{
    connect(m_addButton, &QPushButton::clicked, this, &KeysDialog::addSecret);
    connect(m_renameButton, &QPushButton::clicked, this, &KeysDialog::renameSecret);
    connect(m_deleteButton, &QPushButton::clicked, this, &KeysDialog::deleteSecret);
    connect(m_revealButton, &QPushButton::clicked, this, &KeysDialog::toggleReveal);
    connect(m_copyButton, &QPushButton::clicked, this, &KeysDialog::copyValue);
    connect(m_renameAction, &QAction::triggered, this, &KeysDialog::renameSecret);
    connect(m_deleteAction, &QAction::triggered, this, &KeysDialog::deleteSecret);
    connect(m_copyAction, &QAction::triggered, this, &KeysDialog::copyValue);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        hideValue();
        updateActions();
    });
    if (m_store)
        connect(m_store, &QObject::destroyed, this, &KeysDialog::updateActions);
}

KeysDialog::~KeysDialog() = default;

QString KeysDialog::selectedName() const
{
    const QModelIndexList selected = m_list->selectionModel()->selectedRows();
    return selected.isEmpty() ? QString() : m_model->nameAt(selected.constFirst().row());
}

void KeysDialog::done(int result)
{
    hideValue();
    QDialog::done(result);
}

void KeysDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // The keychain may have changed behind our back (another window, another tool).
    if (!event->spontaneous())
        refreshNames();
}

void KeysDialog::hideEvent(QHideEvent *event)
{
    hideValue();
    QDialog::hideEvent(event);
}

void KeysDialog::refreshNames()
{
    if (!m_store) {
        showStatus(tr("No keychain store is available."), true);
        return;
    }
    beginWork(tr("Reading the list of keys…"));
    m_store->refreshNames(this, [this](const Result &result) {
        endWork();
        if (!reportFailure(result))
            return;
        if (m_model->rowCount() == 0) {
            showStatus(tr("No keys yet. Add the subscription key from the developer portal."));
            return;
        }
        showStatus(QString());
        if (selectedName().isEmpty())
            selectName(m_model->nameAt(0));
    });
}

void KeysDialog::addSecret()
{
    if (!m_store || isBusy())
        return;
    auto *editor = new SecretEditDialog(SecretEditDialog::Mode::Add, m_store->names(), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        const QString name = editor->name();
        if (!m_store)
            return;
        beginWork(tr("Storing “%1” in the keychain…").arg(name));
        m_store->write(name, editor->value(), this, [this, name](const Result &result) {
            endWork();
            if (!reportFailure(result))
                return;
            selectName(name);
            showStatus(tr("Stored “%1”.").arg(name));
        });
    });
    editor->open();
}

void KeysDialog::renameSecret()
{
    const QString from = selectedName();
    if (!m_store || isBusy() || from.isEmpty())
        return;
    auto *editor = new SecretEditDialog(SecretEditDialog::Mode::Rename, m_store->names(), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setOriginalName(from);
    connect(editor, &QDialog::accepted, this, [this, editor, from] {
        const QString to = editor->name();
        if (!m_store)
            return;
        beginWork(tr("Renaming “%1” to “%2”…").arg(from, to));
        m_store->rename(from, to, this, [this, from, to](const Result &result) {
            endWork();
            if (!reportFailure(result))
                return;
            selectName(to);
            showStatus(tr("Renamed “%1” to “%2”.").arg(from, to));
        });
    });
    editor->open();
}

void KeysDialog::deleteSecret()
{
    const QString name = selectedName();
    if (!m_store || isBusy() || name.isEmpty())
        return;
    // Busy while asking, so neither a second confirmation nor another change can start.
    beginWork(QString());
    MessageBox::question(
        this, tr("Delete Key"),
        tr("Delete the key “%1” from the keychain? Requests that use it will fail until it is added again.").arg(name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No, this, [this, name](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes || !m_store) {
                endWork();
                showStatus(tr("Kept “%1”.").arg(name));
                return;
            }
            const int row = m_model->indexOfName(name).row();
            showStatus(tr("Deleting “%1”…").arg(name));
            m_store->remove(name, this, [this, name, row](const Result &result) {
                endWork();
                if (!reportFailure(result))
                    return;
                if (m_model->rowCount() > 0)
                    selectName(m_model->nameAt(std::clamp(row, 0, m_model->rowCount() - 1)));
                showStatus(tr("Deleted “%1”.").arg(name));
            });
        });
}

void KeysDialog::toggleReveal()
{
    if (isValueRevealed()) {
        hideValue();
        showStatus(QString());
        return;
    }
    const QString name = selectedName();
    if (!m_store || isBusy() || name.isEmpty())
        return;
    const quint64 generation = m_revealGeneration;
    beginWork(tr("Reading “%1” from the keychain…").arg(name));
    m_store->read(name, this, [this, name, generation](const Result &result) {
        endWork();
        if (!reportFailure(result))
            return;
        // The selection moved, or the window closed, while the keychain answered.
        if (generation != m_revealGeneration || selectedName() != name || !isVisible()) {
            showStatus(QString());
            return;
        }
        m_revealedName = name;
        m_valueEdit->setEchoMode(QLineEdit::Normal);
        m_valueEdit->setText(result.value);
        m_valueEdit->setCursorPosition(0);
        updateActions();
        showStatus(tr("Showing the value of “%1” until you select another key or close this window.").arg(name));
    });
}

void KeysDialog::copyValue()
{
    const QString name = selectedName();
    if (!m_store || isBusy() || name.isEmpty())
        return;
    beginWork(tr("Reading “%1” from the keychain…").arg(name));
    m_store->read(name, this, [this, name](const Result &result) {
        endWork();
        if (!reportFailure(result))
            return;
        auto *data = new QMimeData;
        data->setText(result.value);
        // Clipboard managers that honour this hint (Klipper and others) keep no history of it.
        data->setData(u"x-kde-passwordManagerHint"_s, "secret"_ba);
        QGuiApplication::clipboard()->setMimeData(data);
        showStatus(tr("Copied the value of “%1” to the clipboard.").arg(name));
    });
}

void KeysDialog::hideValue()
{
    ++m_revealGeneration;
    if (m_revealedName.isEmpty() && m_valueEdit->text().isEmpty())
        return;
    m_revealedName.clear();
    m_valueEdit->clear();
    m_valueEdit->setEchoMode(QLineEdit::Password);
    updateActions();
}

void KeysDialog::selectName(const QString &name)
{
    const QModelIndex index = m_model->indexOfName(name);
    if (!index.isValid())
        return;
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(index);
}

void KeysDialog::beginWork(const QString &progress)
{
    if (!progress.isEmpty())
        showStatus(progress);
    if (m_busy++ == 0) {
        updateActions();
        Q_EMIT busyChanged(true);
    }
}

void KeysDialog::endWork()
{
    Q_ASSERT(m_busy > 0);
    if (m_busy > 0 && --m_busy == 0) {
        updateActions();
        Q_EMIT busyChanged(false);
    }
}

void KeysDialog::showStatus(const QString &text, bool isError)
{
    m_statusLabel->setText(text);
    QPalette palette = this->palette();
    if (isError)
        palette.setColor(QPalette::WindowText, theme::text(theme::Tone::Error, palette));
    m_statusLabel->setPalette(palette);
}

bool KeysDialog::reportFailure(const Result &result)
{
    if (result.ok())
        return true;
    showStatus(result.message.isEmpty() ? tr("The keychain reported an error.") : result.message, true);
    return false;
}

void KeysDialog::updateActions()
{
    const bool ready = m_store && !isBusy();
    const bool onSelection = ready && !selectedName().isEmpty();
    m_addButton->setEnabled(ready);
    m_renameButton->setEnabled(onSelection);
    m_deleteButton->setEnabled(onSelection);
    m_copyButton->setEnabled(onSelection);
    m_revealButton->setEnabled(onSelection);
    m_renameAction->setEnabled(onSelection);
    m_deleteAction->setEnabled(onSelection);
    m_copyAction->setEnabled(onSelection);
    m_revealButton->setText(isValueRevealed() ? tr("&Hide") : tr("&Reveal"));
    m_revealButton->setAccessibleName(isValueRevealed() ? tr("Hide value") : tr("Reveal value"));
}

} // namespace portico::ui
