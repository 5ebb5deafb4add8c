// Registration/Create and CreateMany against the real telematics-sandbox over HTTP.
#include "SandboxHttp.h"
#include "SandboxProcess.h"

#include <QDateTime>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace sbtest;

class TestSandboxRegistration : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sb;
    std::unique_ptr<Http> m_http;

    Headers groupHeaders(int i = 0) const { return group(m_sb.groupInstanceId(i), m_sb.groupInstanceKey(i)); }
    HttpResult create(const QJsonObject &body, int g = 0)
    {
        return m_http->post(u"/v1/Registration/Create"_s, body, groupHeaders(g));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sb.start({u"--access-ttl"_s, u"3600"_s}), qPrintable(m_sb.errorString()));
        m_http = std::make_unique<Http>(m_sb.baseUrl());
    }

    void startup_line_hasCredentialsOfTheContract()
    {
        const QJsonObject s = m_sb.startup();
        QCOMPARE(s.value(u"port"_s).toInt(), int(m_sb.port()));
        QCOMPARE(s.value(u"base_url"_s).toString(), u"http://127.0.0.1:%1"_s.arg(m_sb.port()));
        QVERIFY(!QUuid::fromString(m_sb.adminInstanceId()).isNull());
        QVERIFY(m_sb.adminEmail().contains(u'@'));
        QVERIFY(m_sb.adminPassword().size() >= 12);
        QCOMPARE(s.value(u"groups"_s).toArray().size(), 2);
        QVERIFY(m_sb.groupInstanceId(0) != m_sb.groupInstanceId(1));
        QVERIFY(m_sb.groupInstanceKey(0) != m_sb.groupInstanceKey(1));
        QVERIFY(!m_sb.groupInstanceKey(1).isEmpty());
    }

    void create_emptyBody_returnsDeviceTokenJwtAndRefreshToken()
    {
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const HttpResult r
                = m_http->send("POST", u"/v1/Registration/Create"_s, QByteArray(), groupHeaders(), QByteArray());
        QCOMPARE(r.status, 200);
        QVERIFY(r.isEnvelope());
        QCOMPARE(r.envelopeStatus(), 200);
        QVERIFY(r.errors().isEmpty());
        const QJsonObject res = r.resultObject();
        const QString dt = res.value(u"DeviceToken"_s).toString();
        QVERIFY(!QUuid::fromString(dt).isNull());
        const QJsonObject at = res.value(u"AccessToken"_s).toObject();
        QVERIFY(at.value(u"ExpiresIn"_s).isDouble()); // a number, not a string
        QCOMPARE(at.value(u"ExpiresIn"_s).toInt(), 3600);
        QVERIFY(!res.value(u"RefreshToken"_s).toString().isEmpty());
        QVERIFY(!QByteArray::fromBase64(res.value(u"RefreshToken"_s).toString().toLatin1()).isEmpty());

        const QString jwt = at.value(u"Token"_s).toString();
        QCOMPARE(jwtHeader(jwt), (QJsonObject{{u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}}));
        const QJsonObject c = jwtClaims(jwt);
        QCOMPARE(c.value(u"sub"_s).toString(), dt);
        QCOMPARE(c.value(u"DeviceToken"_s).toString(), dt);
        QCOMPARE(c.value(u"InstanceId"_s).toString(), m_sb.groupInstanceId());
        QCOMPARE(c.value(u"InstanceKey"_s).toString(), m_sb.groupInstanceKey());
        QCOMPARE(c.value(u"iss"_s).toString(), u"webApi"_s);
        QVERIFY(!c.value(u"aud"_s).toString().isEmpty());
        QVERIFY(!QUuid::fromString(c.value(u"jti"_s).toString()).isNull());
        QCOMPARE(c.value(u"SdkEnableTracking"_s).toString(), u"True"_s);
        QCOMPARE(c.value(u"SdkEnableLogging"_s).toString(), u"False"_s);
        QCOMPARE(c.value(u"RefreshToken"_s).toString(), res.value(u"RefreshToken"_s).toString());
        const qint64 iat = qint64(c.value(u"iat"_s).toDouble());
        QVERIFY(iat >= before - 2 && iat <= QDateTime::currentSecsSinceEpoch() + 2);
        QCOMPARE(qint64(c.value(u"exp"_s).toDouble()) - iat, 3600);
        QCOMPARE(qint64(c.value(u"nbf"_s).toDouble()), iat);
        // "dd.MM.yyyy H:mm:ss", refresh-ttl (default 7 days) after iat
        const QDateTime rexp
                = QDateTime::fromString(c.value(u"RefreshTokenExpiredDate"_s).toString(), u"dd.MM.yyyy H:mm:ss"_s);
        QVERIFY(rexp.isValid());
        QVERIFY(qAbs(QDateTime(rexp.date(), rexp.time(), Qt::UTC).toSecsSinceEpoch() - (iat + 604800)) <= 1);
        QVERIFY(!r.header("date").isEmpty());
    }

    void create_fullProfile_isStoredAndSearchable()
    {
        const QJsonObject body{
                {u"FirstName"_s, u"Ann"_s},
                {u"LastName"_s, u"Lee"_s},
                {u"Email"_s, u"ann.lee@example.com"_s},
                {u"Phone"_s, u"+15550100"_s},
                {u"Gender"_s, u"Female"_s},
                {u"Birthday"_s, u"1990-05-01T00:00:00Z"_s},
                {u"MaritalStatus"_s, 4},
                {u"ChildrenCount"_s, 2},
                {u"City"_s, u"Kyiv"_s},
                {u"UserFields"_s,
                 QJsonObject{{u"EnableLogging"_s, true}, {u"EnableTracking"_s, false}, {u"ClientId"_s, u"crm-42"_s}}}};
        const HttpResult r = create(body);
        QCOMPARE(r.status, 200);
        const QString dt = r.resultObject().value(u"DeviceToken"_s).toString();
        const QJsonObject c
                = jwtClaims(r.resultObject().value(u"AccessToken"_s).toObject().value(u"Token"_s).toString());
        QCOMPARE(c.value(u"SdkClientId"_s).toString(), u"crm-42"_s);
        QCOMPARE(c.value(u"SdkEnableLogging"_s).toString(), u"True"_s);
        QCOMPARE(c.value(u"SdkEnableTracking"_s).toString(), u"False"_s);

        const QJsonArray issued = m_sb.issuedUsers();
        bool seen = false;
        for (const auto &u : issued) {
            const QJsonObject o = u.toObject();
            if (o.value(u"DeviceToken"_s).toString() == dt) {
                seen = true;
                QCOMPARE(o.value(u"ClientId"_s).toString(), u"crm-42"_s);
                QCOMPARE(o.value(u"InstanceId"_s).toString(), m_sb.groupInstanceId());
                QVERIFY(QDateTime::fromString(o.value(u"CreatedAt"_s).toString(), Qt::ISODateWithMs).isValid());
            }
        }
        QVERIFY(seen);
    }

    void create_oddKeyCasing_isAccepted()
    {
        const HttpResult r = create({{u"firstname"_s, u"low"_s},
                                     {u"GENDER"_s, u"male"_s},
                                     {u"userfields"_s, QJsonObject{{u"clientid"_s, u"casey"_s}}}});
        QCOMPARE(r.status, 200);
        const QJsonObject c
                = jwtClaims(r.resultObject().value(u"AccessToken"_s).toObject().value(u"Token"_s).toString());
        QCOMPARE(c.value(u"SdkClientId"_s).toString(), u"casey"_s);
    }

    void create_validationErrors_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("key");
        QTest::newRow("gender") << QJsonObject{{u"Gender"_s, u"Robot"_s}} << u"Gender"_s;
        QTest::newRow("email") << QJsonObject{{u"Email"_s, u"not-an-email"_s}} << u"Email"_s;
        QTest::newRow("children negative") << QJsonObject{{u"ChildrenCount"_s, -1}} << u"ChildrenCount"_s;
        QTest::newRow("children fraction") << QJsonObject{{u"ChildrenCount"_s, 1.5}} << u"ChildrenCount"_s;
        QTest::newRow("children string") << QJsonObject{{u"ChildrenCount"_s, u"two"_s}} << u"ChildrenCount"_s;
        QTest::newRow("birthday") << QJsonObject{{u"Birthday"_s, u"31/02/1990"_s}} << u"Birthday"_s;
        QTest::newRow("custom token") << QJsonObject{{u"CustomToken"_s, u"not-a-uuid"_s}} << u"CustomToken"_s;
        QTest::newRow("create access token")
                << QJsonObject{{u"CreateAccessToken"_s, u"yes"_s}} << u"CreateAccessToken"_s;
        QTest::newRow("user fields") << QJsonObject{{u"UserFields"_s, QJsonObject{{u"Enabled"_s, u"no"_s}}}}
                                     << u"UserFields.Enabled"_s;
    }
    void create_validationErrors()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, key);
        const int before = m_sb.issuedUsers().size();
        const HttpResult r = create(body);
        QCOMPARE(r.status, 400);
        QVERIFY(r.isEnvelope());
        QCOMPARE(r.envelopeStatus(), 400);
        QVERIFY2(r.hasErrorKey(key), r.body.constData());
        QCOMPARE(r.errors().first().toObject().value(u"Message"_s).toString().isEmpty(), false);
        QCOMPARE(m_sb.issuedUsers().size(), before); // nothing registered
    }

    void create_severalErrors_areAllReported()
    {
        const HttpResult r = create({{u"Gender"_s, u"x"_s}, {u"Email"_s, u"y"_s}, {u"ChildrenCount"_s, -3}});
        QCOMPARE(r.status, 400);
        QVERIFY(r.hasErrorKey(u"Gender"_s));
        QVERIFY(r.hasErrorKey(u"Email"_s));
        QVERIFY(r.hasErrorKey(u"ChildrenCount"_s));
    }

    void create_validValues_areAccepted_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::newRow("date only birthday") << QJsonObject{{u"Birthday"_s, u"1990-05-01"_s}};
        QTest::newRow("gender None") << QJsonObject{{u"Gender"_s, u"None"_s}};
        QTest::newRow("gender Other") << QJsonObject{{u"Gender"_s, u"Other"_s}};
        QTest::newRow("zero children") << QJsonObject{{u"ChildrenCount"_s, 0}};
        QTest::newRow("nulls") << QJsonObject{{u"Email"_s, QJsonValue::Null}, {u"UserFields"_s, QJsonValue::Null}};
    }
    void create_validValues_areAccepted()
    {
        QFETCH(QJsonObject, body);
        const HttpResult r = create(body);
        QVERIFY2(r.status == 200, r.body.constData());
    }

    void create_customToken_becomesDeviceToken_andReuseIsRefused()
    {
        const QString custom = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const HttpResult r = create({{u"CustomToken"_s, custom}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.resultObject().value(u"DeviceToken"_s).toString(), custom);

        const HttpResult again = create({{u"CustomToken"_s, custom.toUpper()}}, 1);
        QCOMPARE(again.status, 400);
        QVERIFY(again.hasErrorKey(u"CustomToken"_s));
        int count = 0;
        const QJsonArray issued = m_sb.issuedUsers();
        for (const auto &u : issued)
            count += u.toObject().value(u"DeviceToken"_s).toString() == custom ? 1 : 0;
        QCOMPARE(count, 1);
    }

    void create_createAccessTokenFalse_returnsNullTokens()
    {
        const HttpResult r = create({{u"CreateAccessToken"_s, false}});
        QCOMPARE(r.status, 200);
        const QJsonObject res = r.resultObject();
        QVERIFY(!QUuid::fromString(res.value(u"DeviceToken"_s).toString()).isNull());
        QVERIFY(res.value(u"AccessToken"_s).isNull());
        QVERIFY(res.value(u"RefreshToken"_s).isNull());
    }

    void create_wrongGroupCredentials_is401Envelope_data()
    {
        QTest::addColumn<QByteArray>("id");
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("wrong key") << QByteArray("G0") << QByteArray("not-the-key");
        QTest::newRow("other group's key") << QByteArray("G0") << QByteArray("K1");
        QTest::newRow("unknown id") << QByteArray("3fa85f64-5717-4562-b3fc-2c963f66afa6") << QByteArray("K0");
        QTest::newRow("no headers") << QByteArray() << QByteArray();
    }
    void create_wrongGroupCredentials_is401Envelope()
    {
        QFETCH(QByteArray, id);
        QFETCH(QByteArray, key);
        auto resolve = [this](const QByteArray &v) {
            if (v == "G0")
                return m_sb.groupInstanceId(0).toLatin1();
            if (v == "K0")
                return m_sb.groupInstanceKey(0).toLatin1();
            if (v == "K1")
                return m_sb.groupInstanceKey(1).toLatin1();
            return v;
        };
        Headers h;
        if (!id.isEmpty())
            h = {{"InstanceId", resolve(id)}, {"InstanceKey", resolve(key)}};
        const HttpResult r = m_http->post(u"/v1/Registration/Create"_s, {}, h);
        QCOMPARE(r.status, 401);
        QVERIFY(r.isEnvelope());
        QCOMPARE(r.envelopeStatus(), 401);
    }

    void create_nonJsonContentType_is415()
    {
        const HttpResult r = m_http->send("POST", u"/v1/Registration/Create"_s, "FirstName=Ann", groupHeaders(),
                                          "application/x-www-form-urlencoded");
        QCOMPARE(r.status, 415);
        QVERIFY(r.isEnvelope());
        QCOMPARE(r.envelopeStatus(), 415);
        const HttpResult plain = m_http->send("POST", u"/v1/Registration/Create"_s, "{}", groupHeaders(), "text/plain");
        QCOMPARE(plain.status, 415);
    }

    void create_jsonVariantsOfContentType_areAccepted()
    {
        const HttpResult r = m_http->send("POST", u"/v1/Registration/Create"_s, "{}", groupHeaders(),
                                          "application/json-patch+json");
        QCOMPARE(r.status, 200);
        const HttpResult r2 = m_http->send("POST", u"/v1/Registration/Create"_s, "{}", groupHeaders(),
                                           "application/json; charset=utf-8");
        QCOMPARE(r2.status, 200);
    }

    void create_malformedJson_is400()
    {
        const HttpResult r = m_http->send("POST", u"/v1/Registration/Create"_s, "{\"FirstName\": ", groupHeaders());
        QCOMPARE(r.status, 400);
        QVERIFY(r.isEnvelope());
        const HttpResult arr = m_http->send("POST", u"/v1/Registration/Create"_s, "[1,2]", groupHeaders());
        QCOMPARE(arr.status, 400);
    }

    void createMany_returnsQuantityDistinctUsers()
    {
        const int before = m_sb.issuedUsers().size();
        const HttpResult r = m_http->post(
                u"/v1/Registration/CreateMany"_s,
                {{u"Quantity"_s, 5}, {u"CustomFields"_s, QJsonObject{{u"EnableLogging"_s, true}}}}, groupHeaders(1));
        QCOMPARE(r.status, 200);
        const QJsonArray results = r.resultObject().value(u"Results"_s).toArray();
        QCOMPARE(results.size(), 5);
        QSet<QString> tokens;
        for (const auto &v : results) {
            const QJsonObject o = v.toObject();
            tokens.insert(o.value(u"DeviceToken"_s).toString());
            const QJsonObject c = jwtClaims(o.value(u"AccessToken"_s).toObject().value(u"Token"_s).toString());
            QCOMPARE(c.value(u"InstanceId"_s).toString(), m_sb.groupInstanceId(1));
            QCOMPARE(c.value(u"SdkEnableLogging"_s).toString(), u"True"_s);
            QVERIFY(!o.value(u"RefreshToken"_s).toString().isEmpty());
        }
        QCOMPARE(tokens.size(), 5);
        QCOMPARE(m_sb.issuedUsers().size(), before + 5);
    }

    void createMany_withoutAccessTokens()
    {
        const HttpResult r = m_http->post(u"/v1/Registration/CreateMany"_s,
                                          {{u"quantity"_s, 2}, {u"createAccessToken"_s, false}}, groupHeaders());
        QCOMPARE(r.status, 200);
        const QJsonArray results = r.resultObject().value(u"Results"_s).toArray();
        QCOMPARE(results.size(), 2);
        QVERIFY(results.at(0).toObject().value(u"AccessToken"_s).isNull());
    }

    void createMany_quantityOutOfRange_is400_data()
    {
        QTest::addColumn<QJsonValue>("quantity");
        QTest::newRow("zero") << QJsonValue(0);
        QTest::newRow("1001") << QJsonValue(1001);
        QTest::newRow("negative") << QJsonValue(-5);
        QTest::newRow("fraction") << QJsonValue(2.5);
        QTest::newRow("string") << QJsonValue(u"10"_s);
        QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined);
    }
    void createMany_quantityOutOfRange_is400()
    {
        QFETCH(QJsonValue, quantity);
        QJsonObject body;
        if (!quantity.isUndefined())
            body.insert(u"Quantity"_s, quantity);
        else
            body.insert(u"CreateAccessToken"_s, true);
        const int before = m_sb.issuedUsers().size();
        const HttpResult r = m_http->post(u"/v1/Registration/CreateMany"_s, body, groupHeaders());
        QCOMPARE(r.status, 400);
        QVERIFY(r.hasErrorKey(u"Quantity"_s));
        QCOMPARE(m_sb.issuedUsers().size(), before);
    }

    void createMany_limitOf1000_isAccepted()
    {
        const HttpResult r = m_http->post(u"/v1/Registration/CreateMany"_s,
                                          {{u"Quantity"_s, 1000}, {u"CreateAccessToken"_s, false}}, groupHeaders());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.resultObject().value(u"Results"_s).toArray().size(), 1000);
    }

    void createMany_wrongGroup_is401()
    {
        const HttpResult r = m_http->post(u"/v1/Registration/CreateMany"_s, {{u"Quantity"_s, 1}},
                                          group(m_sb.groupInstanceId(0), m_sb.groupInstanceKey(1)));
        QCOMPARE(r.status, 401);
        QVERIFY(r.isEnvelope());
    }

    void unknownRoute_is404Envelope()
    {
        const HttpResult r = m_http->get(u"/v1/NoSuchThing"_s);
        QCOMPARE(r.status, 404);
        QVERIFY(r.isEnvelope());
        QCOMPARE(r.envelopeStatus(), 404);
        QVERIFY(!r.header("date").isEmpty());
        const HttpResult root = m_http->get(u"/"_s);
        QCOMPARE(root.status, 404);
        QVERIFY(root.isEnvelope());
    }

    void controlRoutes_are404WithoutEnableFaults()
    {
        // SandboxProcess always passes --enable-faults; run the plain binary directly.
        QProcess p;
        p.setProgram(qEnvironmentVariable("TC_SANDBOX_BIN"));
        p.setArguments({u"--port"_s, u"0"_s});
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start();
        QTRY_VERIFY_WITH_TIMEOUT(p.canReadLine() || (p.waitForReadyRead(100) && p.canReadLine()), 10000);
        const QJsonObject s = QJsonDocument::fromJson(p.readLine()).object();
        Http http(QUrl(s.value(u"base_url"_s).toString()));
        const HttpResult r = http.post(u"/_sandbox/faults"_s, {{u"kind"_s, u"html500"_s}});
        QCOMPARE(r.status, 404);
        QVERIFY(r.isEnvelope());
        QCOMPARE(http.get(u"/_sandbox/users"_s).status, 404);
        p.terminate();
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitCode(), 0);
    }

    void wrongMethod_is405EnvelopeWithAllow()
    {
        const HttpResult r = m_http->get(u"/v1/Registration/Create"_s);
        QCOMPARE(r.status, 405);
        QVERIFY(r.isEnvelope());
        QCOMPARE(r.header("allow"), QByteArray("POST"));
        const HttpResult d = m_http->del(u"/v1/Management/users"_s);
        QCOMPARE(d.status, 405);
        QCOMPARE(d.header("allow"), QByteArray("GET, PUT"));
    }

    void paths_matchCaseInsensitively()
    {
        const HttpResult r = m_http->post(u"/v1/registration/create"_s, {}, groupHeaders());
        QCOMPARE(r.status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxRegistration)
#include "TestSandboxRegistration.moc"
