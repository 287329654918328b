// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The API dialog as a publisher fills it in: OK stays disabled, with the reason in words,
// while the name is empty, the web service URL is not an http(s) address, or the URL suffix
// is malformed or already taken; a valid form gives back the API and its products.

#include "ui/publish/apidialog.h"
#include "ui/publish/productchoicemodel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portico;
using portico::ui::ApiDialog;

namespace {

QList<client::Api> existingApis()
{
    client::Api demo;
    demo.id = u"azureml-demo"_s;
    demo.name = u"AzureML Demo API"_s;
    demo.path = u"azureml-demo"_s;
    return {demo};
}

const QList<client::ProductChoice> kProducts{{u"starter"_s, u"Starter"_s}, {u"unlimited"_s, u"Unlimited"_s}};

} // namespace

class TestApiDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void okIsDisabledWithTheReasonShown_data();
    void okIsDisabledWithTheReasonShown();
    void validFormGivesTheApiAndItsProducts();
    void editingKeepsTheIdAndItsOwnSuffix();
    void everyFieldHasANameAndALabel();

private:
    void fill(const QString &name, const QString &url, const QString &suffix);
    QPushButton *ok() const { return m_dialog->findChild<QPushButton *>(u"saveApiButton"_s); }
    QString reason() const
    {
        auto *label = m_dialog->findChild<QLabel *>(u"apiProblemLabel"_s);
        return label->isVisibleTo(m_dialog) ? label->text() : QString();
    }

    ApiDialog *m_dialog = nullptr;
};

void TestApiDialog::init()
{
    m_dialog = new ApiDialog(existingApis(), kProducts);
    new QAbstractItemModelTester(m_dialog->findChild<QListView *>(u"productsListView"_s)->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, m_dialog);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
}

void TestApiDialog::cleanup()
{
    delete m_dialog;
}

void TestApiDialog::fill(const QString &name, const QString &url, const QString &suffix)
{
    m_dialog->findChild<QLineEdit *>(u"apiNameLineEdit"_s)->setText(name);
    m_dialog->findChild<QLineEdit *>(u"serviceUrlLineEdit"_s)->setText(url);
    m_dialog->findChild<QLineEdit *>(u"urlSuffixLineEdit"_s)->setText(suffix);
}

void TestApiDialog::okIsDisabledWithTheReasonShown_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("expected");
    const QString url = u"https://ussouthcentral.services.azureml.net"_s;
    QTest::newRow("empty name") << u"  "_s << url << u"demo2"_s << u"Enter the Web API name."_s;
    QTest::newRow("empty url") << u"Demo"_s << QString() << u"demo2"_s
                               << u"Enter the Web service URL, where the gateway forwards calls."_s;
    QTest::newRow("not a url") << u"Demo"_s << u"ussouthcentral services"_s << u"demo2"_s
                               << u"The Web service URL must be an absolute http:// or https:// address."_s;
    QTest::newRow("ftp url") << u"Demo"_s << u"ftp://example.net"_s << u"demo2"_s
                             << u"The Web service URL must be an absolute http:// or https:// address."_s;
    QTest::newRow("empty suffix") << u"Demo"_s << url << QString()
                                  << u"Enter the Web API URL suffix, the path the API gets on the gateway."_s;
    QTest::newRow("space in suffix")
        << u"Demo"_s << url << u"azure ml"_s
        << u"The URL suffix may hold only letters, digits, '-', '.', '_' and '~', in segments separated by single '/'."_s;
    QTest::newRow("double slash")
        << u"Demo"_s << url << u"a//b"_s
        << u"The URL suffix may hold only letters, digits, '-', '.', '_' and '~', in segments separated by single '/'."_s;
    QTest::newRow("duplicate suffix")
        << u"Demo"_s << url << u"/AzureML-Demo/"_s
        << u"The URL suffix “AzureML-Demo” is already used by the API “AzureML Demo API”."_s;
}

void TestApiDialog::okIsDisabledWithTheReasonShown()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QString, suffix);
    QFETCH(QString, expected);
    fill(name, url, suffix);
    QVERIFY(!ok()->isEnabled());
    QCOMPARE(reason(), expected);
    QCOMPARE(m_dialog->problem(), expected);
}

void TestApiDialog::validFormGivesTheApiAndItsProducts()
{
    QVERIFY(!ok()->isEnabled());
    // Typed, as a user would: the button follows every keystroke.
    QTest::keyClicks(m_dialog->findChild<QLineEdit *>(u"apiNameLineEdit"_s), u"AzureML Demo API 2"_s);
    QTest::keyClicks(m_dialog->findChild<QLineEdit *>(u"serviceUrlLineEdit"_s), u"https://ml.example.net"_s);
    QTest::keyClicks(m_dialog->findChild<QLineEdit *>(u"urlSuffixLineEdit"_s), u"azureml-demo2"_s);
    QVERIFY(ok()->isEnabled());
    QCOMPARE(reason(), QString());

    m_dialog->findChild<QCheckBox *>(u"httpsSchemeCheckBox"_s)->setChecked(false);
    QVERIFY(!ok()->isEnabled());
    QCOMPARE(reason(), u"Choose at least one URL scheme."_s);
    m_dialog->findChild<QCheckBox *>(u"httpSchemeCheckBox"_s)->setChecked(true);
    QVERIFY(ok()->isEnabled());

    auto *products = m_dialog->findChild<QListView *>(u"productsListView"_s);
    products->model()->setData(products->model()->index(0, 0), Qt::Checked, Qt::CheckStateRole);
    const client::Api api = m_dialog->api();
    QCOMPARE(api.id, u"azureml-demo2"_s);
    QCOMPARE(api.name, u"AzureML Demo API 2"_s);
    QCOMPARE(api.serviceUrl, u"https://ml.example.net"_s);
    QCOMPARE(api.path, u"azureml-demo2"_s);
    QCOMPARE(api.schemes, QStringList{u"http"_s});
    QCOMPARE(m_dialog->productIds(), QStringList{u"starter"_s});
}

void TestApiDialog::editingKeepsTheIdAndItsOwnSuffix()
{
    client::Api api = existingApis().first();
    api.serviceUrl = u"https://ml.example.net"_s;
    m_dialog->setApi(api, {u"unlimited"_s});
    QCOMPARE(m_dialog->windowTitle(), u"Edit API"_s);
    QVERIFY2(ok()->isEnabled(), qPrintable(reason()));
    m_dialog->findChild<QLineEdit *>(u"apiNameLineEdit"_s)->setText(u"Renamed"_s);
    QCOMPARE(m_dialog->api().id, u"azureml-demo"_s);
    QCOMPARE(m_dialog->api().name, u"Renamed"_s);
    QCOMPARE(m_dialog->productIds(), QStringList{u"unlimited"_s});
}

void TestApiDialog::everyFieldHasANameAndALabel()
{
    for (const QString &name : {u"apiNameLineEdit"_s, u"serviceUrlLineEdit"_s, u"urlSuffixLineEdit"_s,
                                u"httpSchemeCheckBox"_s, u"httpsSchemeCheckBox"_s, u"productsListView"_s}) {
        QWidget *w = m_dialog->findChild<QWidget *>(name);
        QVERIFY2(w, qPrintable(name));
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(name));
    }
    for (QLabel *label : m_dialog->findChildren<QLabel *>()) {
        if (label->objectName().endsWith(u"Label"_s) && label->objectName() != u"apiProblemLabel")
            QVERIFY2(label->buddy(), qPrintable(label->objectName()));
    }
}

QTEST_MAIN(TestApiDialog)
#include "tst_apidialog.moc"
