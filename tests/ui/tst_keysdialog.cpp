// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// Pins KeysDialog against the real Secret Service that `make test` starts: it lists names only,
// shows a value on Reveal and hides it again on selection change or close, adds, renames and
// deletes (after a pre-answered confirmation), copies to the clipboard without showing, works
// from the keyboard, and reports store errors inline.

#include "client/secrets/secretstore.h"
#include "ui/keys/keysdialog.h"
#include "ui/keys/secreteditdialog.h"
#include "ui/keys/secretnamesmodel.h"
#include "ui/messagebox.h"

#include "recordinganswerer.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTextEdit>
#include <QUuid>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using portico::client::SecretStore;
using portico::ui::KeysDialog;
using portico::ui::SecretEditDialog;
using portico::ui::SecretNamesModel;
using Result = SecretStore::Result;

namespace {

constexpr int kTimeoutMs = 20'000;

Result await(const std::function<void(SecretStore::Callback)> &start)
{
    // Shared, so an answer arriving after a timeout writes to live memory.
    auto answer = std::make_shared<std::optional<Result>>();
    start([answer](const Result &result) { *answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer->has_value(); }, kTimeoutMs))
        return {Result::Failed, QString(), u"no answer within the timeout"_s};
    return **answer;
}

Result readKey(SecretStore &store, const QString &name)
{
    return await([&](SecretStore::Callback done) { store.read(name, std::move(done)); });
}

Result writeKey(SecretStore &store, const QString &name, const QString &value)
{
    return await([&](SecretStore::Callback done) { store.write(name, value, std::move(done)); });
}

void appendTexts(QStringList &texts, const QWidget *widget)
{
    texts << widget->windowTitle() << widget->toolTip() << widget->statusTip() << widget->whatsThis()
          << widget->accessibleName() << widget->accessibleDescription();
    if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
        texts << edit->text() << edit->displayText() << edit->placeholderText() << edit->selectedText();
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        texts << label->text();
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        texts << button->text();
    if (const auto *edit = qobject_cast<const QTextEdit *>(widget))
        texts << edit->toPlainText();
    if (const auto *edit = qobject_cast<const QPlainTextEdit *>(widget))
        texts << edit->toPlainText();
    if (const auto *view = qobject_cast<const QAbstractItemView *>(widget); view && view->model()) {
        const QAbstractItemModel *model = view->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                for (int role = 0; role <= Qt::UserRole + 16; ++role)
                    texts << model->index(row, column).data(role).toString();
            }
        }
    }
}

// Every text any widget of the application holds or shows, windows that are not ours included.
QString allWidgetTexts()
{
    QStringList texts;
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (const QWidget *window : windows) {
        appendTexts(texts, window);
        const QList<QWidget *> children = window->findChildren<QWidget *>();
        for (const QWidget *child : children)
            appendTexts(texts, child);
    }
    return texts.join(u'\n');
}

} // namespace

class TestKeysDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void namesModelFollowsTheStore();
    void widgetsAreNamedAndAccessible();
    void addListsTheNameButShowsNoValue();
    void addReportsAnExistingName();
    void revealShowsTheValueAndHideHidesIt();
    void selectionChangeHidesTheValue();
    void closingHidesTheValue();
    void copyPutsTheValueOnTheClipboardOnly();
    void renameWithF2MovesTheKey();
    void cancelledDeleteKeepsTheKey();
    void confirmedDeleteRemovesTheKey();
    void storeErrorsShowInline();
    void escapeCloses();
    void renders();

private:
    QString newProfile();
    // Shown, active, with the list of names read and the list focused.
    std::unique_ptr<KeysDialog> openDialog(SecretStore *store = nullptr);
    void addThroughDialog(KeysDialog &dialog, const QString &name, const QString &value);
    void select(KeysDialog &dialog, const QString &name);
    template<typename T = QPushButton> T *child(KeysDialog &dialog, const QString &name)
    {
        return dialog.findChild<T *>(name);
    }

    QStringList m_profiles;
    std::unique_ptr<SecretStore> m_store;
};

