// RegistrationService against two sandbox processes at once, each with its own group and key: an
// InstanceKEY only ever reaches the origin of the profile it belongs to (checked against every
// request each sandbox received), a target that no longer matches its profile sends nothing, and
// after every path that registers users (Create, CreateMany, bulk, register-then-profile, and the
// CLI's register / register-many / bulk) the sandbox's users are all in the ledger.
#include "CliRunner.h"
#include "SandboxProcess.h"

#include "core/auth/LoginBudget.h"
#include "core/auth/OpenSessions.h"
#include "core/bulk/BulkJob.h"
#include "core/ledger/Ledger.h"
#include "core/profiles/KeychainStore.h"
#include "core/profiles/ProfileStore.h"
#include "core/registration/RegistrationJob.h"
#include "core/registration/RegistrationManyJob.h"
#include "core/services/RegistrationService.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
QString sha256(const QString &key)
{
    return QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
}

template <typename Job>
bool waitFinished(Job *job, int ms = 15000)
{
    QSignalSpy spy(job, &Job::finished);
    return spy.wait(ms);
}
} // namespace

class TestRegistrationTargets : public QObject
{
    Q_OBJECT

    SandboxProcess m_a;
    SandboxProcess m_b;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<tc::KeychainStore> m_keychain;
    std::unique_ptr<tc::ProfileStore> m_profiles;
    std::unique_ptr<tc::LoginBudget> m_budget;
    std::unique_ptr<tc::OpenSessions> m_sessions;
    std::unique_ptr<tc::RegistrationService> m_service;

    bool addGroup(const QString &name, const SandboxProcess &sb)
    {
        tc::Profile g;
        g.name = name;
        g.environment = tc::ProfileEnvironment::Custom;
        g.url = sb.baseUrl();
        g.kind = tc::ProfileKind::GroupKey;
        g.instanceId = sb.groupInstanceId(0);
        if (m_profiles->save(g).isError())
            return false;
        tc::KeychainJob *job
                = m_profiles->writeSecret(name, tc::SecretItem::instanceKey(), sb.groupInstanceKey(0).toUtf8());
        bool finished = false;
        bool ok = false;
        connect(job, &tc::KeychainJob::finished, this, [&](tc::KeychainJob *j) {
            finished = true;
            ok = j->ok();
        });
        return QTest::qWaitFor([&] { return finished; }, 15000) && ok;
    }

