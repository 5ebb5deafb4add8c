// telematics-cli logging a UBI user in (login user --phone P | --email E, the user's own password
// from TELEMATICS_PASSWORD or --secret-stdin) against the sandbox, one process per command, the
// real gnome-keyring keeping the session between them.
#include "CliRunner.h"
#include "SandboxProcess.h"

#include "core/api/ApiClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using tests::CliResult;

namespace {
const QString kPhone = u"+1 (555) 010-7788"_s;
const QString kEmail = u"cli.ubi@example.com"_s;
const QString kPassword = u"cli-ubi-Pa55word"_s;
} // namespace

class TestUbiCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void loginByPhone_statusAndRefreshInNewProcesses();
    void loginByEmail_stringShape_passwordFromStdin();
    void wrongPassword_exit1_nothingKept();
    void badUsage_exit2_nothingSent_data();
    void badUsage_exit2_nothingSent();

private:
    CliResult cli(const QStringList &args, const tests::CliRunner &runner = tests::CliRunner(),
                  const QByteArray &stdinData = {});
    tests::CliRunner withPassword(const QString &password = kPassword) const;
    void verifyNoSecret(const CliResult &r);

    SandboxProcess m_sandbox;
    QString m_deviceToken;
};

void TestUbiCli::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("TC_CLI_BIN"), "TC_CLI_BIN is not set");
    QVERIFY(m_sandbox.start());
    QNetworkAccessManager nam;
    tc::ApiClient api(&nam);
    api.setBaseUrl(m_sandbox.baseUrl());
    tc::RegistrationProfile profile;
    profile.phone = kPhone;
    profile.email = kEmail;
    tc::ApiCall *reg = api.registerUser(m_sandbox.groupInstanceId(0), m_sandbox.groupInstanceKey(0), profile);
    QSignalSpy regDone(reg, &tc::ApiCall::finished);
    QVERIFY(regDone.wait(15000));
    QVERIFY(reg->ok());
    m_deviceToken = reg->authResult().deviceToken;
    tc::ApiCall *admin = api.loginAdmin(m_sandbox.adminInstanceId(), m_sandbox.adminEmail(), m_sandbox.adminPassword());
    QSignalSpy adminDone(admin, &tc::ApiCall::finished);
    QVERIFY(adminDone.wait(15000));
    QVERIFY(admin->ok());
    tc::ApiCall *set = api.setUserPassword(admin->authResult().accessToken, m_deviceToken, kPassword);
    QSignalSpy setDone(set, &tc::ApiCall::finished);
    QVERIFY(setDone.wait(15000));
    QVERIFY2(set->ok(), qPrintable(set->error().message()));
}

void TestUbiCli::cleanupTestCase()
{
    cli({u"logout"_s, u"--forget"_s});
    m_sandbox.stop();
}

CliResult TestUbiCli::cli(const QStringList &args, const tests::CliRunner &runner, const QByteArray &stdinData)
{
    return runner.run(QStringList{u"--base-url"_s, m_sandbox.baseUrl().toString()} + args, stdinData);
}

tests::CliRunner TestUbiCli::withPassword(const QString &password) const
{
    return tests::CliRunner().withEnv(u"TELEMATICS_PASSWORD"_s, password);
}

void TestUbiCli::verifyNoSecret(const CliResult &r)
{
    QVERIFY2(!r.out.contains(kPassword.toUtf8()) && !r.err.contains(kPassword.toUtf8()), "the password was printed");
    QVERIFY2(!r.out.contains("eyJ") && !r.err.contains("eyJ"), "a JWT was printed");
}