QString TestKeysDialog::newProfile()
{
    m_profiles.append(u"tst-keysdialog-"_s + QUuid::createUuid().toString(QUuid::Id128));
    return m_profiles.constLast();
}

void TestKeysDialog::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "no D-Bus session: run the suite with `make test`, which starts one with an unlocked gnome-keyring");
    m_store = std::make_unique<SecretStore>(newProfile());
    const Result probe = writeKey(*m_store, u"probe"_s, u"probe-value"_s);
    QVERIFY2(probe.ok(), qPrintable(probe.message));
    QVERIFY(await([this](SecretStore::Callback done) { m_store->remove(u"probe"_s, std::move(done)); }).ok());
}

void TestKeysDialog::cleanupTestCase()
{
    m_store.reset();
    for (const QString &profile : std::as_const(m_profiles)) {
        SecretStore store(profile);
        if (!await([&store](SecretStore::Callback done) { store.refreshNames(std::move(done)); }).ok())
            continue;
        const QStringList names = store.names();
        for (const QString &name : names)
            await([&store, &name](SecretStore::Callback done) { store.remove(name, std::move(done)); });
    }
}

std::unique_ptr<KeysDialog> TestKeysDialog::openDialog(SecretStore *store)
{
    auto dialog = std::make_unique<KeysDialog>(store ? store : m_store.get());
    dialog->show();
    dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(dialog.get()))
        qWarning("the keys dialog did not become active");
    if (!QTest::qWaitFor([&dialog] { return !dialog->isBusy(); }, kTimeoutMs))
        qWarning("the keys dialog is still reading the list of keys");
    dialog->findChild<QListView *>(u"secretsListView"_s)->setFocus();
    return dialog;
}

void TestKeysDialog::addThroughDialog(KeysDialog &dialog, const QString &name, const QString &value)
{
    QTest::mouseClick(child(dialog, u"addSecretButton"_s), Qt::LeftButton);
    auto *editor = dialog.findChild<SecretEditDialog *>();
    QVERIFY(editor);
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->mode(), SecretEditDialog::Mode::Add);
    auto *valueEdit = editor->findChild<QLineEdit *>(u"newSecretValueLineEdit"_s);
    QVERIFY(valueEdit);
    QCOMPARE(valueEdit->echoMode(), QLineEdit::Password);
    auto *ok = editor->findChild<QPushButton *>(u"secretEditOkButton"_s);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(editor->findChild<QLineEdit *>(u"secretNameLineEdit"_s), name);
    QVERIFY2(!ok->isEnabled(), "a key needs a value");
    QTest::keyClicks(valueEdit, value);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    // Answers never come inside the call: busy right away, done later.
    QVERIFY(dialog.isBusy());
    QVERIFY(!child(dialog, u"addSecretButton"_s)->isEnabled());
    QVERIFY(!child(dialog, u"revealSecretButton"_s)->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), kTimeoutMs);
    QVERIFY2(dialog.namesModel()->indexOfName(name).isValid(),
             qPrintable(child<QLabel>(dialog, u"keysStatusLabel"_s)->text()));
    QCOMPARE(dialog.selectedName(), name);
    QTRY_VERIFY(!dialog.findChild<SecretEditDialog *>());
}

void TestKeysDialog::select(KeysDialog &dialog, const QString &name)
{
    auto *list = child<QListView>(dialog, u"secretsListView"_s);
    const QModelIndex index = dialog.namesModel()->indexOfName(name);
    QVERIFY(index.isValid());
    list->setFocus();
    list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    QCOMPARE(dialog.selectedName(), name);
}

