// tc::LoginBudget: at most N automatic logins per window and scope, 429 blocks, shared through
// a settings file by separate processes; all from a ManualClock.
#include "core/auth/LoginBudget.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestLoginBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void automatic_twoInWindow_thirdRefusedUntilOldestDropsOut();
    void manual_neverCountedButBlockedBy429();
    void recordRateLimited_blocksEveryLoginUntilRetryAfter();
    void recordRateLimited_withoutTime_blocksOneHour();
    void scopes_areIndependent();
    void settings_sharedBetweenInstances();
    void clearBlock_afterGoodLogin();
};

void TestLoginBudget::automatic_twoInWindow_thirdRefusedUntilOldestDropsOut()
{
    tc::ManualClock clock(QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC));
    tc::LoginBudget budget(nullptr, &clock, 2, 600s);
    const QString s = u"profile:a"_s;
    QVERIFY(budget.allowsAutomatic(s));
    budget.recordLogin(s, true);
    clock.advanceSecs(100);
    budget.recordLogin(s, true);
    QCOMPARE(budget.automaticInWindow(s), 2);
    QVERIFY(!budget.allowsAutomatic(s));
    // The first login (t=0) drops out of the window at t=600.
    QCOMPARE(budget.nextAutomaticAt(s), QDateTime(QDate(2026, 3, 1), QTime(12, 10), Qt::UTC));
    clock.advanceSecs(499); // t=599
    QVERIFY(!budget.allowsAutomatic(s));
    clock.advanceSecs(1); // t=600
    QVERIFY(budget.allowsAutomatic(s));
    QCOMPARE(budget.automaticInWindow(s), 1);
    QCOMPARE(budget.nextAutomaticAt(s), clock.nowUtc());
}

void TestLoginBudget::manual_neverCountedButBlockedBy429()
{
    tc::ManualClock clock;
    tc::LoginBudget budget(nullptr, &clock, 2, 600s);
    const QString s = u"profile:a"_s;
    for (int i = 0; i < 5; ++i) {
        budget.recordLogin(s, false);
    }
    QVERIFY(budget.allowsAutomatic(s));
    QVERIFY(budget.allowsManual(s));
    budget.recordRateLimited(s, clock.nowUtc().addSecs(120));
    QVERIFY(!budget.allowsManual(s));
    QVERIFY(!budget.allowsAutomatic(s));
}

void TestLoginBudget::recordRateLimited_blocksEveryLoginUntilRetryAfter()
{
    tc::ManualClock clock;
    tc::LoginBudget budget(nullptr, &clock);
    const QString s = u"base-url:http://127.0.0.1:1"_s;
    const QDateTime until = clock.nowUtc().addSecs(90);
    budget.recordRateLimited(s, until);
    QVERIFY(budget.isBlocked(s));
    QCOMPARE(budget.blockedUntil(s).toSecsSinceEpoch(), until.toSecsSinceEpoch());
    QCOMPARE(budget.nextAutomaticAt(s).toSecsSinceEpoch(), until.toSecsSinceEpoch());
    // An earlier Retry-After never shortens a block already known.
    budget.recordRateLimited(s, clock.nowUtc().addSecs(10));
    QCOMPARE(budget.blockedUntil(s).toSecsSinceEpoch(), until.toSecsSinceEpoch());
    clock.advanceSecs(90);
    QVERIFY(!budget.isBlocked(s));
    QVERIFY(!budget.blockedUntil(s).isValid());
    QVERIFY(budget.allowsAutomatic(s));
}

void TestLoginBudget::recordRateLimited_withoutTime_blocksOneHour()
{
    tc::ManualClock clock;
    tc::LoginBudget budget(nullptr, &clock);
    budget.recordRateLimited(u"s"_s);
    QCOMPARE(budget.blockedUntil(u"s"_s).toSecsSinceEpoch() - clock.nowSecs(), qint64(3600));
}

void TestLoginBudget::scopes_areIndependent()
{
    tc::ManualClock clock;
    tc::LoginBudget budget(nullptr, &clock, 1, 600s);
    budget.recordLogin(u"a"_s, true);
    budget.recordRateLimited(u"c"_s, clock.nowUtc().addSecs(60));
    QVERIFY(!budget.allowsAutomatic(u"a"_s));
    QVERIFY(budget.allowsAutomatic(u"b"_s));
    QVERIFY(!budget.allowsManual(u"c"_s));
    QVERIFY(budget.allowsManual(u"a"_s));
}

void TestLoginBudget::settings_sharedBetweenInstances()
{
    // Two processes of the CLI = two LoginBudget objects on two QSettings of the same file.
    QTemporaryDir dir;
    const QString file = dir.filePath(u"budget.ini"_s);
    tc::ManualClock clock;
    {
        QSettings s1(file, QSettings::IniFormat);
        tc::LoginBudget first(&s1, &clock, 2, 600s);
        first.recordLogin(u"profile:x"_s, true);
        first.recordLogin(u"profile:x"_s, true);
        first.recordRateLimited(u"profile:y"_s, clock.nowUtc().addSecs(300));
    }
    QSettings s2(file, QSettings::IniFormat);
    tc::LoginBudget second(&s2, &clock, 2, 600s);
    QVERIFY(!second.allowsAutomatic(u"profile:x"_s));
    QVERIFY(second.isBlocked(u"profile:y"_s));
    // Written by one live instance, seen by another live one.
    QSettings s3(file, QSettings::IniFormat);
    tc::LoginBudget third(&s3, &clock, 2, 600s);
    second.clearBlock(u"profile:y"_s);
    QVERIFY(!third.isBlocked(u"profile:y"_s));
}

void TestLoginBudget::clearBlock_afterGoodLogin()
{
    tc::ManualClock clock;
    tc::LoginBudget budget(nullptr, &clock);
    budget.recordRateLimited(u"s"_s, clock.nowUtc().addSecs(60));
    budget.clearBlock(u"s"_s);
    QVERIFY(budget.allowsManual(u"s"_s));
}

QTEST_GUILESS_MAIN(TestLoginBudget)
#include "TestLoginBudget.moc"
