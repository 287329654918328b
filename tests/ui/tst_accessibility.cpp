// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// Every window and dialog of the console, walked as a keyboard and screen-reader user meets
// it: each interactive control has an accessible name, labels point at their fields, and
// Tab reaches every control. A new dialog joins the list below.

#include "app/portico/console.h"
#include "client/catalog/onlineendpoint.h"
#include "client/common/datapaths.h"
#include "client/jobs/besclient.h"
#include "client/secrets/secretstore.h"
#include "ui/connection/connectiondialog.h"
#include "ui/help/aboutdialog.h"
#include "ui/help/shortcutsdialog.h"
#include "ui/jobs/joboutputdialog.h"
#include "ui/jobs/newjobdialog.h"
#include "ui/keys/keysdialog.h"
#include "ui/keys/secreteditdialog.h"
#include "ui/mainwindow.h"
#include "ui/publish/apidialog.h"
#include "ui/publish/operationdialog.h"
#include "ui/publish/productdialog.h"
#include "ui/publish/subscriptiondialog.h"
#include "ui/tryit/environmentsdialog.h"

#include "accessibilitywalk.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QFile>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

class TestAccessibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyPageOfTheMainWindow();
    void dialogs_data();
    void dialogs();
    void theWalkCatchesWhatItLooksFor();
    void tabWalkReportsASkippedControlAndOneTabCannotStopOn();
    void tabWalkReportsALoopAndATrap();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<portico::app::Console> m_console;
    portico::ui::MainWindow *m_window = nullptr;
};

namespace {

// A hand-written Tab handler that sends the focus elsewhere, the way a broken tab order does
// to a keyboard user: the focus chain itself still lists every widget.
class TabJump : public QObject
{
public:
    TabJump(QWidget *from, QWidget *to)
        : QObject(from)
        , m_to(to)
    {
        from->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress || static_cast<QKeyEvent *>(event)->key() != Qt::Key_Tab)
            return false;
        m_to->setFocus(Qt::TabFocusReason);
        return true;
    }

private:
    QWidget *m_to;
};

QLineEdit *namedEdit(QWidget *parent, QLayout *layout, const QString &name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(name);
    layout->addWidget(edit);
    return edit;
}

} // namespace

using Factory = std::function<QWidget *(portico::ui::MainWindow *)>;
Q_DECLARE_METATYPE(Factory)

void TestAccessibility::initTestCase()
{
    m_console = std::make_unique<portico::app::Console>(portico::client::DataPaths(m_dir.path()));
    m_window = m_console->window();
    m_window->show();
}

void TestAccessibility::everyPageOfTheMainWindow()
{
    const auto actions = m_window->findChildren<QAction *>();
    int pages = 0;
    for (QAction *action : actions) {
        if (!action->objectName().endsWith(u"PageAction"_s))
            continue;
        ++pages;
        action->trigger();
        const QStringList problems = portico::test::accessibilityProblems(m_window);
        QVERIFY2(problems.isEmpty(), qPrintable(action->text() + u":\n"_s + problems.join(u'\n')));
    }
    QVERIFY(pages >= 1);
}

void TestAccessibility::dialogs_data()
{
    QTest::addColumn<Factory>("make");
    using namespace portico::ui;
    QTest::newRow("keys") << Factory([](MainWindow *w) { return new KeysDialog(w->secretStore(), w); });
    QTest::newRow("add key") << Factory(
        [](MainWindow *w) { return new SecretEditDialog(SecretEditDialog::Mode::Add, {u"one"_s}, w); });
    QTest::newRow("rename key") << Factory(
        [](MainWindow *w) { return new SecretEditDialog(SecretEditDialog::Mode::Rename, {u"one"_s}, w); });
    QTest::newRow("about") << Factory([](MainWindow *w) { return new AboutDialog(w); });
    QTest::newRow("environments, an online endpoint on show") << Factory([](MainWindow *w) {
        portico::client::OnlineEndpointSettings settings;
        settings.scoringUri = u"https://m.westeurope.inference.ml.azure.com/score"_s;
        settings.keySecret = u"one"_s;
        const auto online = portico::client::onlineEndpointEnvironment(u"Endpoint"_s, settings);
        return new EnvironmentsDialog({online}, {u"one"_s}, u"Endpoint"_s, w);
    });
    QTest::newRow("environments, variables on show")
        << Factory([](MainWindow *w) { return new EnvironmentsDialog({{u"Plain"_s, {}, {{u"baseUrl"_s, u"x"_s}}}}, {}, u"Plain"_s, w); });
    QTest::newRow("connection, local sandbox")
        << Factory([](MainWindow *w) { return new ConnectionDialog({}, true, w); });
    QTest::newRow("connection, Azure API Management") << Factory([](MainWindow *w) {
        portico::client::AzureSession::Settings azure;
        azure.connection.kind = portico::client::Connection::Kind::AzureApiManagement;
        return new ConnectionDialog(azure, true, w);
    });
    QTest::newRow("keyboard shortcuts") << Factory([](MainWindow *w) { return new ShortcutsDialog(w, w); });
    const QList<portico::client::ProductChoice> products{{u"starter"_s, u"Starter"_s},
                                                         {u"unlimited"_s, u"Unlimited"_s}};
    QTest::newRow("API") << Factory([products](MainWindow *w) { return new ApiDialog({}, products, w); });
    QTest::newRow("operation") << Factory([](MainWindow *w) { return new OperationDialog({}, w); });
    QTest::newRow("product") << Factory([products](MainWindow *w) { return new ProductDialog(products, {}, w); });
    QTest::newRow("new batch job") << Factory([](MainWindow *w) {
        return new NewJobDialog(
            w->services().bes, w->secretStore(), [w] { return w->workspace(); }, w);
    });
    QTest::newRow("job output") << Factory([this](MainWindow *w) {
        const QString csv = QDir(m_dir.path()).filePath(u"out.csv"_s);
        QFile file(csv);
        if (file.open(QIODevice::WriteOnly))
            file.write("Col2,Col2 - Hashing feature 1\nThis is a good day,1\n");
        return new JobOutputDialog(csv, w);
    });
    QTest::newRow("subscription") << Factory([](MainWindow *w) {
        portico::client::Product starter;
        starter.id = u"starter"_s;
        starter.name = u"Starter"_s;
        return new SubscriptionDialog({starter}, {}, w);
    });
}

