#include <QTest>

class TestUrlTemplate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QFAIL("not written yet"); }
};

QTEST_GUILESS_MAIN(TestUrlTemplate)
#include "tst_urltemplate.moc"
