// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The Jobs view driven as a user would, offscreen: New job → submit → Finished → download →
// the hashed rows in a table, against the real sandbox (its gateway, BES and Azurite); then,
// against a batch service a test can steer (sharing the sandbox's Azurite), submit only and
// start, cancel, resubmit a failed job, chips in words, and jobs still there after a restart.
#include "client/catalog/sampleworkspace.h"
#include "client/common/datapaths.h"
#include "client/jobs/besendpointresolver.h"
#include "client/jobs/jobmonitor.h"
#include "client/secrets/secretstore.h"
#include "sandbox/sandbox.h"
#include "ui/jobs/joboutputdialog.h"
#include "ui/jobs/jobsmodel.h"
#include "ui/jobs/jobstimeline.h"
#include "ui/jobs/jobsview.h"
#include "ui/jobs/newjobdialog.h"
#include "ui/jobs/statuschipdelegate.h"
#include "ui/messagebox.h"

#include "../common/jobspage.h"
#include "../common/testbesservice.h"
#include "recordinganswerer.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace portico;
using client::JobStatus;
using ui::JobsModel;
using ui::JobsView;

class TestJobsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void newJobRunsToFinishedAndShowsTheHashedRows();
    void jobsAreStillListedAfterARestart();
    void submitOnlyThenStartFromTheView();
    void cancelStopsARunningJob();
    void resubmitAFailedJobWithTheSameInput();
    void statusChipsCarryTheirText();
    void everyActionHasAShortcutAndAName();

private:
    testing::JobsPage makeView();
    bool writeSecret(const QString &name, const QString &value);
    QString submitThroughDialog(JobsView &view, bool start);
    QAction *action(JobsView &view, const QString &name) { return view.findChild<QAction *>(name); }

    sandbox::Sandbox m_sandbox;
    TestBesService m_service;
    client::SecretStore *m_secrets = nullptr;
    client::Workspace m_workspace;        // what the view sees
    client::Workspace m_sandboxWorkspace; // the sample workspace on the real sandbox
    client::Workspace m_steeredWorkspace; // the same API on the steerable service
    QTemporaryDir m_dir;
    QString m_csv;
    QStringList m_written;
};