void TestKeysDialog::namesModelFollowsTheStore()
{
    SecretStore store(newProfile());
    SecretNamesModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);

    QVERIFY(writeKey(store, u"beta"_s, u"value-beta-1"_s).ok());
    QVERIFY(writeKey(store, u"delta"_s, u"value-delta-1"_s).ok());
    QCOMPARE(model.rowCount(), 2);

    // Rows change one by one, so a view keeps its selection when others come and go.
    QItemSelectionModel selection(&model);
    selection.setCurrentIndex(model.indexOfName(u"delta"_s), QItemSelectionModel::ClearAndSelect);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(writeKey(store, u"alpha"_s, u"value-alpha-1"_s).ok());
    QVERIFY(writeKey(store, u"gamma"_s, u"value-gamma-1"_s).ok());
    QCOMPARE(reset.size(), 0);
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.index(row).data().toString());
    QCOMPARE(names, (QStringList{u"alpha"_s, u"beta"_s, u"delta"_s, u"gamma"_s}));
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(selection.selectedRows().constFirst().data(SecretNamesModel::NameRole).toString(), u"delta"_s);

    QVERIFY(await([&store](SecretStore::Callback done) { store.rename(u"beta"_s, u"zeta"_s, std::move(done)); }).ok());
    QVERIFY(await([&store](SecretStore::Callback done) { store.remove(u"alpha"_s, std::move(done)); }).ok());
    names.clear();
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.nameAt(row));
    QCOMPARE(names, (QStringList{u"delta"_s, u"gamma"_s, u"zeta"_s}));
    QCOMPARE(model.indexOfName(u"gamma"_s).row(), 1);
    QVERIFY(!model.indexOfName(u"alpha"_s).isValid());
    QCOMPARE(int(SecretNamesModel::NameRole), int(Qt::UserRole));

    // A store opened later starts with the names; a model whose store goes away empties.
    auto sibling = std::make_unique<SecretStore>(store.profile());
    SecretNamesModel siblingModel(sibling.get());
    QAbstractItemModelTester siblingTester(&siblingModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(siblingModel.rowCount(), 3);
    sibling.reset();
    QCOMPARE(siblingModel.rowCount(), 0);

    // Never a value, whatever the role.
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int role = 0; role <= Qt::UserRole + 16; ++role)
            QVERIFY(!model.index(row).data(role).toString().startsWith(u"value-"_s));
    }
}

void TestKeysDialog::widgetsAreNamedAndAccessible()
{
    auto dialog = openDialog();
    for (const QString &name : {u"addSecretButton"_s, u"revealSecretButton"_s, u"renameSecretButton"_s,
                                u"deleteSecretButton"_s, u"copySecretButton"_s}) {
        auto *button = child(*dialog, name);
        QVERIFY2(button, qPrintable(name));
        QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(name));
        QVERIFY2(!button->text().isEmpty(), qPrintable(name));
    }
    QVERIFY(!child<QListView>(*dialog, u"secretsListView"_s)->accessibleName().isEmpty());
    QVERIFY(!child<QLineEdit>(*dialog, u"secretValueLineEdit"_s)->accessibleName().isEmpty());
    QVERIFY(child<QLineEdit>(*dialog, u"secretValueLineEdit"_s)->isReadOnly());
    QVERIFY(!child<QLabel>(*dialog, u"keysStatusLabel"_s)->accessibleName().isEmpty());
    const QList<QWidget *> widgets = dialog->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        // Layout internals of Qt's own widgets (scroll bars, viewports) are not ours to name.
        if (widget->objectName().startsWith(u"qt_"_s) || widget->objectName().isEmpty())
            continue;
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
}

