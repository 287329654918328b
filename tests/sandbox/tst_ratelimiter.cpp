// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// Pins RateLimiter to API Management's two policies on a clock the test moves by hand:
// rate-limit as a sliding window (admitted again to the millisecond the oldest call leaves
// it) and quota as a fixed window counted from the subscription's creation.

#include "sandbox/gateway/ratelimiter.h"

#include <QList>
#include <QString>
#include <QTest>

using namespace Qt::StringLiterals;
using portico::sandbox::Policy;
using portico::sandbox::RateLimiter;

using Decision = RateLimiter::Decision;

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kWeek = 604800 * kSecond;
// Not a multiple of any period, so a window counted from the epoch instead of from the
// subscription's creation would show.
constexpr qint64 kCreated = 1'718'000'123'456;

const Policy kStarterRate{5, 60};
const Policy kStarterQuota{100, 604800};
const Policy kNone{};

const QString kSub = u"sub-starter"_s;

} // namespace

class TestRateLimiter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();

    void noPoliciesAlwaysAllow();
    void slidingWindowAdmitsFiveCallsThenCountsDown();
    void sixthCallWaitsForTheOldestCallToLeave_data();
    void sixthCallWaitsForTheOldestCallToLeave();
    void admittedAgainExactlyWhenTheWindowSlides();
    void refusedCallsDoNotExtendTheRateWindow();
    void quotaRefusesTheHundredAndFirstCallUntilTheWindowEnds();
    void quotaWindowRestartsAtTheNextPeriodFromCreation();
    void quotaWindowStartIsCountedFromCreation_data();
    void quotaWindowStartIsCountedFromCreation();
    void quotaRefusalDoesNotConsumeRateBudget();
    void rateRefusalDoesNotConsumeQuota();
    void remainingIsMinusOneWithoutThatPolicy();
    void subscriptionsAreCountedSeparately();
    void seedRestoresRateWindowAfterRestart();
    void seedRestoresQuotaCountAfterRestart();
    void seedIgnoresCallsOutsideTheWindows();
    void resetForgetsASubscription();

private:
    RateLimiter makeLimiter()
    {
        return RateLimiter([this] { return m_now; });
    }
    Decision admit(RateLimiter &limiter, const Policy &rate, const Policy &quota, const QString &sub = kSub)
    {
        return limiter.admit(sub, kCreated, rate, quota);
    }

    qint64 m_now = 0;
};

void TestRateLimiter::init()
{
    m_now = kCreated + 5 * kSecond;
}

void TestRateLimiter::noPoliciesAlwaysAllow()
{
    RateLimiter limiter = makeLimiter();
    for (int i = 0; i < 1000; ++i) {
        const Decision d = admit(limiter, kNone, kNone);
        QCOMPARE(d.kind, Decision::Allowed);
        QCOMPARE(d.retryAfterSeconds, 0);
        QCOMPARE(d.rateRemaining, -1);
        QCOMPARE(d.quotaRemaining, -1);
    }
    // A half-set policy (calls without a period) is no policy either.
    for (int i = 0; i < 10; ++i)
        QCOMPARE(admit(limiter, Policy{1, 0}, Policy{0, 60}).kind, Decision::Allowed);
}

void TestRateLimiter::slidingWindowAdmitsFiveCallsThenCountsDown()
{
    RateLimiter limiter = makeLimiter();
    for (int i = 0; i < 5; ++i) {
        const Decision d = admit(limiter, kStarterRate, kNone);
        QCOMPARE(d.kind, Decision::Allowed);
        QCOMPARE(d.rateRemaining, 4 - i);
        QCOMPARE(d.quotaRemaining, -1);
        m_now += kSecond;
    }
    const Decision sixth = admit(limiter, kStarterRate, kNone);
    QCOMPARE(sixth.kind, Decision::RateLimited);
    QCOMPARE(sixth.rateRemaining, 0);
    // The first call was 5 s ago: it leaves the 60 s window in 55 s.
    QCOMPARE(sixth.retryAfterSeconds, 55);
}

