// The three programs' command lines as black boxes (QProcess): --help and --version answer on
// stdout and exit 0 without a display and without side effects (the config, data, cache and
// runtime folders of a fresh HOME stay empty: no window, no sandbox, no settings); bad usage is
// exit 2 with a message, and still creates nothing.
#include "CliRunner.h"
#include "Version.h"

#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using tests::CliResult;

namespace {

QString program(const char *variable)
{
    return qEnvironmentVariable(variable);
}

} // namespace

class TestCommandLines : public QObject
{
    Q_OBJECT

    // A fresh HOME and XDG tree per run; no display at all unless `display`.
    struct Home
    {
        QTemporaryDir dir;
        Home()
        {
            for (const char *sub : {"home", "config", "data", "cache", "run"})
                QDir(dir.path()).mkpath(QString::fromLatin1(sub));
            QFile::setPermissions(dir.path() + u"/run"_s,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        }
        tests::CliRunner runner(const QString &program, bool display = false) const
        {
            tests::CliRunner r(program);
            r.setEnv(u"HOME"_s, dir.path() + u"/home"_s)
                    .setEnv(u"XDG_CONFIG_HOME"_s, dir.path() + u"/config"_s)
                    .setEnv(u"XDG_DATA_HOME"_s, dir.path() + u"/data"_s)
                    .setEnv(u"XDG_CACHE_HOME"_s, dir.path() + u"/cache"_s)
                    .setEnv(u"XDG_RUNTIME_DIR"_s, dir.path() + u"/run"_s)
                    .unsetEnv(u"DISPLAY"_s)
                    .unsetEnv(u"WAYLAND_DISPLAY"_s)
                    .setTimeout(30000);
            if (!display)
                r.unsetEnv(u"QT_QPA_PLATFORM"_s);
            return r;
        }
        // Every file and folder created under the tree (the five folders themselves excepted).
        QStringList created() const
        {
            QStringList out;
            QDirIterator it(dir.path(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next().mid(dir.path().size() + 1);
                if (!path.contains(u'/'))
                    continue;
                out.append(path);
            }
            return out;
        }
    };

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *v : {"TC_CONSOLE_BIN", "TC_CLI_BIN", "TC_SANDBOX_BIN"})
            QVERIFY2(!program(v).isEmpty(), v);
    }

    void helpAndVersion_answerWithoutSideEffects_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("flag");
        QTest::addColumn<QString>("expected");
        const QString version = QStringLiteral(TC_VERSION);
        for (const auto &[variable, name] :
             {std::pair{"TC_CONSOLE_BIN", "telematics-console"}, std::pair{"TC_CLI_BIN", "telematics-cli"},
              std::pair{"TC_SANDBOX_BIN", "telematics-sandbox"}}) {
            const QString n = QString::fromLatin1(name);
            QTest::addRow("%s --version", name)
                    << QString::fromLatin1(variable) << n << u"--version"_s << n + u" "_s + version + u"\n"_s;
            QTest::addRow("%s --help", name) << QString::fromLatin1(variable) << n << u"--help"_s << u"Usage:"_s;
            QTest::addRow("%s -h", name) << QString::fromLatin1(variable) << n << u"-h"_s << u"Usage:"_s;
        }
        // --help wins over a bad option (a person asking for help should get it).
        QTest::addRow("console --help beside a bad option")
                << u"TC_CONSOLE_BIN"_s << u"telematics-console"_s << u"--bogus --help"_s << u"Usage:"_s;
    }

    void helpAndVersion_answerWithoutSideEffects()
    {
        QFETCH(QString, variable);
        QFETCH(QString, name);
        QFETCH(QString, flag);
        QFETCH(QString, expected);
        Home home;
        const CliResult r = home.runner(program(variable.toLatin1().constData())).run(flag.split(u' '));
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString out = QString::fromUtf8(r.out);
        if (flag == u"--version"_s)
            QCOMPARE(out, expected);
        else
            QVERIFY2(out.startsWith(expected) && out.contains(u"--version"_s), qPrintable(r.describe()));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.describe()));
        QCOMPARE(home.created(), QStringList());
    }

    void consoleHelp_namesItsOptions()
    {
        Home home;
        const CliResult r = home.runner(program("TC_CONSOLE_BIN")).run({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        for (const QString &option : {u"--profile <NAME>"_s, u"--sandbox"_s, u"--no-sandbox"_s, u"--help"_s})
            QVERIFY2(r.out.contains(option.toUtf8()), qPrintable(r.describe()));
    }

    void consoleBadUsage_exits2AndCreatesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option") << QStringList{u"--bogus"_s} << u"Unknown option 'bogus'"_s;
        QTest::newRow("both sandbox flags")
                << QStringList{u"--sandbox"_s, u"--no-sandbox"_s} << u"--sandbox and --no-sandbox exclude each other"_s;
        QTest::newRow("a stray argument") << QStringList{u"extra"_s} << u"unexpected argument 'extra'"_s;
        QTest::newRow("--profile without a name") << QStringList{u"--profile"_s} << u"Missing value after"_s;
    }

    void consoleBadUsage_exits2AndCreatesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        Home home;
        const CliResult r = home.runner(program("TC_CONSOLE_BIN"), true).run(args);
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(QString::fromUtf8(r.err).contains(message), qPrintable(r.describe()));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
        QCOMPARE(home.created(), QStringList());
    }

    void consoleUnknownProfile_exits2BeforeAnyWindow()
    {
        Home home;
        const CliResult r = home.runner(program("TC_CONSOLE_BIN"), true).run({u"--profile"_s, u"Nobody"_s});
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("there is no profile named \"Nobody\""), qPrintable(r.describe()));
        QCOMPARE(home.created(), QStringList());
    }

    void sandboxBadOption_exits2()
    {
        Home home;
        const CliResult r = home.runner(program("TC_SANDBOX_BIN")).run({u"--bogus"_s});
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(home.created(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestCommandLines)
#include "TestCommandLines.moc"
