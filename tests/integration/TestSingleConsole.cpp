// One console per user, with real processes ($TC_CONSOLE_BIN, offscreen, a private runtime folder):
// a second launch hands its request to the running console over the local socket, which brings
// its window to the front, and exits 0 without building anything; a console killed with SIGKILL
// leaves its lock and socket behind, and the next launch takes them over.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSingleConsole : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString runtime() const { return m_dir.path() + u"/run"_s; }
    QString socketPath() const { return runtime() + u"/telematics-console.socket"_s; }
    QString lockPath() const { return runtime() + u"/telematics-console.lock"_s; }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_dir.path() + u"/home"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.path() + u"/config"_s);
        env.insert(u"XDG_DATA_HOME"_s, m_dir.path() + u"/data"_s);
        env.insert(u"XDG_CACHE_HOME"_s, m_dir.path() + u"/cache"_s);
        env.insert(u"XDG_RUNTIME_DIR"_s, runtime());
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        return env;
    }

    tests::CliRunner secondLaunch() const
    {
        tests::CliRunner r(qEnvironmentVariable("TC_CONSOLE_BIN"));
        const QProcessEnvironment env = environment();
        for (const QString &key : env.keys())
            r.setEnv(key, env.value(key));
        r.setTimeout(30000);
        return r;
    }

    // Starts a console (no sandbox) and waits until it says it listens for later launches.
    static bool startFirst(QProcess &p, const QProcessEnvironment &env, QByteArray *err)
    {
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("TC_CONSOLE_BIN"), {u"--no-sandbox"_s});
        if (!p.waitForStarted(10000))
            return false;
        [[maybe_unused]] const bool done = QTest::qWaitFor(
                [&] {
                    *err += p.readAllStandardError();
                    return err->contains("listening for later launches") || p.state() == QProcess::NotRunning;
                },
                30000);
        return p.state() == QProcess::Running && err->contains("listening for later launches");
    }

    static void stop(QProcess &p)
    {
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished(10000);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariableIsEmpty("TC_CONSOLE_BIN"));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QDir(m_dir.path()).removeRecursively();
        for (const char *sub : {"home", "config", "data", "cache", "run"})
            QVERIFY(QDir().mkpath(m_dir.path() + u'/' + QString::fromLatin1(sub)));
        QFile::setPermissions(runtime(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    void secondLaunch_bringsTheFirstToTheFrontAndExits()
    {
        QProcess first;
        QByteArray firstErr;
        QVERIFY2(startFirst(first, environment(), &firstErr), firstErr.constData());

        const tests::CliResult second = secondLaunch().run({});
        QVERIFY2(second.exitCode == 0, qPrintable(second.describe()));
        QVERIFY2(second.out.contains("already running"), qPrintable(second.describe()));

        // The first console got the request and raised its window; it is still the only one.
        QTRY_VERIFY_WITH_TIMEOUT((firstErr += first.readAllStandardError()).contains("brought to the front"), 10000);
        QCOMPARE(first.state(), QProcess::Running);
        // A second launch built nothing: still no sandbox database (the first runs with --no-sandbox).
        QVERIFY(!QFile::exists(m_dir.path() + u"/data/telematics-console/sandbox.sqlite"_s));

        // Asking twice works too (the first keeps listening).
        const tests::CliResult third = secondLaunch().run({});
        QVERIFY2(third.exitCode == 0, qPrintable(third.describe()));
        stop(first);
    }

    void crashedConsole_leavesNothingThatBlocksTheNext()
    {
        QProcess crashed;
        QByteArray crashedErr;
        QVERIFY2(startFirst(crashed, environment(), &crashedErr), crashedErr.constData());
        crashed.kill(); // SIGKILL: no destructor removes the socket or the lock
        QVERIFY(crashed.waitForFinished(10000));
        QVERIFY(QFile::exists(socketPath()));
        QVERIFY(QFile::exists(lockPath()));

        // The next launch takes over the stale lock and socket and becomes the one console ...
        QProcess next;
        QByteArray nextErr;
        QVERIFY2(startFirst(next, environment(), &nextErr), nextErr.constData());
        // ... which a later launch reaches.
        const tests::CliResult later = secondLaunch().run({});
        QVERIFY2(later.exitCode == 0, qPrintable(later.describe()));
        QVERIFY2(later.out.contains("already running"), qPrintable(later.describe()));
        stop(next);
    }
};

QTEST_GUILESS_MAIN(TestSingleConsole)
#include "TestSingleConsole.moc"