void TestRateLimiter::sixthCallWaitsForTheOldestCallToLeave_data()
{
    QTest::addColumn<qint64>("sixthAfterMs");
    QTest::addColumn<int>("retryAfter");

    // Five calls at 0, 10, 20, 30 and 40 s; Retry-After rounds the wait up to whole seconds.
    QTest::newRow("right after the fifth") << qint64(40'000) << 20;
    QTest::newRow("whole seconds") << qint64(45'000) << 15;
    QTest::newRow("rounds up") << qint64(45'001) << 15;
    QTest::newRow("just past a second") << qint64(44'999) << 16;
    QTest::newRow("last millisecond") << qint64(59'999) << 1;
}

void TestRateLimiter::sixthCallWaitsForTheOldestCallToLeave()
{
    QFETCH(qint64, sixthAfterMs);
    QFETCH(int, retryAfter);

    RateLimiter limiter = makeLimiter();
    const qint64 start = m_now;
    for (int i = 0; i < 5; ++i) {
        m_now = start + i * 10 * kSecond;
        QCOMPARE(admit(limiter, kStarterRate, kStarterQuota).kind, Decision::Allowed);
    }
    m_now = start + sixthAfterMs;
    const Decision d = admit(limiter, kStarterRate, kStarterQuota);
    QCOMPARE(d.kind, Decision::RateLimited);
    QCOMPARE(d.retryAfterSeconds, retryAfter);
    QCOMPARE(d.rateRemaining, 0);
}

void TestRateLimiter::admittedAgainExactlyWhenTheWindowSlides()
{
    RateLimiter limiter = makeLimiter();
    const qint64 start = m_now;
    for (int i = 0; i < 5; ++i) {
        m_now = start + i * 10 * kSecond;
        QCOMPARE(admit(limiter, kStarterRate, kNone).kind, Decision::Allowed);
    }

    m_now = start + kMinute - 1;
    QCOMPARE(admit(limiter, kStarterRate, kNone).kind, Decision::RateLimited);

    // The call at 0 s has left; the ones at 10..40 s have not, so only one slot is free.
    m_now = start + kMinute;
    const Decision freed = admit(limiter, kStarterRate, kNone);
    QCOMPARE(freed.kind, Decision::Allowed);
    QCOMPARE(freed.rateRemaining, 0);

    const Decision next = admit(limiter, kStarterRate, kNone);
    QCOMPARE(next.kind, Decision::RateLimited);
    QCOMPARE(next.retryAfterSeconds, 10);

    m_now = start + 10 * kSecond + kMinute - 1;
    QCOMPARE(admit(limiter, kStarterRate, kNone).kind, Decision::RateLimited);
    m_now += 1;
    QCOMPARE(admit(limiter, kStarterRate, kNone).kind, Decision::Allowed);
}

void TestRateLimiter::refusedCallsDoNotExtendTheRateWindow()
{
    RateLimiter limiter = makeLimiter();
    const qint64 start = m_now;
    for (int i = 0; i < 5; ++i)
        QCOMPARE(admit(limiter, kStarterRate, kNone).kind, Decision::Allowed);

    // A client hammering a throttled API must not push its own release further away.
    for (qint64 t = 1; t < 60; ++t) {
        m_now = start + t * kSecond;
        const Decision d = admit(limiter, kStarterRate, kNone);
        QCOMPARE(d.kind, Decision::RateLimited);
        QCOMPARE(d.retryAfterSeconds, int(60 - t));
    }

    m_now = start + kMinute;
    for (int i = 0; i < 5; ++i) {
        const Decision d = admit(limiter, kStarterRate, kNone);
        QCOMPARE(d.kind, Decision::Allowed);
        QCOMPARE(d.rateRemaining, 4 - i);
    }
    const Decision d = admit(limiter, kStarterRate, kNone);
    QCOMPARE(d.kind, Decision::RateLimited);
    QCOMPARE(d.retryAfterSeconds, 60);
}

void TestRateLimiter::quotaRefusesTheHundredAndFirstCallUntilTheWindowEnds()
{
    RateLimiter limiter = makeLimiter();
    for (int i = 0; i < 100; ++i) {
        m_now = kCreated + i * kMinute;
        const Decision d = admit(limiter, kStarterRate, kStarterQuota);
        QCOMPARE(d.kind, Decision::Allowed);
        QCOMPARE(d.quotaRemaining, 99 - i);
        QCOMPARE(d.rateRemaining, 4);
    }

    m_now = kCreated + 3 * 86400 * kSecond + 500;
    Decision d = admit(limiter, kStarterRate, kStarterQuota);
    QCOMPARE(d.kind, Decision::QuotaExceeded);
    QCOMPARE(d.quotaRemaining, 0);
    // Four days minus half a second, rounded up.
    QCOMPARE(d.retryAfterSeconds, 4 * 86400);

    m_now = kCreated + kWeek - 1;
    d = admit(limiter, kStarterRate, kStarterQuota);
    QCOMPARE(d.kind, Decision::QuotaExceeded);
    QCOMPARE(d.retryAfterSeconds, 1);

    m_now = kCreated + kWeek;
    d = admit(limiter, kStarterRate, kStarterQuota);
    QCOMPARE(d.kind, Decision::Allowed);
    QCOMPARE(d.quotaRemaining, 99);
}

void TestRateLimiter::quotaWindowRestartsAtTheNextPeriodFromCreation()
{
    // Windows are [created + k·week, created + (k+1)·week), not calendar weeks and not
    // counted from the first call.
    RateLimiter limiter = makeLimiter();
    const Policy quota{3, 604800};
    m_now = kCreated + 2 * kWeek + kWeek - 10 * kSecond;
    for (int i = 0; i < 3; ++i)
        QCOMPARE(admit(limiter, kNone, quota).kind, Decision::Allowed);
    Decision d = admit(limiter, kNone, quota);
    QCOMPARE(d.kind, Decision::QuotaExceeded);
    QCOMPARE(d.retryAfterSeconds, 10);

    m_now = kCreated + 3 * kWeek;
    for (int i = 0; i < 3; ++i) {
        d = admit(limiter, kNone, quota);
        QCOMPARE(d.kind, Decision::Allowed);
        QCOMPARE(d.quotaRemaining, 2 - i);
    }
    d = admit(limiter, kNone, quota);
    QCOMPARE(d.kind, Decision::QuotaExceeded);
    QCOMPARE(d.retryAfterSeconds, 604800);
}

void TestRateLimiter::quotaWindowStartIsCountedFromCreation_data()
{
    QTest::addColumn<qint64>("now");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("at creation") << kCreated << kCreated;
    QTest::newRow("inside the first week") << kCreated + kWeek - 1 << kCreated;
    QTest::newRow("second week begins") << kCreated + kWeek << kCreated + kWeek;
    QTest::newRow("tenth week") << kCreated + 9 * kWeek + 12345 << kCreated + 9 * kWeek;
    QTest::newRow("clock behind creation") << kCreated - kWeek << kCreated;
}

void TestRateLimiter::quotaWindowStartIsCountedFromCreation()
{
    QFETCH(qint64, now);
    QFETCH(qint64, expected);
    QCOMPARE(RateLimiter::quotaWindowStart(now, kCreated, 604800), expected);
}

void TestRateLimiter::quotaRefusalDoesNotConsumeRateBudget()
{
    RateLimiter limiter = makeLimiter();
    const Policy quota{3, 30};
    m_now = kCreated;
    for (int i = 0; i < 3; ++i)
        QCOMPARE(admit(limiter, kStarterRate, quota).kind, Decision::Allowed);
    for (int i = 0; i < 10; ++i) {
        m_now += kSecond;
        QCOMPARE(admit(limiter, kStarterRate, quota).kind, Decision::QuotaExceeded);
    }

    // The next quota window; the three calls at 0 s are still inside the rate window.
    m_now = kCreated + 30 * kSecond;
    Decision d = admit(limiter, kStarterRate, quota);
    QCOMPARE(d.kind, Decision::Allowed);
    QCOMPARE(d.rateRemaining, 1);
    QCOMPARE(d.quotaRemaining, 2);
    d = admit(limiter, kStarterRate, quota);
    QCOMPARE(d.kind, Decision::Allowed);
    QCOMPARE(d.rateRemaining, 0);
    d = admit(limiter, kStarterRate, quota);
    QCOMPARE(d.kind, Decision::RateLimited);
    QCOMPARE(d.retryAfterSeconds, 30);
}

void TestRateLimiter::rateRefusalDoesNotConsumeQuota()
{
    RateLimiter limiter = makeLimiter();
    const Policy rate{2, 60};
    const Policy quota{5, 604800};
    const qint64 start = m_now;
    QCOMPARE(admit(limiter, rate, quota).quotaRemaining, 4);
    QCOMPARE(admit(limiter, rate, quota).quotaRemaining, 3);
    for (int i = 0; i < 20; ++i) {
        m_now += kSecond;
        QCOMPARE(admit(limiter, rate, quota).kind, Decision::RateLimited);
    }

    m_now = start + kMinute;
    Decision d = admit(limiter, rate, quota);
    QCOMPARE(d.kind, Decision::Allowed);
    QCOMPARE(d.quotaRemaining, 2);
    QCOMPARE(admit(limiter, rate, quota).quotaRemaining, 1);
    m_now += kMinute;
    QCOMPARE(admit(limiter, rate, quota).quotaRemaining, 0);
    d = admit(limiter, rate, quota);
    QCOMPARE(d.kind, Decision::QuotaExceeded);
}

void TestRateLimiter::remainingIsMinusOneWithoutThatPolicy()
{
    RateLimiter limiter = makeLimiter();
    Decision d = admit(limiter, kStarterRate, kNone, u"rate-only"_s);
    QCOMPARE(d.rateRemaining, 4);
    QCOMPARE(d.quotaRemaining, -1);

    d = admit(limiter, kNone, kStarterQuota, u"quota-only"_s);
    QCOMPARE(d.rateRemaining, -1);
    QCOMPARE(d.quotaRemaining, 99);

    d = admit(limiter, kStarterRate, kStarterQuota, u"both"_s);
    QCOMPARE(d.rateRemaining, 4);
    QCOMPARE(d.quotaRemaining, 99);
}

void TestRateLimiter::subscriptionsAreCountedSeparately()
{
    RateLimiter limiter = makeLimiter();
    for (int i = 0; i < 5; ++i)
        QCOMPARE(admit(limiter, kStarterRate, kStarterQuota, u"a"_s).kind, Decision::Allowed);
    QCOMPARE(admit(limiter, kStarterRate, kStarterQuota, u"a"_s).kind, Decision::RateLimited);

    for (int i = 0; i < 5; ++i) {
        const Decision d = admit(limiter, kStarterRate, kStarterQuota, u"b"_s);
        QCOMPARE(d.kind, Decision::Allowed);
        QCOMPARE(d.rateRemaining, 4 - i);
        QCOMPARE(d.quotaRemaining, 99 - i);
    }
    QCOMPARE(admit(limiter, kStarterRate, kStarterQuota, u"b"_s).kind, Decision::RateLimited);
    QCOMPARE(admit(limiter, kNone, kNone, u"unlimited"_s).kind, Decision::Allowed);
}

void TestRateLimiter::seedRestoresRateWindowAfterRestart()
{
    const qint64 start = m_now;
    QList<qint64> passed;
    {
        RateLimiter before = makeLimiter();
        for (int i = 0; i < 5; ++i) {
            m_now = start + i * 10 * kSecond;
            QCOMPARE(admit(before, kStarterRate, kStarterQuota).kind, Decision::Allowed);
            passed.append(m_now);
        }
    }

    m_now = start + 45 * kSecond;
    RateLimiter after = makeLimiter();
    // Out of order, as a log read back may be.
    after.seed(kSub, kCreated, kStarterRate, kStarterQuota, {passed[3], passed[0], passed[4], passed[1], passed[2]});
    Decision d = admit(after, kStarterRate, kStarterQuota);
    QCOMPARE(d.kind, Decision::RateLimited);
    QCOMPARE(d.retryAfterSeconds, 15);

    m_now = start + kMinute;
    d = admit(after, kStarterRate, kStarterQuota);
    QCOMPARE(d.kind, Decision::Allowed);
    QCOMPARE(d.rateRemaining, 0);
    QCOMPARE(d.quotaRemaining, 94);
}

void TestRateLimiter::seedRestoresQuotaCountAfterRestart()
{
    QList<qint64> passed;
    for (int i = 0; i < 100; ++i)
        passed.append(kCreated + kWeek + i * kMinute);
    m_now = kCreated + kWeek + 2 * 86400 * kSecond;

    RateLimiter limiter = makeLimiter();
    limiter.seed(kSub, kCreated, kStarterRate, kStarterQuota, passed);
    const Decision d = admit(limiter, kStarterRate, kStarterQuota);
    QCOMPARE(d.kind, Decision::QuotaExceeded);
    QCOMPARE(d.retryAfterSeconds, 5 * 86400);
}

void TestRateLimiter::seedIgnoresCallsOutsideTheWindows()
{
    m_now = kCreated + kWeek + 10 * kMinute;
    // 60 calls in the previous quota window, 2 in the current one but older than a minute,
    // and 1 exactly a minute old, which has just left the rate window.
    QList<qint64> passed;
    for (int i = 0; i < 60; ++i)
        passed.append(kCreated + kWeek - 1 - i * kMinute);
    passed.append(kCreated + kWeek);
    passed.append(kCreated + kWeek + kMinute);
    passed.append(m_now - kMinute);

    RateLimiter limiter = makeLimiter();
    limiter.seed(kSub, kCreated, kStarterRate, kStarterQuota, passed);
    const Decision d = admit(limiter, kStarterRate, kStarterQuota);
    QCOMPARE(d.kind, Decision::Allowed);
    QCOMPARE(d.rateRemaining, 4);
    QCOMPARE(d.quotaRemaining, 100 - 3 - 1);
}

void TestRateLimiter::resetForgetsASubscription()
{
    RateLimiter limiter = makeLimiter();
    for (int i = 0; i < 5; ++i)
        admit(limiter, kStarterRate, kStarterQuota);
    admit(limiter, kStarterRate, kStarterQuota, u"other"_s);
    QCOMPARE(admit(limiter, kStarterRate, kStarterQuota).kind, Decision::RateLimited);

    limiter.reset(kSub);
    const Decision d = admit(limiter, kStarterRate, kStarterQuota);
    QCOMPARE(d.kind, Decision::Allowed);
    QCOMPARE(d.rateRemaining, 4);
    QCOMPARE(d.quotaRemaining, 99);
    QCOMPARE(admit(limiter, kStarterRate, kStarterQuota, u"other"_s).rateRemaining, 3);
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
