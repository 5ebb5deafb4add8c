// telematics-cli's `user show | update | move | delete` against the sandbox, one process per
// command, with the real gnome-keyring of the test's D-Bus session (the admin session and a
// group-key profile's InstanceKEY) and a ledger file of its own.
#include "CliRunner.h"
#include "SandboxProcess.h"

#include "core/api/ApiClient.h"
#include "core/ledger/Ledger.h"
#include "core/profiles/KeychainStore.h"
#include "core/profiles/ProfileStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using tests::CliResult;

class TestUserCli : public QObject
{
    Q_OBJECT

    SandboxProcess m_sb;
    QTemporaryDir m_dir;
    QString m_groupProfile; // a group-key profile of group 2 (index 1), its key in the keychain

    QString ledgerPath() const { return m_dir.filePath(u"ledger.sqlite"_s); }
    CliResult cli(const QStringList &args, const tests::CliRunner &runner = tests::CliRunner(),
                  const QByteArray &stdinData = {})
    {
        return runner.run(QStringList{u"--base-url"_s, m_sb.baseUrl().toString()} + args, stdinData);
    }
    QString registerUser(const tc::RegistrationProfile &p = {}, int g = 0)
    {
        QNetworkAccessManager nam;
        tc::ApiClient api(&nam);
        api.setBaseUrl(m_sb.baseUrl());
        tc::ApiCall *call = api.registerUser(m_sb.groupInstanceId(g), m_sb.groupInstanceKey(g), p);
        call->setAutoDelete(false);
        QSignalSpy done(call, &tc::ApiCall::finished);
        const bool finished = call->isFinished() || done.wait(15000);
        const QString dt = finished && call->ok() ? call->authResult().deviceToken : QString();
        delete call;
        return dt;
    }
    int loginUser(const QString &dt, int g)
    {
        QNetworkAccessManager nam;
        tc::ApiClient api(&nam);
        api.setBaseUrl(m_sb.baseUrl());
        tc::ApiCall *call = api.loginUser(m_sb.groupInstanceId(g), dt, m_sb.groupInstanceKey(g));
        call->setAutoDelete(false);
        QSignalSpy done(call, &tc::ApiCall::finished);
        if (!call->isFinished())
            (void)done.wait(15000);
        const int status = call->httpStatus();
        delete call;
        return status;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("TC_CLI_BIN"), "TC_CLI_BIN is not set");
        QVERIFY2(m_sb.start(), qPrintable(m_sb.errorString()));
        QVERIFY(m_dir.isValid());
        const CliResult login = cli(
                {u"login"_s, u"admin"_s, u"--instance-id"_s, m_sb.adminInstanceId(), u"--email"_s, m_sb.adminEmail()},
                tests::CliRunner().withEnv(u"TELEMATICS_PASSWORD"_s, m_sb.adminPassword()));
        QVERIFY2(login.exitCode == 0, qPrintable(login.describe()));

