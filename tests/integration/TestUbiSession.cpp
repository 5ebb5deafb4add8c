// A UBI user's session (phone number or e-mail + the user's own password) against the sandbox and
// the real gnome-keyring: the password set through ApiClient::setUserPassword (as an admin, then
// by the user), login by phone and by e-mail in both LoginFields shapes and Auto, refresh, a
// re-login after a dead refresh token within the login budget, a wrong password refused, and the
// password never in an exchange the traffic console sees.
#include "SandboxProcess.h"

#include "core/api/ApiClient.h"
#include "core/auth/LoginBudget.h"
#include "core/auth/Session.h"
#include "core/profiles/KeychainStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString kLogin = u"/v1/Auth/Login"_s;
const QString kRefresh = u"/v1/Auth/RefreshToken"_s;
const QString kPhone = u"+44 (20) 7946-0018"_s;
const QString kEmail = u"ubi.user@example.com"_s;
const QString kPassword = u"Tr0ub4dor&3-ubi"_s;

struct Outcome
{
    bool done = false;
    tc::ApiError error;
};

std::shared_ptr<Outcome> watch(tc::SessionTask *task)
{
    auto o = std::make_shared<Outcome>();
    QObject::connect(task, &tc::SessionTask::finished, task, [o](tc::SessionTask *t) {
        o->done = true;
        o->error = t->error();
    });
    return o;
}

#define VERIFY_TASK_OK(o) \
    do { \
        QTRY_VERIFY_WITH_TIMEOUT((o)->done, 20000); \
        QVERIFY2(!(o)->error.isError(), qPrintable((o)->error.message())); \
    } while (false)

struct Stack
{
    std::unique_ptr<QNetworkAccessManager> nam = std::make_unique<QNetworkAccessManager>();
    std::unique_ptr<tc::ApiClient> api;
    std::unique_ptr<tc::Session> session;
    QList<tc::Exchange> exchanges;

    Stack(const QUrl &base, tc::KeychainStore *keychain, tc::LoginBudget *budget, const tc::Clock *clock,
          const tc::Session::Config &config)
    {
        api = std::make_unique<tc::ApiClient>(nam.get());
        api->setBaseUrl(base);
        api->setClock(clock);
        QObject::connect(api.get(), &tc::ApiClient::exchangeFinished, api.get(),
                         [this](const tc::Exchange &x) { exchanges.append(x); });
        session = std::make_unique<tc::Session>(api.get(), keychain, budget, clock);
        session->setConfig(config);
    }
    ~Stack()
    {
        session.reset();
        api.reset();
    }
    QStringList paths() const
    {
        QStringList out;
        for (const auto &x : exchanges)
            out << x.path();
        return out;
    }
    // Everything the traffic console would see of these exchanges.
    QByteArray seen() const
    {
        QByteArray all;
        for (const auto &x : exchanges) {
            all += x.url.toEncoded() + x.requestBody + x.replyBody;
            for (const auto &h : x.requestHeaders)
                all += h.first + h.second;
        }
        return all;
    }
};

} // namespace

class TestUbiSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void setPassword_asAdmin_thenLoginByPhone_bothShapesAndAuto_data();
    void setPassword_asAdmin_thenLoginByPhone_bothShapesAndAuto();
    void loginByEmail_stringShape_identityIsTheEmail();
    void autoShape_serverWantsString_fallsBackOnceWithPhoneKey();
    void refresh_thenDeadRefreshToken_logsInAgainWithinBudget();
    void wrongPassword_refused_nothingKept();
    void keptSession_withoutConfiguredLogin_reLogsInAsUbiUser();
    void userChangesOwnPassword_withOldPassword();

private:
    tc::Session::Config ubiConfig(tc::UserLogin login, tc::LoginFieldsMode mode = tc::LoginFieldsMode::Auto) const;
    std::unique_ptr<Stack> stack(const tc::Session::Config &config);
    // Registers a user with kPhone and kEmail in group 0 and sets kPassword as admin; its DeviceToken.
    QString registerUbiUser(tc::LoginFieldsShape adminShape = tc::LoginFieldsShape::Object);
    QByteArray kept(const QString &item);
    void moveTime(qint64 secs);

    SandboxProcess m_sandbox;
    std::unique_ptr<tc::ManualClock> m_clock;
    std::unique_ptr<tc::KeychainStore> m_keychain;
    std::unique_ptr<tc::LoginBudget> m_budget;
    QString m_scope;
    qint64 m_shift = 0;
};

void TestUbiSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(qEnvironmentVariableIsSet("TC_SANDBOX_BIN"), "TC_SANDBOX_BIN is not set");
}

void TestUbiSession::init()
{
    m_clock = std::make_unique<tc::ManualClock>(QDateTime::currentDateTimeUtc());
    m_keychain = std::make_unique<tc::KeychainStore>(u"telematics-console-test"_s);
    m_keychain->setFallbackToMemory(false);
    m_budget = std::make_unique<tc::LoginBudget>(nullptr, m_clock.get());
    m_scope = u"profile:ubi-test-"_s + QUuid::createUuid().toString(QUuid::Id128);
    m_shift = 0;
}

void TestUbiSession::cleanup()
{
    for (const QString &item : tc::SecretItem::all()) {
        bool done = false;
        auto *job = m_keychain->remove(tc::Profile::secretKey(m_scope, item));
        connect(job, &tc::KeychainJob::finished, this, [&done] { done = true; });
        (void)QTest::qWaitFor([&] { return done; }, 10000);
    }
    m_sandbox.stop();
    m_budget.reset();
    m_keychain.reset();
    m_clock.reset();
}

tc::Session::Config TestUbiSession::ubiConfig(tc::UserLogin login, tc::LoginFieldsMode mode) const
{
    tc::Profile p;
    p.name = m_scope.mid(u"profile:"_s.size());
    p.kind = tc::ProfileKind::UbiUser;
    p.instanceId = m_sandbox.groupInstanceId(0);
    (login == tc::UserLogin::Phone ? p.phone : p.email) = login == tc::UserLogin::Phone ? kPhone : kEmail;
    p.loginFields = mode;
    const auto c = tc::Session::Config::forProfile(p);
    return c ? *c : tc::Session::Config();
}

std::unique_ptr<Stack> TestUbiSession::stack(const tc::Session::Config &config)
{
    return std::make_unique<Stack>(m_sandbox.baseUrl(), m_keychain.get(), m_budget.get(), m_clock.get(), config);
}

QString TestUbiSession::registerUbiUser(tc::LoginFieldsShape adminShape)
{
    QNetworkAccessManager nam;
    tc::ApiClient api(&nam);
    api.setBaseUrl(m_sandbox.baseUrl());
    tc::RegistrationProfile profile;
    profile.phone = kPhone;
    profile.email = kEmail;
    tc::ApiCall *reg = api.registerUser(m_sandbox.groupInstanceId(0), m_sandbox.groupInstanceKey(0), profile);
    reg->setAutoDelete(false);
    QSignalSpy regDone(reg, &tc::ApiCall::finished);
    if (!regDone.wait(15000) || !reg->ok())
        return {};
    const QString deviceToken = reg->authResult().deviceToken;
    delete reg;

    tc::ApiCall *admin = api.loginAdmin(m_sandbox.adminInstanceId(), m_sandbox.adminEmail(), m_sandbox.adminPassword(),
                                        adminShape);
    admin->setAutoDelete(false);
    QSignalSpy adminDone(admin, &tc::ApiCall::finished);
    if (!adminDone.wait(15000) || !admin->ok())
        return {};
    const QString adminJwt = admin->authResult().accessToken;
    delete admin;

    QList<tc::Exchange> seen;
    connect(&api, &tc::ApiClient::exchangeFinished, this, [&seen](const tc::Exchange &x) { seen.append(x); });
    tc::ApiCall *set = api.setUserPassword(adminJwt, deviceToken, kPassword);
    set->setAutoDelete(false);
    QSignalSpy setDone(set, &tc::ApiCall::finished);
    if (!setDone.wait(15000) || !set->ok()) {
        qWarning("setUserPassword: %s", qPrintable(set->error().message()));
        return {};
    }
    delete set;
    // The traffic console sees the call, never the password.
    if (seen.size() != 1 || seen.first().requestBody.contains(kPassword.toUtf8())
        || !seen.first().requestBody.contains("NewPassword")) {
        qWarning("the password exchange was not redacted: %s", seen.value(0).requestBody.constData());
        return {};
    }
    return deviceToken;
}

