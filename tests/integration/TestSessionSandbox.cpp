// tc::Session against the sandbox (a real server on loopback) and the real gnome-keyring of the
// test command's D-Bus session. Short token lifetimes; a ManualClock that moves together with the
// sandbox's clock (/_sandbox/clock), so "later" never needs a sleep.
#include "SandboxProcess.h"

#include "core/api/ApiClient.h"
#include "core/auth/LoginBudget.h"
#include "core/auth/Session.h"
#include "core/profiles/KeychainStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct TaskOutcome
{
    bool done = false;
    tc::ApiError error;
    tc::ApiError keychainError;
    bool retried = false;
    bool resumed = false;
    QDateTime retryAt;
    int httpStatus = 0;
    QJsonArray users;
};

std::shared_ptr<TaskOutcome> watch(tc::SessionTask *task)
{
    auto o = std::make_shared<TaskOutcome>();
    QObject::connect(task, &tc::SessionTask::finished, task, [o](tc::SessionTask *t) {
        o->done = true;
        o->error = t->error();
        o->keychainError = t->keychainError();
        o->retried = t->retriedAfter401();
        o->resumed = t->resumed();
        o->retryAt = t->retryAt();
        if (t->reply()) {
            o->httpStatus = t->reply()->httpStatus();
            o->users = t->reply()->users();
        }
    });
    return o;
}

#define WAIT_TASK(o) QTRY_VERIFY_WITH_TIMEOUT((o)->done, 20000)
#define VERIFY_TASK_OK(o) \
    do { \
        WAIT_TASK(o); \
        QVERIFY2(!(o)->error.isError(), qPrintable((o)->error.message())); \
    } while (false)

// One client-side stack: QNAM + ApiClient + Session, sharing the test's keychain, budget and clock.
struct Stack
{
    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<tc::ApiClient> api;
    std::unique_ptr<tc::Session> session;
    QStringList sent; // paths, in order

    Stack(const QUrl &base, tc::KeychainStore *keychain, tc::LoginBudget *budget, const tc::Clock *clock,
          const tc::Session::Config &config)
    {
        nam = std::make_unique<QNetworkAccessManager>();
        api = std::make_unique<tc::ApiClient>(nam.get());
        api->setBaseUrl(base);
        api->setClock(clock);
        QObject::connect(api.get(), &tc::ApiClient::exchangeStarted, api.get(),
                         [this](const tc::Exchange &x) { sent.append(x.url.path()); });
        session = std::make_unique<tc::Session>(api.get(), keychain, budget, clock);
        session->setConfig(config);
    }
    ~Stack()
    {
        session.reset();
        api.reset();
        nam.reset();
    }
    int count(const QString &path) const { return int(sent.count(path)); }
};

const QString kLogin = u"/v1/Auth/Login"_s;
const QString kRefresh = u"/v1/Auth/RefreshToken"_s;
const QString kFind = u"/v1/Management/users/find"_s;

} // namespace

class TestSessionSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void login_admin_activeWithExpiryAndKeptInKeychain();
    void login_user_identityIsDeviceToken();
    void restart_newSession_resumesWithoutLogin();
    void restart_lapsedJwt_resumesByRefreshWithoutLogin();
    void refresh_aheadOfExpiry_rotatesBothTokens_keychainBeforeUse();
    void authorized_401_refreshesOnceAndRetries();
    void authorized_second401_isAnErrorNotALoop();
    void authorized_concurrentCallers_shareOneRefresh();
    void refresh_spentRefreshToken_logsInAgain();
    void refresh_answerLostAfterProcessing_saysMaybeSpent_nextLogsInAgain();
    void login_429_stopsLoginsAndReportsWhen();
    void loginFieldsAuto_serverWantsString_triesOnceAndRemembers();
    void loginFieldsObject_serverWantsString_noFallback();
    void loginFieldsAuto_serverSaysUnauthorized_fallsBackOnce();
    void clockSkew_reportedAndUsedForExpiry();
    void logout_forgetsKeptSession();
    void cancel_hangingLogin_backToLoggedOut_noError_thenLoginWorks();
    void cancel_hangingRefresh_keepsTokens_noLoginNoKeychainWrite();

