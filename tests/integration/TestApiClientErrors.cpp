// tc::ApiClient's error kinds against a real telematics-sandbox: every kind that a server or a
// network can cause, produced with the sandbox's fault route, its clock and its limits.
#include "ApiTestHelpers.h"
#include "SandboxProcess.h"

#include "core/api/ApiClient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace apitest;
using tc::ApiCall;
using tc::ApiClient;
using tc::ApiError;
using Kind = tc::ApiError::Kind;

class TestApiClientErrors : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    QNetworkAccessManager *m_nam = nullptr;
    ApiClient *m_client = nullptr;

    tc::RegistrationProfile withCustomToken(QString *token)
    {
        *token = QUuid::createUuid().toString(QUuid::WithoutBraces);
        tc::RegistrationProfile p;
        p.customToken = *token;
        return p;
    }

    ApiCall *registerCall(const tc::RegistrationProfile &p = {})
    {
        return m_client->registerUser(m_sandbox.groupInstanceId(0), m_sandbox.groupInstanceKey(0), p);
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
        QVERIFY(m_sandbox.clearFaults());
        QVERIFY(m_sandbox.shiftClock(0));
        delete m_client;
        delete m_nam;
    }

    void html500_isParse_andNothingWasRegistered()
    {
        QVERIFY(m_sandbox.injectFault({{u"kind"_s, u"html500"_s}, {u"path"_s, u"/v1/Registration/Create"_s}}));
        QString token;
        ApiCall *call = registerCall(withCustomToken(&token));
        TC_FINISH(call);
        QCOMPARE(call->error().kind(), Kind::Parse);
        QCOMPARE(call->httpStatus(), 500);
        QCOMPARE(call->error().message(), u"The server answered with an HTML page instead of JSON (HTTP 500)."_s);
        QCOMPARE(call->exchange().errorKind, Kind::Parse);
        QVERIFY(!containsDeviceToken(m_sandbox.issuedUsers(), token));
    }

    void truncated_isParse_butTheUserExists()
    {
        QVERIFY(m_sandbox.injectFault({{u"kind"_s, u"truncated"_s}, {u"path"_s, u"/v1/Registration/Create"_s}}));
        QString token;
        ApiCall *call = registerCall(withCustomToken(&token));
        TC_FINISH(call);
        QCOMPARE(call->error().kind(), Kind::Parse);
        QCOMPARE(call->httpStatus(), 200);
        QVERIFY2(call->error().message().contains(u"not valid JSON"_s), qPrintable(call->error().message()));
        // The cut body may hold half a token: the record must not.
        QVERIFY(!call->exchange().replyBody.contains("eyJ"));
        QVERIFY(containsDeviceToken(m_sandbox.issuedUsers(), token)); // why a CustomToken helps
    }

    void dropBefore_isNetwork_andNothingWasRegistered()
    {
        QVERIFY(m_sandbox.injectFault({{u"kind"_s, u"drop-before"_s}, {u"path"_s, u"/v1/Registration/Create"_s}}));
        QString token;
        ApiCall *call = registerCall(withCustomToken(&token));
        TC_FINISH(call);
        QCOMPARE(call->error().kind(), Kind::Network);
        QCOMPARE(call->error().httpStatus(), 0);
        QVERIFY2(call->error().message().contains(u"127.0.0.1"_s), qPrintable(call->error().message()));
        QVERIFY(!containsDeviceToken(m_sandbox.issuedUsers(), token));
    }

    void dropAfter_isNetwork_butTheWorkWasDone()
    {
        QVERIFY(m_sandbox.injectFault({{u"kind"_s, u"drop-after"_s}, {u"path"_s, u"/v1/Registration/Create"_s}}));
        QString token;
        ApiCall *call = registerCall(withCustomToken(&token));
        TC_FINISH(call);
        QCOMPARE(call->error().kind(), Kind::Network);
        QVERIFY2(call->error().message().contains(u"may or may not have acted"_s), qPrintable(call->error().message()));
        QVERIFY(containsDeviceToken(m_sandbox.issuedUsers(), token));
    }

    void dropAfterCreateMany_isNetwork_andRegistersOnlyOnce()
    {
        const int before = m_sandbox.issuedUsers().size();
        QVERIFY(m_sandbox.injectFault({{u"kind"_s, u"drop-after"_s}, {u"path"_s, u"/v1/Registration/CreateMany"_s}}));
        ApiCall *call = m_client->registerMany(m_sandbox.groupInstanceId(0), m_sandbox.groupInstanceKey(0), 3);
        TC_FINISH(call);
        QCOMPARE(call->error().kind(), Kind::Network);
        // Qt 6.4 would silently POST again on the dropped connection: 6 users, 3 of them lost.
        QCOMPARE(m_sandbox.issuedUsers().size(), before + 3);
    }

    void dropAfterDelete_isNetwork_notAFalse404()
    {
        ApiCall *reg = registerCall();
        TC_FINISH(reg);
        TC_VERIFY_OK(reg);
        ApiCall *login
                = m_client->loginAdmin(m_sandbox.adminInstanceId(), m_sandbox.adminEmail(), m_sandbox.adminPassword());
        TC_FINISH(login);
        TC_VERIFY_OK(login);
        const QString dt = reg->authResult().deviceToken;
        QVERIFY(m_sandbox.injectFault({{u"kind"_s, u"drop-after"_s}, {u"method"_s, u"DELETE"_s}}));
        ApiCall *del = m_client->deleteUser(login->authResult().accessToken, dt);
        TC_FINISH(del);
        // Qt would repeat the DELETE on the dropped connection and report the repeat's 404.
        QCOMPARE(del->error().kind(), Kind::Network);
        QVERIFY(!containsDeviceToken(m_sandbox.issuedUsers(), dt));
    }

    void envelope401_onHttp200_isAuthWithStatusMismatch()
    {
        const QString admin = [this] {
            ApiCall *c = m_client->loginAdmin(m_sandbox.adminInstanceId(), m_sandbox.adminEmail(),
                                              m_sandbox.adminPassword());
            return waitFinished(c) && c->ok() ? c->authResult().accessToken : QString();
        }();
        QVERIFY(!admin.isEmpty());
        QVERIFY(m_sandbox.injectFault({{u"kind"_s, u"envelope401"_s}, {u"path"_s, u"/v1/Management/users/find"_s}}));
        ApiCall *call = m_client->findUsers(admin, {{u"Email"_s, u"nobody@example.com"_s}});
        TC_FINISH(call);
        QCOMPARE(call->httpStatus(), 200);
        QCOMPARE(call->error().kind(), Kind::Auth);
        QVERIFY(call->error().statusMismatch());
        QCOMPARE(call->error().envelopeStatus(), std::optional<int>(401));
        QVERIFY2(call->error().message().contains(u"refused the token (401)"_s), qPrintable(call->error().message()));
        QVERIFY(call->error().message().contains(u"although HTTP said 200"_s));
    }

    void delay_beyondTheTimeout_isTimeout()
    {
        QVERIFY(m_sandbox.injectFault(
                {{u"kind"_s, u"delay"_s}, {u"delayMs"_s, 4000}, {u"path"_s, u"/v1/Registration/Create"_s}}));
        m_client->setTransferTimeout(300);
        QElapsedTimer timer;
        timer.start();
        ApiCall *call = registerCall();
        TC_FINISH(call);
        QCOMPARE(call->error().kind(), Kind::Timeout);
        QVERIFY2(timer.elapsed() < 3500, "the timeout did not cut the wait short");
        QVERIFY2(call->error().message().contains(u"did not answer within 0.3 s"_s),
                 qPrintable(call->error().message()));
        QCOMPARE(call->exchange().errorKind, Kind::Timeout);
    }

    void delay_withinTheTimeout_succeeds()
    {
        QVERIFY(m_sandbox.injectFault(
                {{u"kind"_s, u"delay"_s}, {u"delayMs"_s, 300}, {u"path"_s, u"/v1/Registration/Create"_s}}));
        m_client->setTransferTimeout(5000);
        ApiCall *call = registerCall();
        TC_FINISH(call);
        TC_VERIFY_OK(call);
        QVERIFY(call->exchange().durationMs >= 250);
    }

    void cancel_inFlight_isCanceled_notAnErrorToShow()
    {
        QVERIFY(m_sandbox.injectFault(
                {{u"kind"_s, u"delay"_s}, {u"delayMs"_s, 5000}, {u"path"_s, u"/v1/Registration/Create"_s}}));
        QSignalSpy finishedExchanges(m_client, &ApiClient::exchangeFinished);
        ApiCall *call = registerCall();
        call->setAutoDelete(false);
        QSignalSpy spy(call, &ApiCall::finished);
        QTimer::singleShot(100, call, &ApiCall::cancel);
        QVERIFY(spy.wait(4000));
        QCOMPARE(call->error().kind(), Kind::Canceled);
        QVERIFY(call->error().isCanceled());
        QCOMPARE(finishedExchanges.count(), 1);
        QCOMPARE(finishedExchanges.first().first().value<tc::Exchange>().errorKind, Kind::Canceled);
        call->cancel(); // no-op once finished
        QTest::qWait(0);
        QCOMPARE(spy.count(), 1);
    }

    void cancel_rightAway_isCanceled()
    {
        ApiCall *call = registerCall();
        call->cancel();
        TC_FINISH(call);
        QCOMPARE(call->error().kind(), Kind::Canceled);
    }

    void connectionRefused_isNetwork()
    {
        SandboxProcess gone;
        QVERIFY2(gone.start(), qPrintable(gone.errorString()));
        const QUrl url = gone.baseUrl();
        gone.stop();
        m_client->setBaseUrl(url);
        ApiCall *call = registerCall();
        TC_FINISH(call);
        QCOMPARE(call->error().kind(), Kind::Network);
        QCOMPARE(call->error().networkError(), QNetworkReply::ConnectionRefusedError);
        QVERIFY2(call->error().message().contains(u"refused"_s), qPrintable(call->error().message()));
    }

    void httpsToAPlainPort_isTls()
    {
        QUrl url = m_sandbox.baseUrl();
        url.setScheme(u"https"_s);
        m_client->setBaseUrl(url);
        ApiCall *call = registerCall();
        TC_FINISH(call);
        QCOMPARE(call->error().kind(), Kind::Tls);
        QVERIFY2(call->error().message().contains(u"never skips certificate checks"_s),
                 qPrintable(call->error().message()));
        QVERIFY2(call->error().message().contains(u"HTTPS on this port"_s), qPrintable(call->error().message()));
    }

    void selfSignedCertificate_isTls_neverIgnored()
    {
        // A real TLS peer with a certificate nobody vouches for: the client must refuse it.
        QTemporaryDir dir;
        QProcess openssl;
        openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"1"_s,
                                     u"-subj"_s, u"/CN=127.0.0.1"_s, u"-keyout"_s, dir.filePath(u"key.pem"_s),
                                     u"-out"_s, dir.filePath(u"cert.pem"_s)});
        if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
            QSKIP("openssl could not make a test certificate");
        QFile keyFile(dir.filePath(u"key.pem"_s));
        QFile certFile(dir.filePath(u"cert.pem"_s));
        QVERIFY(keyFile.open(QIODevice::ReadOnly) && certFile.open(QIODevice::ReadOnly));
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        config.setLocalCertificate(QSslCertificate(certFile.readAll()));
        QSslServer server;
        server.setSslConfiguration(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));

        m_client->setBaseUrl(QUrl(u"https://127.0.0.1:%1"_s.arg(server.serverPort())));
        ApiCall *call = registerCall();
        TC_FINISH(call);
        QCOMPARE(call->error().kind(), Kind::Tls);
        QCOMPARE(call->error().networkError(), QNetworkReply::SslHandshakeFailedError);
        QVERIFY2(call->error().message().startsWith(u"The secure (TLS) connection to 127.0.0.1 failed"_s),
                 qPrintable(call->error().message()));
        QCOMPARE(call->httpStatus(), 0);
    }

    void expiredToken_isAuth401()
    {
        ApiCall *reg = registerCall();
        TC_FINISH(reg);
        TC_VERIFY_OK(reg);
        QVERIFY(m_sandbox.shiftClock(30 * 24 * 3600)); // a month later
        ApiCall *call = m_client->ownProfile(reg->authResult().accessToken);
        TC_FINISH(call);
        QCOMPARE(call->error().kind(), Kind::Auth);
        QCOMPARE(call->httpStatus(), 401);
        QCOMPARE(call->error().message().left(60),
                 u"The service refused the token (401): it has expired or was issued for another group. Log in again."_s
                         .left(60));
    }

    void serverDate_showsClockSkew()
    {
        QVERIFY(m_sandbox.shiftClock(600));
        ApiCall *call = registerCall();
        TC_FINISH(call);
        TC_VERIFY_OK(call);
        const qint64 skew = call->receivedAt().secsTo(call->serverDate());
        QVERIFY2(skew >= 590 && skew <= 610, qPrintable(QString::number(skew)));
    }

    void userTokenOnAdminRoute_isAuth403_wrongKind()
    {
        ApiCall *reg = registerCall();
        TC_FINISH(reg);
        ApiCall *call = m_client->findUsers(reg->authResult().accessToken, {{u"Email"_s, u"x@example.com"_s}});
        TC_FINISH(call);
        QCOMPARE(call->error().kind(), Kind::Auth);
        QCOMPARE(call->httpStatus(), 403);
        QVERIFY2(call->error().message().contains(u"wrong kind of token"_s), qPrintable(call->error().message()));
    }

    void wrongPassword_isAuth_sayingLoginRefused()
    {
        ApiCall *call
                = m_client->loginAdmin(m_sandbox.adminInstanceId(), m_sandbox.adminEmail(), u"not-the-password"_s);
        TC_FINISH(call);
        QCOMPARE(call->error().kind(), Kind::Auth);
        QCOMPARE(call->error().context(), ApiError::Context::Login);
        QVERIFY2(call->error().message().startsWith(u"The service refused the login (401)"_s),
                 qPrintable(call->error().message()));
        QVERIFY(!call->exchange().requestBody.contains("not-the-password"));
    }

    void wrongInstanceKey_isAuth_sayingCheckTheGroup()
    {
        ApiCall *call = m_client->registerUser(m_sandbox.groupInstanceId(0), u"wrong-key"_s, {});
        TC_FINISH(call);
        QCOMPARE(call->error().kind(), Kind::Auth);
        QVERIFY2(call->error().message().contains(u"InstanceKey"_s), qPrintable(call->error().message()));
    }

    void rateLimit_isRateLimited_withRetryAfter()
    {
        SandboxProcess limited;
        QVERIFY2(limited.start({u"--login-limit"_s, u"2"_s, u"--login-window"_s, u"600"_s}),
                 qPrintable(limited.errorString()));
        m_client->setBaseUrl(limited.baseUrl());
        ApiCall *last = nullptr;
        for (int i = 0; i < 3; ++i) {
            last = m_client->loginAdmin(limited.adminInstanceId(), limited.adminEmail(), limited.adminPassword());
            TC_FINISH(last);
        }
        QCOMPARE(last->error().kind(), Kind::RateLimited);
        QCOMPARE(last->httpStatus(), 429);
        QVERIFY(last->error().retryAfterSecs().has_value());
        QVERIFY(*last->error().retryAfterSecs() > 0);
        QVERIFY(last->error().retryAt() > last->receivedAt());
        QVERIFY2(last->error().message().startsWith(u"Too many logins: try again at "_s),
                 qPrintable(last->error().message()));
    }

    void validationFailure_isHttp_withKeyedErrors()
    {
        tc::ApiRequest r;
        r.method = "POST";
        r.path = u"/v1/Registration/Create"_s;
        r.headers = {{"InstanceId", m_sandbox.groupInstanceId(0).toUtf8()},
                     {"InstanceKey", m_sandbox.groupInstanceKey(0).toUtf8()}};
        r.body = "{\"Gender\":\"Robot\",\"ChildrenCount\":\"many\"}";
        r.expect = ApiCall::Expect::Registration;
        ApiCall *call = m_client->send(r);
        TC_FINISH(call);
        QCOMPARE(call->error().kind(), Kind::Http);
        QVERIFY(call->httpStatus() == 400 || call->httpStatus() == 422);
        QVERIFY(!call->error().errors().isEmpty());
        QStringList keys;
        for (const tc::ErrorDetail &d : call->error().errors())
            keys.append(d.key);
        QVERIFY2(keys.contains(u"Gender"_s), qPrintable(keys.join(u","_s)));
        QVERIFY(call->error().message().contains(u"Gender"_s));
    }

    void unknownPath_isHttp404()
    {
        ApiCall *call = m_client->request("GET", u"/v1/NoSuchThing"_s);
        TC_FINISH(call);
        QCOMPARE(call->error().kind(), Kind::Http);
        QCOMPARE(call->httpStatus(), 404);
        QVERIFY(call->error().message().startsWith(u"Not found (HTTP 404)."_s));
    }

    void jsonWithoutEnvelope_isSchema()
    {
        tc::ApiRequest r;
        r.method = "GET";
        r.path = u"/_sandbox/users"_s; // a control route: plain JSON, no envelope
        r.expect = ApiCall::Expect::Envelope;
        ApiCall *call = m_client->send(r);
        TC_FINISH(call);
        QCOMPARE(call->error().kind(), Kind::Schema);
        QCOMPARE(call->error().httpStatus(), 200);

        r.expect = ApiCall::Expect::Raw; // the raw request takes any body
        ApiCall *raw = m_client->send(r);
        TC_FINISH(raw);
        TC_VERIFY_OK(raw);
    }

    void envelopeWithWrongResult_isSchema()
    {
        // A registration answer read as a login answer: no access token where one must be.
        tc::RegistrationProfile p;
        p.createAccessToken = false;
        tc::ApiRequest r;
        r.method = "POST";
        r.path = u"/v1/Registration/Create"_s;
        r.headers = {{"InstanceId", m_sandbox.groupInstanceId(0).toUtf8()},
                     {"InstanceKey", m_sandbox.groupInstanceKey(0).toUtf8()}};
        r.body = "{\"CreateAccessToken\":false}";
        r.expect = ApiCall::Expect::Auth;
        ApiCall *call = m_client->send(r);
        TC_FINISH(call);
        QCOMPARE(call->error().kind(), Kind::Schema);
        QVERIFY2(call->error().message().contains(u"no access token"_s), qPrintable(call->error().message()));
        QVERIFY(call->hasAuthResult()); // what did arrive is kept
        QVERIFY(!call->authResult().deviceToken.isEmpty());
    }

    void deletingTheClient_withCallsInFlight_isSafe()
    {
        QVERIFY(m_sandbox.injectFault({{u"kind"_s, u"delay"_s}, {u"delayMs"_s, 2000}, {u"count"_s, 3}}));
        QPointer<ApiCall> a = registerCall();
        QPointer<ApiCall> b = registerCall();
        delete m_client;
        m_client = nullptr;
        QVERIFY(a.isNull());
        QVERIFY(b.isNull());
        QTest::qWait(0); // queued work for the dead calls must not run
        m_client = new ApiClient(m_nam, this);
    }
};

QTEST_GUILESS_MAIN(TestApiClientErrors)
#include "TestApiClientErrors.moc"