    QString csv(const QString &name, int rows, const QString &tag)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        QByteArray text = "FirstName,ClientId\n";
        for (int i = 1; i <= rows; ++i)
            text += "Row" + QByteArray::number(i) + "," + tag.toUtf8() + "-" + QByteArray::number(i) + "\n";
        f.write(text);
        return path;
    }

    // Every request `sb` received that carried an InstanceKey carried `expectedKey` for
    // `expectedGroup`; returns how many carried one.
    static int checkKeys(const SandboxProcess &sb, const QString &expectedGroup, const QString &expectedKey,
                         const QString &otherKey)
    {
        int carried = 0;
        const QJsonArray requests = sb.receivedRequests();
        for (const QJsonValue &v : requests) {
            const QJsonObject r = v.toObject();
            const QString key = r.value(u"instanceKeySha256"_s).toString();
            if (key.isEmpty())
                continue;
            ++carried;
            if (key == sha256(otherKey)) {
                qWarning("%s received the other sandbox's InstanceKEY on %s", qPrintable(sb.baseUrl().toString()),
                         qPrintable(r.value(u"path"_s).toString()));
                return -1;
            }
            if (key != sha256(expectedKey) || r.value(u"instanceId"_s).toString() != expectedGroup)
                return -1;
        }
        return carried;
    }

    // Every user the sandbox issued is in the ledger, done, with the sandbox's base URL.
    bool allUsersInLedger(const SandboxProcess &sb, tc::Ledger &ledger, int *count)
    {
        const QJsonArray users = sb.issuedUsers();
        *count = int(users.size());
        for (const QJsonValue &u : users) {
            const QString token = u.toObject().value(u"DeviceToken"_s).toString();
            const auto e = ledger.findByDeviceToken(token);
            if (!e || e->state != tc::LedgerState::done() || QUrl(e->baseUrl).port() != sb.baseUrl().port()) {
                qWarning("the ledger misses %s of %s", qPrintable(token), qPrintable(sb.baseUrl().toString()));
                return false;
            }
        }
        return true;
    }

    // telematics-cli with the group's InstanceKEY in its environment; its exit code (stderr shown
    // when it is not 0).
    int runCli(const QStringList &args, const QString &key)
    {
        const tests::CliResult r = tests::CliRunner().withEnv(u"TELEMATICS_INSTANCE_KEY"_s, key).run(args);
        if (r.exitCode != 0)
            qWarning("%s", r.err.constData());
        return r.exitCode;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_a.start(), qPrintable(m_a.errorString()));
        QVERIFY2(m_b.start(), qPrintable(m_b.errorString()));
        QVERIFY(m_a.groupInstanceKey(0) != m_b.groupInstanceKey(0));
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"profiles.ini"_s), QSettings::IniFormat);
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_keychain = std::make_unique<tc::KeychainStore>(
                u"telematics-console-test-targets-%1"_s.arg(QCoreApplication::applicationPid()));
        m_keychain->setFallbackToMemory(false);
        m_profiles = std::make_unique<tc::ProfileStore>(m_settings.get(), m_keychain.get());
        m_budget = std::make_unique<tc::LoginBudget>(m_settings.get());
        m_sessions = std::make_unique<tc::OpenSessions>(m_nam.get(), m_keychain.get(), m_budget.get(), m_profiles.get(),
                                                        &tc::Clock::system());
        m_service = std::make_unique<tc::RegistrationService>(m_sessions.get(), m_profiles.get(),
                                                              m_dir.filePath(u"ledger.sqlite"_s));
        QVERIFY(m_service->ledger()->isOpen());
        QVERIFY(addGroup(u"Group A"_s, m_a));
        QVERIFY(addGroup(u"Group B"_s, m_b));
    }

    void cleanupTestCase()
    {
        for (const QString &name : {u"Group A"_s, u"Group B"_s}) {
            tc::ProfileOperation *op = m_profiles->remove(name);
            QSignalSpy done(op, &tc::ProfileOperation::finished);
            done.wait(15000);
        }
        for (const QString &name : m_profiles->names()) {
            tc::ProfileOperation *op = m_profiles->remove(name);
            QSignalSpy done(op, &tc::ProfileOperation::finished);
            done.wait(15000);
        }
    }

    void everyPath_keysOnlyToTheirOwnOrigin_everyUserInTheLedger()
    {
        const auto a = m_service->target(u"Group A"_s);
        const auto b = m_service->target(u"Group B"_s);
        QVERIFY(a && b);
        QCOMPARE(a->baseUrl, m_a.baseUrl());
        QCOMPARE(b->baseUrl, m_b.baseUrl());

        // Interleaved, so a key read for one could be applied to the other if anything mixed them.
        tc::RegistrationJob *oneA = m_service->registerUser(*a, {}, {}, this);
        tc::RegistrationJob *oneB = m_service->registerUser(*b, {}, {}, this);
        tc::RegistrationManyJob *manyA = m_service->registerMany(*a, 3, std::nullopt, {}, {}, this);
        tc::RegistrationManyJob *manyB = m_service->registerMany(*b, 2, std::nullopt, {}, {}, this);
        tc::BulkOptions o;
        o.csvPath = csv(u"a.csv"_s, 4, u"bulk-a"_s);
        tc::BulkJob *bulkA = m_service->startBulk(*a, o, {}, this);
        o.csvPath = csv(u"b.csv"_s, 2, u"bulk-b"_s);
        tc::BulkJob *bulkB = m_service->startBulk(*b, o, {}, this);
        tc::UserProfileJob *userA = m_service->registerUserProfile(*a, this);
        QVERIFY(waitFinished(oneA) || oneA->isFinished());
        QVERIFY(oneB->isFinished() || waitFinished(oneB));
        QVERIFY(manyA->isFinished() || waitFinished(manyA));
        QVERIFY(manyB->isFinished() || waitFinished(manyB));
        QTRY_VERIFY_WITH_TIMEOUT(!bulkA->isActive() && !bulkB->isActive() && userA->isFinished(), 20000);
        QCOMPARE(oneA->outcome(), tc::RegistrationJob::Outcome::Done);
        QCOMPARE(oneB->outcome(), tc::RegistrationJob::Outcome::Done);
        QCOMPARE(manyA->results().size(), 3);
        QCOMPARE(manyB->results().size(), 2);
        QCOMPARE(bulkA->progress().done, 4);
        QCOMPARE(bulkB->progress().done, 2);
        QVERIFY2(userA->ok(), qPrintable(userA->error().message()));
        // The user profile keeps its own group's key.
        const auto user = m_profiles->profile(userA->profileName());
        QVERIFY(user && user->kind == tc::ProfileKind::User && user->url == m_a.baseUrl());

        const int carriedA = checkKeys(m_a, m_a.groupInstanceId(0), m_a.groupInstanceKey(0), m_b.groupInstanceKey(0));
        const int carriedB = checkKeys(m_b, m_b.groupInstanceId(0), m_b.groupInstanceKey(0), m_a.groupInstanceKey(0));
        QCOMPARE(carriedA, 1 + 1 + 4 + 1); // Create, CreateMany, 4 rows, register-then-profile
        QCOMPARE(carriedB, 1 + 1 + 2);
        int usersA = 0;
        int usersB = 0;
        QVERIFY(allUsersInLedger(m_a, *m_service->ledger(), &usersA));
        QVERIFY(allUsersInLedger(m_b, *m_service->ledger(), &usersB));
        QCOMPARE(usersA, 1 + 3 + 4 + 1);
        QCOMPARE(usersB, 1 + 2 + 2);
    }

    void staleTarget_profileNowPointsElsewhere_nothingSent()
    {
        // The page showed Group A at sandbox A; the profile was then edited to point at sandbox B.
        const auto shown = m_service->target(u"Group A"_s);
        QVERIFY(shown);
        auto edited = *m_profiles->profile(u"Group A"_s);
        edited.url = m_b.baseUrl();
        QVERIFY(!m_profiles->save(edited).isError());
        const int beforeA = int(m_a.receivedRequests().size());
        const int beforeB = int(m_b.receivedRequests().size());
        tc::RegistrationJob *job = m_service->registerUser(*shown, {}, {}, this);
        QVERIFY(waitFinished(job));
        QCOMPARE(job->outcome(), tc::RegistrationJob::Outcome::Failed);
        QVERIFY2(job->error().message().contains(u"changed"_s), qPrintable(job->error().message()));
        QCOMPARE(int(m_a.receivedRequests().size()), beforeA);
        QCOMPARE(int(m_b.receivedRequests().size()), beforeB);
        edited.url = m_a.baseUrl();
        QVERIFY(!m_profiles->save(edited).isError());
    }

    void targetFor_neverLendsAnotherServicesGroup()
    {
        tc::Profile admin;
        admin.name = u"Admin of A"_s;
        admin.environment = tc::ProfileEnvironment::Custom;
        admin.url = m_a.baseUrl();
        admin.kind = tc::ProfileKind::Admin;
        admin.instanceId = m_a.adminInstanceId();
        admin.email = m_a.adminEmail();
        QVERIFY(!m_profiles->save(admin).isError());
        QCOMPARE(m_service->targetFor(admin.name)->profileName, u"Group A"_s);
        admin.url = QUrl(u"http://127.0.0.1:9"_s); // a service with no group-key profile
        QVERIFY(!m_profiles->save(admin).isError());
        QVERIFY(!m_service->targetFor(admin.name));
        admin.environment = tc::ProfileEnvironment::Production;
        QVERIFY(!m_profiles->save(admin).isError());
        QVERIFY(!m_service->targetFor(admin.name));
    }

    void cliPaths_everyUserInTheLedger()
    {
        QVERIFY2(!tests::CliRunner().program().isEmpty(), "TC_CLI_BIN is not set");
        SandboxProcess sb;
        QVERIFY2(sb.start(), qPrintable(sb.errorString()));
        const QString ledgerPath = m_dir.filePath(u"cli-ledger.sqlite"_s);
        const QStringList common{u"--base-url"_s, sb.baseUrl().toString()};
        const QString id = sb.groupInstanceId(0);
        const QString key = sb.groupInstanceKey(0);
        QCOMPARE(runCli(common + QStringList{u"register"_s, u"--instance-id"_s, id, u"--ledger"_s, ledgerPath}, key),
                 0);
        QCOMPARE(runCli(common
                                + QStringList{u"register-many"_s, u"--instance-id"_s, id, u"--quantity"_s, u"3"_s,
                                              u"--out"_s, m_dir.filePath(u"cli-many.csv"_s), u"--ledger"_s, ledgerPath},
                        key),
                 0);
        QCOMPARE(runCli(common
                                + QStringList{u"bulk"_s, csv(u"cli.csv"_s, 3, u"cli"_s), u"--instance-id"_s, id,
                                              u"--out"_s, m_dir.filePath(u"cli-results.csv"_s), u"--ledger"_s,
                                              ledgerPath},
                        key),
                 0);
        tc::Ledger ledger;
        QVERIFY(ledger.open(ledgerPath));
        int users = 0;
        QVERIFY(allUsersInLedger(sb, ledger, &users));
        QCOMPARE(users, 1 + 3 + 3);
        QCOMPARE(checkKeys(sb, id, key, m_a.groupInstanceKey(0)), 1 + 1 + 3);
    }
};

QTEST_GUILESS_MAIN(TestRegistrationTargets)
#include "TestRegistrationTargets.moc"