private:
    bool startSandbox(const QStringList &args = {});
    tc::Session::Config adminConfig() const;
    std::unique_ptr<Stack> stack(const tc::Session::Config &config);
    std::unique_ptr<Stack> loggedInAdmin();
    void moveTime(qint64 secs);
    QByteArray keptBlob(const QString &item);

    SandboxProcess m_sandbox;
    std::unique_ptr<tc::ManualClock> m_clock;
    std::unique_ptr<tc::KeychainStore> m_keychain;
    std::unique_ptr<tc::LoginBudget> m_budget;
    QString m_scope;
    qint64 m_shift = 0;
};

void TestSessionSandbox::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(qEnvironmentVariableIsSet("TC_SANDBOX_BIN"), "TC_SANDBOX_BIN is not set");
}

void TestSessionSandbox::init()
{
    m_clock = std::make_unique<tc::ManualClock>(QDateTime::currentDateTimeUtc());
    m_keychain = std::make_unique<tc::KeychainStore>(u"telematics-console-test"_s);
    m_keychain->setFallbackToMemory(false); // a failing keyring must fail the test
    m_budget = std::make_unique<tc::LoginBudget>(nullptr, m_clock.get());
    m_scope = u"profile:session-test-"_s + QUuid::createUuid().toString(QUuid::Id128);
    m_shift = 0;
}

void TestSessionSandbox::cleanup()
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

bool TestSessionSandbox::startSandbox(const QStringList &args)
{
    if (!m_sandbox.start(args)) {
        qWarning("sandbox: %s", qPrintable(m_sandbox.errorString()));
        return false;
    }
    return true;
}

tc::Session::Config TestSessionSandbox::adminConfig() const
{
    tc::Session::Config c;
    c.kind = tc::SessionKind::Admin;
    c.scope = m_scope;
    c.instanceId = m_sandbox.adminInstanceId();
    c.login = m_sandbox.adminEmail();
    return c;
}

std::unique_ptr<Stack> TestSessionSandbox::stack(const tc::Session::Config &config)
{
    return std::make_unique<Stack>(m_sandbox.baseUrl(), m_keychain.get(), m_budget.get(), m_clock.get(), config);
}

std::unique_ptr<Stack> TestSessionSandbox::loggedInAdmin()
{
    auto s = stack(adminConfig());
    auto o = watch(s->session->logIn(m_sandbox.adminPassword()));
    if (!QTest::qWaitFor([&] { return o->done; }, 20000) || o->error.isError()) {
        qWarning("login failed: %s", qPrintable(o->error.message()));
        return nullptr;
    }
    return s;
}

// The computer's clock and the service's clock move together: no skew, just "later".
void TestSessionSandbox::moveTime(qint64 secs)
{
    m_shift += secs;
    m_clock->advanceSecs(secs);
    QVERIFY(m_sandbox.shiftClock(m_shift));
}

QByteArray TestSessionSandbox::keptBlob(const QString &item)
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

// ---------------------------------------------------------------------------------------------

void TestSessionSandbox::login_admin_activeWithExpiryAndKeptInKeychain()
{
    QVERIFY(startSandbox({u"--admin-access-ttl"_s, u"600"_s}));
    auto s = stack(adminConfig());
    QSignalSpy states(s->session.get(), &tc::Session::stateChanged);
    auto o = watch(s->session->logIn(m_sandbox.adminPassword()));
    VERIFY_TASK_OK(o);
    QVERIFY(!o->keychainError.isError());
    tc::Session &session = *s->session;
    QCOMPARE(session.state(), tc::Session::State::Active);
    QCOMPARE(states.first().first().value<tc::Session::State>(), tc::Session::State::LoggingIn);
    QCOMPARE(session.identity(), m_sandbox.adminEmail());
    QCOMPARE(session.instanceId(), m_sandbox.adminInstanceId());
    QVERIFY(session.hasTokens());
    QVERIFY(qAbs(session.secondsLeft() - 600) <= 5);
    QVERIFY(session.expiresAt().isValid());
    QVERIFY(session.issuedAt().isValid());
    QCOMPARE(session.loginFieldsShapeUsed(), std::optional(tc::LoginFieldsShape::Object));
    QCOMPARE(s->sent, QStringList{kLogin});

    const QJsonObject blob = QJsonDocument::fromJson(keptBlob(tc::SecretItem::adminSession())).object();
    QCOMPARE(blob.value(u"accessToken"_s).toString(), session.accessToken());
    QVERIFY(!blob.value(u"refreshToken"_s).toString().isEmpty());
    QCOMPARE(QString::fromUtf8(keptBlob(tc::SecretItem::apiPassword())), m_sandbox.adminPassword());
}

