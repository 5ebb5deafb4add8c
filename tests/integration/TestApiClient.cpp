// tc::ApiClient against a real telematics-sandbox over loopback: every typed call, the one
// place (send) with its Exchange, the bearer rule and the queued start.
#include "ApiTestHelpers.h"
#include "SandboxProcess.h"

#include "core/api/ApiClient.h"
#include "core/auth/Jwt.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace apitest;
using tc::ApiCall;
using tc::ApiClient;
using tc::ApiError;
using tc::LoginFieldsShape;

class TestApiClient : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    QNetworkAccessManager *m_nam = nullptr;
    ApiClient *m_client = nullptr;

    QString adminToken()
    {
        ApiCall *call
                = m_client->loginAdmin(m_sandbox.adminInstanceId(), m_sandbox.adminEmail(), m_sandbox.adminPassword());
        if (!waitFinished(call) || !call->ok()) {
            qWarning("admin login failed: %s", qPrintable(describe(call)));
            return {};
        }
        return call->authResult().accessToken;
    }

    tc::AuthResult registerOne(const tc::RegistrationProfile &profile = {}, int group = 0)
    {
        ApiCall *call
                = m_client->registerUser(m_sandbox.groupInstanceId(group), m_sandbox.groupInstanceKey(group), profile);
        if (!waitFinished(call) || !call->ok()) {
            qWarning("registration failed: %s", qPrintable(describe(call)));
            return {};
        }
        return call->authResult();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString())); }

    void init()
    {
        m_nam = new QNetworkAccessManager(this);
        m_client = new ApiClient(m_nam, this);
        m_client->setBaseUrl(m_sandbox.baseUrl());
        m_client->setTransferTimeout(10000);
    }

    void cleanup()
    {
        delete m_client;
        delete m_nam;
        m_client = nullptr;
        m_nam = nullptr;
    }

    void registerUser_emptyProfile_returnsDeviceTokenJwtAndRefreshToken()
    {
        const int before = m_sandbox.issuedUsers().size();
        ApiCall *call = m_client->registerUser(m_sandbox.groupInstanceId(0), m_sandbox.groupInstanceKey(0), {});
        TC_FINISH(call);
        TC_VERIFY_OK(call);
        QCOMPARE(call->httpStatus(), 200);
        QCOMPARE(call->error().kind(), ApiError::Kind::None);
        const tc::AuthResult r = call->authResult();
        QVERIFY(!QUuid::fromString(r.deviceToken).isNull());
        QVERIFY(!r.refreshToken.isEmpty());
        const tc::Jwt jwt = tc::Jwt::decode(r.accessToken);
        QVERIFY2(jwt.isValid(), qPrintable(jwt.errorString()));
        QCOMPARE(jwt.deviceToken().toLower(), r.deviceToken.toLower());
        QCOMPARE(jwt.instanceId(), m_sandbox.groupInstanceId(0));
        QVERIFY(r.expiresIn.has_value());
        const tc::TokenExpiry expiry = tc::expiryFrom(jwt, r.expiresIn, call->receivedAt());
        QCOMPARE(expiry.source, tc::TokenExpiry::Source::ExpClaim);
        QVERIFY2(!expiry.mismatch, qPrintable(expiry.note));
        QVERIFY(call->serverDate().isValid()); // the Date header, for clock skew
        QVERIFY(qAbs(call->serverDate().secsTo(call->receivedAt())) < 60);
        QCOMPARE(m_sandbox.issuedUsers().size(), before + 1);
        QVERIFY(containsDeviceToken(m_sandbox.issuedUsers(), r.deviceToken));
    }

    void registerUser_everyField_isStoredByTheService()
    {
        tc::RegistrationProfile p;
        p.firstName = u"Ada"_s;
        p.lastName = u"Lovelace"_s;
        p.nickname = u"ada"_s;
        p.phone = u"+44 20 7946 0000"_s;
        p.email = u"ada+test@example.com"_s;
        p.gender = u"Female"_s;
        p.birthday = u"1815-12-10T00:00:00Z"_s;
        p.maritalStatus = u"Married"_s;
        p.childrenCount = 3;
        p.country = u"UK"_s;
        p.district = u"Marylebone"_s;
        p.city = u"London"_s;
        p.address = u"12 St James's Square"_s;
        p.imageUrl = u"https://example.com/ada.png"_s;
        p.userFields = tc::UserFields{false, true, true, u"crm-1815"_s};
        const tc::AuthResult r = registerOne(p);
        QVERIFY(!r.deviceToken.isEmpty());

        const QString admin = adminToken();
        QVERIFY(!admin.isEmpty());
        ApiCall *find = m_client->findUsers(admin, {{u"Email"_s, u"ada+test@example.com"_s}}); // '+' must survive
        TC_FINISH(find);
        TC_VERIFY_OK(find);
        QCOMPARE(find->users().size(), 1);
        const QJsonObject u = find->users().first().toObject();
        QCOMPARE(u.value(u"DeviceToken"_s).toString().toLower(), r.deviceToken.toLower());
        QCOMPARE(u.value(u"FirstName"_s).toString(), u"Ada"_s);
        QCOMPARE(u.value(u"LastName"_s).toString(), u"Lovelace"_s);
        QCOMPARE(u.value(u"City"_s).toString(), u"London"_s);
        QCOMPARE(u.value(u"Gender"_s).toString(), u"Female"_s);
        QCOMPARE(u.value(u"ChildrenCount"_s).toInt(), 3);
        const QJsonObject fields = u.value(u"UserFields"_s).toObject();
        QCOMPARE(fields.value(u"EnableTracking"_s).toBool(), false);
        QCOMPARE(fields.value(u"EnableLogging"_s).toBool(), true);
        QCOMPARE(fields.value(u"ClientId"_s).toString(), u"crm-1815"_s);
    }

    void registerUser_customToken_becomesTheDeviceToken()
    {
        const QString custom = QUuid::createUuid().toString(QUuid::WithoutBraces);
        tc::RegistrationProfile p;
        p.customToken = custom;
        const tc::AuthResult r = registerOne(p);
        QCOMPARE(r.deviceToken.toLower(), custom.toLower());
        QVERIFY(containsDeviceToken(m_sandbox.issuedUsers(), custom));
    }

    void registerUser_withoutAccessToken_answersNoJwt()
    {
        tc::RegistrationProfile p;
        p.createAccessToken = false;
        ApiCall *call = m_client->registerUser(m_sandbox.groupInstanceId(1), m_sandbox.groupInstanceKey(1), p);
        TC_FINISH(call);
        TC_VERIFY_OK(call);
        QVERIFY(!call->authResult().deviceToken.isEmpty());
        QVERIFY(!call->authResult().hasAccessToken());
    }

    void registerMany_returnsEveryDeviceToken()
    {
        ApiCall *call = m_client->registerMany(m_sandbox.groupInstanceId(0), m_sandbox.groupInstanceKey(0), 5, false,
                                               tc::UserFields{true, false, true, std::nullopt});
        TC_FINISH(call);
        TC_VERIFY_OK(call);
        const QList<tc::AuthResult> results = call->authResults();
        QCOMPARE(results.size(), 5);
        QSet<QString> unique;
        const QJsonArray issued = m_sandbox.issuedUsers();
        for (const tc::AuthResult &r : results) {
            unique.insert(r.deviceToken.toLower());
            QVERIFY(containsDeviceToken(issued, r.deviceToken));
            QVERIFY(!r.hasAccessToken()); // CreateAccessToken: false
        }
        QCOMPARE(unique.size(), 5);
    }

    void loginAdmin_objectShape_withAndWithoutInstanceIdHeader()
    {
        for (const QString &instanceId : {m_sandbox.adminInstanceId(), QString()}) {
            ApiCall *call = m_client->loginAdmin(instanceId, m_sandbox.adminEmail(), m_sandbox.adminPassword());
            TC_FINISH(call);
            TC_VERIFY_OK(call);
            QCOMPARE(call->loginFieldsShape(), std::optional<LoginFieldsShape>(LoginFieldsShape::Object));
            const tc::Jwt jwt = tc::Jwt::decode(call->authResult().accessToken);
            QVERIFY(jwt.isValid());
            QVERIFY(!call->authResult().refreshToken.isEmpty());
            QCOMPARE(hasHeader(call->exchange().requestHeaders, "InstanceId"), !instanceId.isEmpty());
        }
    }

    void loginUser_objectShape_sendsInstanceIdAndInstanceKey()
    {
        const tc::AuthResult reg = registerOne();
        ApiCall *call
                = m_client->loginUser(m_sandbox.groupInstanceId(0), reg.deviceToken, m_sandbox.groupInstanceKey(0));
        TC_FINISH(call);
        TC_VERIFY_OK(call);
        const tc::Jwt jwt = tc::Jwt::decode(call->authResult().accessToken);
        QCOMPARE(jwt.deviceToken().toLower(), reg.deviceToken.toLower());
        const tc::HeaderList sent = call->exchange().requestHeaders;
        QCOMPARE(header(sent, "InstanceId"), m_sandbox.groupInstanceId(0).toUtf8());
        QCOMPARE(header(sent, "InstanceKey"), tc::Redactor::mask().toUtf8()); // sent, and redacted in the record
        QCOMPARE(header(sent, "Content-Type"), QByteArray("application/json"));
    }

    void login_stringShape_againstAStringOnlyService()
    {
        SandboxProcess strict;
        QVERIFY2(strict.start({u"--login-fields"_s, u"string"_s}), qPrintable(strict.errorString()));
        m_client->setBaseUrl(strict.baseUrl());

        ApiCall *objectShape = m_client->loginAdmin(strict.adminInstanceId(), strict.adminEmail(),
                                                    strict.adminPassword(), LoginFieldsShape::Object);
        TC_FINISH(objectShape);
        QCOMPARE(objectShape->error().kind(), ApiError::Kind::Auth);
        QVERIFY2(objectShape->error().message().contains(u"LoginFields shape"_s),
                 qPrintable(objectShape->error().message()));

        ApiCall *admin = m_client->loginAdmin(strict.adminInstanceId(), strict.adminEmail(), strict.adminPassword(),
                                              LoginFieldsShape::String);
        TC_FINISH(admin);
        TC_VERIFY_OK(admin);
        QCOMPARE(admin->loginFieldsShape(), std::optional<LoginFieldsShape>(LoginFieldsShape::String));

        ApiCall *reg = m_client->registerUser(strict.groupInstanceId(0), strict.groupInstanceKey(0), {});
        TC_FINISH(reg);
        TC_VERIFY_OK(reg);
        ApiCall *user = m_client->loginUser(strict.groupInstanceId(0), reg->authResult().deviceToken,
                                            strict.groupInstanceKey(0), LoginFieldsShape::String);
        TC_FINISH(user);
        TC_VERIFY_OK(user);
    }

    void refresh_rotatesBothTokens_andSpendsTheOldOne()
    {
        const tc::AuthResult reg = registerOne();
        ApiCall *first = m_client->refresh(reg.accessToken, reg.refreshToken);
        TC_FINISH(first);
        TC_VERIFY_OK(first);
        const tc::AuthResult next = first->authResult();
        QVERIFY(!next.accessToken.isEmpty());
        QVERIFY(next.refreshToken != reg.refreshToken);
        QVERIFY(tc::Jwt::decode(next.accessToken).isValid());

        ApiCall *again = m_client->refresh(reg.accessToken, reg.refreshToken); // spent
        TC_FINISH(again);
        QCOMPARE(again->error().kind(), ApiError::Kind::Auth);
        QCOMPARE(again->error().context(), ApiError::Context::Refresh);
        QVERIFY2(again->error().message().contains(u"refresh token"_s), qPrintable(again->error().message()));

        ApiCall *chained = m_client->refresh(next.accessToken, next.refreshToken);
        TC_FINISH(chained);
        TC_VERIFY_OK(chained);
    }

    void refresh_pathOverride_isUsed()
    {
        tc::Endpoints e = m_client->endpoints();
        e.refresh = u"/v1/RefreshToken"_s; // the seed page's spelling
        m_client->setEndpoints(e);
        const tc::AuthResult reg = registerOne();
        ApiCall *call = m_client->refresh(reg.accessToken, reg.refreshToken);
        TC_FINISH(call);
        QCOMPARE(call->url().path(), u"/v1/RefreshToken"_s);
        QCOMPARE(call->error().kind(), ApiError::Kind::Http); // the sandbox only knows /v1/Auth/RefreshToken
        QCOMPARE(call->error().httpStatus(), 404);
    }

    void management_findGetUpdateDelete()
    {
        const tc::AuthResult reg = registerOne();
        const QString admin = adminToken();
        QVERIFY(!admin.isEmpty());

        ApiCall *find = m_client->findUsers(admin, {{u"DeviceToken"_s, reg.deviceToken}});
        TC_FINISH(find);
        TC_VERIFY_OK(find);
        QCOMPARE(find->users().size(), 1);

        ApiCall *own = m_client->ownProfile(reg.accessToken); // a user JWT reads its own profile
        TC_FINISH(own);
        TC_VERIFY_OK(own);
        QCOMPARE(own->result().toObject().value(u"DeviceToken"_s).toString().toLower(), reg.deviceToken.toLower());

        ApiCall *update = m_client->updateUser(admin, reg.deviceToken, {{u"FirstName"_s, u"Grace"_s}});
        TC_FINISH(update);
        TC_VERIFY_OK(update);
        QCOMPARE(header(update->exchange().requestHeaders, "UserDeviceToken"), reg.deviceToken.toUtf8());
        ApiCall *byName = m_client->findUsers(admin, {{u"DeviceToken"_s, reg.deviceToken}});
        TC_FINISH(byName);
        QCOMPARE(byName->users().first().toObject().value(u"FirstName"_s).toString(), u"Grace"_s);

        ApiCall *del = m_client->deleteUser(admin, reg.deviceToken);
        TC_FINISH(del);
        TC_VERIFY_OK(del);
        QCOMPARE(del->method(), QByteArray("DELETE"));
        QVERIFY(!containsDeviceToken(m_sandbox.issuedUsers(), reg.deviceToken));
        ApiCall *gone = m_client->findUsers(admin, {{u"DeviceToken"_s, reg.deviceToken}});
        TC_FINISH(gone);
        TC_VERIFY_OK(gone);
        QCOMPARE(gone->users().size(), 0);
    }

    void request_raw_anyMethodAndPath()
    {
        const QString admin = adminToken();
        const tc::AuthResult reg = registerOne();
        ApiCall *call
                = m_client->request("get", u"/v1/Management/users/find?DeviceToken="_s + reg.deviceToken, {}, admin);
        TC_FINISH(call);
        TC_VERIFY_OK(call);
        QCOMPARE(call->method(), QByteArray("GET"));
        QVERIFY(call->result().isArray());
        QVERIFY(call->body().contains(reg.deviceToken.toUtf8()));
        // A request without a body says no Content-Type; one with a body says JSON.
        QVERIFY(!hasHeader(call->exchange().requestHeaders, "Content-Type"));
        QCOMPARE(header(call->exchange().requestHeaders, "Accept"), QByteArray("application/json"));

        ApiCall *post = m_client->request("POST", u"/v1/Registration/Create"_s, "{}"); // no headers: refused
        TC_FINISH(post);
        QVERIFY(post->error().isError());
        QVERIFY(post->httpStatus() >= 400);
        QCOMPARE(header(post->exchange().requestHeaders, "Content-Type"), QByteArray("application/json"));
    }

    void plainHttp_toAnotherComputer_carriesNoSecret()
    {
        // A password, a group key or a token over plain http:// to another computer: refused before
        // anything is sent (a profile saved before the editor checked, or the CLI's --base-url).
        // 192.0.2.1 is TEST-NET-1: nothing answers there, so a request that left would time out.
        QSignalSpy started(m_client, &ApiClient::exchangeStarted);
        m_client->setBaseUrl(QUrl(u"http://192.0.2.1:8080"_s));
        const QList<ApiCall *> calls{
                m_client->loginAdmin(m_sandbox.adminInstanceId(), u"ops@example.com"_s, u"pw-never-sent"_s),
                m_client->registerUser(m_sandbox.groupInstanceId(0), m_sandbox.groupInstanceKey(0), {}),
                m_client->request("GET", u"/v1/Management/users"_s, {}, u"some.jwt.token"_s),
        };
        for (ApiCall *call : calls) {
            TC_FINISH(call);
            QCOMPARE(call->error().kind(), ApiError::Kind::Validation);
            QVERIFY2(call->error().message().contains(u"plain http:// to another computer"_s),
                     qPrintable(call->error().message()));
            QCOMPARE(call->httpStatus(), 0);
        }
        QCOMPARE(started.count(), 0);
        // This computer by name or address stays allowed; so does https anywhere.
        for (const QString &host : {u"localhost"_s, u"api.localhost"_s, u"127.0.0.1"_s, u"::1"_s, u"127.1.2.3"_s})
            QVERIFY2(ApiClient::isLocalHost(host), qPrintable(host));
        for (const QString &host : {u"192.0.2.1"_s, u"example.com"_s, u"localhost.example.com"_s, u"10.0.0.1"_s})
            QVERIFY2(!ApiClient::isLocalHost(host), qPrintable(host));
        m_client->setBaseUrl(m_sandbox.baseUrl());
        ApiCall *local
                = m_client->loginAdmin(m_sandbox.adminInstanceId(), m_sandbox.adminEmail(), m_sandbox.adminPassword());
        TC_FINISH(local);
        TC_VERIFY_OK(local);
    }

    void bearer_isOnlySentToTheBaseUrlsHost()
    {
        const tc::AuthResult reg = registerOne();
        // Same sandbox, but named "localhost" instead of 127.0.0.1: another host for the rule.
        QUrl other = m_sandbox.baseUrl();
        other.setHost(u"localhost"_s);
        other.setPath(u"/v1/Management/users"_s);
        ApiCall *foreign = m_client->request("GET", other.toString(), {}, reg.accessToken);
        TC_FINISH(foreign);
        QVERIFY(!hasHeader(foreign->exchange().requestHeaders, "Authorization"));
        if (foreign->httpStatus() != 0) // localhost may resolve to ::1 only; then nothing answered
            QCOMPARE(foreign->httpStatus(), 401);

        ApiCall *own = m_client->request("GET", u"/v1/Management/users"_s, {}, reg.accessToken);
        TC_FINISH(own);
        TC_VERIFY_OK(own);
        QCOMPARE(header(own->exchange().requestHeaders, "Authorization"), "Bearer " + tc::Redactor::mask().toUtf8());
    }

    void send_emitsRedactedExchangeOnceStartedAndOnceFinished()
    {
        QSignalSpy started(m_client, &ApiClient::exchangeStarted);
        QSignalSpy finished(m_client, &ApiClient::exchangeFinished);
        ApiCall *call
                = m_client->loginAdmin(m_sandbox.adminInstanceId(), m_sandbox.adminEmail(), m_sandbox.adminPassword());
        QCOMPARE(started.count(), 1); // the request is on its way
        QCOMPARE(finished.count(), 0);
        TC_FINISH(call);
        TC_VERIFY_OK(call);
        QCOMPARE(finished.count(), 1);
        const tc::Exchange x = finished.first().first().value<tc::Exchange>();
        const tc::Exchange s = started.first().first().value<tc::Exchange>();
        QCOMPARE(x.id, call->id());
        QCOMPARE(s.id, call->id());
        QVERIFY(!s.isFinished());
        QVERIFY(x.isFinished());
        QCOMPARE(x.method, QByteArray("POST"));
        QCOMPARE(x.path(), u"/v1/Auth/Login"_s);
        QCOMPARE(x.status, 200);
        QVERIFY(x.durationMs >= 0);
        QVERIFY(x.finished >= x.started);
        QCOMPARE(x.errorKind, ApiError::Kind::None);
        QVERIFY(hasHeader(x.replyHeaders, "Date"));
        // No secret in the record: not the password, not the JWT, not the refresh token.
        const QByteArray everything = x.requestBody + x.replyBody + x.url.toEncoded();
        QVERIFY(!everything.contains(m_sandbox.adminPassword().toUtf8()));
        QVERIFY(!everything.contains(call->authResult().accessToken.toUtf8()));
        QVERIFY(!everything.contains(call->authResult().refreshToken.toUtf8()));
        QVERIFY(everything.contains(m_sandbox.adminEmail().toUtf8())); // a login name is not a secret
        // ...while the caller still gets the real answer.
        QVERIFY(call->body().contains(call->authResult().refreshToken.toUtf8()));
    }

    void call_finishedIsQueued_soACallerCanConnectAfterTheCall()
    {
        ApiCall *call = m_client->registerUser(m_sandbox.groupInstanceId(0), m_sandbox.groupInstanceKey(0), {});
        call->setAutoDelete(false);
        QSignalSpy spy(call, &ApiCall::finished);
        QVERIFY(!call->isFinished());
        QVERIFY(spy.wait(10000));
        QCOMPARE(spy.count(), 1);
        QTest::qWait(0);
        QCOMPARE(spy.count(), 1); // exactly once
    }

    void call_autoDeletes_afterFinished()
    {
        QPointer<ApiCall> call
                = m_client->registerUser(m_sandbox.groupInstanceId(0), m_sandbox.groupInstanceKey(0), {});
        QVERIFY(call->autoDelete());
        QSignalSpy spy(call.data(), &ApiCall::finished);
        QVERIFY(spy.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(call.isNull(), 5000);
    }

    void validation_nothingSent_finishedStillQueued()
    {
        QSignalSpy started(m_client, &ApiClient::exchangeStarted);
        const int before = m_sandbox.issuedUsers().size();
        tc::RegistrationProfile p;
        p.customToken = u"not-a-uuid"_s;
        ApiCall *call = m_client->registerUser(m_sandbox.groupInstanceId(0), m_sandbox.groupInstanceKey(0), p);
        call->setAutoDelete(false);
        QSignalSpy spy(call, &ApiCall::finished);
        QCOMPARE(spy.count(), 0); // not synchronously
        QVERIFY(spy.wait(5000));
        QCOMPARE(call->error().kind(), ApiError::Kind::Validation);
        QVERIFY2(call->error().message().contains(u"CustomToken"_s), qPrintable(call->error().message()));
        QVERIFY(call->error().message().endsWith(u"Nothing was sent."_s));
        QCOMPARE(started.count(), 0);
        QCOMPARE(m_sandbox.issuedUsers().size(), before);

        const QList<ApiCall *> invalid{
                m_client->registerUser(QString(), u"key"_s, {}),
                m_client->registerMany(m_sandbox.groupInstanceId(0), m_sandbox.groupInstanceKey(0), 0),
                m_client->loginUser(m_sandbox.groupInstanceId(0), QString(), u"k"_s),
                m_client->refresh(QString(), u"r"_s),
                m_client->findUsers(u"jwt"_s, {}),
                m_client->findUsers(u"jwt"_s, {{u"Nickname"_s, u"x"_s}}),
                m_client->deleteUser(QString(), u"dt"_s),
                m_client->request("G E T", u"/v1/x"_s),
        };
        for (ApiCall *c : invalid) {
            TC_FINISH(c);
            QCOMPARE(c->error().kind(), ApiError::Kind::Validation);
        }
        QCOMPARE(started.count(), 0);
    }

    void noBaseUrl_isValidationError()
    {
        ApiClient bare(m_nam);
        ApiCall *call = bare.request("GET", u"/v1/Management/users"_s);
        TC_FINISH(call);
        QCOMPARE(call->error().kind(), ApiError::Kind::Validation);
        QVERIFY(call->error().message().contains(u"base URL"_s));
        QVERIFY(!ApiClient::baseUrlProblem(QUrl(u"ftp://example.com"_s)).isEmpty());
        QVERIFY(!ApiClient::baseUrlProblem(QUrl(u"https://user:pw@example.com"_s)).isEmpty());
        QVERIFY(ApiClient::baseUrlProblem(QUrl(u"https://user.telematicssdk.com"_s)).isEmpty());
    }

    void baseUrl_withPathPrefix_isJoined()
    {
        QUrl base = m_sandbox.baseUrl();
        base.setPath(u"/prefix/"_s);
        m_client->setBaseUrl(base);
        ApiCall *call = m_client->request("GET", u"v1/Management/users/find?Email=a%2Bb%40c"_s);
        TC_FINISH(call);
        QCOMPARE(call->url().path(), u"/prefix/v1/Management/users/find"_s);
        QCOMPARE(call->url().query(QUrl::FullyEncoded), u"Email=a%2Bb%40c"_s);
        QCOMPARE(call->httpStatus(), 404);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "TestApiClient.moc"
