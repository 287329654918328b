// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The Code tab follows the request: the chosen language, the variables option and edits to
// the request show at once; batch operations offer the whole job; Copy and Save as give
// the code shown, which names the environment variables and never a key.

#include "client/catalog/sampleworkspace.h"
#include "client/interop/snippets.h"
#include "ui/tryit/codeview.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portico;

class TestCodeView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void followsTheRequestAndTheLanguage();
    void variablesCanStayVariables();
    void batchOperationsOfferTheWholeJob();
    void copyAndSaveGiveTheCodeShown();
    void everyControlIsNamed();

private:
    template<typename T> T *child(const char *name) { return m_view->findChild<T *>(QString::fromLatin1(name)); }
    client::Workspace m_workspace;
    std::unique_ptr<ui::CodeView> m_view;
    client::SavedRequest m_values;
};

void TestCodeView::init()
{
    m_workspace =
        client::sampleWorkspace({QUrl(u"http://127.0.0.1:1"_s), QUrl(u"http://127.0.0.1:2"_s),
                                 u"0123456789abcdef0123456789abcdef"_s, u"fedcba9876543210fedcba9876543210"_s});
    m_values = *m_workspace.savedRequest(u"azureml-demo"_s, u"rrs-execute"_s);
    m_view = std::make_unique<ui::CodeView>();
    m_view->setRequest(&m_workspace, u"azureml-demo"_s, m_values, client::kSandboxUnlimitedEnvironment);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestCodeView::followsTheRequestAndTheLanguage()
{
    QVERIFY2(m_view->code().startsWith(u"# Keys are not written here"_s), qPrintable(m_view->code()));
    QVERIFY(m_view->code().contains(u"curl --silent"_s));
    QVERIFY(child<QLabel>("snippetNoteLabel")->text().contains(u"PORTICO_SECRET_sandbox_unlimited_key"_s));
    auto *language = child<QComboBox>("snippetLanguageComboBox");
    QCOMPARE(language->count(), int(client::snippetLanguages().size()));
    QSignalSpy changed(m_view.get(), &ui::CodeView::codeChanged);
    language->setCurrentIndex(language->findData(u"r"_s));
    QCOMPARE(changed.size(), 1);
    QVERIFY(m_view->code().contains(u"library(httr)"_s));
    // An edit to the request is in the code straight away.
    m_values.body = u"{\"Inputs\": {\"input1\": {\"ColumnNames\": [\"Col2\"], \"Values\": [[\"Merhaba\"]]}}}"_s;
    m_view->setRequest(&m_workspace, u"azureml-demo"_s, m_values, client::kSandboxUnlimitedEnvironment);
    QVERIFY2(m_view->code().contains(u"Merhaba"_s), qPrintable(m_view->code()));
    // A hidden view catches up when it is shown.
    m_view->hide();
    m_values.body = u"{\"later\": true}"_s;
    m_view->setRequest(&m_workspace, u"azureml-demo"_s, m_values, client::kSandboxUnlimitedEnvironment);
    m_view->show();
    QVERIFY(m_view->code().contains(u"later"_s));
}

void TestCodeView::variablesCanStayVariables()
{
    auto *language = child<QComboBox>("snippetLanguageComboBox");
    language->setCurrentIndex(language->findData(u"python-requests"_s));
    QVERIFY(m_view->code().contains(u"/workspaces/0123456789abcdef0123456789abcdef/"_s));
    child<QCheckBox>("snippetVariablesCheckBox")->setChecked(true);
    QVERIFY2(m_view->code().contains(u"workspace = \"0123456789abcdef0123456789abcdef\""_s),
             qPrintable(m_view->code()));
    QVERIFY(m_view->code().contains(u"\"/workspaces/\" + workspace + "_s));
}

void TestCodeView::batchOperationsOfferTheWholeJob()
{
    auto *whole = child<QCheckBox>("snippetWholeJobCheckBox");
    QVERIFY(!whole->isEnabled()); // RRS Execute is no batch operation
    client::SavedRequest submit;
    submit.apiId = u"azureml-demo"_s;
    submit.operationId = u"bes-submit"_s;
    m_view->setRequest(&m_workspace, u"azureml-demo"_s, submit, client::kSandboxUnlimitedEnvironment);
    auto *language = child<QComboBox>("snippetLanguageComboBox");
    language->setCurrentIndex(language->findData(u"csharp"_s));
    QVERIFY(whole->isEnabled());
    whole->setChecked(true);
    QVERIFY2(m_view->code().contains(u"Status: "_s) && m_view->code().contains(u"SharedKey"_s),
             qPrintable(m_view->code()));
    QVERIFY(child<QLabel>("snippetNoteLabel")->text().contains(u"PORTICO_SECRET_sandbox_storage"_s));
    language->setCurrentIndex(language->findData(u"r"_s)); // R has no whole-job sample
    QVERIFY(!whole->isEnabled());
    QVERIFY(m_view->code().contains(u"library(httr)"_s));
}

void TestCodeView::copyAndSaveGiveTheCodeShown()
{
    QTest::mouseClick(child<QPushButton>("copySnippetPushButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), m_view->code());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"request.sh"_s);
    m_view->saveTo(path);
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(saved.readAll()), m_view->code());
    m_view->saveTo(dir.filePath(u"missing/folder/request.sh"_s));
    QVERIFY(child<QLabel>("snippetNoteLabel")->text().contains(u"missing"_s));
}

void TestCodeView::everyControlIsNamed()
{
    for (QWidget *w : m_view->findChildren<QWidget *>()) {
        if (qobject_cast<QComboBox *>(w) || qobject_cast<QCheckBox *>(w) || qobject_cast<QPushButton *>(w) ||
            qobject_cast<QPlainTextEdit *>(w)) {
            QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
    }
}

QTEST_MAIN(TestCodeView)
#include "tst_codeview.moc"