void TestSessionSandbox::login_user_identityIsDeviceToken()
{
    QVERIFY(startSandbox({u"--access-ttl"_s, u"300"_s}));
    // A user to log in as.
    QNetworkAccessManager nam;
    tc::ApiClient api(&nam);
    api.setBaseUrl(m_sandbox.baseUrl());
    tc::ApiCall *reg = api.registerUser(m_sandbox.groupInstanceId(0), m_sandbox.groupInstanceKey(0), {});
    reg->setAutoDelete(false);
    QSignalSpy regDone(reg, &tc::ApiCall::finished);
    QVERIFY(regDone.wait(15000));
    QVERIFY2(reg->ok(), qPrintable(reg->error().message()));
    const QString deviceToken = reg->authResult().deviceToken;
    delete reg;

    tc::Session::Config c;
    c.kind = tc::SessionKind::User;
    c.scope = m_scope;
    c.instanceId = m_sandbox.groupInstanceId(0);
    c.login = deviceToken;
    auto s = stack(c);
    auto o = watch(s->session->logIn(m_sandbox.groupInstanceKey(0)));
    VERIFY_TASK_OK(o);
    QCOMPARE(s->session->state(), tc::Session::State::Active);
    QCOMPARE(s->session->identity(), deviceToken);
    QCOMPARE(s->session->deviceToken(), deviceToken);
    QVERIFY(qAbs(s->session->secondsLeft() - 300) <= 5);
    QCOMPARE(QString::fromUtf8(keptBlob(tc::SecretItem::instanceKey())), m_sandbox.groupInstanceKey(0));
    QVERIFY(!keptBlob(tc::SecretItem::userSession()).isEmpty());
}

void TestSessionSandbox::restart_newSession_resumesWithoutLogin()
{
    QVERIFY(startSandbox());
    QString jwt;
    {
        auto first = loggedInAdmin();
        QVERIFY(first);
        jwt = first->session->accessToken();
    }
    auto second = stack(adminConfig());
    auto o = watch(second->session->resume());
    VERIFY_TASK_OK(o);
    QVERIFY(o->resumed);
    QCOMPARE(second->session->state(), tc::Session::State::Active);
    QCOMPARE(second->session->accessToken(), jwt);
    QVERIFY(second->sent.isEmpty());
    // ... and it works.
    auto find = watch(second->session->authorized([&](const QString &bearer) {
        return second->api->findUsers(bearer, {{u"Email"_s, u"nobody@example.com"_s}});
    }));
    VERIFY_TASK_OK(find);
    QCOMPARE(second->sent, QStringList{kFind});
}

void TestSessionSandbox::restart_lapsedJwt_resumesByRefreshWithoutLogin()
{
    QVERIFY(startSandbox({u"--admin-access-ttl"_s, u"3"_s}));
    QString oldRefresh;
    {
        auto first = loggedInAdmin();
        QVERIFY(first);
    }
    oldRefresh = QJsonDocument::fromJson(keptBlob(tc::SecretItem::adminSession()))
                         .object()
                         .value(u"refreshToken"_s)
                         .toString();
    moveTime(10); // the JWT lapsed while the console was closed

    auto second = stack(adminConfig());
    auto o = watch(second->session->resume());
    VERIFY_TASK_OK(o);
    QVERIFY(o->resumed);
    QCOMPARE(second->session->state(), tc::Session::State::Active);
    QCOMPARE(second->sent, QStringList{kRefresh}); // no login
    QVERIFY(second->session->secondsLeft() > 0);
    const QString newRefresh = QJsonDocument::fromJson(keptBlob(tc::SecretItem::adminSession()))
                                       .object()
                                       .value(u"refreshToken"_s)
                                       .toString();
    QVERIFY(!newRefresh.isEmpty());
    QVERIFY(newRefresh != oldRefresh);
}