void TestKeysDialog::addListsTheNameButShowsNoValue()
{
    const QString value = u"added-value-5f1c9e2a7b"_s;
    auto dialog = openDialog();
    addThroughDialog(*dialog, u"scoring-key"_s, value);
    QCOMPARE(readKey(*m_store, u"scoring-key"_s).value, value);

    QVERIFY(!dialog->isValueRevealed());
    QVERIFY2(!allWidgetTexts().contains(value), "the value shows nowhere until revealed");
    QVERIFY(allWidgetTexts().contains(u"scoring-key"_s));

    // The scan does see a value that is shown.
    QTest::mouseClick(child(*dialog, u"revealSecretButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isValueRevealed(), kTimeoutMs);
    QVERIFY(allWidgetTexts().contains(value));
}

void TestKeysDialog::addReportsAnExistingName()
{
    QVERIFY(writeKey(*m_store, u"existing"_s, u"existing-value-1"_s).ok());
    auto dialog = openDialog();
    QTest::mouseClick(child(*dialog, u"addSecretButton"_s), Qt::LeftButton);
    auto *editor = dialog->findChild<SecretEditDialog *>();
    QVERIFY(editor);
    auto *ok = editor->findChild<QPushButton *>(u"secretEditOkButton"_s);
    QTest::keyClicks(editor->findChild<QLineEdit *>(u"secretNameLineEdit"_s), u".hidden"_s);
    QVERIFY(!ok->isEnabled());
    QVERIFY(!editor->findChild<QLabel *>(u"secretEditHintLabel"_s)->text().isEmpty());
    editor->findChild<QLineEdit *>(u"secretNameLineEdit"_s)->setText(u"existing"_s);
    QTest::keyClicks(editor->findChild<QLineEdit *>(u"newSecretValueLineEdit"_s), u"existing-value-2"_s);
    QVERIFY(ok->isEnabled());
    QVERIFY2(editor->findChild<QLabel *>(u"secretEditHintLabel"_s)->text().contains(u"replaced"_s),
             "adding under a stored name says it replaces the value");
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kTimeoutMs);
    QCOMPARE(readKey(*m_store, u"existing"_s).value, u"existing-value-2"_s);
}

void TestKeysDialog::revealShowsTheValueAndHideHidesIt()
{
    const QString value = u"reveal-value-8d3e"_s;
    QVERIFY(writeKey(*m_store, u"reveal-me"_s, value).ok());
    auto dialog = openDialog();
    select(*dialog, u"reveal-me"_s);
    auto *valueEdit = child<QLineEdit>(*dialog, u"secretValueLineEdit"_s);
    auto *reveal = child(*dialog, u"revealSecretButton"_s);
    QVERIFY(valueEdit->text().isEmpty());

    QTest::mouseClick(reveal, Qt::LeftButton);
    QVERIFY(dialog->isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(valueEdit->text(), value, kTimeoutMs);
    QCOMPARE(valueEdit->echoMode(), QLineEdit::Normal);
    QCOMPARE(valueEdit->displayText(), value);
    QVERIFY(valueEdit->isReadOnly());
    QVERIFY(dialog->isValueRevealed());
    QVERIFY(reveal->text().contains(u"Hide"_s));
    QVERIFY(reveal->isEnabled());

    QTest::mouseClick(reveal, Qt::LeftButton);
    QVERIFY(valueEdit->text().isEmpty());
    QVERIFY(!dialog->isValueRevealed());
    QVERIFY(reveal->text().contains(u"Reveal"_s));
    QVERIFY(!allWidgetTexts().contains(value));
}

void TestKeysDialog::selectionChangeHidesTheValue()
{
    const QString value = u"first-value-a71b"_s;
    QVERIFY(writeKey(*m_store, u"select-first"_s, value).ok());
    QVERIFY(writeKey(*m_store, u"select-second"_s, u"second-value-c33d"_s).ok());
    auto dialog = openDialog();
    select(*dialog, u"select-first"_s);
    auto *valueEdit = child<QLineEdit>(*dialog, u"secretValueLineEdit"_s);
    QTest::mouseClick(child(*dialog, u"revealSecretButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(valueEdit->text(), value, kTimeoutMs);

    // With the keyboard, as a user would.
    auto *list = child<QListView>(*dialog, u"secretsListView"_s);
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(dialog->selectedName(), u"select-second"_s);
    QVERIFY(valueEdit->text().isEmpty());
    QCOMPARE(valueEdit->echoMode(), QLineEdit::Password);
    QVERIFY(!dialog->isValueRevealed());
    QVERIFY(!allWidgetTexts().contains(value));

    // A read still under way when the selection moves shows nothing when it answers.
    QTest::mouseClick(child(*dialog, u"revealSecretButton"_s), Qt::LeftButton);
    QTest::keyClick(list, Qt::Key_Up);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kTimeoutMs);
    QVERIFY(valueEdit->text().isEmpty());
    QVERIFY(!dialog->isValueRevealed());
}

void TestKeysDialog::closingHidesTheValue()
{
    const QString value = u"closing-value-77aa"_s;
    QVERIFY(writeKey(*m_store, u"close-me"_s, value).ok());
    auto dialog = openDialog();
    select(*dialog, u"close-me"_s);
    auto *valueEdit = child<QLineEdit>(*dialog, u"secretValueLineEdit"_s);
    QTest::mouseClick(child(*dialog, u"revealSecretButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(valueEdit->text(), value, kTimeoutMs);

    QTest::mouseClick(child(*dialog, u"closeKeysButton"_s), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    QVERIFY(valueEdit->text().isEmpty());
    QVERIFY(!dialog->isValueRevealed());

    // Opened again, it starts hidden.
    dialog->show();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kTimeoutMs);
    QVERIFY(valueEdit->text().isEmpty());
}

void TestKeysDialog::copyPutsTheValueOnTheClipboardOnly()
{
    const QString value = u"copied-value-19ce"_s;
    QVERIFY(writeKey(*m_store, u"copy-me"_s, value).ok());
    auto dialog = openDialog();
    select(*dialog, u"copy-me"_s);
    QGuiApplication::clipboard()->clear();

    QTest::keyClick(child<QListView>(*dialog, u"secretsListView"_s), Qt::Key_C, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(QGuiApplication::clipboard()->text(), value, kTimeoutMs);
    QVERIFY(QGuiApplication::clipboard()->mimeData()->hasFormat(u"x-kde-passwordManagerHint"_s));
    QVERIFY(!dialog->isValueRevealed());
    QVERIFY(child<QLineEdit>(*dialog, u"secretValueLineEdit"_s)->text().isEmpty());

    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(child(*dialog, u"copySecretButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(QGuiApplication::clipboard()->text(), value, kTimeoutMs);
    QVERIFY(!allWidgetTexts().contains(value));
    QGuiApplication::clipboard()->clear();
}

void TestKeysDialog::renameWithF2MovesTheKey()
{
    const QString value = u"renamed-value-4b2f"_s;
    QVERIFY(writeKey(*m_store, u"rename-from"_s, value).ok());
    QVERIFY(writeKey(*m_store, u"rename-taken"_s, u"taken-value-0000"_s).ok());
    auto dialog = openDialog();
    select(*dialog, u"rename-from"_s);

    QTest::keyClick(child<QListView>(*dialog, u"secretsListView"_s), Qt::Key_F2);
    auto *editor = dialog->findChild<SecretEditDialog *>();
    QVERIFY(editor);
    QCOMPARE(editor->mode(), SecretEditDialog::Mode::Rename);
    QVERIFY2(!editor->findChild<QLineEdit *>(u"newSecretValueLineEdit"_s), "renaming never asks for the value");
    auto *nameEdit = editor->findChild<QLineEdit *>(u"secretNameLineEdit"_s);
    auto *ok = editor->findChild<QPushButton *>(u"secretEditOkButton"_s);
    QCOMPARE(nameEdit->text(), u"rename-from"_s);
    QVERIFY2(!ok->isEnabled(), "the same name is no rename");
    nameEdit->setText(u"rename-taken"_s);
    QVERIFY2(!ok->isEnabled(), "never onto a stored key");
    nameEdit->setText(u"rename-to"_s);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog->isBusy());

    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kTimeoutMs);
    QVERIFY(dialog->namesModel()->indexOfName(u"rename-to"_s).isValid());
    QVERIFY(!dialog->namesModel()->indexOfName(u"rename-from"_s).isValid());
    QCOMPARE(dialog->selectedName(), u"rename-to"_s);
    QCOMPARE(readKey(*m_store, u"rename-to"_s).value, value);
    QCOMPARE(readKey(*m_store, u"rename-from"_s).status, Result::NotFound);

    // Through the button as well; cancelling changes nothing.
    QTest::mouseClick(child(*dialog, u"renameSecretButton"_s), Qt::LeftButton);
    editor = dialog->findChild<SecretEditDialog *>();
    QVERIFY(editor);
    QTest::mouseClick(editor->findChild<QPushButton *>(u"secretEditCancelButton"_s), Qt::LeftButton);
    QVERIFY(!dialog->isBusy());
    QTRY_VERIFY(!dialog->findChild<SecretEditDialog *>());
    QVERIFY(dialog->namesModel()->indexOfName(u"rename-to"_s).isValid());
}

void TestKeysDialog::cancelledDeleteKeepsTheKey()
{
    QVERIFY(writeKey(*m_store, u"keep-me"_s, u"kept-value-aa11"_s).ok());
    auto dialog = openDialog();
    select(*dialog, u"keep-me"_s);

    portico::tests::RecordingAnswerer answerer(dialog.get());
    answerer.answerNext(QMessageBox::No);
    QTest::keyClick(child<QListView>(*dialog, u"secretsListView"_s), Qt::Key_Delete);
    QCOMPARE(answerer.count(), 1);
    QCOMPARE(answerer.last().title, u"Delete Key"_s);
    QCOMPARE(answerer.last().text,
             u"Delete the key “keep-me” from the keychain? Requests that use it will fail until it is added again."_s);
    QCOMPARE(answerer.last().buttonTexts, (QStringList{u"Yes"_s, u"No"_s}));
    QCOMPARE(answerer.last().defaultButton, QMessageBox::No);
    QVERIFY2(dialog->isBusy(), "busy while the confirmation is open");
    QVERIFY(!child(*dialog, u"deleteSecretButton"_s)->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kTimeoutMs);
    // Had the delete gone ahead, the store would answer this only after it.
    QCOMPARE(readKey(*m_store, u"keep-me"_s).status, Result::Ok);
    QVERIFY(dialog->namesModel()->indexOfName(u"keep-me"_s).isValid());
    QCOMPARE(dialog->selectedName(), u"keep-me"_s);

    // Closing the box (Escape) keeps it too.
    answerer.answerNext(QMessageBox::NoButton);
    QTest::mouseClick(child(*dialog, u"deleteSecretButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kTimeoutMs);
    QCOMPARE(readKey(*m_store, u"keep-me"_s).status, Result::Ok);
}

void TestKeysDialog::confirmedDeleteRemovesTheKey()
{
    QVERIFY(writeKey(*m_store, u"delete-a"_s, u"delete-value-a"_s).ok());
    QVERIFY(writeKey(*m_store, u"delete-b"_s, u"delete-value-b"_s).ok());
    auto dialog = openDialog();
    select(*dialog, u"delete-a"_s);

    portico::tests::RecordingAnswerer answerer(dialog.get());
    answerer.answerNext(QMessageBox::Yes);
    QTest::mouseClick(child(*dialog, u"deleteSecretButton"_s), Qt::LeftButton);
    QCOMPARE(answerer.count(), 1);
    QVERIFY(answerer.last().text.contains(u"“delete-a”"_s));
    QVERIFY(dialog->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kTimeoutMs);
    QVERIFY(!dialog->namesModel()->indexOfName(u"delete-a"_s).isValid());
    QCOMPARE(readKey(*m_store, u"delete-a"_s).status, Result::NotFound);
    // The next key is selected, ready for the next action.
    QCOMPARE(dialog->selectedName(), u"delete-b"_s);

    // The Delete key works where the names are, in the list.
    auto *list = child<QListView>(*dialog, u"secretsListView"_s);
    list->setFocus();
    answerer.answerNext(QMessageBox::Yes);
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(answerer.count(), 2);
    QVERIFY(answerer.last().text.contains(u"“delete-b”"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kTimeoutMs);
    QCOMPARE(readKey(*m_store, u"delete-b"_s).status, Result::NotFound);
}

void TestKeysDialog::storeErrorsShowInline()
{
    // A profile the store refuses: every operation fails, with a message.
    SecretStore refusing(u".not-a-profile"_s);
    const QString expected =
        await([&refusing](SecretStore::Callback done) { refusing.refreshNames(std::move(done)); }).message;
    QVERIFY(!expected.isEmpty());

    auto dialog = openDialog(&refusing);
    auto *status = child<QLabel>(*dialog, u"keysStatusLabel"_s);
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), expected, kTimeoutMs);
    QVERIFY(dialog->isVisible());

    // The dialog stays usable, and says why a change did not happen.
    QTest::mouseClick(child(*dialog, u"addSecretButton"_s), Qt::LeftButton);
    auto *editor = dialog->findChild<SecretEditDialog *>();
    QVERIFY(editor);
    editor->findChild<QLineEdit *>(u"secretNameLineEdit"_s)->setText(u"never-stored"_s);
    editor->findChild<QLineEdit *>(u"newSecretValueLineEdit"_s)->setText(u"never-stored-value"_s);
    QTest::mouseClick(editor->findChild<QPushButton *>(u"secretEditOkButton"_s), Qt::LeftButton);
    QVERIFY(dialog->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kTimeoutMs);
    QVERIFY(status->text().contains(u".not-a-profile"_s));
    QCOMPARE(dialog->namesModel()->rowCount(), 0);
    QVERIFY(child(*dialog, u"addSecretButton"_s)->isEnabled());
}

void TestKeysDialog::escapeCloses()
{
    auto dialog = openDialog();
    QSignalSpy rejected(dialog.get(), &QDialog::rejected);
    QTest::keyClick(child<QListView>(*dialog, u"secretsListView"_s), Qt::Key_Escape);
    QCOMPARE(rejected.size(), 1);
    QVERIFY(!dialog->isVisible());
}

void TestKeysDialog::renders()
{
    QVERIFY(writeKey(*m_store, u"scoring-primary"_s, u"render-value-0f3a9c"_s).ok());
    auto dialog = openDialog();
    select(*dialog, u"scoring-primary"_s);
    const QString directory = qEnvironmentVariable("PORTICO_SCREENSHOT_DIR");
    // A picture with something drawn in it: more than a background and a frame colour.
    const auto grab = [&directory](QWidget *widget, const QString &fileName) {
        const QImage image = widget->grab().toImage();
        if (!directory.isEmpty())
            image.save(QDir(directory).filePath(fileName));
        return image;
    };
    const auto colours = [](const QImage &image) {
        QSet<QRgb> seen;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                seen.insert(image.pixel(x, y));
        return seen.size();
    };
    const QImage masked = grab(dialog.get(), u"keys-dialog.png"_s);
    QVERIFY(masked.width() >= dialog->minimumSizeHint().width());
    QVERIFY2(colours(masked) > 8, "the dialog painted (almost) nothing");
    // The value field alone: the rest of the dialog (its status line) changes on reveal too,
    // so only this field's picture proves that the value itself is shown.
    auto *valueField = dialog->findChild<QLineEdit *>(u"secretValueLineEdit"_s);
    QVERIFY(valueField);
    const QImage maskedValue = valueField->grab().toImage();

    QTest::mouseClick(child(*dialog, u"revealSecretButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isValueRevealed(), kTimeoutMs);
    const QImage revealed = grab(dialog.get(), u"keys-dialog-revealed.png"_s);
    QCOMPARE(revealed.size(), masked.size());
    const QImage revealedValue = valueField->grab().toImage();
    QCOMPARE(revealedValue.size(), maskedValue.size());
    QVERIFY2(revealedValue != maskedValue, "revealing the value changed nothing in the value field");
    // The same text drawn as dots must look different: the field shows the characters.
    const QLineEdit::EchoMode shownMode = valueField->echoMode();
    valueField->setEchoMode(QLineEdit::Password);
    const QImage dotted = valueField->grab().toImage();
    valueField->setEchoMode(shownMode);
    QVERIFY2(revealedValue != dotted, "the revealed value is drawn as dots, not as its characters");

    QTest::mouseClick(child(*dialog, u"addSecretButton"_s), Qt::LeftButton);
    auto *editor = dialog->findChild<SecretEditDialog *>();
    QVERIFY(editor);
    QTest::keyClicks(editor->findChild<QLineEdit *>(u"secretNameLineEdit"_s), u"scoring-secondary"_s);
    QTest::keyClicks(editor->findChild<QLineEdit *>(u"newSecretValueLineEdit"_s), u"render-value-2"_s);
    QVERIFY2(colours(grab(editor, u"keys-add-dialog.png"_s)) > 8, "the editor painted (almost) nothing");
    editor->reject();
}

QTEST_MAIN(TestKeysDialog)
#include "tst_keysdialog.moc"