bool TestJobsView::writeSecret(const QString &name, const QString &value)
{
    bool done = false, ok = false;
    m_secrets->write(name, value, this, [&](const client::SecretStore::Result &r) {
        ok = r.ok();
        done = true;
    });
    m_written.append(name);
    return QTest::qWaitFor([&] { return done; }, 20'000) && ok;
}

void TestJobsView::initTestCase()
{
    sandbox::SandboxOptions options;
    options.dataDir = m_dir.filePath(u"sandbox"_s);
    options.storagePort = 0;
    options.azuriteProgram = QString::fromUtf8(PORTICO_AZURITE_BLOB);
    QString error;
    QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
    QSignalSpy ready(&m_sandbox, &sandbox::Sandbox::storageReady);
    QSignalSpy failed(&m_sandbox, &sandbox::Sandbox::storageFailed);
    m_sandbox.ensureStorage();
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 60'000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QString unlimited;
    for (const QJsonValue &sub :
         QJsonDocument::fromJson(m_sandbox.credentialsJson()).object().value("subscriptions"_L1).toArray()) {
        if (sub.toObject().value("product"_L1).toString() == u"Unlimited")
            unlimited = sub.toObject().value("primaryKey"_L1).toString();
    }

    // One API key for both services, so the keychain holds what the sample workspace names.
    m_service.apiKey = m_sandbox.credentials().apiKey;
    QVERIFY(m_service.listen());
    m_secrets = new client::SecretStore(u"t"_s + QUuid::createUuid().toString(QUuid::Id128).left(12), this);
    QVERIFY(writeSecret(client::kSandboxApiKeySecret, m_sandbox.credentials().apiKey));
    QVERIFY(writeSecret(client::kSandboxUnlimitedKeySecret, unlimited));
    QVERIFY(writeSecret(client::kSandboxStorageSecret, ready.first().first().toString()));

    m_sandboxWorkspace = client::sampleWorkspace({m_sandbox.gatewayUrl(), m_sandbox.serviceUrl(),
                                                  m_sandbox.credentials().workspace, m_sandbox.credentials().service});
    m_sandboxWorkspace.activeEnvironment = client::kSandboxUnlimitedEnvironment;
    client::SandboxEndpoints endpoints;
    const QUrl jobs = m_service.jobsUrl();
    endpoints.serviceUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(jobs.port()));
    endpoints.gatewayUrl = endpoints.serviceUrl;
    endpoints.workspaceId = u"ws1"_s;
    endpoints.serviceId = u"svc1"_s;
    m_steeredWorkspace = client::sampleWorkspace(endpoints);
    m_steeredWorkspace.activeEnvironment = client::kSandboxDirectEnvironment;
    m_workspace = m_steeredWorkspace;

    m_csv = m_dir.filePath(u"reviews.csv"_s);
    QFile f(m_csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Col2\nThis is a good day\nhello world\nthe end\n");
}

void TestJobsView::cleanupTestCase()
{
    for (const QString &name : std::as_const(m_written)) {
        bool done = false;
        m_secrets->remove(name, this, [&](const client::SecretStore::Result &) { done = true; });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 20'000));
    }
}

testing::JobsPage TestJobsView::makeView()
{
    auto view = testing::makeJobsPage(client::DataPaths(m_dir.filePath(u"profile"_s)), m_secrets,
                                      [this] { return m_workspace; });
    view->setDefaultStorageSecret(client::kSandboxStorageSecret);
    view->resize(1000, 700);
    view->show();
    return view;
}

QString TestJobsView::submitThroughDialog(JobsView &view, bool start)
{
    const int before = view.model()->rowCount();
    ui::NewJobDialog *dialog = view.newJob();
    dialog->setInputFile(m_csv);
    dialog->findChild<QRadioButton *>(start ? u"submitAndStartRadioButton"_s : u"submitOnlyRadioButton"_s)
        ->setChecked(true);
    dialog->findChild<QPushButton *>(u"submitJobPushButton"_s)->click();
    if (!QTest::qWaitFor([&] { return view.model()->rowCount() > before; }, 20'000))
        return {};
    return view.model()->job(view.model()->rowCount() - 1).id;
}

void TestJobsView::newJobRunsToFinishedAndShowsTheHashedRows()
{
    m_workspace = m_sandboxWorkspace;
    auto view = makeView();
    QAbstractItemModelTester tester(view->model());
    QSignalSpy notifications(view.get(), &JobsView::notification);
    ui::NewJobDialog *dialog = view->newJob();
    QCOMPARE(dialog->findChild<QComboBox *>(u"storageComboBox"_s)->currentText(), client::kSandboxStorageSecret);
    QVERIFY(dialog->findChild<QComboBox *>(u"targetComboBox"_s)
                ->currentText()
                .contains(client::kSandboxUnlimitedEnvironment));
    const QString id = submitThroughDialog(*view, true);
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isHidden(), 20'000); // closes itself once started

    const int row = view->model()->rowOf(id);
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->index(row, JobsModel::StatusColumn).data(JobsModel::StatusRole).toInt(),
                              int(JobStatus::Finished), 20'000);
    QCOMPARE(view->model()->index(row, JobsModel::StatusColumn).data().toString(), u"Finished"_s);
    QCOMPARE(view->model()->index(row, JobsModel::RowsColumn).data().toString(), u"3 / 3"_s);
    QCOMPARE(view->model()->index(row, JobsModel::InputColumn).data().toString(), u"reviews.csv"_s);
    QTRY_COMPARE_WITH_TIMEOUT(notifications.size(), 1, 5'000);
    QVERIFY(notifications.first().at(1).toString().contains(id));
    QVERIFY(view->findChild<QLabel *>(u"jobsStatusLabel"_s)->text().contains(id));
    QTRY_COMPARE_WITH_TIMEOUT(view->timeline()->barCount(), 1, 5'000);

    view->selectJob(id);
    QVERIFY(
        view->findChild<QPlainTextEdit *>(u"jobDetailsPlainTextEdit"_s)->toPlainText().contains(u"\"StatusCode\""_s));
    QVERIFY(
        !view->findChild<QPlainTextEdit *>(u"jobDetailsPlainTextEdit"_s)->toPlainText().contains(u"sig="_s + u"%"_s));
    QSignalSpy downloaded(view.get(), &JobsView::outputDownloaded);
    QAction *download = action(*view, u"downloadOutputAction"_s);
    QVERIFY(download->isEnabled());
    download->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(downloaded.size(), 1, 20'000);
    QTRY_VERIFY_WITH_TIMEOUT(view->outputDialog() && view->outputDialog()->isLoaded(), 10'000);
    const ui::ResultsTableModel *table = view->outputDialog()->model();
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->columnCount(), 9);
    QCOMPARE(table->headerData(1, Qt::Horizontal).toString(), u"Col2 - Hashing feature 1"_s);
    QCOMPARE(table->index(0, 0).data().toString(), u"This is a good day"_s);
    QStringList hashed;
    for (int c = 1; c < 9; ++c)
        hashed.append(table->index(0, c).data().toString());
    QCOMPARE(hashed.join(u' '), u"1 1 2 2 0 2 0 1"_s);
    m_workspace = m_steeredWorkspace;
}

void TestJobsView::jobsAreStillListedAfterARestart()
{
    // The view of the previous test wrote its job; a new view on the same profile lists it.
    auto view = makeView();
    QVERIFY(view->model()->rowCount() >= 1);
    const client::BatchJob job = view->model()->job(0);
    QCOMPARE(job.state.status, JobStatus::Finished);
    QVERIFY(!view->monitor()->isWatching(job.id));
    QCOMPARE(job.inputFile, m_csv);
}

void TestJobsView::submitOnlyThenStartFromTheView()
{
    auto view = makeView();
    const QString id = submitThroughDialog(*view, false);
    QVERIFY(!id.isEmpty());
    view->selectJob(id);
    QCOMPARE(view->model()->index(view->model()->rowOf(id), 0).data().toString(), u"Not started"_s);
    QTRY_VERIFY_WITH_TIMEOUT(action(*view, u"startJobAction"_s)->isEnabled(), 5'000);
    QCOMPARE(m_service.job(id).status, 0);
    action(*view, u"startJobAction"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(view->monitor()->job(id)->state.status, JobStatus::Finished, 20'000);
}

void TestJobsView::cancelStopsARunningJob()
{
    auto view = makeView();
    m_service.scoreOnStart = false;
    const QString id = submitThroughDialog(*view, true);
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(view->monitor()->job(id)->state.status, JobStatus::Running, 20'000);
    m_service.scoreOnStart = true;
    view->selectJob(id);
    QSignalSpy notifications(view.get(), &JobsView::notification);
    portico::tests::RecordingAnswerer answerer(view.get());
    answerer.answerNext(QMessageBox::Yes);
    action(*view, u"cancelJobAction"_s)->trigger();
    // Asked first, naming the job and what the service does; No is the default.
    QCOMPARE(answerer.count(), 1);
    QCOMPARE(answerer.last().title, u"Cancel job"_s);
    QCOMPARE(answerer.last().text, u"Cancel the batch job %1? The service stops and deletes it."_s.arg(id));
    QCOMPARE(answerer.last().buttonTexts, (QStringList{u"Yes"_s, u"No"_s}));
    QCOMPARE(answerer.last().defaultButton, QMessageBox::No);
    QTRY_COMPARE_WITH_TIMEOUT(view->monitor()->job(id)->state.status, JobStatus::Cancelled, 20'000);
    QCOMPARE(m_service.job(id).status, 3);
    QTRY_COMPARE_WITH_TIMEOUT(notifications.size(), 1, 5'000);
    QVERIFY(!action(*view, u"cancelJobAction"_s)->isEnabled());
}

void TestJobsView::resubmitAFailedJobWithTheSameInput()
{
    auto view = makeView();
    m_service.scoreOnStart = false;
    const QString id = submitThroughDialog(*view, true);
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_service.job(id).status, 1, 20'000);
    m_service.scoreOnStart = true;
    m_service.job(id).details = u"InternalError: the scorer stopped"_s;
    m_service.setStatus(id, 2);
    view->selectJob(id);
    action(*view, u"refreshJobAction"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(view->monitor()->job(id)->state.status, JobStatus::Failed, 20'000);
    QTRY_VERIFY(view->findChild<QPlainTextEdit *>(u"jobDetailsPlainTextEdit"_s)
                    ->toPlainText()
                    .contains(u"the scorer stopped"_s));

    const int before = view->model()->rowCount();
    QVERIFY(action(*view, u"resubmitJobAction"_s)->isEnabled());
    action(*view, u"resubmitJobAction"_s)->trigger();
    ui::NewJobDialog *dialog = view->newJobDialog();
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->request().inputFile, m_csv);
    dialog->findChild<QPushButton *>(u"submitJobPushButton"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), before + 1, 20'000);
    const QString again = view->model()->job(before).id;
    QVERIFY(again != id);
    QCOMPARE(m_service.job(again)
                 .submitted.value("Inputs"_L1)
                 .toObject()
                 .value("input1"_L1)
                 .toObject()
                 .value("RelativeLocation"_L1)
                 .toString(),
             view->monitor()->job(id)->inputLocation);
    QTRY_COMPARE_WITH_TIMEOUT(view->monitor()->job(again)->state.status, JobStatus::Finished, 20'000);
}

void TestJobsView::statusChipsCarryTheirText()
{
    auto view = makeView();
    QAbstractItemModelTester tester(view->model());
    const QStringList words{u"Not started"_s, u"Running"_s, u"Failed"_s, u"Cancelled"_s, u"Finished"_s};
    for (int s = 0; s < 5; ++s) {
        client::BatchJob job;
        job.id = u"chip-%1"_s.arg(s);
        job.state.status = JobStatus(s);
        job.state.rowsDone = 1;
        job.state.rowsTotal = 4;
        // Added as ended, so the monitor never polls a job no service knows; then moved on.
        client::BatchJob ended = job;
        ended.state.status = JobStatus::Finished;
        const int row = view->model()->rowCount();
        view->monitor()->addJob(ended);
        QCOMPARE(view->model()->rowCount(), row + 1);
        view->monitor()->setState(job.id, job.state);
        const QModelIndex chip = view->model()->index(view->model()->rowOf(job.id), JobsModel::StatusColumn);
        QCOMPARE(chip.data().toString(), words.at(s));
        QVERIFY(chip.data(Qt::AccessibleTextRole).toString().startsWith(words.at(s)));

        // The chip as painted holds the word: pixels of the text colour inside the chip.
        ui::StatusChipDelegate delegate;
        QStyleOptionViewItem option;
        option.rect = QRect(0, 0, 140, 28);
        option.font = view->font();
        QImage image(140, 28, QImage::Format_ARGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            delegate.paint(&painter, option, chip);
        }
        const QColor text = ui::StatusChipDelegate::textColor(s);
        const QColor fill = ui::StatusChipDelegate::chipColor(s);
        int textPixels = 0, fillPixels = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                const auto near = [&c](const QColor &to) {
                    return std::abs(c.red() - to.red()) + std::abs(c.green() - to.green()) +
                        std::abs(c.blue() - to.blue()) <
                        90;
                };
                textPixels += near(text);
                fillPixels += c == fill;
            }
        }
        QVERIFY2(fillPixels > 200, qPrintable(words.at(s)));
        QVERIFY2(textPixels > 10, qPrintable(words.at(s)));
        view->monitor()->removeJob(job.id);
    }
}

void TestJobsView::everyActionHasAShortcutAndAName()
{
    auto view = makeView();
    const QStringList names{u"newJobAction"_s,    u"startJobAction"_s,       u"cancelJobAction"_s,
                            u"removeJobAction"_s, u"downloadOutputAction"_s, u"resubmitJobAction"_s,
                            u"refreshJobAction"_s};
    QSet<QKeySequence> keys;
    for (const QString &name : names) {
        QAction *a = action(*view, name);
        QVERIFY2(a, qPrintable(name));
        QVERIFY2(!a->shortcut().isEmpty(), qPrintable(name));
        QVERIFY2(!a->text().isEmpty(), qPrintable(name));
        keys.insert(a->shortcut());
    }
    QCOMPARE(keys.size(), names.size());
    for (QWidget *w : view->findChildren<QWidget *>()) {
        if (!w->objectName().startsWith(u"qt_"_s) &&
            (w->objectName().endsWith(u"View"_s) || w->objectName().endsWith(u"Edit"_s)))
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
    // Ctrl+N in the view opens New job.
    QApplication::setActiveWindow(view.get());
    QVERIFY(QTest::qWaitForWindowActive(view.get()));
    view->table()->setFocus();
    QTest::keyClick(view->table(), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(view->newJobDialog() && view->newJobDialog()->isVisible());
}

QTEST_MAIN(TestJobsView)
#include "tst_jobsview.moc"
