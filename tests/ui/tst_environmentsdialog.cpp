// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// Tools → Environments…: environments are added, changed and removed in one dialog; an Azure
// ML online endpoint is one kind of them, whose key goes to the keychain and never into the
// workspace; OK is refused while anything is wrong; unsaved changes are not dropped silently;
// and in the window the new endpoint scores through the sandbox, undoably.
#include "client/catalog/onlineendpoint.h"
#include "client/catalog/sampleworkspace.h"
#include "client/catalog/workspace.h"
#include "client/secrets/secretstore.h"
#include "ui/mainwindow.h"
#include "ui/tryit/environmentsdialog.h"

#include "../common/openconsole.h"
#include "recordinganswerer.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace portico;

class TestEnvironmentsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void onlineEndpointIsKeptAsItsKindAndItsKeyOnlyGoesToTheKeychain();
    void okIsRefusedWhileAnEnvironmentHasAProblem_data();
    void okIsRefusedWhileAnEnvironmentHasAProblem();
    void switchingKindBackAndForthKeepsWhatWasTyped();
    void renameDuplicateAndRemoveWorkOnTheList();
    void cancelWithChangesAsksAndCancelKeepsTheDialogOpen();
    void endpointMadeInTheWindowScoresThroughTheSandboxAndUndoRemovesIt();

private:
    static QPushButton *ok(ui::EnvironmentsDialog &d)
    {
        return d.findChild<QDialogButtonBox *>(u"environmentsButtonBox"_s)->button(QDialogButtonBox::Ok);
    }
    template<typename T>
    static T *field(QWidget &d, const char *name)
    {
        return d.findChild<T *>(QString::fromLatin1(name));
    }
    static QList<client::Environment> plainOne()
    {
        client::Environment e;
        e.name = u"Gateway"_s;
        e.variables = {{u"baseUrl"_s, u"https://gw.example.net"_s}, {u"service"_s, u"s1"_s}};
        return {e};
    }
};

void TestEnvironmentsDialog::onlineEndpointIsKeptAsItsKindAndItsKeyOnlyGoesToTheKeychain()
{
    ui::EnvironmentsDialog d(plainOne(), {u"existing-key"_s}, u"Gateway"_s);
    QVERIFY(ok(d)->isEnabled());
    field<QPushButton>(d, "addOnlineEndpointButton")->click();
    QCOMPARE(field<QListWidget>(d, "environmentsListWidget")->count(), 2);
    QCOMPARE(field<QComboBox>(d, "environmentKindComboBox")->currentIndex(), 1);
    // The sample body starts as MLflow's shape; the key has no value yet, so OK waits.
    QCOMPARE(field<QPlainTextEdit>(d, "sampleBodyTextEdit")->toPlainText(), client::mlflowSampleBody());
    field<QLineEdit>(d, "environmentNameLineEdit")->setText(u"Churn model"_s);
    field<QLineEdit>(d, "scoringUriLineEdit")->setText(u"https://churn.westeurope.inference.ml.azure.com/score"_s);
    field<QComboBox>(d, "endpointKeyNameComboBox")->setCurrentText(u"churn-key"_s);
    QVERIFY(!ok(d)->isEnabled());
    QVERIFY2(d.problem().contains(u"churn-key"_s), qPrintable(d.problem()));
    field<QLineEdit>(d, "endpointKeyValueLineEdit")->setText(u"s3cr3t-endpoint-key"_s);
    field<QLineEdit>(d, "deploymentLineEdit")->setText(u"blue"_s);
    QVERIFY2(ok(d)->isEnabled(), qPrintable(d.problem()));

    const QList<client::Environment> out = d.environments();
    QCOMPARE(out.size(), 2);
    QCOMPARE(out.at(0), plainOne().first()); // untouched
    const client::Environment &e = out.at(1);
    QCOMPARE(e.name, u"Churn model"_s);
    QVERIFY(client::isOnlineEndpoint(e));
    const auto settings = client::onlineEndpointSettings(e);
    QVERIFY(settings);
    QCOMPARE(settings->scoringUri, u"https://churn.westeurope.inference.ml.azure.com/score"_s);
    QCOMPARE(settings->auth, client::OnlineEndpointSettings::Auth::Key);
    QCOMPARE(settings->keySecret, u"churn-key"_s);
    QCOMPARE(settings->deployment, u"blue"_s);
    QCOMPARE(e.value(client::kEndpointKeyVariable), u"{{secret:churn-key}}"_s);
    for (const auto &variable : e.variables)
        QVERIFY2(!variable.second.contains(u"s3cr3t"_s), qPrintable(variable.first));
    QCOMPARE(d.keysToStore(), (QHash<QString, QString>{{u"churn-key"_s, u"s3cr3t-endpoint-key"_s}}));
    QCOMPARE(d.currentName(), u"Churn model"_s);

    // Entra sign-in needs no key: the typed one is no longer handed out.
    field<QComboBox>(d, "endpointAuthComboBox")->setCurrentIndex(1);
    QVERIFY(!field<QLineEdit>(d, "endpointKeyValueLineEdit")->isEnabled());
    field<QComboBox>(d, "endpointAuthComboBox")->setCurrentIndex(0);
    // Characters a {{secret:NAME}} reference cannot hold cannot be typed into the key name.
    auto *keyName = field<QComboBox>(d, "endpointKeyNameComboBox");
    keyName->clearEditText();
    QTest::keyClicks(keyName->lineEdit(), u"churn key!"_s);
    QCOMPARE(keyName->currentText(), u"churnkey"_s);
    keyName->setCurrentText(u"churn-key"_s);
    field<QComboBox>(d, "endpointAuthComboBox")->setCurrentIndex(1);
    QCOMPARE(client::onlineEndpointSettings(d.environments().at(1))->auth,
             client::OnlineEndpointSettings::Auth::EntraToken);
    QVERIFY(d.keysToStore().isEmpty());
}

