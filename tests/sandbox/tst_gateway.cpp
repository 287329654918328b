#include <QTest>

class TestGateway : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QFAIL("not written yet"); }
};

QTEST_GUILESS_MAIN(TestGateway)
#include "tst_gateway.moc"