void TestUbiCli::loginByPhone_statusAndRefreshInNewProcesses()
{
    const CliResult login = cli({u"--json"_s, u"login"_s, u"user"_s, u"--instance-id"_s, m_sandbox.groupInstanceId(0),
                                 u"--phone"_s, u"+1 555 010 7788"_s},
                                withPassword());
    QVERIFY2(login.exitCode == 0, login.err.constData());
    verifyNoSecret(login);
    const QJsonObject o = login.json();
    QCOMPARE(o.value(u"kind"_s).toString(), u"user"_s);
    QCOMPARE(o.value(u"identity"_s).toString(), u"+1 555 010 7788"_s);
    QCOMPARE(o.value(u"device_token"_s).toString(), m_deviceToken);
    QCOMPARE(o.value(u"state"_s).toString(), u"active"_s);

    const CliResult status = cli({u"--json"_s, u"status"_s});
    QCOMPARE(status.exitCode, 0);
    bool found = false;
    for (const auto &v : status.json().value(u"sessions"_s).toArray()) {
        const QJsonObject s = v.toObject();
        if (s.value(u"kind"_s).toString() == u"user"_s) {
            found = true;
            QCOMPARE(s.value(u"identity"_s).toString(), u"+1 555 010 7788"_s);
            QCOMPARE(s.value(u"device_token"_s).toString(), m_deviceToken);
        }
    }
    QVERIFY(found);

    const CliResult refresh = cli({u"--json"_s, u"refresh"_s, u"user"_s});
    QVERIFY2(refresh.exitCode == 0, refresh.err.constData());
    QCOMPARE(refresh.json().value(u"identity"_s).toString(), u"+1 555 010 7788"_s);
    QCOMPARE(refresh.json().value(u"device_token"_s).toString(), m_deviceToken);
    verifyNoSecret(refresh);
}

void TestUbiCli::loginByEmail_stringShape_passwordFromStdin()
{
    tests::CliRunner runner;
    runner.unsetEnv(u"TELEMATICS_PASSWORD"_s);
    const CliResult r = cli({u"--json"_s, u"login"_s, u"user"_s, u"--instance-id"_s, m_sandbox.groupInstanceId(0),
                             u"--email"_s, kEmail, u"--secret-stdin"_s, u"--login-fields"_s, u"string"_s},
                            runner, kPassword.toUtf8() + "\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    verifyNoSecret(r);
    QCOMPARE(r.json().value(u"identity"_s).toString(), kEmail);
    QCOMPARE(r.json().value(u"login_fields"_s).toString(), u"string"_s);
    QCOMPARE(r.json().value(u"device_token"_s).toString(), m_deviceToken);
}

void TestUbiCli::wrongPassword_exit1_nothingKept()
{
    cli({u"logout"_s, u"user"_s, u"--forget"_s});
    const CliResult r = cli({u"login"_s, u"user"_s, u"--instance-id"_s, m_sandbox.groupInstanceId(0), u"--email"_s,
                             kEmail, u"--login-fields"_s, u"object"_s},
                            withPassword(u"not-it"_s));
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("401"));
    QVERIFY(!r.err.contains("not-it"));
    const CliResult status = cli({u"--json"_s, u"status"_s});
    QCOMPARE(status.exitCode, 0);
    for (const auto &v : status.json().value(u"sessions"_s).toArray())
        QVERIFY(v.toObject().value(u"kind"_s).toString() != u"user"_s);
}

void TestUbiCli::badUsage_exit2_nothingSent_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("says");
    const QString g = u"3f2a9c1e-0d4f-4b8e-9a61-2f3c4d5e6f70"_s;
    QTest::newRow("phone and device token")
            << QStringList{u"login"_s, u"user"_s, u"--instance-id"_s, g, u"--phone"_s, u"555"_s, u"--device-token"_s, g}
            << QByteArray("one of");
    QTest::newRow("phone and email") << QStringList{u"login"_s,   u"user"_s, u"--instance-id"_s, g,
                                                    u"--phone"_s, u"555"_s,  u"--email"_s,       kEmail}
                                     << QByteArray("one of");
    QTest::newRow("letters in the phone")
            << QStringList{u"login"_s, u"user"_s, u"--instance-id"_s, g, u"--phone"_s, u"555-CALL"_s}
            << QByteArray("phone");
    QTest::newRow("not an e-mail") << QStringList{u"login"_s, u"user"_s, u"--instance-id"_s, g, u"--email"_s, u"ann"_s}
                                   << QByteArray("e-mail");
    QTest::newRow("phone for an admin") << QStringList{u"login"_s,   u"admin"_s, u"--instance-id"_s, g,
                                                       u"--email"_s, kEmail,     u"--phone"_s,       u"555"_s}
                                        << QByteArray("login user");
    QTest::newRow("no instance id") << QStringList{u"login"_s, u"user"_s, u"--phone"_s, u"555"_s}
                                    << QByteArray("--instance-id");
}

void TestUbiCli::badUsage_exit2_nothingSent()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, says);
    const CliResult r = cli(args, withPassword());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(says), r.err.constData());
}

QTEST_GUILESS_MAIN(TestUbiCli)
#include "TestUbiCli.moc"