void TestEnvironmentsDialog::okIsRefusedWhileAnEnvironmentHasAProblem_data()
{
    QTest::addColumn<QString>("widget");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no scoring URI") << u"scoringUriLineEdit"_s << QString() << u"needs its scoring URI"_s;
    QTest::newRow("not http") << u"scoringUriLineEdit"_s << u"ftp://host/score"_s << u"not an http or https"_s;
    QTest::newRow("no host") << u"scoringUriLineEdit"_s << u"https:///score"_s << u"not an http or https"_s;
    QTest::newRow("bad key name") << u"endpointKeyNameComboBox"_s << u".hidden"_s << u"not a key name"_s;
    QTest::newRow("no key name") << u"endpointKeyNameComboBox"_s << QString() << u"name the keychain key"_s;
    QTest::newRow("body not JSON") << u"sampleBodyTextEdit"_s << u"{\n  \"input_data\": [1, 2,,]\n}"_s
                                   << u"line 2, column"_s;
    QTest::newRow("no name") << u"environmentNameLineEdit"_s << u"  "_s << u"needs a name"_s;
    QTest::newRow("same name twice") << u"environmentNameLineEdit"_s << u"Gateway"_s
                                     << u"Two environments are called \"Gateway\""_s;
}

void TestEnvironmentsDialog::okIsRefusedWhileAnEnvironmentHasAProblem()
{
    QFETCH(QString, widget);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    ui::EnvironmentsDialog d(plainOne(), {u"endpoint-key"_s}, QString());
    field<QPushButton>(d, "addOnlineEndpointButton")->click();
    field<QLineEdit>(d, "scoringUriLineEdit")->setText(u"http://127.0.0.1:5000/score"_s);
    field<QComboBox>(d, "endpointKeyNameComboBox")->setCurrentText(u"endpoint-key"_s);
    QVERIFY2(ok(d)->isEnabled(), qPrintable(d.problem()));

    QWidget *w = d.findChild<QWidget *>(widget);
    QVERIFY(w);
    if (auto *edit = qobject_cast<QLineEdit *>(w))
        edit->setText(value);
    else if (auto *combo = qobject_cast<QComboBox *>(w))
        combo->setCurrentText(value);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(w))
        text->setPlainText(value);
    QVERIFY(!ok(d)->isEnabled());
    QVERIFY2(d.problem().contains(expected), qPrintable(d.problem()));
    auto *shown = field<QLabel>(d, "environmentProblemLabel");
    QVERIFY(shown->isVisibleTo(&d));
    QCOMPARE(shown->text(), d.problem());
    // Enter cannot slip past the check either.
    d.accept();
    QCOMPARE(d.result(), int(QDialog::Rejected));
}

