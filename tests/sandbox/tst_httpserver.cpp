#include <QTest>

class TestHttpServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QFAIL("not written yet"); }
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