void TestSessionSandbox::refresh_aheadOfExpiry_rotatesBothTokens_keychainBeforeUse()
{
    QVERIFY(startSandbox({u"--admin-access-ttl"_s, u"1000"_s}));
    auto s = loggedInAdmin();
    QVERIFY(s);
    tc::Session &session = *s->session;
    const QString oldJwt = session.accessToken();
    const QString oldRefresh = QJsonDocument::fromJson(keptBlob(tc::SecretItem::adminSession()))
                                       .object()
                                       .value(u"refreshToken"_s)
                                       .toString();
    // 80 % of 1000 s would be 800 s; 5 min before expiry (700 s) comes first.
    QCOMPARE(session.refreshDueAt(), session.issuedAt().addSecs(700));

    // Order of events: the keychain write of the new pair must finish before the new JWT is used.
    QStringList events;
    const QString sessionKey = tc::Profile::secretKey(m_scope, tc::SecretItem::adminSession());
    connect(m_keychain.get(), &tc::KeychainStore::jobFinished, this,
            [&](tc::KeychainJob::Operation op, const QString &key, bool ok) {
                if (op == tc::KeychainJob::Operation::Write && key == sessionKey) {
                    events.append(ok ? u"kept"_s : u"keep-failed"_s);
                }
            });
    connect(&session, &tc::Session::tokensChanged, this, [&] { events.append(u"adopted"_s); });

    moveTime(session.serverNow().secsTo(session.refreshDueAt()) - 2);
    session.checkNow();
    QCoreApplication::processEvents();
    QCOMPARE(s->count(kRefresh), 0); // not yet due
    QCOMPARE(session.state(), tc::Session::State::Active);

    moveTime(3);
    session.checkNow();
    QCOMPARE(session.state(), tc::Session::State::Refreshing);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), tc::Session::State::Active, 20000);
    QCOMPARE(s->count(kRefresh), 1);
    QCOMPARE(s->count(kLogin), 1);
    QCOMPARE(events, (QStringList{u"kept"_s, u"adopted"_s}));
    QVERIFY(session.accessToken() != oldJwt);
    const QJsonObject blob = QJsonDocument::fromJson(keptBlob(tc::SecretItem::adminSession())).object();
    QCOMPARE(blob.value(u"accessToken"_s).toString(), session.accessToken());
    QVERIFY(blob.value(u"refreshToken"_s).toString() != oldRefresh);
    QVERIFY(qAbs(session.secondsLeft() - 1000) <= 5);

    // The old refresh token is spent.
    tc::ApiCall *again = s->api->refresh(oldJwt, oldRefresh);
    again->setAutoDelete(false);
    QSignalSpy done(again, &tc::ApiCall::finished);
    QVERIFY(done.wait(15000));
    QCOMPARE(again->error().kind(), tc::ApiError::Kind::Auth);
    delete again;
}

void TestSessionSandbox::authorized_401_refreshesOnceAndRetries()
{
    QVERIFY(startSandbox());
    auto s = loggedInAdmin();
    QVERIFY(s);
    QVERIFY(m_sandbox.injectFault({{u"kind"_s, u"envelope401"_s}, {u"path"_s, kFind}, {u"count"_s, 1}}));
    const QString oldJwt = s->session->accessToken();
    auto o = watch(s->session->authorized([&](const QString &jwt) {
        return s->api->findUsers(jwt, {{u"Email"_s, m_sandbox.adminEmail()}});
    }));
    VERIFY_TASK_OK(o);
    QVERIFY(o->retried);
    QCOMPARE(s->sent, (QStringList{kLogin, kFind, kRefresh, kFind}));
    QVERIFY(s->session->accessToken() != oldJwt);
}

void TestSessionSandbox::authorized_second401_isAnErrorNotALoop()
{
    QVERIFY(startSandbox());
    auto s = loggedInAdmin();
    QVERIFY(s);
    QVERIFY(m_sandbox.injectFault({{u"kind"_s, u"envelope401"_s}, {u"path"_s, kFind}, {u"count"_s, 5}}));
    auto o = watch(s->session->authorized([&](const QString &jwt) {
        return s->api->findUsers(jwt, {{u"Email"_s, m_sandbox.adminEmail()}});
    }));
    WAIT_TASK(o);
    QCOMPARE(o->error.kind(), tc::ApiError::Kind::Auth);
    QVERIFY(o->retried);
    QCOMPARE(s->sent, (QStringList{kLogin, kFind, kRefresh, kFind}));
    QCOMPARE(s->session->state(), tc::Session::State::Active); // the session itself is fine
}

