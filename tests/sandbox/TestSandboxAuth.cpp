// Auth/Login and Auth/RefreshToken against the real telematics-sandbox over HTTP.
#include "SandboxHttp.h"
#include "SandboxProcess.h"

#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace sbtest;

namespace {
QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
QString tokenOf(const HttpResult &r)
{
    return r.resultObject().value(u"AccessToken"_s).toObject().value(u"Token"_s).toString();
}
QString refreshOf(const HttpResult &r)
{
    return r.resultObject().value(u"RefreshToken"_s).toString();
}
} // namespace

class TestSandboxAuth : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sb;
    std::unique_ptr<Http> m_http;
    QString m_deviceToken; // a user of group 0
    QString m_otherDevice; // a user of group 1

    QString registerUser(int g)
    {
        const HttpResult r = m_http->post(u"/v1/Registration/Create"_s, {},
                                          group(m_sb.groupInstanceId(g), m_sb.groupInstanceKey(g)));
        return r.resultObject().value(u"DeviceToken"_s).toString();
    }
    HttpResult loginRaw(const QByteArray &body, const Headers &headers)
    {
        return m_http->send("POST", u"/v1/Auth/Login"_s, body, headers);
    }
    HttpResult loginUserObject(const QString &deviceToken, int g = 0)
    {
        return loginRaw(compact({{u"LoginFields"_s, QJsonObject{{u"DeviceToken"_s, deviceToken}}},
                                 {u"Password"_s, m_sb.groupInstanceKey(g)}}),
                        {{"InstanceId", m_sb.groupInstanceId(g).toLatin1()}});
    }
    HttpResult loginAdmin(bool withInstanceId = true)
    {
        Headers h;
        if (withInstanceId)
            h.append({"InstanceId", m_sb.adminInstanceId().toLatin1()});
        return loginRaw(compact({{u"LoginFields"_s, QJsonObject{{u"Email"_s, m_sb.adminEmail()}}},
                                 {u"Password"_s, m_sb.adminPassword()}}),
                        h);
    }
    HttpResult refresh(const QString &jwt, const QString &refreshToken)
    {
        return m_http->post(u"/v1/Auth/RefreshToken"_s, {{u"AccessToken"_s, jwt}, {u"RefreshToken"_s, refreshToken}});
    }
    static void verifySession(const HttpResult &r, const QString &deviceToken)
    {
        QVERIFY2(r.status == 200, r.body.constData());
        QVERIFY(r.isEnvelope());
        QCOMPARE(r.resultObject().value(u"DeviceToken"_s).toString(), deviceToken);
        QVERIFY(!tokenOf(r).isEmpty());
        QVERIFY(r.resultObject().value(u"AccessToken"_s).toObject().value(u"ExpiresIn"_s).isDouble());
        QVERIFY(!refreshOf(r).isEmpty());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sb.start({u"--access-ttl"_s, u"600"_s, u"--admin-access-ttl"_s, u"900"_s, u"--refresh-ttl"_s,
                             u"3600"_s}),
                 qPrintable(m_sb.errorString()));
        m_http = std::make_unique<Http>(m_sb.baseUrl());
        m_deviceToken = registerUser(0);
        m_otherDevice = registerUser(1);
        QVERIFY(!m_deviceToken.isEmpty());
        QVERIFY(!m_otherDevice.isEmpty());
    }
    void init() { QVERIFY(m_sb.shiftClock(0)); }

    void loginUser_objectShape()
    {
        const HttpResult r = loginUserObject(m_deviceToken);
        verifySession(r, m_deviceToken);
        const QJsonObject c = jwtClaims(tokenOf(r));
        QCOMPARE(c.value(u"InstanceKey"_s).toString(), m_sb.groupInstanceKey(0));
        QCOMPARE(qint64(c.value(u"exp"_s).toDouble() - c.value(u"iat"_s).toDouble()), 600);
        QCOMPARE(r.resultObject().value(u"AccessToken"_s).toObject().value(u"ExpiresIn"_s).toInt(), 600);
    }

    void loginUser_jsonStringShape_withOddInnerKeyCasing()
    {
        const QString inner = u"{\"Devicetoken\":\"%1\"}"_s.arg(m_deviceToken);
        const HttpResult r = loginRaw(compact({{u"LoginFields"_s, inner}, {u"Password"_s, m_sb.groupInstanceKey()}}),
                                      {{"InstanceId", m_sb.groupInstanceId().toLatin1()}});
        verifySession(r, m_deviceToken);
    }

    void loginUser_lowerCaseOuterKeys_andInstanceKeyHeader()
    {
        const HttpResult r = loginRaw(compact({{u"loginFields"_s, QJsonObject{{u"deviceToken"_s, m_deviceToken}}},
                                               {u"password"_s, m_sb.groupInstanceKey()}}),
                                      group(m_sb.groupInstanceId(), m_sb.groupInstanceKey()));
        verifySession(r, m_deviceToken);
        const HttpResult upper = loginRaw(compact({{u"LOGINFIELDS"_s, QJsonObject{{u"DEVICETOKEN"_s, m_deviceToken}}},
                                                   {u"PASSWORD"_s, m_sb.groupInstanceKey()}}),
                                          {{"instanceid", m_sb.groupInstanceId().toLatin1()}});
        verifySession(upper, m_deviceToken);
    }

    void loginAdmin_objectShape_withAndWithoutInstanceId()
    {
        for (bool withId : {true, false}) {
            const HttpResult r = loginAdmin(withId);
            QVERIFY2(r.status == 200, r.body.constData());
            const QJsonObject c = jwtClaims(tokenOf(r));
            QCOMPARE(c.value(u"DataHubEmail"_s).toString(), m_sb.adminEmail());
            QCOMPARE(c.value(u"IsDataHubUser"_s).toString(), u"True"_s);
            QCOMPARE(c.value(u"InstanceId"_s).toString(), m_sb.adminInstanceId());
            QCOMPARE(c.value(u"http://schemas.microsoft.com/ws/2008/06/identity/claims/role"_s).toString(), u"Admin"_s);
            QCOMPARE(qint64(c.value(u"exp"_s).toDouble() - c.value(u"iat"_s).toDouble()), 900);
            QCOMPARE(r.resultObject().value(u"AccessToken"_s).toObject().value(u"ExpiresIn"_s).toInt(), 900);
            QVERIFY(!c.contains(u"InstanceKey"_s));
        }
    }

    void loginAdmin_jsonStringShape_lowerCaseEmailKey()
    {
        const QString inner = u"{\"email\":\"%1\"}"_s.arg(m_sb.adminEmail().toUpper());
        const HttpResult r = loginRaw(compact({{u"LoginFields"_s, inner}, {u"Password"_s, m_sb.adminPassword()}}), {});
        QVERIFY2(r.status == 200, r.body.constData());
    }

    void login_wrongPassword_is401WithMessage()
    {
        const HttpResult r = loginRaw(compact({{u"LoginFields"_s, QJsonObject{{u"DeviceToken"_s, m_deviceToken}}},
                                               {u"Password"_s, u"wrong"_s}}),
                                      {{"InstanceId", m_sb.groupInstanceId().toLatin1()}});
        QCOMPARE(r.status, 401);
        QVERIFY(r.isEnvelope());
        QCOMPARE(r.envelopeStatus(), 401);
        QVERIFY(!r.errors().isEmpty());
        const HttpResult a = loginRaw(
                compact({{u"LoginFields"_s, QJsonObject{{u"Email"_s, m_sb.adminEmail()}}}, {u"Password"_s, u"nope"_s}}),
                {});
        QCOMPARE(a.status, 401);
        QVERIFY(!a.errors().isEmpty());
    }

    void login_userOfAnotherGroup_is401()
    {
        // m_otherDevice belongs to group 1; group 0's id and key must not log it in.
        const HttpResult r = loginUserObject(m_otherDevice, 0);
        QCOMPARE(r.status, 401);
        const HttpResult ok = loginUserObject(m_otherDevice, 1);
        verifySession(ok, m_otherDevice);
    }

    void login_unknownDeviceToken_is401()
    {
        const HttpResult r = loginUserObject(QUuid::createUuid().toString(QUuid::WithoutBraces));
        QCOMPARE(r.status, 401);
    }

    void login_unreadableLoginFields_isBare401_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("userHeader");
        QTest::newRow("wrong inner key") << QByteArray(R"({"LoginFields":{"Device_Token":"x"},"Password":"p"})")
                                         << true;
        QTest::newRow("string not json") << QByteArray(R"({"LoginFields":"just-a-token","Password":"p"})") << true;
        QTest::newRow("number") << QByteArray(R"({"LoginFields":42,"Password":"p"})") << false;
        QTest::newRow("admin wrong key") << QByteArray(R"({"LoginFields":{"Login":"a@b.c"},"Password":"p"})") << false;
    }
    void login_unreadableLoginFields_isBare401()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, userHeader);
        Headers h;
        if (userHeader)
            h = {{"InstanceId", m_sb.groupInstanceId().toLatin1()}};
        const HttpResult r = loginRaw(body, h);
        QCOMPARE(r.status, 401);
        QVERIFY(r.isEnvelope());
        QCOMPARE(r.envelopeStatus(), 401);
        QVERIFY(r.title().isEmpty());
        QVERIFY(r.errors().isEmpty());
    }

    void login_missingFields_is400()
    {
        const HttpResult r = loginRaw(R"({"Password":"x"})", {});
        QCOMPARE(r.status, 400);
        QVERIFY(r.hasErrorKey(u"LoginFields"_s));
        const HttpResult empty = m_http->send("POST", u"/v1/Auth/Login"_s, QByteArray(), {}, QByteArray());
        QCOMPARE(empty.status, 400);
    }

    void login_unknownInstanceId_is401()
    {
        const HttpResult r = loginRaw(compact({{u"LoginFields"_s, QJsonObject{{u"Email"_s, m_sb.adminEmail()}}},
                                               {u"Password"_s, m_sb.adminPassword()}}),
                                      {{"InstanceId", "3fa85f64-5717-4562-b3fc-2c963f66afa6"}});
        QCOMPARE(r.status, 401);
    }

    void login_nonJson_is415_malformed_is400()
    {
        QCOMPARE(m_http->send("POST", u"/v1/Auth/Login"_s, "a=b", {}, "application/x-www-form-urlencoded").status, 415);
        const HttpResult bad = m_http->send("POST", u"/v1/Auth/Login"_s, "{\"LoginFields\":", {});
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.isEnvelope());
    }

    void refresh_rotatesBothTokens()
    {
        const HttpResult login = loginUserObject(m_deviceToken);
        verifySession(login, m_deviceToken);
        const HttpResult r = refresh(tokenOf(login), refreshOf(login));
        verifySession(r, m_deviceToken);
        QVERIFY(tokenOf(r) != tokenOf(login));
        QVERIFY(refreshOf(r) != refreshOf(login));
        QCOMPARE(jwtClaims(tokenOf(r)).value(u"RefreshToken"_s).toString(), refreshOf(r));
        // and the new pair refreshes again
        verifySession(refresh(tokenOf(r), refreshOf(r)), m_deviceToken);
    }

    void refresh_spentRefreshToken_is401()
    {
        const HttpResult login = loginUserObject(m_deviceToken);
        const HttpResult first = refresh(tokenOf(login), refreshOf(login));
        QCOMPARE(first.status, 200);
        const HttpResult again = refresh(tokenOf(login), refreshOf(login));
        QCOMPARE(again.status, 401);
        QVERIFY(again.isEnvelope());
        QCOMPARE(again.envelopeStatus(), 401);
        // also with the new JWT but the old refresh token
        QCOMPARE(refresh(tokenOf(first), refreshOf(login)).status, 401);
    }

    void refresh_expiredRefreshToken_is401()
    {
        const HttpResult login = loginUserObject(m_deviceToken);
        QVERIFY(m_sb.shiftClock(3601)); // refresh-ttl is 3600
        const HttpResult r = refresh(tokenOf(login), refreshOf(login));
        QCOMPARE(r.status, 401);
        QVERIFY(r.isEnvelope());
        QVERIFY(QString::fromUtf8(r.body).contains(u"expired"_s));
        QVERIFY(m_sb.shiftClock(0));
    }

    void refresh_expiredAccessToken_stillRefreshes()
    {
        const HttpResult login = loginUserObject(m_deviceToken);
        QVERIFY(m_sb.shiftClock(1200)); // access-ttl 600 < 1200 < refresh-ttl 3600
        const HttpResult r = refresh(tokenOf(login), refreshOf(login));
        verifySession(r, m_deviceToken);
        // the new JWT is issued on the sandbox clock
        const QJsonObject c = jwtClaims(tokenOf(r));
        QVERIFY(c.value(u"iat"_s).toDouble() >= jwtClaims(tokenOf(login)).value(u"iat"_s).toDouble() + 1199);
    }

    void refresh_admin_rotates()
    {
        const HttpResult login = loginAdmin();
        const HttpResult r = refresh(tokenOf(login), refreshOf(login));
        QVERIFY2(r.status == 200, r.body.constData());
        QVERIFY(refreshOf(r) != refreshOf(login));
        QCOMPARE(jwtClaims(tokenOf(r)).value(u"DataHubEmail"_s).toString(), m_sb.adminEmail());
    }

    void refresh_forgedOrForeignTokens_are401()
    {
        const HttpResult login = loginUserObject(m_deviceToken);
        QString forged = tokenOf(login);
        forged.chop(3);
        forged += u"abc"_s;
        QCOMPARE(refresh(forged, refreshOf(login)).status, 401);
        QCOMPARE(refresh(u"not.a.jwt"_s, refreshOf(login)).status, 401);
        // another user's JWT with this refresh token
        const HttpResult other = loginUserObject(m_otherDevice, 1);
        QCOMPARE(refresh(tokenOf(other), refreshOf(login)).status, 401);
        QCOMPARE(refresh(tokenOf(login), u"bm90LWEtcmVmcmVzaC10b2tlbg=="_s).status, 401);
        // nothing was spent by the failures
        QCOMPARE(refresh(tokenOf(login), refreshOf(login)).status, 200);
    }

    void refresh_missingFields_is400()
    {
        const HttpResult r = m_http->post(u"/v1/Auth/RefreshToken"_s, {{u"refreshtoken"_s, u"x"_s}});
        QCOMPARE(r.status, 400);
        QVERIFY(r.hasErrorKey(u"AccessToken"_s));
    }

    void dateHeader_followsSandboxClock()
    {
        QVERIFY(m_sb.shiftClock(86400 * 3));
        const HttpResult r = m_http->get(u"/nowhere"_s);
        const QDateTime date
                = QLocale::c().toDateTime(QString::fromLatin1(r.header("date")), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
        QVERIFY2(date.isValid(), r.header("date").constData());
        const qint64 skew
                = QDateTime(date.date(), date.time(), Qt::UTC).toSecsSinceEpoch() - QDateTime::currentSecsSinceEpoch();
        QVERIFY2(qAbs(skew - 86400 * 3) <= 2, QByteArray::number(skew).constData());
        QVERIFY(m_sb.shiftClock(0));
    }

    void loginFieldsShape_stringOnly_refusesObjectShapeWithBare401()
    {
        SandboxProcess strict;
        QVERIFY2(strict.start({u"--login-fields"_s, u"string"_s}), qPrintable(strict.errorString()));
        Http http(strict.baseUrl());
        const QString dt = http.post(u"/v1/Registration/Create"_s, {},
                                     group(strict.groupInstanceId(), strict.groupInstanceKey()))
                                   .resultObject()
                                   .value(u"DeviceToken"_s)
                                   .toString();
        const Headers h{{"InstanceId", strict.groupInstanceId().toLatin1()}};
        const HttpResult obj = http.send("POST", u"/v1/Auth/Login"_s,
                                         compact({{u"LoginFields"_s, QJsonObject{{u"DeviceToken"_s, dt}}},
                                                  {u"Password"_s, strict.groupInstanceKey()}}),
                                         h);
        QCOMPARE(obj.status, 401);
        QVERIFY(obj.title().isEmpty());
        QVERIFY(obj.errors().isEmpty());
        const HttpResult str = http.send("POST", u"/v1/Auth/Login"_s,
                                         compact({{u"LoginFields"_s, u"{\"DeviceToken\":\"%1\"}"_s.arg(dt)},
                                                  {u"Password"_s, strict.groupInstanceKey()}}),
                                         h);
        QCOMPARE(str.status, 200);
    }

    void loginFieldsShape_objectOnly_refusesStringShape()
    {
        SandboxProcess strict;
        QVERIFY2(strict.start({u"--login-fields"_s, u"object"_s}), qPrintable(strict.errorString()));
        Http http(strict.baseUrl());
        const HttpResult str = http.send("POST", u"/v1/Auth/Login"_s,
                                         compact({{u"LoginFields"_s, u"{\"Email\":\"%1\"}"_s.arg(strict.adminEmail())},
                                                  {u"Password"_s, strict.adminPassword()}}),
                                         {});
        QCOMPARE(str.status, 401);
        QVERIFY(str.errors().isEmpty());
        const HttpResult obj = http.send("POST", u"/v1/Auth/Login"_s,
                                         compact({{u"LoginFields"_s, QJsonObject{{u"Email"_s, strict.adminEmail()}}},
                                                  {u"Password"_s, strict.adminPassword()}}),
                                         {});
        QCOMPARE(obj.status, 200);
    }

    void rateLimit_is429WithRetryAfter_thenOpensAfterWindow()
    {
        SandboxProcess limited;
        QVERIFY2(limited.start({u"--login-limit"_s, u"3"_s, u"--login-window"_s, u"60"_s}),
                 qPrintable(limited.errorString()));
        Http http(limited.baseUrl());
        const QByteArray body = compact({{u"LoginFields"_s, QJsonObject{{u"Email"_s, limited.adminEmail()}}},
                                         {u"Password"_s, limited.adminPassword()}});
        QCOMPARE(http.send("POST", u"/v1/Auth/Login"_s, body, {}).status, 200);
        // failed attempts count too
        QCOMPARE(http.send("POST", u"/v1/Auth/Login"_s, R"({"LoginFields":{"Email":"x@y.z"},"Password":"p"})", {})
                         .status,
                 401);
        QCOMPARE(http.send("POST", u"/v1/Auth/Login"_s, body, {}).status, 200);
        const HttpResult limitedReply = http.send("POST", u"/v1/Auth/Login"_s, body, {});
        QCOMPARE(limitedReply.status, 429);
        QVERIFY(limitedReply.isEnvelope());
        QCOMPARE(limitedReply.envelopeStatus(), 429);
        bool ok = false;
        const int retryAfter = limitedReply.header("retry-after").toInt(&ok);
        QVERIFY(ok);
        QVERIFY(retryAfter >= 1 && retryAfter <= 60);
        // a refused attempt does not extend the block
        QCOMPARE(http.send("POST", u"/v1/Auth/Login"_s, body, {}).status, 429);
        QVERIFY(limited.shiftClock(61));
        const HttpResult after = http.send("POST", u"/v1/Auth/Login"_s, body, {});
        QCOMPARE(after.status, 200);
        // Auth/RefreshToken is not limited
        QCOMPARE(http.post(u"/v1/Auth/RefreshToken"_s,
                           {{u"AccessToken"_s, tokenOf(after)}, {u"RefreshToken"_s, refreshOf(after)}})
                         .status,
                 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxAuth)
#include "TestSandboxAuth.moc"