void TestEnvironmentsDialog::switchingKindBackAndForthKeepsWhatWasTyped()
{
    ui::EnvironmentsDialog d(plainOne(), {u"k"_s}, u"Gateway"_s);
    auto *kind = field<QComboBox>(d, "environmentKindComboBox");
    kind->setCurrentIndex(1);
    QVERIFY(field<QWidget>(d, "onlineEndpointGroupBox")->isVisibleTo(&d));
    // The plain variables are still there, as the endpoint's further variables.
    auto *table = field<QTableWidget>(d, "environmentVariablesTable");
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), u"baseUrl"_s);
    field<QLineEdit>(d, "scoringUriLineEdit")->setText(u"https://m.inference.ml.azure.com/score"_s);
    field<QComboBox>(d, "endpointKeyNameComboBox")->setCurrentText(u"k"_s);
    kind->setCurrentIndex(0);
    QVERIFY(!field<QWidget>(d, "onlineEndpointGroupBox")->isVisibleTo(&d));
    QVERIFY(!client::isOnlineEndpoint(d.environments().first()));
    QCOMPARE(d.environments().first().value(client::kScoringUriVariable), u"https://m.inference.ml.azure.com/score"_s);
    kind->setCurrentIndex(1);
    const auto back = client::onlineEndpointSettings(d.environments().first());
    QVERIFY(back);
    QCOMPARE(back->scoringUri, u"https://m.inference.ml.azure.com/score"_s);
    QCOMPARE(back->keySecret, u"k"_s);
    QCOMPARE(d.environments().first().value(u"service"_s), u"s1"_s);
}

void TestEnvironmentsDialog::renameDuplicateAndRemoveWorkOnTheList()
{
    ui::EnvironmentsDialog d(plainOne(), {}, u"Gateway"_s);
    auto *list = field<QListWidget>(d, "environmentsListWidget");
    field<QLineEdit>(d, "environmentNameLineEdit")->setText(u"Production"_s);
    QCOMPARE(list->item(0)->text(), u"Production"_s);
    field<QPushButton>(d, "duplicateEnvironmentButton")->click();
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->currentRow(), 1);
    QCOMPARE(d.environments().at(1).name, u"Production copy"_s);
    QCOMPARE(d.environments().at(1).variables, d.environments().at(0).variables);
    QVERIFY(ok(d)->isEnabled());
    // A variable added and named in the table is kept.
    field<QPushButton>(d, "addVariableButton")->click();
    auto *table = field<QTableWidget>(d, "environmentVariablesTable");
    QCOMPARE(table->rowCount(), 3);
    QVERIFY(!ok(d)->isEnabled()); // a variable with no name
    table->item(2, 0)->setText(u"region"_s);
    table->item(2, 1)->setText(u"westeurope"_s);
    QVERIFY2(ok(d)->isEnabled(), qPrintable(d.problem()));
    QCOMPARE(d.environments().at(1).value(u"region"_s), u"westeurope"_s);
    field<QPushButton>(d, "removeEnvironmentButton")->click();
    QCOMPARE(list->count(), 1);
    QCOMPARE(d.environments().size(), 1);
    QCOMPARE(d.environments().first().name, u"Production"_s);
    QCOMPARE(d.currentName(), u"Production"_s);
}

void TestEnvironmentsDialog::cancelWithChangesAsksAndCancelKeepsTheDialogOpen()
{
    QWidget parent;
    tests::RecordingAnswerer answerer(&parent);
    auto *d = new ui::EnvironmentsDialog(plainOne(), {}, u"Gateway"_s, &parent);
    d->show();
    // Unchanged: Cancel closes without a question.
    d->reject();
    QCOMPARE(answerer.count(), 0);
    QVERIFY(!d->isVisible());

    d->show();
    field<QLineEdit>(*d, "environmentNameLineEdit")->setText(u"Renamed"_s);
    answerer.answerNext(QMessageBox::Cancel);
    d->reject();
    QTRY_VERIFY(answerer.allAnswered());
    QCOMPARE(answerer.count(), 1);
    QCOMPARE(answerer.last().title, u"Discard changes?"_s);
    QCOMPARE(answerer.last().text, u"Discard the changes to the environments?"_s);
    QCOMPARE(answerer.last().defaultButton, QMessageBox::Cancel);
    QCoreApplication::sendPostedEvents();
    QVERIFY(d->isVisible());
    QCOMPARE(d->environments().first().name, u"Renamed"_s);

    answerer.answerNext(QMessageBox::Discard);
    d->reject();
    QTRY_VERIFY(!d->isVisible());
    QCOMPARE(d->result(), int(QDialog::Rejected));
}

