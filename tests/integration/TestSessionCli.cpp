// telematics-cli's session commands as a person or a script uses them: one process per command,
// against the sandbox, with the real gnome-keyring of the test command's D-Bus session keeping
// the credentials and the session between processes.
#include "CliRunner.h"
#include "SandboxProcess.h"

#include "core/api/ApiClient.h"
#include "core/profiles/KeychainStore.h"
#include "core/profiles/ProfileStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using tests::CliResult;

class TestSessionCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void login_thenStatusInNewProcess_showsKeptSessionWithExpiry();
    void find_afterJwtLapsed_refreshesOnItsOwn();
    void refresh_twice_rotatedPairWasKept();
    void loginUser_statusShowsBothSessions();
    void login_withoutPassword_usageErrorAndNothingSent();
    void login_secretAsFlag_refused();
    void keychainUnavailable_exit4_beforeAnyLogin();
    void profile_loginAndStatusUnderProfile();
    void refresh_withoutKeptSession_tellsHowToLogIn();

private:
    // telematics-cli as `runner` sets it up (by default: this test's own environment); cliBase
    // puts --base-url <this test's sandbox> first.
    CliResult cli(const QStringList &args, const tests::CliRunner &runner = tests::CliRunner(),
                  const QByteArray &stdinData = {});
    CliResult cliBase(const QStringList &args, const tests::CliRunner &runner = tests::CliRunner());
    tests::CliRunner withPassword() const;
    CliResult loginAdmin();
    QString registerUser();
    void verifyNoSecret(const CliResult &r);

    SandboxProcess m_sandbox;
    QString m_profile;
};

void TestSessionCli::initTestCase()
{
    // No QStandardPaths test mode here: the profiles file must be the one the telematics-cli
    // child processes read (the test command gives every test a throwaway HOME and XDG folders).
    QVERIFY2(qEnvironmentVariableIsSet("TC_CLI_BIN"), "TC_CLI_BIN is not set");
    QVERIFY2(qEnvironmentVariableIsSet("TC_SANDBOX_BIN"), "TC_SANDBOX_BIN is not set");
}

void TestSessionCli::init()
{
    m_profile.clear();
}

