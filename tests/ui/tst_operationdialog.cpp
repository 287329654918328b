// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The operation dialog as a publisher fills it in: the URL template's parameters are listed
// as it is typed, a malformed template keeps OK disabled with the parser's reason, and the
// Responses tab documents status codes with sample bodies that come back in the operation.

#include "ui/publish/operationdialog.h"
#include "ui/publish/responsesmodel.h"
#include "ui/publish/templateparametersmodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portico;
using portico::ui::OperationDialog;
using portico::ui::ResponsesModel;
using portico::ui::TemplateParametersModel;

namespace {

const QString kRrs = u"/workspaces/{workspace}/services/{service}/execute?api-version={apiversion}&details={details}"_s;

client::Operation besStatus()
{
    client::Operation op;
    op.id = u"bes-status"_s;
    op.name = u"BES Status"_s;
    op.method = u"GET"_s;
    op.urlTemplate = u"/jobs/{jobid}?api-version={apiversion}"_s;
    op.templateParameters = {client::Parameter{u"jobid"_s, u"The job's id"_s, u"string"_s, {}, true, {}},
                             client::Parameter{u"apiversion"_s, {}, u"string"_s, u"2.0"_s, true, {}}};
    op.responses = {client::ResponseSpec{200, u"OK"_s, {}}};
    return op;
}

} // namespace

class TestOperationDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void parametersAreDetectedAsTheTemplateIsTyped();
    void malformedTemplateKeepsOkDisabledWithTheReason();
    void displayNameIsRequired();
    void sameVerbAndTemplateAsASiblingIsRefused();
    void responsesCarryStatusDescriptionAndSample();
    void duplicateStatusCodeIsRefused();
    void editedOperationKeepsItsIdAndParameterDescriptions();

private:
    QLineEdit *templateEdit() const { return m_dialog->findChild<QLineEdit *>(u"urlTemplateLineEdit"_s); }
    QLineEdit *nameEdit() const { return m_dialog->findChild<QLineEdit *>(u"displayNameLineEdit"_s); }
    QPushButton *ok() const { return m_dialog->findChild<QPushButton *>(u"saveOperationButton"_s); }
    QString shown(const QString &labelName) const
    {
        auto *label = m_dialog->findChild<QLabel *>(labelName);
        return label->isVisibleTo(m_dialog) ? label->text() : QString();
    }

    OperationDialog *m_dialog = nullptr;
};

