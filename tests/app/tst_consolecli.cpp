// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The portico command line: --version and --help answer on a terminal with no display,
// --lang picks the interface language (Turkish help text), and a wrong language is refused
// with a message rather than ignored.

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestConsoleCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void versionNamesPorticoQtAndTheLicenceWithoutADisplay();
    void helpIsTurkishWithLangTr();
    void unknownLanguageIsRefused();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &arguments);
};

TestConsoleCli::Run TestConsoleCli::run(const QStringList &arguments)
{
    QTemporaryDir profile;
    QProcess p;
    // No window system at all: neither X nor Wayland nor the offscreen platform.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
        env.remove(name);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PORTICO_BINARY_DIR "/app/portico/portico"),
            QStringList{u"--data-dir"_s, profile.path()} + arguments);
    Run r;
    if (!p.waitForFinished(20'000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestConsoleCli::versionNamesPorticoQtAndTheLicenceWithoutADisplay()
{
    const Run r = run({u"--version"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(u"Portico " PORTICO_VERSION), qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(u"Qt " QT_VERSION_STR), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"MIT"), qPrintable(r.out));
}

void TestConsoleCli::helpIsTurkishWithLangTr()
{
    const Run english = run({u"--lang"_s, u"en"_s, u"--help"_s});
    QCOMPARE(english.exitCode, 0);
    QVERIFY2(english.out.contains(u"Do not start the embedded sandbox."), qPrintable(english.out));
    const Run turkish = run({u"--lang"_s, u"tr"_s, u"--help"_s});
    QCOMPARE(turkish.exitCode, 0);
    QVERIFY2(!turkish.out.contains(u"Do not start the embedded sandbox."), qPrintable(turkish.out));
    QVERIFY2(turkish.out.contains(u"korumalı alan"), qPrintable(turkish.out));
}

void TestConsoleCli::unknownLanguageIsRefused()
{
    // Offscreen, so a console that ignored the mistake would start and never exit on its own.
    QTemporaryDir profile;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    // The refusal is worded in the system's language; this test reads the English one.
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.remove(u"LANGUAGE"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PORTICO_BINARY_DIR "/app/portico/portico"),
            {u"--data-dir"_s, profile.path(), u"--no-sandbox"_s, u"--lang"_s, u"xx"_s});
    QVERIFY(p.waitForFinished(20'000));
    QCOMPARE(p.exitCode(), 2);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(u"\"xx\"") && err.contains(u"tr or en"), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestConsoleCli)
#include "tst_consolecli.moc"
