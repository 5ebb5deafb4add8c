// tc::hardenProcess(): no core files and not dumpable, as the console and the CLI start.
#include "core/util/ProcessHygiene.h"

#include <QTest>

#include <sys/resource.h>
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

class TestProcessHygiene : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hardenProcess_turnsOffCoreFilesAndDumping()
    {
        const QString problems = tc::hardenProcess();
        QVERIFY2(problems.isEmpty(), qPrintable(problems));

        rlimit core{};
        QCOMPARE(getrlimit(RLIMIT_CORE, &core), 0);
        QCOMPARE(core.rlim_cur, rlim_t(0));
        QCOMPARE(core.rlim_max, rlim_t(0));
#if defined(Q_OS_LINUX)
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
#endif
    }

    void hardenProcess_twice_isHarmless()
    {
        QVERIFY(tc::hardenProcess().isEmpty());
        QVERIFY(tc::hardenProcess().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProcessHygiene)
#include "TestProcessHygiene.moc"