void TestEnvironmentsDialog::endpointMadeInTheWindowScoresThroughTheSandboxAndUndoRemovesIt()
{
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(u"profile"_s);
    testing::OpenConsole w = testing::openConsole(dataDir);
    QSignalSpy ready(w.get(), &ui::MainWindow::ready);
    w.console->startSandbox();
    QVERIFY(ready.wait(30'000));

    // The sandbox's own online endpoint, as a user would copy it from the Azure portal.
    const client::Workspace before = [&] {
        QString error;
        auto loaded = client::Workspace::load(client::DataPaths(dataDir).workspaceFile(), &error);
        return loaded.value_or(client::Workspace());
    }();
    const client::Environment *sandboxOnline = before.environment(client::kSandboxOnlineEnvironment);
    QVERIFY(sandboxOnline);
    const QString scoringUri = sandboxOnline->value(client::kScoringUriVariable);
    QString key;
    w->secretStore()->read(client::kSandboxOnlineKeySecret, this,
                           [&](const client::SecretStore::Result &r) { key = r.ok() ? r.value : u"-"_s; });
    QTRY_VERIFY(!key.isEmpty());
    QVERIFY(key != u"-"_s);

    auto *action = w->findChild<QAction *>(u"environmentsAction"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    QTest::keyClick(w.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    ui::EnvironmentsDialog *d = nullptr;
    QTRY_VERIFY((d = w->findChild<ui::EnvironmentsDialog *>()) && d->isVisible());
    field<QPushButton>(*d, "addOnlineEndpointButton")->click();
    field<QLineEdit>(*d, "environmentNameLineEdit")->setText(u"My endpoint"_s);
    field<QLineEdit>(*d, "scoringUriLineEdit")->setText(scoringUri);
    field<QComboBox>(*d, "endpointKeyNameComboBox")->setCurrentText(u"my-endpoint-key"_s);
    field<QLineEdit>(*d, "endpointKeyValueLineEdit")->setText(key);
    QVERIFY2(ok(*d)->isEnabled(), qPrintable(d->problem()));
    ok(*d)->click();

    // The key is in the keychain under its new name; the workspace holds only a reference.
    QTRY_VERIFY_WITH_TIMEOUT(w->secretStore()->names().contains(u"my-endpoint-key"_s), 20'000);
    QFile saved(client::DataPaths(dataDir).workspaceFile());
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray file = saved.readAll();
    QVERIFY(file.contains("My endpoint"));
    QVERIFY(file.contains("{{secret:my-endpoint-key}}"));
    QVERIFY2(!file.contains(key.toUtf8()), "the endpoint key reached the workspace file");

    // It is the active environment; the online endpoint's Score operation answers 200 with it.
    auto *environment = w->findChild<QComboBox *>(u"environmentComboBox"_s);
    QCOMPARE(environment->currentText(), u"My endpoint"_s);
    QVERIFY(w->selectOperation(client::kSandboxOnlineApiId, u"score"_s));
    auto *url = w->findChild<QLineEdit *>(u"requestUrlLineEdit"_s);
    QTRY_COMPARE(url->text(), scoringUri);
    auto *send = w->findChild<QPushButton *>(u"sendRequestButton"_s);
    QTRY_VERIFY(send->isEnabled());
    send->click();
    auto *status = w->findChild<QLabel *>(u"responseStatusLabel"_s);
    QVERIFY(status);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"200"_s), 30'000);

    // One undo takes the whole edit back.
    auto *undo = w->findChild<QAction *>(u"undoAction"_s);
    QVERIFY(undo && undo->isEnabled());
    undo->trigger();
    QTRY_VERIFY(environment->findText(u"My endpoint"_s) < 0);
    QCOMPARE(environment->currentText(), before.activeEnvironment);
}

QTEST_MAIN(TestEnvironmentsDialog)
#include "tst_environmentsdialog.moc"