void TestSessionSandbox::authorized_concurrentCallers_shareOneRefresh()
{
    QVERIFY(startSandbox());
    auto s = loggedInAdmin();
    QVERIFY(s);
    constexpr int callers = 6;
    QVERIFY(m_sandbox.injectFault({{u"kind"_s, u"envelope401"_s}, {u"path"_s, kFind}, {u"count"_s, callers}}));
    QList<std::shared_ptr<TaskOutcome>> outcomes;
    for (int i = 0; i < callers; ++i) {
        outcomes.append(watch(s->session->authorized([&](const QString &jwt) {
            return s->api->findUsers(jwt, {{u"Email"_s, m_sandbox.adminEmail()}});
        })));
    }
    for (const auto &o : outcomes) {
        VERIFY_TASK_OK(o);
        QVERIFY(o->retried);
    }
    QCOMPARE(s->count(kRefresh), 1);
    QCOMPARE(s->count(kFind), 2 * callers);
    QCOMPARE(s->count(kLogin), 1);
}

void TestSessionSandbox::refresh_spentRefreshToken_logsInAgain()
{
    QVERIFY(startSandbox());
    auto s = loggedInAdmin();
    QVERIFY(s);
    // Someone else (another process with the same kept pair) spends the refresh token.
    tc::ApiCall *spend = s->api->refresh(s->session->accessToken(),
                                         QJsonDocument::fromJson(keptBlob(tc::SecretItem::adminSession()))
                                                 .object()
                                                 .value(u"refreshToken"_s)
                                                 .toString());
    spend->setAutoDelete(false);
    QSignalSpy spent(spend, &tc::ApiCall::finished);
    QVERIFY(spent.wait(15000));
    QVERIFY(spend->ok());
    delete spend;
    s->sent.clear();

    auto o = watch(s->session->refreshNow());
    VERIFY_TASK_OK(o);
    QCOMPARE(s->sent, (QStringList{kRefresh, kLogin}));
    QCOMPARE(s->session->state(), tc::Session::State::Active);
    QCOMPARE(m_budget->automaticInWindow(m_scope), 1);
}

void TestSessionSandbox::refresh_answerLostAfterProcessing_saysMaybeSpent_nextLogsInAgain()
{
    // The service rotated the pair but the answer never arrived: the refresh token held is
    // spent. The session used to say nothing of it (card: "Active", refresh token valid for days).
    QVERIFY(startSandbox({u"--enable-faults"_s}));
    auto s = loggedInAdmin();
    QVERIFY(s);
    QVERIFY(m_sandbox.injectFault({{u"kind"_s, u"drop-after"_s}, {u"path"_s, kRefresh}, {u"count"_s, 2}}));
    s->sent.clear();
    auto lost = watch(s->session->refreshNow());
    WAIT_TASK(lost);
    QVERIFY(lost->error.isError());
    QVERIFY(s->session->refreshTokenMaybeSpent());
    QCOMPARE(s->session->failedRefreshes(), 1);
    QVERIFY(s->session->nextRetryAt().isValid());
    QVERIFY(s->session->hasTokens()); // the JWT still works until it lapses
    QVERIFY(m_sandbox.clearFaults());

    // The next attempt logs in (within the budget) instead of sending the spent token, and says why.
    QSignalSpy again(s->session.get(), &tc::Session::loggedInAgain);
    s->sent.clear();
    auto next = watch(s->session->refreshNow());
    VERIFY_TASK_OK(next);
    QCOMPARE(s->sent, QStringList{kLogin});
    QCOMPARE(again.count(), 1);
    QVERIFY2(again.first().first().toString().contains(u"may be spent"_s),
             qPrintable(again.first().first().toString()));
    QCOMPARE(s->session->automaticLogins().size(), 1);
    QVERIFY(!s->session->refreshTokenMaybeSpent());
    QCOMPARE(s->session->failedRefreshes(), 0);
    QVERIFY(!s->session->lastError().isError()); // cleared by the success
    QCOMPARE(s->session->state(), tc::Session::State::Active);
    QCOMPARE(m_budget->automaticInWindow(m_scope), 1);
}