void TestAccessibility::dialogs()
{
    QFETCH(Factory, make);
    std::unique_ptr<QWidget> dialog(make(m_window));
    dialog->show();
    const QStringList problems = portico::test::accessibilityProblems(dialog.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestAccessibility::theWalkCatchesWhatItLooksFor()
{
    // The walk itself must fail on a bad window, or a green run proves nothing.
    QWidget bad;
    auto *form = new QFormLayout(&bad);
    auto *edit = new QLineEdit(&bad);
    edit->setObjectName(u"nameLineEdit"_s);
    form->addRow(new QLabel(u"&Name"_s, &bad), edit);
    auto *button = new QPushButton(&bad);
    button->setObjectName(u"goPushButton"_s);
    form->addRow(button);
    bad.show();
    const QString problems = portico::test::accessibilityProblems(&bad).join(u'\n');
    QVERIFY2(problems.contains(u"label without a buddy"_s), qPrintable(problems));
    QVERIFY2(problems.contains(u"without an accessible name: QPushButton 'goPushButton'"_s), qPrintable(problems));
    QVERIFY2(problems.contains(u"without an accessible name: QLineEdit 'nameLineEdit'"_s), qPrintable(problems));
}

void TestAccessibility::tabWalkReportsASkippedControlAndOneTabCannotStopOn()
{
    QWidget bad;
    auto *layout = new QVBoxLayout(&bad);
    QLineEdit *first = namedEdit(&bad, layout, u"firstLineEdit"_s);
    namedEdit(&bad, layout, u"skippedLineEdit"_s);
    QLineEdit *last = namedEdit(&bad, layout, u"lastLineEdit"_s);
    auto *button = new QPushButton(u"Go"_s, &bad);
    button->setObjectName(u"goPushButton"_s);
    button->setFocusPolicy(Qt::NoFocus); // a mouse-only button
    layout->addWidget(button);
    new TabJump(first, last); // Tab from the first goes straight to the last
    const QStringList problems = portico::test::accessibilityProblems(&bad);
    const QString text = problems.join(u'\n');
    QVERIFY2(text.contains(u"Tab never reaches QLineEdit 'skippedLineEdit'"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Tab cannot stop on QPushButton 'goPushButton' in QWidget ''"_s), qPrintable(text));
    QCOMPARE(problems.size(), 2);

    // The same window without the broken parts walks clean.
    QWidget good;
    auto *goodLayout = new QVBoxLayout(&good);
    for (const QString &name : {u"firstLineEdit"_s, u"secondLineEdit"_s, u"thirdLineEdit"_s})
        namedEdit(&good, goodLayout, name);
    const QStringList none = portico::test::accessibilityProblems(&good);
    QVERIFY2(none.isEmpty(), qPrintable(none.join(u'\n')));
}

void TestAccessibility::tabWalkReportsALoopAndATrap()
{
    // Tab from the last field goes back to the second: the walk never returns to the first.
    QWidget loop;
    auto *layout = new QVBoxLayout(&loop);
    namedEdit(&loop, layout, u"firstLineEdit"_s);
    QLineEdit *second = namedEdit(&loop, layout, u"secondLineEdit"_s);
    QLineEdit *last = namedEdit(&loop, layout, u"lastLineEdit"_s);
    new TabJump(last, second);
    const QString looped = portico::test::accessibilityProblems(&loop).join(u'\n');
    QVERIFY2(looped.contains(u"Tab reaches QLineEdit 'secondLineEdit' twice"_s), qPrintable(looped));

    // A text editor that takes Tab as a character keeps the focus for ever.
    QWidget trap;
    auto *trapLayout = new QVBoxLayout(&trap);
    namedEdit(&trap, trapLayout, u"firstLineEdit"_s);
    auto *editor = new QPlainTextEdit(&trap);
    editor->setObjectName(u"bodyPlainTextEdit"_s);
    editor->setAccessibleName(u"Body"_s);
    trapLayout->addWidget(editor);
    namedEdit(&trap, trapLayout, u"lastLineEdit"_s);
    const QString trapped = portico::test::accessibilityProblems(&trap).join(u'\n');
    QVERIFY2(trapped.contains(u"Tab never comes back to QLineEdit 'firstLineEdit'"_s), qPrintable(trapped));
    QVERIFY2(trapped.contains(u"it stays at QPlainTextEdit 'bodyPlainTextEdit'"_s), qPrintable(trapped));
    QVERIFY2(trapped.contains(u"Tab never reaches QLineEdit 'lastLineEdit'"_s), qPrintable(trapped));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
