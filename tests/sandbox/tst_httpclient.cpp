#include <QTest>

class TestHttpClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QFAIL("not written yet"); }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
