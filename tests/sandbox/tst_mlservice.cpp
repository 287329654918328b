#include <QTest>

class TestMlService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QFAIL("not written yet"); }
};

QTEST_GUILESS_MAIN(TestMlService)
#include "tst_mlservice.moc"
