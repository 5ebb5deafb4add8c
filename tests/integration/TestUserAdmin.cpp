// tc::UserAdmin (core/users) against the sandbox over loopback, with a real admin Session, the
// real keychain of the test's D-Bus session and a real ledger file: find by each key, a page of a
// group, update (only what changed, read back, errors on their fields), deactivate -> login
// refused, move -> only the new group's key logs in, delete -> gone and in the ledger, and a user
// token on these routes -> 403 explained.
#include "SandboxProcess.h"

#include "core/api/ApiCall.h"
#include "core/api/ApiClient.h"
#include "core/auth/LoginBudget.h"
#include "core/auth/Session.h"
#include "core/ledger/Ledger.h"
#include "core/profiles/KeychainStore.h"
#include "core/users/UserAdmin.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

bool finish(tc::UserTask *task)
{
    if (task->isFinished())
        return true;
    QSignalSpy spy(task, &tc::UserTask::finished);
    return spy.wait(20000) || spy.count() > 0;
}

#define RUN(task) QVERIFY2(finish(task), "the task did not finish")
#define RUN_OK(task) \
    do { \
        RUN(task); \
        QVERIFY2((task)->ok(), qPrintable((task)->error().message())); \
    } while (false)

} // namespace

class TestUserAdmin : public QObject
{
    Q_OBJECT

    SandboxProcess m_sb;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    std::unique_ptr<tc::ApiClient> m_api;
    std::unique_ptr<tc::KeychainStore> m_keychain;
    std::unique_ptr<tc::LoginBudget> m_budget;
    std::unique_ptr<tc::Session> m_admin;
    std::unique_ptr<tc::Ledger> m_ledger;
    std::unique_ptr<tc::UserAdmin> m_users;
    QList<tc::Exchange> m_sent;
    QString m_scope;

    // Registers a user in group g (directly through ApiClient); returns its DeviceToken.
    QString registerUser(const tc::RegistrationProfile &p, int g = 0)
    {
        tc::ApiCall *call = m_api->registerUser(m_sb.groupInstanceId(g), m_sb.groupInstanceKey(g), p);
        call->setAutoDelete(false);
        QSignalSpy spy(call, &tc::ApiCall::finished);
        if (!call->isFinished() && !spy.wait(15000))
            return {};
        const QString dt = call->result().toObject().value(u"DeviceToken"_s).toString();
        delete call;
        return dt;
    }
    // Auth/Login as the user with group g's id and key: the HTTP status.
    int loginUser(const QString &dt, int g)
    {
        tc::ApiCall *call = m_api->loginUser(m_sb.groupInstanceId(g), dt, m_sb.groupInstanceKey(g));
        call->setAutoDelete(false);
        QSignalSpy spy(call, &tc::ApiCall::finished);
        if (!call->isFinished())
            (void)spy.wait(15000);
        const int status = call->httpStatus();
        delete call;
        return status;
    }
    QList<tc::Exchange> sentTo(const QString &pathPart) const
    {
        QList<tc::Exchange> out;
        for (const auto &x : m_sent) {
            if (x.path().contains(pathPart, Qt::CaseInsensitive))
                out << x;
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_sb.start({u"--enable-faults"_s}), qPrintable(m_sb.errorString()));
        m_api = std::make_unique<tc::ApiClient>(&m_nam);
        m_api->setBaseUrl(m_sb.baseUrl());
        connect(m_api.get(), &tc::ApiClient::exchangeStarted, this, [this](const tc::Exchange &x) { m_sent << x; });
        m_keychain = std::make_unique<tc::KeychainStore>(u"telematics-console-test"_s);
        m_keychain->setFallbackToMemory(false);
        m_budget = std::make_unique<tc::LoginBudget>(nullptr);
        m_scope = u"profile:users-test-"_s + QUuid::createUuid().toString(QUuid::Id128);
        m_admin = std::make_unique<tc::Session>(m_api.get(), m_keychain.get(), m_budget.get());
        tc::Session::Config c;
        c.kind = tc::SessionKind::Admin;
        c.scope = m_scope;
        c.instanceId = m_sb.adminInstanceId();
        c.login = m_sb.adminEmail();
        m_admin->setConfig(c);
        m_admin->setAutoRefresh(false);
        tc::SessionTask *login = m_admin->logIn(m_sb.adminPassword(), false);
        QSignalSpy spy(login, &tc::SessionTask::finished);
        QVERIFY(spy.wait(20000));
        QVERIFY(m_admin->hasTokens());
        QVERIFY(m_dir.isValid());
        m_ledger = std::make_unique<tc::Ledger>();
        QVERIFY2(m_ledger->open(m_dir.filePath(u"ledger.sqlite"_s)), qPrintable(m_ledger->errorString()));
        m_users = std::make_unique<tc::UserAdmin>(m_admin.get(), m_api.get(), m_ledger.get(), u"admin-profile"_s);
    }
    void init() { m_sent.clear(); }
    void cleanupTestCase()
    {
        if (m_admin) {
            tc::SessionTask *out = m_admin->logout(true);
            QSignalSpy spy(out, &tc::SessionTask::finished);
            (void)spy.wait(10000);
        }
        m_users.reset();
        m_admin.reset();
    }