void TestSessionSandbox::login_429_stopsLoginsAndReportsWhen()
{
    QVERIFY(startSandbox({u"--login-limit"_s, u"1"_s, u"--login-window"_s, u"120"_s}));
    auto s = loggedInAdmin(); // the one login the window allows
    QVERIFY(s);
    QSignalSpy blocked(s->session.get(), &tc::Session::loginBlocked);

    auto manual = watch(s->session->logIn(m_sandbox.adminPassword()));
    WAIT_TASK(manual);
    QCOMPARE(manual->error.kind(), tc::ApiError::Kind::RateLimited);
    QVERIFY(manual->retryAt.isValid());
    const qint64 wait = m_clock->nowUtc().secsTo(manual->retryAt);
    QVERIFY2(wait > 60 && wait <= 125, qPrintable(QString::number(wait)));
    QCOMPARE(blocked.count(), 1);
    QVERIFY(qAbs(s->session->loginBlockedUntil().secsTo(manual->retryAt)) <= 1);
    QVERIFY(manual->error.message().contains(manual->retryAt.toLocalTime().toString(u"HH:mm"_s)));
    QCOMPARE(s->count(kLogin), 2);

    // No more logins go out, by hand or automatic, until then; the person is told when.
    auto again = watch(s->session->logIn(m_sandbox.adminPassword()));
    WAIT_TASK(again);
    QCOMPARE(again->error.kind(), tc::ApiError::Kind::RateLimited);
    QVERIFY(qAbs(again->retryAt.secsTo(manual->retryAt)) <= 1);
    QCOMPARE(s->count(kLogin), 2);
    // A refresh (not rate-limited) still keeps the session going.
    auto refresh = watch(s->session->refreshNow());
    VERIFY_TASK_OK(refresh);
    QCOMPARE(s->count(kLogin), 2);
}

void TestSessionSandbox::loginFieldsAuto_serverWantsString_triesOnceAndRemembers()
{
    QVERIFY(startSandbox({u"--login-fields"_s, u"string"_s}));
    auto s = stack(adminConfig());
    QSignalSpy learned(s->session.get(), &tc::Session::loginShapeLearned);
    auto o = watch(s->session->logIn(m_sandbox.adminPassword()));
    VERIFY_TASK_OK(o);
    QCOMPARE(s->sent, (QStringList{kLogin, kLogin}));
    QCOMPARE(s->session->loginFieldsShapeUsed(), std::optional(tc::LoginFieldsShape::String));
    QCOMPARE(learned.count(), 1);
    QCOMPARE(learned.first().first().value<tc::LoginFieldsMode>(), tc::LoginFieldsMode::String);
    QCOMPARE(QJsonDocument::fromJson(keptBlob(tc::SecretItem::adminSession())).object().value(u"shape"_s).toString(),
             u"string"_s);

    // The next login starts with what worked: one request.
    s->sent.clear();
    auto again = watch(s->session->logIn());
    VERIFY_TASK_OK(again);
    QCOMPARE(s->sent, QStringList{kLogin});
    QCOMPARE(learned.count(), 1);
}

void TestSessionSandbox::loginFieldsObject_serverWantsString_noFallback()
{
    QVERIFY(startSandbox({u"--login-fields"_s, u"string"_s}));
    tc::Session::Config c = adminConfig();
    c.loginFields = tc::LoginFieldsMode::Object;
    auto s = stack(c);
    auto o = watch(s->session->logIn(m_sandbox.adminPassword()));
    WAIT_TASK(o);
    QCOMPARE(o->error.kind(), tc::ApiError::Kind::Auth);
    QVERIFY(o->error.message().contains(u"LoginFields"_s)); // the hint about the other shape
    QCOMPARE(s->sent, QStringList{kLogin});
    QCOMPARE(s->session->state(), tc::Session::State::Error);
    QCOMPARE(s->session->lastError().kind(), tc::ApiError::Kind::Auth);
}