void TestOperationDialog::init()
{
    m_dialog = new OperationDialog({besStatus()});
    new QAbstractItemModelTester(m_dialog->parametersModel(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_dialog);
    new QAbstractItemModelTester(m_dialog->responsesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_dialog);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
}

void TestOperationDialog::cleanup()
{
    delete m_dialog;
}

void TestOperationDialog::parametersAreDetectedAsTheTemplateIsTyped()
{
    TemplateParametersModel *params = m_dialog->parametersModel();
    QTest::keyClicks(templateEdit(), u"/workspaces/{workspace}"_s);
    QCOMPARE(params->names(), QStringList{u"workspace"_s});
    QTest::keyClicks(templateEdit(), u"/services/{service}/execute?api-version={apiversion}"_s);
    QCOMPARE(params->names(), (QStringList{u"workspace"_s, u"service"_s, u"apiversion"_s}));
    QCOMPARE(params->index(2, TemplateParametersModel::LocationColumn).data().toString(), u"query"_s);
    QCOMPARE(params->index(0, TemplateParametersModel::LocationColumn).data().toString(), u"path"_s);
    // Half-typed, the template does not parse: the list stays as it was until it does.
    QTest::keyClicks(templateEdit(), u"&details={det"_s);
    QCOMPARE(params->rowCount(), 3);
    QTest::keyClicks(templateEdit(), u"ails}"_s);
    QCOMPARE(params->names(), (QStringList{u"workspace"_s, u"service"_s, u"apiversion"_s, u"details"_s}));
    QCOMPARE(templateEdit()->text(), kRrs);

    QTest::keyClicks(nameEdit(), u"RRS Execute"_s);
    QVERIFY2(ok()->isEnabled(), qPrintable(m_dialog->problem()));
    const client::Operation op = m_dialog->operation();
    QCOMPARE(op.id, u"rrs-execute"_s);
    QCOMPARE(op.method, u"GET"_s);
    QCOMPARE(op.templateParameters.size(), 4);
    QVERIFY(op.templateParameters.at(3).required);
    // The seed's 200 OK is there from the start.
    QCOMPARE(op.responses.size(), 1);
    QCOMPARE(op.responses.first().statusCode, 200);
}

void TestOperationDialog::malformedTemplateKeepsOkDisabledWithTheReason()
{
    nameEdit()->setText(u"Broken"_s);
    templateEdit()->setText(u"/jobs/{x"_s);
    QVERIFY(!ok()->isEnabled());
    QVERIFY2(shown(u"urlTemplateProblemLabel"_s).contains(u"Unbalanced braces"_s),
             qPrintable(shown(u"urlTemplateProblemLabel"_s)));
    QVERIFY(shown(u"operationProblemLabel"_s).startsWith(u"The URL template is not valid: Unbalanced braces"_s));

    templateEdit()->setText(u"jobs"_s);
    QCOMPARE(shown(u"operationProblemLabel"_s), u"The URL template is not valid: A URL template starts with '/'."_s);
    templateEdit()->setText(u"/jobs/{x}"_s);
    QVERIFY(ok()->isEnabled());
    QCOMPARE(shown(u"urlTemplateProblemLabel"_s), QString());
}

void TestOperationDialog::displayNameIsRequired()
{
    templateEdit()->setText(u"/health"_s);
    QVERIFY(!ok()->isEnabled());
    QCOMPARE(shown(u"operationProblemLabel"_s), u"Enter the operation's display name."_s);
}

void TestOperationDialog::sameVerbAndTemplateAsASiblingIsRefused()
{
    nameEdit()->setText(u"Status again"_s);
    templateEdit()->setText(besStatus().urlTemplate);
    QVERIFY(!ok()->isEnabled());
    QCOMPARE(shown(u"operationProblemLabel"_s),
             u"The operation “BES Status” already answers GET /jobs/{jobid}?api-version={apiversion}."_s);
    m_dialog->findChild<QComboBox *>(u"httpVerbComboBox"_s)->setCurrentText(u"DELETE"_s);
    QVERIFY(ok()->isEnabled());
}

void TestOperationDialog::responsesCarryStatusDescriptionAndSample()
{
    nameEdit()->setText(u"Submit"_s);
    templateEdit()->setText(u"/jobs"_s);
    auto *table = m_dialog->findChild<QTableView *>(u"responsesTableView"_s);
    auto *sample = m_dialog->findChild<QPlainTextEdit *>(u"sampleBodyTextEdit"_s);
    ResponsesModel *responses = m_dialog->responsesModel();
    QCOMPARE(responses->index(0, ResponsesModel::StatusColumn).data().toString(), u"200 OK"_s);
    table->selectRow(0);
    sample->setPlainText(u"\"job-id\""_s);

    QTest::mouseClick(m_dialog->findChild<QPushButton *>(u"addResponseButton"_s), Qt::LeftButton);
    QCOMPARE(responses->rowCount(), 2);
    QCOMPARE(responses->index(1, ResponsesModel::StatusColumn).data().toString(), u"201 Created"_s);
    QCOMPARE(sample->toPlainText(), QString()); // the new row is current, and has none yet
    responses->setData(responses->index(1, ResponsesModel::StatusColumn), 400);
    responses->setData(responses->index(1, ResponsesModel::DescriptionColumn), u"Bad input"_s);
    sample->setPlainText(u"{\"error\": {}}"_s);

    const client::Operation op = m_dialog->operation();
    QCOMPARE(op.responses.size(), 2);
    QCOMPARE(op.responses.at(0).representations.first().sample, u"\"job-id\""_s);
    QCOMPARE(op.responses.at(0).representations.first().contentType, u"application/json"_s);
    QCOMPARE(op.responses.at(1).statusCode, 400);
    QCOMPARE(op.responses.at(1).description, u"Bad input"_s);
    QCOMPARE(op.responses.at(1).representations.first().sample, u"{\"error\": {}}"_s);

    table->selectRow(0);
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(u"removeResponseButton"_s), Qt::LeftButton);
    QCOMPARE(m_dialog->operation().responses.size(), 1);
    QCOMPARE(m_dialog->operation().responses.first().statusCode, 400);
}

void TestOperationDialog::duplicateStatusCodeIsRefused()
{
    nameEdit()->setText(u"Submit"_s);
    templateEdit()->setText(u"/jobs"_s);
    ResponsesModel *responses = m_dialog->responsesModel();
    const int row = responses->addResponse();
    responses->setData(responses->index(row, ResponsesModel::StatusColumn), 200);
    QVERIFY(!ok()->isEnabled());
    QCOMPARE(shown(u"operationProblemLabel"_s), u"The response 200 is listed twice."_s);
    responses->setData(responses->index(row, ResponsesModel::StatusColumn), 700);
    QCOMPARE(shown(u"operationProblemLabel"_s), u"700 is not an HTTP status code (100–599)."_s);
}

void TestOperationDialog::editedOperationKeepsItsIdAndParameterDescriptions()
{
    m_dialog->setOperation(besStatus());
    QCOMPARE(m_dialog->windowTitle(), u"Edit Operation"_s);
    QVERIFY2(ok()->isEnabled(), qPrintable(m_dialog->problem()));
    // Renaming a parameter away and back keeps what was written about it.
    templateEdit()->setText(u"/jobs/{job}?api-version={apiversion}"_s);
    templateEdit()->setText(u"/jobs/{jobid}?api-version={apiversion}"_s);
    nameEdit()->setText(u"Job status"_s);
    const client::Operation op = m_dialog->operation();
    QCOMPARE(op.id, u"bes-status"_s);
    QCOMPARE(op.name, u"Job status"_s);
    QCOMPARE(op.templateParameter(u"jobid"_s)->description, u"The job's id"_s);
    QCOMPARE(op.templateParameter(u"apiversion"_s)->defaultValue, u"2.0"_s);
}

QTEST_MAIN(TestOperationDialog)
#include "tst_operationdialog.moc"
