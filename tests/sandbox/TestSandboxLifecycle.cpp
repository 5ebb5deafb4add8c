// The telematics-sandbox process: flags, exit codes, signals and persistence with --db.
#include "SandboxHttp.h"
#include "SandboxProcess.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace sbtest;

namespace {
struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QByteArray out, err;
};

Run runSandbox(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("TC_SANDBOX_BIN"), args);
    Run r;
    if (!p.waitForFinished(10000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitCode();
    r.status = p.exitStatus();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString tokenOf(const HttpResult &r)
{
    return r.resultObject().value(u"AccessToken"_s).toObject().value(u"Token"_s).toString();
}
} // namespace

class TestSandboxLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(!qEnvironmentVariableIsEmpty("TC_SANDBOX_BIN")); }

    void help_printsUsage_exit0()
    {
        const Run r = runSandbox({u"--help"_s});
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Usage: telematics-sandbox"));
        QVERIFY(r.out.contains("--enable-faults"));
    }

    void badFlags_messageOnStderr_exit2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown flag") << QStringList{u"--bogus"_s};
        QTest::newRow("port not a number") << QStringList{u"--port"_s, u"abc"_s};
        QTest::newRow("port too big") << QStringList{u"--port"_s, u"70000"_s};
        QTest::newRow("missing value") << QStringList{u"--db"_s};
        QTest::newRow("ttl zero") << QStringList{u"--access-ttl"_s, u"0"_s};
        QTest::newRow("limit without window") << QStringList{u"--login-limit"_s, u"5"_s};
        QTest::newRow("bad shape") << QStringList{u"--login-fields"_s, u"xml"_s};
        QTest::newRow("positional") << QStringList{u"serve"_s};
    }
    void badFlags_messageOnStderr_exit2()
    {
        QFETCH(QStringList, args);
        const Run r = runSandbox(args);
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty()); // no start-up line
        QVERIFY(r.err.contains("telematics-sandbox:"));
    }

    void unusableDatabase_exit1()
    {
        const Run r = runSandbox({u"--port"_s, u"0"_s, u"--db"_s, u"/nonexistent-dir/x/sandbox.db"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.isEmpty());
    }

    void portInUse_exit1()
    {
        SandboxProcess first;
        QVERIFY2(first.start(), qPrintable(first.errorString()));
        const Run r = runSandbox({u"--port"_s, QString::number(first.port())});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("cannot listen"));
    }

    void startupLine_isOneLineOfJsonWithTheContractKeys()
    {
        QProcess p;
        p.start(qEnvironmentVariable("TC_SANDBOX_BIN"), {u"--port"_s, u"0"_s});
        QTRY_VERIFY_WITH_TIMEOUT(p.canReadLine() || (p.waitForReadyRead(100) && p.canReadLine()), 10000);
        const QByteArray line = p.readLine();
        QVERIFY(line.endsWith('\n'));
        QVERIFY(!line.trimmed().contains('\n'));
        // the keys in CLI.md's order
        const qsizetype port = line.indexOf("\"port\""), base = line.indexOf("\"base_url\""),
                        admin = line.indexOf("\"admin\""), groups = line.indexOf("\"groups\"");
        QVERIFY(port >= 0 && port < base && base < admin && admin < groups);
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QJsonObject a = o.value(u"admin"_s).toObject();
        QCOMPARE(a.keys(), (QStringList{u"email"_s, u"instance_id"_s, u"password"_s}));
        const QJsonArray g = o.value(u"groups"_s).toArray();
        QCOMPARE(g.size(), 2);
        QCOMPARE(g.at(0).toObject().keys(), (QStringList{u"instance_id"_s, u"instance_key"_s}));
        p.terminate();
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().isEmpty()); // nothing after the line
    }

    void sigterm_exits0()
    {
        SandboxProcess sb;
        QVERIFY2(sb.start(), qPrintable(sb.errorString()));
        Http http(sb.baseUrl());
        QCOMPARE(http.get(u"/v1/x"_s).status, 404);
        sb.stop(); // SIGTERM
        QCOMPARE(sb.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sb.exitCode(), 0);
        QVERIFY(!sb.isRunning());
    }

    void sigint_exits0()
    {
        QProcess p;
        p.start(qEnvironmentVariable("TC_SANDBOX_BIN"), {u"--port"_s, u"0"_s});
        QTRY_VERIFY_WITH_TIMEOUT(p.canReadLine() || (p.waitForReadyRead(100) && p.canReadLine()), 10000);
        QCOMPARE(::kill(pid_t(p.processId()), SIGINT), 0);
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
    }

    void db_persistsCredentialsUsersAndSessions_acrossRestart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(u"sandbox.db"_s);

        SandboxProcess sb;
        QVERIFY2(sb.start({u"--db"_s, db}), qPrintable(sb.errorString()));
        const QJsonObject firstStartup = sb.startup();
        QString deviceToken, refreshToken, jwt;
        {
            Http http(sb.baseUrl());
            const HttpResult r = http.post(
                    u"/v1/Registration/Create"_s,
                    {{u"Email"_s, u"kept@example.com"_s}, {u"UserFields"_s, QJsonObject{{u"ClientId"_s, u"keep-1"_s}}}},
                    group(sb.groupInstanceId(1), sb.groupInstanceKey(1)));
            QCOMPARE(r.status, 200);
            deviceToken = r.resultObject().value(u"DeviceToken"_s).toString();
            refreshToken = r.resultObject().value(u"RefreshToken"_s).toString();
            jwt = tokenOf(r);
        }
        sb.stop();
        QCOMPARE(sb.exitCode(), 0);
        QVERIFY(QFile::exists(db));

        QVERIFY2(sb.start({u"--db"_s, db}), qPrintable(sb.errorString()));
        // same credentials (the port may differ)
        QCOMPARE(sb.startup().value(u"admin"_s), firstStartup.value(u"admin"_s));
        QCOMPARE(sb.startup().value(u"groups"_s), firstStartup.value(u"groups"_s));
        Http http(sb.baseUrl());
        // the user is still there
        bool listed = false;
        const QJsonArray users = sb.issuedUsers();
        for (const auto &u : users)
            listed |= u.toObject().value(u"DeviceToken"_s).toString() == deviceToken;
        QVERIFY(listed);
        const HttpResult admin
                = http.post(u"/v1/Auth/Login"_s, {{u"LoginFields"_s, QJsonObject{{u"Email"_s, sb.adminEmail()}}},
                                                  {u"Password"_s, sb.adminPassword()}});
        QCOMPARE(admin.status, 200);
        QUrlQuery q;
        q.addQueryItem(u"ClientId"_s, u"keep-1"_s);
        const HttpResult found = http.get(u"/v1/Management/users/find"_s, bearer(tokenOf(admin)), q);
        QCOMPARE(found.result().toArray().size(), 1);
        QCOMPARE(found.result().toArray().first().toObject().value(u"Email"_s).toString(), u"kept@example.com"_s);
        // the user can log in, and the refresh token issued before the restart still works
        const HttpResult login = http.post(u"/v1/Auth/Login"_s,
                                           {{u"LoginFields"_s, QJsonObject{{u"DeviceToken"_s, deviceToken}}},
                                            {u"Password"_s, sb.groupInstanceKey(1)}},
                                           {{"InstanceId", sb.groupInstanceId(1).toLatin1()}});
        QCOMPARE(login.status, 200);
        const HttpResult refreshed
                = http.post(u"/v1/Auth/RefreshToken"_s, {{u"AccessToken"_s, jwt}, {u"RefreshToken"_s, refreshToken}});
        QCOMPARE(refreshed.status, 200);
        // and the JWT signed before the restart is still accepted (same secret)
        QCOMPARE(http.get(u"/v1/Management/users"_s, bearer(jwt)).status, 200);
        sb.stop();
        QCOMPARE(sb.exitCode(), 0);
    }

    void withoutDb_eachStartIsFresh()
    {
        SandboxProcess a, b;
        QVERIFY(a.start());
        QVERIFY(b.start());
        QVERIFY(a.adminPassword() != b.adminPassword());
        QVERIFY(a.groupInstanceId() != b.groupInstanceId());
        QVERIFY(a.port() != b.port());
    }
};

QTEST_GUILESS_MAIN(TestSandboxLifecycle)
#include "TestSandboxLifecycle.moc"
