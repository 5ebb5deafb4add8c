// tc::TimeText: the console's durations and relative times, and the CLI's fixed wording for
// `status` (plainRelative), which stays what telematics-cli printed before it moved into core.
#include "core/util/TimeText.h"

#include <QTest>

using namespace Qt::StringLiterals;
using tc::TimeText;

class TestTimeText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void duration_data()
    {
        QTest::addColumn<qint64>("secs");
        QTest::addColumn<QString>("text");
        QTest::newRow("0") << qint64(0) << u"0 s"_s;
        QTest::newRow("45 s") << qint64(45) << u"45 s"_s;
        QTest::newRow("2 min 5 s") << qint64(125) << u"2 min 5 s"_s;
        QTest::newRow("12 min") << qint64(12 * 60 + 30) << u"12 min"_s;
        QTest::newRow("1 h") << qint64(3600) << u"1 h"_s;
        QTest::newRow("1 h 59 min") << qint64(7199) << u"1 h 59 min"_s;
        QTest::newRow("1 day") << qint64(86400) << u"1 day"_s;
        QTest::newRow("2 days 4 h") << qint64(2 * 86400 + 4 * 3600) << u"2 days 4 h"_s;
        QTest::newRow("3 days") << qint64(3 * 86400 + 4 * 3600) << u"3 days"_s;
        QTest::newRow("14 days less a second") << qint64(14 * 86400 - 1) << u"14 days"_s;
        QTest::newRow("6 days 13 h") << qint64(6 * 86400 + 13 * 3600) << u"7 days"_s;
        QTest::newRow("2 days 23 h 59 min") << qint64(3 * 86400 - 60) << u"2 days 23 h"_s;
        QTest::newRow("negative") << qint64(-125) << u"2 min 5 s"_s;
    }

    void duration()
    {
        QFETCH(qint64, secs);
        QFETCH(QString, text);
        QCOMPARE(TimeText::duration(secs), text);
    }

    void relative()
    {
        QCOMPARE(TimeText::relative(0), u"now"_s);
        QCOMPARE(TimeText::relative(7140), u"in 1 h 59 min"_s);
        QCOMPARE(TimeText::relative(-3 * 86400), u"3 days ago"_s);
    }

    // The CLI's status line: "expires_at  <ISO>  (in 59 min)". Each row is what the CLI's own
    // humanDuration printed for it.
    void plainRelative_data()
    {
        QTest::addColumn<qint64>("secs");
        QTest::addColumn<QString>("text");
        QTest::newRow("0") << qint64(0) << u"in 0 s"_s;
        QTest::newRow("119 s") << qint64(119) << u"in 119 s"_s;
        QTest::newRow("2 min") << qint64(120) << u"in 2 min"_s;
        QTest::newRow("60 min") << qint64(3600) << u"in 60 min"_s;
        QTest::newRow("119 min") << qint64(7199) << u"in 119 min"_s;
        QTest::newRow("2 h 0 min") << qint64(7200) << u"in 2 h 0 min"_s;
        QTest::newRow("47 h 59 min") << qint64(2 * 86400 - 1) << u"in 47 h 59 min"_s;
        QTest::newRow("2 d 0 h") << qint64(2 * 86400) << u"in 2 d 0 h"_s;
        QTest::newRow("14 d 3 h") << qint64(14 * 86400 + 3 * 3600 + 59) << u"in 14 d 3 h"_s;
        QTest::newRow("past, seconds") << qint64(-5) << u"5 s ago"_s;
        QTest::newRow("past, minutes") << qint64(-600) << u"10 min ago"_s;
        QTest::newRow("past, hours") << qint64(-(3 * 3600 + 5 * 60)) << u"3 h 5 min ago"_s;
        QTest::newRow("past, days") << qint64(-(3 * 86400 + 4 * 3600)) << u"3 d 4 h ago"_s;
    }

    void plainRelative()
    {
        QFETCH(qint64, secs);
        QFETCH(QString, text);
        QCOMPARE(TimeText::plainRelative(secs), text);
    }
};

QTEST_GUILESS_MAIN(TestTimeText)
#include "TestTimeText.moc"