void TestSessionSandbox::loginFieldsAuto_serverSaysUnauthorized_fallsBackOnce()
{
    // The vendor's newer service answers a shape it cannot read exactly as a wrong password:
    // {"Result":null,"Status":401,"Title":"Unauthorized","Errors":[]}. Auto used to demand an
    // empty Title and stopped at the first shape.
    QVERIFY(startSandbox({u"--login-fields"_s, u"string"_s, u"--login-refusal"_s, u"unauthorized"_s}));
    auto s = stack(adminConfig());
    QSignalSpy learned(s->session.get(), &tc::Session::loginShapeLearned);
    auto o = watch(s->session->logIn(m_sandbox.adminPassword()));
    VERIFY_TASK_OK(o);
    QCOMPARE(s->sent, (QStringList{kLogin, kLogin}));
    QCOMPARE(s->session->loginFieldsShapeUsed(), std::optional(tc::LoginFieldsShape::String));
    QCOMPARE(learned.count(), 1);

    // A wrong password: each shape once, never a loop, and one login in the budget.
    auto wrong = stack(adminConfig());
    const int before = m_budget->automaticInWindow(m_scope);
    auto w = watch(wrong->session->logIn(u"not-the-password"_s));
    WAIT_TASK(w);
    QCOMPARE(w->error.kind(), tc::ApiError::Kind::Auth);
    QCOMPARE(wrong->sent, (QStringList{kLogin, kLogin}));
    QCOMPARE(m_budget->automaticInWindow(m_scope), before); // a person's login: not automatic
}

void TestSessionSandbox::clockSkew_reportedAndUsedForExpiry()
{
    QVERIFY(startSandbox({u"--admin-access-ttl"_s, u"600"_s}));
    QVERIFY(m_sandbox.shiftClock(3600)); // the service's clock is an hour ahead of ours
    auto s = stack(adminConfig());
    QSignalSpy skew(s->session.get(), &tc::Session::clockSkewChanged);
    auto o = watch(s->session->logIn(m_sandbox.adminPassword()));
    VERIFY_TASK_OK(o);
    QCOMPARE(skew.count(), 1);
    QVERIFY(qAbs(skew.first().first().toLongLong() - 3600) <= 3);
    QVERIFY(s->session->isClockSkewed());
    QVERIFY(qAbs(s->session->clockSkewSecs() - 3600) <= 3);
    // exp is in the service's time: 600 s left, not 4200.
    QVERIFY2(qAbs(s->session->secondsLeft() - 600) <= 5, qPrintable(QString::number(s->session->secondsLeft())));
    QCOMPARE(s->session->state(), tc::Session::State::Active);
}

void TestSessionSandbox::logout_forgetsKeptSession()
{
    QVERIFY(startSandbox());
    auto s = loggedInAdmin();
    QVERIFY(s);
    auto o = watch(s->session->logout());
    VERIFY_TASK_OK(o);
    QCOMPARE(s->session->state(), tc::Session::State::LoggedOut);
    QVERIFY(!s->session->hasTokens());
    QVERIFY(keptBlob(tc::SecretItem::adminSession()).isEmpty());
    QVERIFY(!keptBlob(tc::SecretItem::apiPassword()).isEmpty()); // the credentials stay
    auto second = stack(adminConfig());
    auto r = watch(second->session->resume());
    VERIFY_TASK_OK(r);
    QVERIFY(!r->resumed);
    QCOMPARE(second->session->state(), tc::Session::State::LoggedOut);
}