QByteArray TestUbiSession::kept(const QString &item)
{
    QByteArray data;
    bool done = false;
    auto *job = m_keychain->read(tc::Profile::secretKey(m_scope, item));
    connect(job, &tc::KeychainJob::finished, this, [&](tc::KeychainJob *j) {
        data = j->data();
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 10000);
    return data;
}

void TestUbiSession::moveTime(qint64 secs)
{
    m_shift += secs;
    m_clock->advanceSecs(secs);
    QVERIFY(m_sandbox.shiftClock(m_shift));
}

// ---------------------------------------------------------------------------------------------

void TestUbiSession::setPassword_asAdmin_thenLoginByPhone_bothShapesAndAuto_data()
{
    QTest::addColumn<tc::LoginFieldsMode>("mode");
    QTest::addColumn<QByteArray>("sentFields");
    QTest::newRow("object") << tc::LoginFieldsMode::Object << QByteArray(R"("LoginFields":{"Phone":)");
    QTest::newRow("string") << tc::LoginFieldsMode::String << QByteArray(R"("LoginFields":"{\"Phone\":)");
    QTest::newRow("auto") << tc::LoginFieldsMode::Auto << QByteArray(R"("LoginFields":{"Phone":)");
}

void TestUbiSession::setPassword_asAdmin_thenLoginByPhone_bothShapesAndAuto()
{
    QFETCH(tc::LoginFieldsMode, mode);
    QFETCH(QByteArray, sentFields);
    QVERIFY(m_sandbox.start({u"--access-ttl"_s, u"600"_s}));
    const QString deviceToken = registerUbiUser();
    QVERIFY(!deviceToken.isEmpty());

    auto s = stack(ubiConfig(tc::UserLogin::Phone, mode));
    auto o = watch(s->session->logIn(kPassword));
    VERIFY_TASK_OK(o);
    tc::Session &session = *s->session;
    QCOMPARE(session.state(), tc::Session::State::Active);
    QCOMPARE(session.kind(), tc::SessionKind::User);
    QCOMPARE(session.identity(), kPhone);
    QCOMPARE(session.deviceToken(), deviceToken); // from the answer
    QCOMPARE(session.jwt().deviceToken(), deviceToken);
    QCOMPARE(session.instanceId(), m_sandbox.groupInstanceId(0));
    QVERIFY(qAbs(session.secondsLeft() - 600) <= 5);
    QCOMPARE(s->paths(), QStringList{kLogin});
    // The inner key the service expects; only the InstanceId header (the password is no InstanceKey).
    const tc::Exchange &x = s->exchanges.first();
    QVERIFY2(x.requestBody.contains(sentFields), x.requestBody.constData());
    bool instanceKeyHeader = false;
    for (const auto &h : x.requestHeaders)
        instanceKeyHeader = instanceKeyHeader || h.first.compare("InstanceKey", Qt::CaseInsensitive) == 0;
    QVERIFY(!instanceKeyHeader);
    QVERIFY(!s->seen().contains(kPassword.toUtf8()));

    // The password in its own keychain item; the session item says how it logged in.
    QCOMPARE(QString::fromUtf8(kept(tc::SecretItem::userPassword())), kPassword);
    QVERIFY(kept(tc::SecretItem::instanceKey()).isEmpty());
    const QJsonObject blob = QJsonDocument::fromJson(kept(tc::SecretItem::userSession())).object();
    QCOMPARE(blob.value(u"userLogin"_s).toString(), u"phone"_s);
    QCOMPARE(blob.value(u"login"_s).toString(), kPhone);
    QCOMPARE(blob.value(u"deviceToken"_s).toString(), deviceToken);
    QVERIFY(!blob.contains(u"password"_s));
}

void TestUbiSession::loginByEmail_stringShape_identityIsTheEmail()
{
    QVERIFY(m_sandbox.start());
    const QString deviceToken = registerUbiUser();
    QVERIFY(!deviceToken.isEmpty());
    auto s = stack(ubiConfig(tc::UserLogin::Email, tc::LoginFieldsMode::String));
    auto o = watch(s->session->logIn(kPassword));
    VERIFY_TASK_OK(o);
    QCOMPARE(s->session->identity(), kEmail);
    QCOMPARE(s->session->deviceToken(), deviceToken);
    QCOMPARE(s->session->loginFieldsShapeUsed(), std::optional(tc::LoginFieldsShape::String));
    QVERIFY(s->exchanges.first().requestBody.contains(R"("LoginFields":"{\"Email\":)"));
}

void TestUbiSession::autoShape_serverWantsString_fallsBackOnceWithPhoneKey()
{
    QVERIFY(m_sandbox.start({u"--login-fields"_s, u"string"_s}));
    const QString deviceToken = registerUbiUser(tc::LoginFieldsShape::String);
    QVERIFY(!deviceToken.isEmpty());
    auto s = stack(ubiConfig(tc::UserLogin::Phone));
    QSignalSpy learned(s->session.get(), &tc::Session::loginShapeLearned);
    auto o = watch(s->session->logIn(kPassword));
    VERIFY_TASK_OK(o);
    QCOMPARE(s->paths(), (QStringList{kLogin, kLogin}));
    QCOMPARE(s->session->loginFieldsShapeUsed(), std::optional(tc::LoginFieldsShape::String));
    QCOMPARE(learned.size(), 1);
    QCOMPARE(m_budget->automaticInWindow(m_scope), 0); // a person's login, whatever the shapes
    QCOMPARE(s->session->deviceToken(), deviceToken);
}

void TestUbiSession::refresh_thenDeadRefreshToken_logsInAgainWithinBudget()
{
    QVERIFY(m_sandbox.start({u"--access-ttl"_s, u"600"_s}));
    const QString deviceToken = registerUbiUser();
    QVERIFY(!deviceToken.isEmpty());
    auto s = stack(ubiConfig(tc::UserLogin::Phone));
    {
        auto done = watch(s->session->logIn(kPassword));
        VERIFY_TASK_OK(done);
    }
    const QString firstJwt = s->session->accessToken();

    // A refresh keeps the UBI user (and its DeviceToken), both tokens rotate.
    moveTime(60);
    s->exchanges.clear();
    {
        auto done = watch(s->session->refreshNow());
        VERIFY_TASK_OK(done);
    }
    QCOMPARE(s->paths(), QStringList{kRefresh});
    QVERIFY(s->session->accessToken() != firstJwt);
    QCOMPARE(s->session->identity(), kPhone);
    QCOMPARE(s->session->deviceToken(), deviceToken);

    // Someone else spends the refresh token: the next refresh is refused and the session logs in
    // again with the phone and the kept password, once, counted against the automatic budget.
    const QString rt
            = QJsonDocument::fromJson(kept(tc::SecretItem::userSession())).object().value(u"refreshToken"_s).toString();
    tc::ApiCall *spend = s->api->refresh(s->session->accessToken(), rt);
    spend->setAutoDelete(false);
    QSignalSpy spent(spend, &tc::ApiCall::finished);
    QVERIFY(spent.wait(15000));
    QVERIFY(spend->ok());
    delete spend;
    s->exchanges.clear();
    QSignalSpy again(s->session.get(), &tc::Session::loggedInAgain);
    {
        auto done = watch(s->session->refreshNow());
        VERIFY_TASK_OK(done);
    }
    QCOMPARE(s->paths(), (QStringList{kRefresh, kLogin}));
    QCOMPARE(again.size(), 1);
    QCOMPARE(m_budget->automaticInWindow(m_scope), 1);
    QCOMPARE(s->session->state(), tc::Session::State::Active);
    QCOMPARE(s->session->identity(), kPhone);
    QCOMPARE(s->session->deviceToken(), deviceToken);
    QVERIFY(s->exchanges.last().requestBody.contains(R"("Phone":)"));
    QVERIFY(!s->seen().contains(kPassword.toUtf8()));
}

void TestUbiSession::wrongPassword_refused_nothingKept()
{
    QVERIFY(m_sandbox.start());
    QVERIFY(!registerUbiUser().isEmpty());
    auto s = stack(ubiConfig(tc::UserLogin::Email, tc::LoginFieldsMode::Object));
    auto o = watch(s->session->logIn(u"not-the-password"_s));
    QTRY_VERIFY_WITH_TIMEOUT(o->done, 20000);
    QCOMPARE(o->error.kind(), tc::ApiError::Kind::Auth);
    QCOMPARE(o->error.effectiveStatus(), 401);
    QVERIFY(!s->session->hasTokens());
    QVERIFY(kept(tc::SecretItem::userPassword()).isEmpty()); // a refused password is not kept
    QVERIFY(kept(tc::SecretItem::userSession()).isEmpty());
}

void TestUbiSession::keptSession_withoutConfiguredLogin_reLogsInAsUbiUser()
{
    // The CLI without a profile: `login user --phone` keeps the session under the base URL; a later
    // `refresh user` knows neither the phone nor the kind of login but from the kept session.
    QVERIFY(m_sandbox.start());
    const QString deviceToken = registerUbiUser();
    QVERIFY(!deviceToken.isEmpty());
    {
        auto first = stack(ubiConfig(tc::UserLogin::Phone));
        {
            auto done = watch(first->session->logIn(kPassword));
            VERIFY_TASK_OK(done);
        }
    }
    tc::Session::Config bare;
    bare.kind = tc::SessionKind::User;
    bare.scope = m_scope;
    auto s = stack(bare);
    {
        auto done = watch(s->session->resume(false));
        VERIFY_TASK_OK(done);
    }
    QCOMPARE(s->session->userLogin(), tc::UserLogin::Phone);
    QCOMPARE(s->session->identity(), kPhone);
    // A re-login (the kept refresh token spent by someone else) uses the phone and the user's
    // password item, not a DeviceToken and an InstanceKEY.
    const QString rt
            = QJsonDocument::fromJson(kept(tc::SecretItem::userSession())).object().value(u"refreshToken"_s).toString();
    tc::ApiCall *spend = s->api->refresh(s->session->accessToken(), rt);
    spend->setAutoDelete(false);
    QSignalSpy spent(spend, &tc::ApiCall::finished);
    QVERIFY(spent.wait(15000));
    delete spend;
    s->exchanges.clear();
    {
        auto done = watch(s->session->refreshNow());
        VERIFY_TASK_OK(done);
    }
    QCOMPARE(s->paths(), (QStringList{kRefresh, kLogin}));
    QCOMPARE(s->session->deviceToken(), deviceToken);
    QCOMPARE(s->session->identity(), kPhone);
}

void TestUbiSession::userChangesOwnPassword_withOldPassword()
{
    QVERIFY(m_sandbox.start());
    const QString deviceToken = registerUbiUser();
    QVERIFY(!deviceToken.isEmpty());
    auto s = stack(ubiConfig(tc::UserLogin::Email));
    {
        auto done = watch(s->session->logIn(kPassword));
        VERIFY_TASK_OK(done);
    }
    const QString next = u"a new one, 2026"_s;
    tc::ApiClient *api = s->api.get();
    // Without the old password the service refuses; with it, the new one works.
    auto o = watch(
            s->session->authorized([&](const QString &jwt) { return api->setUserPassword(jwt, deviceToken, next); }));
    QTRY_VERIFY_WITH_TIMEOUT(o->done, 20000);
    QCOMPARE(o->error.kind(), tc::ApiError::Kind::Http);
    QCOMPARE(o->error.effectiveStatus(), 400);
    QVERIFY(!o->error.errors().isEmpty());
    QCOMPARE(o->error.errors().first().key, u"OldPassword"_s);
    o = watch(s->session->authorized(
            [&](const QString &jwt) { return api->setUserPassword(jwt, deviceToken, next, kPassword); }));
    VERIFY_TASK_OK(o);
    QVERIFY(!s->seen().contains(next.toUtf8()));
    QVERIFY(!s->seen().contains(kPassword.toUtf8()));

    auto fresh = stack(ubiConfig(tc::UserLogin::Phone));
    auto wrong = watch(fresh->session->logIn(kPassword));
    QTRY_VERIFY_WITH_TIMEOUT(wrong->done, 20000);
    QCOMPARE(wrong->error.kind(), tc::ApiError::Kind::Auth);
    {
        auto done = watch(fresh->session->logIn(next));
        VERIFY_TASK_OK(done);
    }
    QCOMPARE(fresh->session->deviceToken(), deviceToken);
}

QTEST_GUILESS_MAIN(TestUbiSession)
#include "TestUbiSession.moc"