        m_groupProfile = u"users-cli-group-"_s + QUuid::createUuid().toString(QUuid::Id128).left(10);
        std::unique_ptr<QSettings> settings = tc::ProfileStore::openDefaultSettings();
        tc::KeychainStore keychain;
        tc::ProfileStore profiles(settings.get(), &keychain);
        tc::Profile p;
        p.name = m_groupProfile;
        p.environment = tc::ProfileEnvironment::Custom;
        p.url = m_sb.baseUrl();
        p.kind = tc::ProfileKind::GroupKey;
        p.instanceId = m_sb.groupInstanceId(1);
        QVERIFY(!profiles.save(p).isError());
        tc::KeychainJob *w = profiles.writeSecret(m_groupProfile, tc::SecretItem::instanceKey(),
                                                  m_sb.groupInstanceKey(1).toUtf8());
        QSignalSpy spy(w, &tc::KeychainJob::finished);
        QVERIFY(spy.wait(10000));
    }
    void cleanupTestCase()
    {
        cli({u"logout"_s, u"--forget"_s});
        std::unique_ptr<QSettings> settings = tc::ProfileStore::openDefaultSettings();
        tc::KeychainStore keychain;
        tc::ProfileStore profiles(settings.get(), &keychain);
        bool done = false;
        auto *op = profiles.remove(m_groupProfile);
        connect(op, &tc::ProfileOperation::finished, this, [&done] { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    }

    void show_oneUser_andNoneIsExit1()
    {
        tc::RegistrationProfile p;
        p.firstName = u"Shona"_s;
        p.email = u"shona@example.com"_s;
        const QString dt = registerUser(p);
        const CliResult r = cli({u"--json"_s, u"user"_s, u"show"_s, dt});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.isOneJsonDocument());
        QCOMPARE(r.json().value(u"found"_s).toBool(), true);
        QCOMPARE(r.json().value(u"user"_s).toObject().value(u"Email"_s).toString(), u"shona@example.com"_s);
        const CliResult human = cli({u"user"_s, u"show"_s, dt});
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.out.startsWith("Shona\n"));
        const CliResult none
                = cli({u"--json"_s, u"user"_s, u"show"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)});
        QCOMPARE(none.exitCode, 1);
        QCOMPARE(none.json().value(u"found"_s).toBool(true), false);
    }

    void update_onlyChanged_readBack_badValuesExit2()
    {
        tc::RegistrationProfile p;
        p.firstName = u"Uma"_s;
        const QString dt = registerUser(p);
        const CliResult r = cli({u"--json"_s, u"user"_s, u"update"_s, dt, u"--first-name"_s, u"Uma"_s, u"--last-name"_s,
                                 u"Ulrich"_s, u"--enable-tracking"_s, u"false"_s, u"--client-id"_s, u"crm-u"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json().value(u"sent"_s).toArray(),
                 (QJsonArray{u"ClientId"_s, u"EnableTracking"_s, u"LastName"_s})); // FirstName did not change
        const QJsonObject user = r.json().value(u"user"_s).toObject();
        QCOMPARE(user.value(u"LastName"_s).toString(), u"Ulrich"_s);
        QCOMPARE(user.value(u"UserFields"_s).toObject().value(u"EnableTracking"_s).toBool(), false);
        QCOMPARE(user.value(u"UserFields"_s).toObject().value(u"ClientId"_s).toString(), u"crm-u"_s);

        for (const QStringList &bad :
             {QStringList{u"--enable-tracking"_s, u"maybe"_s}, QStringList{u"--status"_s, u"Deleted"_s},
              QStringList{u"--email"_s, u"nope"_s}, QStringList{u"--children-count"_s, u"-2"_s}, QStringList{}}) {
            const CliResult b = cli(QStringList{u"user"_s, u"update"_s, dt} + bad);
            QVERIFY2(b.exitCode == 2, qPrintable(bad.join(u' ') + u": "_s + b.describe()));
        }
        // the service's own refusal: exit 1, the field named
        const CliResult svc = cli({u"--json"_s, u"user"_s, u"update"_s, dt, u"--city"_s, QString(1001, u'c')});
        QCOMPARE(svc.exitCode, 1);
        QVERIFY(svc.json().value(u"error"_s).toObject().value(u"fields"_s).toObject().contains(u"City"_s));
    }

    void deactivate_thenLoginRefused()
    {
        const QString dt = registerUser();
        QCOMPARE(loginUser(dt, 0), 200);
        const CliResult r = cli({u"user"_s, u"update"_s, dt, u"--status"_s, u"deactivated"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains("Status: Deactivated"));
        QCOMPARE(loginUser(dt, 0), 401);
    }

    void move_keyFromProfile_orEnvironment_onlyNewGroupLogsIn()
    {
        const QString dt = registerUser();
        const QString ledger = ledgerPath();
        // the group named and the profile's group must agree
        const CliResult mismatch = cli({u"user"_s, u"move"_s, dt, u"--to-instance-id"_s, m_sb.groupInstanceId(0),
                                        u"--to-profile"_s, m_groupProfile, u"--ledger"_s, ledger});
        QCOMPARE(mismatch.exitCode, 2);
        // a key as a flag value is refused outright
        QCOMPARE(cli({u"user"_s, u"move"_s, dt, u"--to-instance-id"_s, m_sb.groupInstanceId(1), u"--to-instance-key"_s,
                      m_sb.groupInstanceKey(1)})
                         .exitCode,
                 2);
        // no key at all
        const CliResult noKey = cli({u"user"_s, u"move"_s, dt, u"--to-instance-id"_s, m_sb.groupInstanceId(1)},
                                    tests::CliRunner().withoutEnv(u"TELEMATICS_TARGET_INSTANCE_KEY"_s));
        QCOMPARE(noKey.exitCode, 2);
        QVERIFY(noKey.err.contains("TELEMATICS_TARGET_INSTANCE_KEY"));
        QCOMPARE(loginUser(dt, 0), 200);

        const CliResult moved
                = cli({u"--json"_s, u"user"_s, u"move"_s, dt, u"--to-instance-id"_s, m_sb.groupInstanceId(1),
                       u"--to-profile"_s, m_groupProfile, u"--ledger"_s, ledger});
        QVERIFY2(moved.exitCode == 0, qPrintable(moved.describe()));
        QCOMPARE(moved.json().value(u"user"_s).toObject().value(u"InstanceId"_s).toString(), m_sb.groupInstanceId(1));
        QVERIFY(!moved.out.contains(m_sb.groupInstanceKey(1).toUtf8()));
        QVERIFY(!moved.err.contains(m_sb.groupInstanceKey(1).toUtf8()));
        QCOMPARE(loginUser(dt, 0), 401);
        QCOMPARE(loginUser(dt, 1), 200);

        // and back, the key from the environment
        const CliResult back
                = cli({u"user"_s, u"move"_s, dt, u"--to-instance-id"_s, m_sb.groupInstanceId(0), u"--ledger"_s, ledger},
                      tests::CliRunner().withEnv(u"TELEMATICS_TARGET_INSTANCE_KEY"_s, m_sb.groupInstanceKey(0)));
        QVERIFY2(back.exitCode == 0, qPrintable(back.describe()));
        QCOMPARE(loginUser(dt, 0), 200);
        // a wrong key: the service's 422, exit 1; from stdin
        const CliResult wrong = cli({u"user"_s, u"move"_s, dt, u"--to-instance-id"_s, m_sb.groupInstanceId(1),
                                     u"--secret-stdin"_s, u"--ledger"_s, ledger},
                                    tests::CliRunner(), m_sb.groupInstanceKey(0).toUtf8() + '\n');
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY(wrong.err.contains("ToInstanceKey"));

        tc::Ledger l;
        QVERIFY(l.open(ledger));
        const auto events = l.userEvents(dt);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).toInstanceId, m_sb.groupInstanceId(1));
        QCOMPARE(events.at(1).toInstanceId, m_sb.groupInstanceId(0));
    }

    void delete_needsTheLastEight_thenGoneAndRecorded()
    {
        tc::RegistrationProfile p;
        p.firstName = u"Delia"_s;
        const QString dt = registerUser(p);
        const QString ledger = ledgerPath();
        const CliResult none = cli({u"user"_s, u"delete"_s, dt, u"--ledger"_s, ledger});
        QCOMPARE(none.exitCode, 2);
        const CliResult wrong = cli({u"user"_s, u"delete"_s, dt, u"--confirm"_s, u"00000000"_s, u"--ledger"_s, ledger});
        QCOMPARE(wrong.exitCode, 2);
        QCOMPARE(loginUser(dt, 0), 200); // still there

        const CliResult r = cli({u"--json"_s, u"user"_s, u"delete"_s, dt, u"--confirm"_s, dt.right(8).toUpper(),
                                 u"--ledger"_s, ledger});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json().value(u"deleted"_s).toBool(), true);
        QCOMPARE(r.json().value(u"gone"_s).toBool(), true);
        QCOMPARE(loginUser(dt, 0), 401);
        QCOMPARE(cli({u"user"_s, u"show"_s, dt}).exitCode, 1);
        tc::Ledger l;
        QVERIFY(l.open(ledger));
        const auto events = l.userEvents(dt);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().action, tc::LedgerUserAction::deleted());
        QCOMPARE(events.first().detail, u"Delia"_s);

        // an unknown user: named, exit 1, nothing recorded
        const QString ghost = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(cli({u"user"_s, u"delete"_s, ghost, u"--confirm"_s, ghost.right(8), u"--ledger"_s, ledger}).exitCode,
                 1);
        QVERIFY(l.userEvents(ghost).isEmpty());
    }

    void usage_mistakesAreExit2()
    {
        QCOMPARE(cli({u"user"_s}).exitCode, 2);
        QCOMPARE(cli({u"user"_s, u"frobnicate"_s, u"x"_s}).exitCode, 2);
        QCOMPARE(cli({u"user"_s, u"show"_s}).exitCode, 2);
        QCOMPARE(cli({u"user"_s, u"show"_s, u"a"_s, u"b"_s}).exitCode, 2);
        QCOMPARE(cli({u"user"_s, u"show"_s, u"a"_s, u"--confirm"_s, u"x"_s}).exitCode, 2);
        QCOMPARE(cli({u"user"_s, u"move"_s, u"a"_s}).exitCode, 2);
        QCOMPARE(cli({u"user"_s, u"delete"_s, u"a"_s, u"--first-name"_s, u"x"_s}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestUserCli)
#include "TestUserCli.moc"