    void find_byEachKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("count");
        QTest::newRow("DeviceToken") << u"DeviceToken"_s << u"DT"_s << 1;
        QTest::newRow("Email") << u"Email"_s << u"finn.find@example.com"_s << 1;
        QTest::newRow("Phone") << u"Phone"_s << u"+44 20 7946 0001"_s << 1;
        QTest::newRow("ClientId") << u"ClientId"_s << u"crm-find-1"_s << 1;
        QTest::newRow("FirstName") << u"FirstName"_s << u"Finnegan"_s << 1;
        QTest::newRow("LastName") << u"LastName"_s << u"Findlay"_s << 1;
        QTest::newRow("FullName") << u"FullName"_s << u"Finnegan Findlay"_s << 1;
        QTest::newRow("no user: an empty list, not an error") << u"Email"_s << u"nobody@example.com"_s << 0;
    }
    void find_byEachKey()
    {
        static QString dt;
        if (dt.isEmpty()) {
            tc::RegistrationProfile p;
            p.firstName = u"Finnegan"_s;
            p.lastName = u"Findlay"_s;
            p.email = u"finn.find@example.com"_s;
            p.phone = u"+44 20 7946 0001"_s;
            p.userFields = tc::UserFields::fromJson(QJsonObject{{u"ClientId"_s, u"crm-find-1"_s}});
            dt = registerUser(p);
            QVERIFY(!dt.isEmpty());
        }
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(int, count);
        tc::UserTask *task = m_users->find({{key, value == u"DT"_s ? dt : value}});
        RUN_OK(task);
        QCOMPARE(task->users().size(), count);
        if (count) {
            const tc::ManagedUser u = task->users().first();
            QCOMPARE(u.deviceToken.toLower(), dt.toLower());
            QCOMPARE(u.displayName(), u"Finnegan Findlay"_s);
            QCOMPARE(u.value(u"ClientId"_s).toString(), u"crm-find-1"_s);
            QCOMPARE(u.value(u"EnableTracking"_s).toBool(), true);
            QVERIFY(u.isActive());
        }
    }

    void page_throughAGroup()
    {
        QStringList made;
        for (int i = 0; i < 3; ++i) {
            tc::RegistrationProfile p;
            p.firstName = u"Paged%1"_s.arg(i);
            made << registerUser(p, 1);
        }
        tc::UserPageQuery q;
        q.instanceIds = {m_sb.groupInstanceId(1)};
        q.searchTerm = u"paged"_s;
        q.pageSize = 2;
        q.newestFirst = false;
        tc::UserTask *first = m_users->page(q);
        RUN_OK(first);
        QCOMPARE(first->page().totalUsers, 3);
        QCOMPARE(first->page().totalPages, 2);
        QVERIFY(first->page().hasNextPage);
        QCOMPARE(first->users().size(), 2);
        q.pageNumber = 2;
        tc::UserTask *second = m_users->page(q);
        RUN_OK(second);
        QCOMPARE(second->users().size(), 1);
        QVERIFY(!second->page().hasNextPage);
        QVERIFY(second->page().hasPreviousPage);
        // the two pages hold the three users, each once (same-millisecond ties are in token order)
        QStringList seen;
        for (const auto &u : first->users() + second->users())
            seen << u.deviceToken.toLower();
        QStringList expected;
        for (const QString &dt : made)
            expected << dt.toLower();
        seen.sort();
        expected.sort();
        QCOMPARE(seen, expected);
        const QJsonObject body = QJsonDocument::fromJson(sentTo(u"GetFilteredPage"_s).last().requestBody).object();
        QCOMPARE(body.value(u"PageNumber"_s).toInt(), 2);
        QCOMPARE(body.value(u"InstanceIds"_s).toArray().first().toString(), m_sb.groupInstanceId(1));
    }

    void update_sendsOnlyWhatChanged_andReadsBack()
    {
        tc::RegistrationProfile p;
        p.firstName = u"Ursula"_s;
        p.lastName = u"Update"_s;
        p.city = u"Lviv"_s;
        const QString dt = registerUser(p);
        tc::UserTask *show = m_users->show(dt);
        RUN_OK(show);
        QVERIFY(show->user());
        // The form's values: the same first name and city, a new last name, tracking off.
        const QHash<QString, QJsonValue> wanted{{u"FirstName"_s, u"Ursula"_s}, {u"City"_s, u" Lviv "_s},
                                                {u"LastName"_s, u"Updated"_s}, {u"EnableTracking"_s, false},
                                                {u"Enabled"_s, true},          {u"Status"_s, u"Active"_s}};
        const tc::UserChanges changes = tc::UserChanges::between(*show->user(), wanted);
        QCOMPARE(changes.names(), (QStringList{u"EnableTracking"_s, u"LastName"_s}));
        m_sent.clear();
        tc::UserTask *update = m_users->update(dt, changes);
        RUN_OK(update);
        const auto puts = sentTo(u"/v1/Management/users"_s);
        QCOMPARE(puts.first().method, QByteArray("PUT"));
        const QJsonObject body = QJsonDocument::fromJson(puts.first().requestBody).object();
        QCOMPARE(body, (QJsonObject{{u"LastName"_s, u"Updated"_s},
                                    {u"UserFields"_s, QJsonObject{{u"EnableTracking"_s, false}}}}));
        // read back: the user as the service has it now
        QCOMPARE(m_sent.last().path(), u"/v1/Management/users/find"_s);
        QVERIFY(update->user());
        QCOMPARE(update->user()->value(u"LastName"_s).toString(), u"Updated"_s);
        QCOMPARE(update->user()->value(u"FirstName"_s).toString(), u"Ursula"_s);
        QCOMPARE(update->user()->value(u"EnableTracking"_s).toBool(), false);
        QCOMPARE(update->user()->value(u"Enabled"_s).toBool(), true);

        // nothing changed: nothing is sent
        m_sent.clear();
        tc::UserTask *none = m_users->update(dt, tc::UserChanges::between(*update->user(), wanted));
        RUN_OK(none);
        QVERIFY(none->nothingToSend());
        QVERIFY(m_sent.isEmpty());
    }

    void update_errorsLandOnTheirFields()
    {
        const QString dt = registerUser({});
        m_sent.clear();
        // The client's own check: nothing sent.
        tc::UserChanges bad;
        bad.set(u"Email"_s, u"not-an-address"_s);
        bad.set(u"Status"_s, u"Gone"_s);
        tc::UserTask *local = m_users->update(dt, bad);
        RUN(local);
        QCOMPARE(local->error().kind(), tc::ApiError::Kind::Validation);
        QVERIFY(local->fieldErrors().contains(u"Email"_s));
        QVERIFY(local->fieldErrors().contains(u"Status"_s));
        QVERIFY(m_sent.isEmpty());
        // The service's: a first name over its 1,000 characters comes back on FirstName.
        tc::UserChanges tooLong;
        tooLong.set(u"FirstName"_s, QString(1001, u'x'));
        tooLong.set(u"City"_s, u"Odesa"_s);
        tc::UserTask *remote = m_users->update(dt, tooLong);
        RUN(remote);
        QVERIFY(!remote->ok());
        QCOMPARE(remote->error().httpStatus(), 400);
        QVERIFY2(remote->fieldErrors().contains(u"FirstName"_s), qPrintable(remote->error().message()));
        QVERIFY(!remote->fieldErrors().contains(u"City"_s));
    }

    void deactivate_refusesThatUsersLogin_activeAgainAllows()
    {
        const QString dt = registerUser({});
        QCOMPARE(loginUser(dt, 0), 200);
        tc::UserChanges off;
        off.set(u"Status"_s, u"Deactivated"_s);
        tc::UserTask *task = m_users->update(dt, off);
        RUN_OK(task);
        QCOMPARE(task->user()->status, u"Deactivated"_s);
        QCOMPARE(loginUser(dt, 0), 401);
        tc::UserChanges on;
        on.set(u"Status"_s, u"Active"_s);
        tc::UserTask *again = m_users->update(dt, on);
        RUN_OK(again);
        QCOMPARE(loginUser(dt, 0), 200);
    }

    void move_onlyTheNewGroupsKeyLogsIn_andTheLedgerRecordsIt()
    {
        tc::RegistrationProfile p;
        p.firstName = u"Moira"_s;
        const QString dt = registerUser(p, 0);
        QCOMPARE(loginUser(dt, 0), 200);

        // A key that belongs to another origin is never sent.
        tc::UserTask *elsewhere = m_users->move(dt, m_sb.groupInstanceId(1), m_sb.groupInstanceKey(1),
                                                QUrl(u"https://user.telematicssdk.com"_s));
        RUN(elsewhere);
        QCOMPARE(elsewhere->error().kind(), tc::ApiError::Kind::Validation);
        QVERIFY(sentTo(u"instances/change"_s).isEmpty());

        // A wrong key: the service says so; nothing recorded.
        tc::UserTask *wrong = m_users->move(dt, m_sb.groupInstanceId(1), m_sb.groupInstanceKey(0), m_sb.baseUrl());
        RUN(wrong);
        QVERIFY(!wrong->ok());
        QCOMPARE(wrong->error().httpStatus(), 422);
        QVERIFY(m_ledger->userEvents(dt).isEmpty());

        tc::UserTask *move = m_users->move(dt, m_sb.groupInstanceId(1), m_sb.groupInstanceKey(1), m_sb.baseUrl());
        RUN_OK(move);
        QVERIFY(move->ledgerProblem().isEmpty());
        QVERIFY(move->user());
        QCOMPARE(move->user()->instanceId, m_sb.groupInstanceId(1));
        QCOMPARE(loginUser(dt, 0), 401);
        QCOMPARE(loginUser(dt, 1), 200);
        // the key went out once, in the body, and the traffic record has it masked
        const auto sent = sentTo(u"instances/change"_s);
        QCOMPARE(sent.size(), 2);
        QVERIFY(!sent.last().requestBody.contains(m_sb.groupInstanceKey(1).toUtf8()));

        const auto events = m_ledger->userEvents(dt);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().action, tc::LedgerUserAction::moved());
        QCOMPARE(events.first().instanceId, m_sb.groupInstanceId(0));
        QCOMPARE(events.first().toInstanceId, m_sb.groupInstanceId(1));
        QCOMPARE(events.first().actor, u"admin-profile"_s);
        QCOMPARE(events.first().detail, u"Moira"_s);
    }

    void delete_goneAndRecorded()
    {
        tc::RegistrationProfile p;
        p.firstName = u"Dora"_s;
        const QString dt = registerUser(p, 0);
        tc::UserTask *del = m_users->remove(dt, m_sb.groupInstanceId(0), u"Dora"_s);
        RUN_OK(del);
        QVERIFY(del->gone());
        QVERIFY(!del->user());
        tc::UserTask *again = m_users->show(dt);
        RUN_OK(again);
        QVERIFY(!again->user());
        QCOMPARE(loginUser(dt, 0), 401);
        const auto events = m_ledger->userEvents(dt.toUpper()); // any casing finds it
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().action, tc::LedgerUserAction::deleted());
        QCOMPARE(events.first().instanceId, m_sb.groupInstanceId(0));
        QCOMPARE(events.first().baseUrl, m_sb.baseUrl().toString());

        // A second delete: the service's 404, nothing recorded.
        tc::UserTask *twice = m_users->remove(dt);
        RUN(twice);
        QCOMPARE(twice->error().httpStatus(), 404);
        QCOMPARE(m_ledger->userEvents(dt).size(), 1);
    }

    void delete_answerLost_recordedAsUnknown()
    {
        const QString dt = registerUser({}, 0);
        QVERIFY(m_sb.injectFault(
                QJsonObject{{u"kind"_s, u"drop-mid-answer"_s}, {u"path"_s, QString(u"/v1/Management/users/"_s + dt)}}));
        tc::UserTask *del = m_users->remove(dt, m_sb.groupInstanceId(0));
        RUN(del);
        QVERIFY(!del->ok());
        QVERIFY(del->error().mayHaveBeenProcessed());
        const auto events = m_ledger->userEvents(dt);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().action, tc::LedgerUserAction::deleteUnknown());
        QVERIFY(m_sb.clearFaults());
    }

    void withoutLedger_deleteAndMoveSendNothing()
    {
        tc::UserAdmin noLedger(m_admin.get(), m_api.get(), nullptr, u"x"_s);
        const QString dt = registerUser({});
        m_sent.clear();
        tc::UserTask *del = noLedger.remove(dt);
        RUN(del);
        QCOMPARE(del->error().kind(), tc::ApiError::Kind::Validation);
        tc::UserTask *move = noLedger.move(dt, m_sb.groupInstanceId(1), m_sb.groupInstanceKey(1));
        RUN(move);
        QCOMPARE(move->error().kind(), tc::ApiError::Kind::Validation);
        QVERIFY(m_sent.isEmpty());
    }

    void userToken_onTheseRoutes_403Explained_ownProfileWorks()
    {
        tc::RegistrationProfile p;
        p.firstName = u"Selma"_s;
        const QString dt = registerUser(p, 0);
        tc::Session user(m_api.get(), m_keychain.get(), m_budget.get());
        tc::Session::Config c;
        c.kind = tc::SessionKind::User;
        c.scope = m_scope + u"-user"_s;
        c.instanceId = m_sb.groupInstanceId(0);
        c.login = dt;
        user.setConfig(c);
        user.setAutoRefresh(false);
        tc::SessionTask *login = user.logIn(m_sb.groupInstanceKey(0), false);
        QSignalSpy spy(login, &tc::SessionTask::finished);
        QVERIFY(spy.wait(20000));
        QVERIFY(user.hasTokens());

        tc::UserAdmin asUser(&user, m_api.get(), m_ledger.get(), dt);
        tc::UserTask *find = asUser.find({{u"DeviceToken"_s, dt}});
        RUN(find);
        QCOMPARE(find->error().kind(), tc::ApiError::Kind::Auth);
        QCOMPARE(find->error().httpStatus(), 403);
        QVERIFY2(find->error().message().contains(u"wrong kind of token"_s), qPrintable(find->error().message()));
        tc::UserChanges ch;
        ch.set(u"FirstName"_s, u"Hacked"_s);
        tc::UserTask *update = asUser.update(dt, ch);
        RUN(update);
        QCOMPARE(update->error().httpStatus(), 403);
        tc::UserTask *page = asUser.page({});
        RUN(page);
        QCOMPARE(page->error().httpStatus(), 403);
        tc::UserTask *del = asUser.remove(dt);
        RUN(del);
        QCOMPARE(del->error().httpStatus(), 403);
        QVERIFY(m_ledger->userEvents(dt).isEmpty());

        tc::UserTask *own = asUser.ownProfile();
        RUN_OK(own);
        QVERIFY(own->user());
        QCOMPARE(own->user()->deviceToken.toLower(), dt.toLower());
        QCOMPARE(own->user()->value(u"FirstName"_s).toString(), u"Selma"_s);

        tc::SessionTask *out = user.logout(true);
        QSignalSpy outSpy(out, &tc::SessionTask::finished);
        (void)outSpy.wait(10000);
    }
};

QTEST_GUILESS_MAIN(TestUserAdmin)
#include "TestUserAdmin.moc"