void TestSessionCli::cleanup()
{
    if (m_sandbox.isRunning()) {
        cliBase({u"logout"_s, u"--forget"_s}); // the keychain entries of this base URL
    }
    if (!m_profile.isEmpty()) {
        cli({u"--profile"_s, m_profile, u"logout"_s, u"--forget"_s});
        std::unique_ptr<QSettings> settings = tc::ProfileStore::openDefaultSettings();
        tc::KeychainStore keychain;
        tc::ProfileStore profiles(settings.get(), &keychain);
        bool done = false;
        auto *op = profiles.remove(m_profile);
        connect(op, &tc::ProfileOperation::finished, this, [&done] { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    }
    m_sandbox.stop();
}

CliResult TestSessionCli::cli(const QStringList &args, const tests::CliRunner &runner, const QByteArray &stdinData)
{
    return runner.run(args, stdinData);
}

CliResult TestSessionCli::cliBase(const QStringList &args, const tests::CliRunner &runner)
{
    return cli(QStringList{u"--base-url"_s, m_sandbox.baseUrl().toString()} + args, runner);
}

tests::CliRunner TestSessionCli::withPassword() const
{
    return tests::CliRunner().withEnv(u"TELEMATICS_PASSWORD"_s, m_sandbox.adminPassword());
}

CliResult TestSessionCli::loginAdmin()
{
    return cliBase({u"--json"_s, u"login"_s, u"admin"_s, u"--instance-id"_s, m_sandbox.adminInstanceId(), u"--email"_s,
                    m_sandbox.adminEmail()},
                   withPassword());
}

QString TestSessionCli::registerUser()
{
    QNetworkAccessManager nam;
    tc::ApiClient api(&nam);
    api.setBaseUrl(m_sandbox.baseUrl());
    tc::ApiCall *call = api.registerUser(m_sandbox.groupInstanceId(0), m_sandbox.groupInstanceKey(0), {});
    call->setAutoDelete(false);
    QSignalSpy done(call, &tc::ApiCall::finished);
    const bool finished = done.wait(15000);
    const QString dt = finished && call->ok() ? call->authResult().deviceToken : QString();
    delete call;
    return dt;
}

void TestSessionCli::verifyNoSecret(const CliResult &r)
{
    for (const QString &secret : {m_sandbox.adminPassword(), m_sandbox.groupInstanceKey(0)}) {
        QVERIFY2(!r.out.contains(secret.toUtf8()) && !r.err.contains(secret.toUtf8()), "a secret was printed");
    }
    QVERIFY2(!r.out.contains("eyJ") && !r.err.contains("eyJ"), "a JWT was printed");
}

// ---------------------------------------------------------------------------------------------

void TestSessionCli::login_thenStatusInNewProcess_showsKeptSessionWithExpiry()
{
    QVERIFY(m_sandbox.start({u"--admin-access-ttl"_s, u"600"_s}));
    const CliResult login = loginAdmin();
    QVERIFY2(login.exitCode == 0, qPrintable(login.describe()));
    verifyNoSecret(login);
    const QJsonObject l = login.json();
    QCOMPARE(l.value(u"kind"_s).toString(), u"admin"_s);
    QCOMPARE(l.value(u"identity"_s).toString(), m_sandbox.adminEmail());
    QCOMPARE(l.value(u"login_fields"_s).toString(), u"object"_s);
    const QDateTime expiresAt = QDateTime::fromString(l.value(u"expires_at"_s).toString(), Qt::ISODate);
    QVERIFY(expiresAt.isValid());

    const CliResult status = cliBase({u"--json"_s, u"status"_s});
    QVERIFY2(status.exitCode == 0, qPrintable(status.describe()));
    verifyNoSecret(status);
    const QJsonArray sessions = status.json().value(u"sessions"_s).toArray();
    QCOMPARE(sessions.size(), 1);
    const QJsonObject s = sessions.first().toObject();
    QCOMPARE(s.value(u"kind"_s).toString(), u"admin"_s);
    QCOMPARE(s.value(u"identity"_s).toString(), m_sandbox.adminEmail());
    QCOMPARE(QDateTime::fromString(s.value(u"expires_at"_s).toString(), Qt::ISODate), expiresAt);
    const qint64 left = qint64(s.value(u"seconds_left"_s).toDouble());
    QVERIFY2(left > 550 && left <= 600, qPrintable(QString::number(left)));
    QVERIFY(QDateTime::fromString(s.value(u"refresh_expires_at"_s).toString(), Qt::ISODate).isValid());
    QCOMPARE(s.value(u"expired"_s).toBool(), false);

    // The human form says the same.
    const CliResult human = cliBase({u"status"_s});
    QCOMPARE(human.exitCode, 0);
    QVERIFY(human.out.contains("expires_at"));
    QVERIFY(human.out.contains(expiresAt.toString(Qt::ISODate).toUtf8()));
    QVERIFY(human.out.contains(m_sandbox.adminEmail().toUtf8()));
}

void TestSessionCli::find_afterJwtLapsed_refreshesOnItsOwn()
{
    QVERIFY(m_sandbox.start({u"--admin-access-ttl"_s, u"3"_s}));
    const QString deviceToken = registerUser();
    QVERIFY(!deviceToken.isEmpty());
    const CliResult login = loginAdmin();
    QVERIFY2(login.exitCode == 0, qPrintable(login.describe()));
    const QString firstExpiry = login.json().value(u"expires_at"_s).toString();

    QVERIFY(m_sandbox.shiftClock(120)); // for the service, two minutes have passed: the JWT lapsed
    const CliResult find = cliBase({u"--json"_s, u"find"_s, u"--device-token"_s, deviceToken});
    QVERIFY2(find.exitCode == 0, qPrintable(find.describe()));
    verifyNoSecret(find);
    const QJsonObject f = find.json();
    QCOMPARE(f.value(u"count"_s).toInt(), 1);
    QCOMPARE(f.value(u"users"_s).toArray().first().toObject().value(u"DeviceToken"_s).toString().toLower(),
             deviceToken.toLower());

    // The refreshed pair was kept: status shows a later expiry (issued by the shifted clock).
    const CliResult status = cliBase({u"--json"_s, u"status"_s});
    QCOMPARE(status.exitCode, 0);
    const QString newExpiry
            = status.json().value(u"sessions"_s).toArray().first().toObject().value(u"expires_at"_s).toString();
    QVERIFY2(QDateTime::fromString(newExpiry, Qt::ISODate) > QDateTime::fromString(firstExpiry, Qt::ISODate),
             qPrintable(firstExpiry + u" -> "_s + newExpiry));
}

void TestSessionCli::refresh_twice_rotatedPairWasKept()
{
    QVERIFY(m_sandbox.start({u"--login-limit"_s, u"1"_s, u"--login-window"_s, u"600"_s}));
    QCOMPARE(loginAdmin().exitCode, 0);
    // Each refresh spends the kept refresh token; the second works only if the first kept the new
    // one (a re-login would hit the login limit of 1).
    for (int i = 0; i < 2; ++i) {
        const CliResult r = cliBase({u"--json"_s, u"refresh"_s, u"admin"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json().value(u"kind"_s).toString(), u"admin"_s);
        verifyNoSecret(r);
    }
}

void TestSessionCli::loginUser_statusShowsBothSessions()
{
    QVERIFY(m_sandbox.start());
    const QString deviceToken = registerUser();
    QVERIFY(!deviceToken.isEmpty());
    QCOMPARE(loginAdmin().exitCode, 0);
    tests::CliRunner runner;
    runner.setEnv(u"TELEMATICS_INSTANCE_KEY"_s, m_sandbox.groupInstanceKey(0));
    const CliResult user = cliBase({u"--json"_s, u"login"_s, u"user"_s, u"--instance-id"_s,
                                    m_sandbox.groupInstanceId(0), u"--device-token"_s, deviceToken},
                                   runner);
    QVERIFY2(user.exitCode == 0, qPrintable(user.describe()));
    QCOMPARE(user.json().value(u"identity"_s).toString(), deviceToken);
    verifyNoSecret(user);
    const CliResult status = cliBase({u"--json"_s, u"status"_s});
    QCOMPARE(status.exitCode, 0);
    const QJsonArray sessions = status.json().value(u"sessions"_s).toArray();
    QCOMPARE(sessions.size(), 2);
    QCOMPARE(sessions.at(0).toObject().value(u"kind"_s).toString(), u"admin"_s);
    QCOMPARE(sessions.at(1).toObject().value(u"kind"_s).toString(), u"user"_s);
    QCOMPARE(sessions.at(1).toObject().value(u"device_token"_s).toString(), deviceToken);
    const CliResult refresh = cliBase({u"refresh"_s, u"user"_s});
    QVERIFY2(refresh.exitCode == 0, qPrintable(refresh.describe()));
}

void TestSessionCli::login_withoutPassword_usageErrorAndNothingSent()
{
    QVERIFY(m_sandbox.start({u"--login-limit"_s, u"1"_s, u"--login-window"_s, u"600"_s}));
    tests::CliRunner runner;
    runner.unsetEnv(u"TELEMATICS_PASSWORD"_s);
    const CliResult r = cliBase({u"login"_s, u"admin"_s, u"--instance-id"_s, m_sandbox.adminInstanceId(), u"--email"_s,
                                 m_sandbox.adminEmail()},
                                runner);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("TELEMATICS_PASSWORD"));
    // Nothing was sent: the one login the limit allows is still there.
    QCOMPARE(loginAdmin().exitCode, 0);

    // --secret-stdin works too.
    const CliResult viaStdin = cli({u"--base-url"_s, m_sandbox.baseUrl().toString(), u"login"_s, u"admin"_s,
                                    u"--email"_s, m_sandbox.adminEmail(), u"--secret-stdin"_s},
                                   runner, m_sandbox.adminPassword().toUtf8() + "\n");
    QCOMPARE(viaStdin.exitCode, 1); // sent, and refused by the login limit (429)
    QVERIFY(viaStdin.err.contains("429"));
}

void TestSessionCli::login_secretAsFlag_refused()
{
    QVERIFY(m_sandbox.start());
    const CliResult r = cliBase(
            {u"login"_s, u"admin"_s, u"--email"_s, m_sandbox.adminEmail(), u"--password"_s, m_sandbox.adminPassword()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("never"));
}

void TestSessionCli::keychainUnavailable_exit4_beforeAnyLogin()
{
    QVERIFY(m_sandbox.start({u"--login-limit"_s, u"1"_s, u"--login-window"_s, u"600"_s}));
    tests::CliRunner runner = withPassword();
    runner.setEnv(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/telematics-test-bus"_s);
    runner.unsetEnv(u"DISPLAY"_s);
    const CliResult r = cliBase({u"login"_s, u"admin"_s, u"--instance-id"_s, m_sandbox.adminInstanceId(), u"--email"_s,
                                 m_sandbox.adminEmail()},
                                runner);
    QVERIFY2(r.exitCode == 4, qPrintable(r.describe()));
    // Explained once, naming the CLI and the cause (no session bus), with that cause's advice only
    // (it used to come twice, blame "the console", and end with "Unlock it").
    QVERIFY2(r.err.contains("telematics-cli found no D-Bus session bus"), qPrintable(r.describe()));
    QCOMPARE(r.err.count("D-Bus session bus"), 1);
    QVERIFY2(!r.err.contains("Unlock it") && !r.err.contains("tc.core"), qPrintable(r.describe()));
    verifyNoSecret(r);
    const CliResult status = cliBase({u"status"_s}, runner);
    QCOMPARE(status.exitCode, 4);
    // No login went out: the one login the limit allows is still there.
    QCOMPARE(loginAdmin().exitCode, 0);
}

void TestSessionCli::profile_loginAndStatusUnderProfile()
{
    QVERIFY(m_sandbox.start());
    m_profile = u"cli-test-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
    {
        std::unique_ptr<QSettings> settings = tc::ProfileStore::openDefaultSettings();
        tc::KeychainStore keychain;
        tc::ProfileStore profiles(settings.get(), &keychain);
        tc::Profile p;
        p.name = m_profile;
        p.environment = tc::ProfileEnvironment::Sandbox;
        p.url = m_sandbox.baseUrl();
        p.kind = tc::ProfileKind::Admin;
        p.instanceId = m_sandbox.adminInstanceId();
        p.email = m_sandbox.adminEmail();
        QVERIFY(!profiles.save(p).isError());
    }
    // Instance and e-mail come from the profile.
    const CliResult login = cli({u"--profile"_s, m_profile, u"--json"_s, u"login"_s, u"admin"_s}, withPassword());
    QVERIFY2(login.exitCode == 0, qPrintable(login.describe()));
    QCOMPARE(login.json().value(u"identity"_s).toString(), m_sandbox.adminEmail());
    // Later commands need no secret: it is kept with the profile.
    const CliResult status = cli({u"--profile"_s, m_profile, u"--json"_s, u"status"_s});
    QVERIFY2(status.exitCode == 0, qPrintable(status.describe()));
    QCOMPARE(status.json().value(u"sessions"_s).toArray().size(), 1);
    QVERIFY(status.json().value(u"scope"_s).toString().contains(m_profile));
    const CliResult again = cli({u"--profile"_s, m_profile, u"--json"_s, u"login"_s, u"admin"_s});
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    // The base URL scope is a different one.
    const CliResult other = cliBase({u"--json"_s, u"status"_s});
    QCOMPARE(other.json().value(u"sessions"_s).toArray().size(), 0);
    const CliResult unknown = cli({u"--profile"_s, m_profile + u"-nope"_s, u"status"_s});
    QCOMPARE(unknown.exitCode, 2);
}

void TestSessionCli::refresh_withoutKeptSession_tellsHowToLogIn()
{
    QVERIFY(m_sandbox.start());
    const CliResult r = cliBase({u"refresh"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("login admin"));
}

QTEST_GUILESS_MAIN(TestSessionCli)
#include "TestSessionCli.moc"