void TestSessionSandbox::cancel_hangingLogin_backToLoggedOut_noError_thenLoginWorks()
{
    QVERIFY(startSandbox());
    auto s = stack(adminConfig());
    tc::Session &session = *s->session;
    QSignalSpy errors(&session, &tc::Session::errorOccurred);
    QSignalSpy tokens(&session, &tc::Session::tokensChanged);
    QVERIFY(!session.cancel()); // nothing in flight: a no-op
    QCOMPARE(session.state(), tc::Session::State::LoggedOut);

    QVERIFY(m_sandbox.injectFault(
            {{u"kind"_s, u"delay"_s}, {u"delayMs"_s, 5000}, {u"path"_s, kLogin}})); // the login hangs
    tc::SessionTask *task = session.logIn(m_sandbox.adminPassword());
    auto o = watch(task);
    QTRY_COMPARE_WITH_TIMEOUT(s->count(kLogin), 1, 10000);
    QCOMPARE(session.state(), tc::Session::State::LoggingIn);
    QPointer<tc::ApiCall> call = task->reply();
    QVERIFY(call);
    QVERIFY(!call->isFinished());
    QSignalSpy states(&session, &tc::Session::stateChanged);

    QVERIFY(session.cancel());
    WAIT_TASK(o);
    QCOMPARE(o->error.kind(), tc::ApiError::Kind::Canceled);
    QCOMPARE(session.state(), tc::Session::State::LoggedOut);
    QCOMPARE(states.count(), 1);
    QVERIFY(!session.lastError().isError());
    QCOMPARE(errors.count(), 0);
    QVERIFY(!session.hasTokens());
    QVERIFY(!session.isBusy());
    QVERIFY(!session.cancel()); // once is enough
    // The aborted call ends as Canceled (or was deleted with its task); the answer that comes
    // late is never used, and nothing reached the keychain.
    QTRY_VERIFY_WITH_TIMEOUT(!call || call->isFinished(), 5000);
    if (call) {
        QCOMPARE(call->error().kind(), tc::ApiError::Kind::Canceled);
    }
    QCOMPARE(tokens.count(), 0);
    QVERIFY(keptBlob(tc::SecretItem::adminSession()).isEmpty());
    QVERIFY(keptBlob(tc::SecretItem::apiPassword()).isEmpty());
    QCOMPARE(m_budget->automaticInWindow(m_scope), 0);

    // A later login works (the fault was used up by the cancelled request).
    auto again = watch(session.logIn(m_sandbox.adminPassword()));
    VERIFY_TASK_OK(again);
    QCOMPARE(session.state(), tc::Session::State::Active);
    QVERIFY(session.hasTokens());
    QCOMPARE(s->count(kLogin), 2);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(QJsonDocument::fromJson(keptBlob(tc::SecretItem::adminSession()))
                     .object()
                     .value(u"accessToken"_s)
                     .toString(),
             session.accessToken());
}

void TestSessionSandbox::cancel_hangingRefresh_keepsTokens_noLoginNoKeychainWrite()
{
    QVERIFY(startSandbox({u"--admin-access-ttl"_s, u"600"_s}));
    auto s = loggedInAdmin();
    QVERIFY(s);
    tc::Session &session = *s->session;
    const QString jwt = session.accessToken();
    const QByteArray kept = keptBlob(tc::SecretItem::adminSession());
    QVERIFY(!kept.isEmpty());
    QSignalSpy errors(&session, &tc::Session::errorOccurred);

    QVERIFY(m_sandbox.injectFault({{u"kind"_s, u"delay"_s}, {u"delayMs"_s, 5000}, {u"path"_s, kRefresh}}));
    auto refresh = watch(session.refreshNow());
    auto waiter = watch(session.ensureValid()); // waits for the refresh in flight
    auto forced = watch(session.refreshNow());  // joins it
    QTRY_COMPARE_WITH_TIMEOUT(s->count(kRefresh), 1, 10000);
    QCOMPARE(session.state(), tc::Session::State::Refreshing);

    QVERIFY(session.cancel());
    WAIT_TASK(refresh);
    WAIT_TASK(forced);
    WAIT_TASK(waiter);
    QCOMPARE(refresh->error.kind(), tc::ApiError::Kind::Canceled);
    QCOMPARE(forced->error.kind(), tc::ApiError::Kind::Canceled);
    QCOMPARE(waiter->error.kind(), tc::ApiError::Kind::Canceled);
    QCOMPARE(session.state(), tc::Session::State::Active);
    QCOMPARE(session.accessToken(), jwt); // the tokens it had
    QVERIFY(!session.lastError().isError());
    QCOMPARE(errors.count(), 0);
    QCOMPARE(s->count(kLogin), 1); // no login instead
    QCOMPARE(m_budget->automaticInWindow(m_scope), 0);
    QCOMPARE(keptBlob(tc::SecretItem::adminSession()), kept);

    // The next refresh goes through and rotates the pair.
    auto again = watch(session.refreshNow());
    VERIFY_TASK_OK(again);
    QVERIFY(session.accessToken() != jwt);
    QCOMPARE(s->count(kRefresh), 2);
}

QTEST_GUILESS_MAIN(TestSessionSandbox)
#include "TestSessionSandbox.moc"
