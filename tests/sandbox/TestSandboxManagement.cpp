// The Management API (admin JWT) against the real telematics-sandbox over HTTP.
#include "SandboxHttp.h"
#include "SandboxProcess.h"

#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace sbtest;

namespace {
QString tokenOf(const HttpResult &r)
{
    return r.resultObject().value(u"AccessToken"_s).toObject().value(u"Token"_s).toString();
}
QUrlQuery query(const QString &key, const QString &value)
{
    QUrlQuery q;
    q.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return q;
}
} // namespace

class TestSandboxManagement : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sb;
    std::unique_ptr<Http> m_http;
    QString m_admin;   // admin JWT
    QString m_userJwt; // JWT of m_user
    QString m_user;    // DeviceToken with a full profile
    QString m_second;  // another user of group 1

    HttpResult find(const QUrlQuery &q, const QString &jwt = {})
    {
        return m_http->get(u"/v1/Management/users/find"_s, bearer(jwt.isEmpty() ? m_admin : jwt), q);
    }
    QStringList tokensIn(const HttpResult &r)
    {
        QStringList out;
        const QJsonArray a = r.result().toArray();
        for (const auto &v : a)
            out << v.toObject().value(u"DeviceToken"_s).toString();
        return out;
    }
    HttpResult loginUser(const QString &dt, int g = 0)
    {
        return m_http->post(
                u"/v1/Auth/Login"_s,
                {{u"LoginFields"_s, QJsonObject{{u"DeviceToken"_s, dt}}}, {u"Password"_s, m_sb.groupInstanceKey(g)}},
                {{"InstanceId", m_sb.groupInstanceId(g).toLatin1()}});
    }
    static void verifyBearer401(const HttpResult &r, const QString &descriptionPart)
    {
        QCOMPARE(r.status, 401);
        QVERIFY(r.isEnvelope());
        QCOMPARE(r.envelopeStatus(), 401);
        const QByteArray challenge = r.header("www-authenticate");
        QVERIFY2(challenge.startsWith("Bearer"), challenge.constData());
        QVERIFY2(challenge.contains("error=\"invalid_token\""), challenge.constData());
        QVERIFY2(challenge.contains("error_description="), challenge.constData());
        QVERIFY2(QString::fromUtf8(challenge).contains(descriptionPart, Qt::CaseInsensitive), challenge.constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sb.start({u"--admin-access-ttl"_s, u"1000"_s, u"--access-ttl"_s, u"500"_s}),
                 qPrintable(m_sb.errorString()));
        m_http = std::make_unique<Http>(m_sb.baseUrl());
        const HttpResult a
                = m_http->post(u"/v1/Auth/Login"_s, {{u"LoginFields"_s, QJsonObject{{u"Email"_s, m_sb.adminEmail()}}},
                                                     {u"Password"_s, m_sb.adminPassword()}});
        QCOMPARE(a.status, 200);
        m_admin = tokenOf(a);
        const HttpResult u = m_http->post(u"/v1/Registration/Create"_s,
                                          {{u"FirstName"_s, u"Olena"_s},
                                           {u"LastName"_s, u"Koval"_s},
                                           {u"Email"_s, u"olena@example.com"_s},
                                           {u"Phone"_s, u"+380501112233"_s},
                                           {u"UserFields"_s, QJsonObject{{u"ClientId"_s, u"crm-7"_s}}}},
                                          group(m_sb.groupInstanceId(), m_sb.groupInstanceKey()));
        QCOMPARE(u.status, 200);
        m_user = u.resultObject().value(u"DeviceToken"_s).toString();
        m_userJwt = tokenOf(u);
        const HttpResult s = m_http->post(u"/v1/Registration/Create"_s, {{u"FirstName"_s, u"Olena"_s}},
                                          group(m_sb.groupInstanceId(1), m_sb.groupInstanceKey(1)));
        m_second = s.resultObject().value(u"DeviceToken"_s).toString();
    }
    void init() { QVERIFY(m_sb.shiftClock(0)); }

    void find_byEachField_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("expected");
        QTest::newRow("DeviceToken") << u"DeviceToken"_s << u"USER"_s << 1;
        QTest::newRow("Email, other case") << u"Email"_s << u"OLENA@example.com"_s << 1;
        QTest::newRow("Phone") << u"Phone"_s << u"+380501112233"_s << 1;
        QTest::newRow("ClientId") << u"ClientId"_s << u"crm-7"_s << 1;
        QTest::newRow("FirstName matches two") << u"FirstName"_s << u"olena"_s << 2;
        QTest::newRow("LastName") << u"LastName"_s << u"Koval"_s << 1;
        QTest::newRow("FullName") << u"FullName"_s << u"Olena Koval"_s << 1;
        QTest::newRow("lower-case key") << u"email"_s << u"olena@example.com"_s << 1;
        QTest::newRow("no match") << u"Email"_s << u"nobody@example.com"_s << 0;
    }
    void find_byEachField()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(int, expected);
        if (value == u"USER"_s)
            value = m_user;
        const HttpResult r = find(query(key, value));
        QVERIFY2(r.status == 200, r.body.constData());
        QVERIFY(r.isEnvelope());
        QVERIFY(r.result().isArray()); // always an array, also when empty
        QCOMPARE(r.result().toArray().size(), expected);
        if (expected == 1) {
            const QJsonObject p = r.result().toArray().first().toObject();
            QCOMPARE(p.value(u"DeviceToken"_s).toString(), m_user);
            QCOMPARE(p.value(u"InstanceId"_s).toString(), m_sb.groupInstanceId());
            QCOMPARE(p.value(u"Status"_s).toString(), u"Active"_s);
            QCOMPARE(p.value(u"Email"_s).toString(), u"olena@example.com"_s);
            QCOMPARE(p.value(u"UserFields"_s).toObject().value(u"ClientId"_s).toString(), u"crm-7"_s);
        }
    }

    void find_severalFilters_areAnded()
    {
        QUrlQuery q;
        q.addQueryItem(u"FirstName"_s, u"Olena"_s);
        q.addQueryItem(u"LastName"_s, u"Koval"_s);
        QCOMPARE(tokensIn(find(q)), QStringList{m_user});
    }

    void find_withoutFilter_is400()
    {
        const HttpResult r = find({});
        QCOMPARE(r.status, 400);
        QVERIFY(r.isEnvelope());
    }

    void bearer_missing_is401WithChallenge()
    {
        const HttpResult r = m_http->get(u"/v1/Management/users/find"_s, {}, query(u"Email"_s, u"x@y.z"_s));
        verifyBearer401(r, u"no access token"_s);
        const HttpResult basic = m_http->get(u"/v1/Management/users/find"_s, {{"Authorization", "Basic eDp5"}},
                                             query(u"Email"_s, u"x@y.z"_s));
        QCOMPARE(basic.status, 401);
        QVERIFY(basic.header("www-authenticate").startsWith("Bearer"));
    }

    void bearer_forged_is401WithChallenge()
    {
        // Same header and claims, signature of another key: flip the last signature characters.
        QString forged = m_admin;
        forged.chop(4);
        forged += m_admin.endsWith(u"AAAA"_s) ? u"BBBB"_s : u"AAAA"_s;
        verifyBearer401(find(query(u"Email"_s, u"x@y.z"_s), forged), u"signature"_s);
        // claims edited (role upgrade attempt on a user token): signature no longer matches
        const QStringList parts = m_userJwt.split(u'.');
        QJsonObject claims = jwtClaims(m_userJwt);
        claims.insert(u"http://schemas.microsoft.com/ws/2008/06/identity/claims/role"_s, u"Admin"_s);
        const QString edited = parts[0] + u'.'
                               + QString::fromLatin1(QJsonDocument(claims)
                                                             .toJson(QJsonDocument::Compact)
                                                             .toBase64(QByteArray::Base64UrlEncoding
                                                                       | QByteArray::OmitTrailingEquals))
                               + u'.' + parts[2];
        verifyBearer401(find(query(u"Email"_s, u"x@y.z"_s), edited), u"signature"_s);
        verifyBearer401(find(query(u"Email"_s, u"x@y.z"_s), u"garbage"_s), u"malformed"_s);
    }

    void bearer_expired_is401WithChallenge()
    {
        QVERIFY(m_sb.shiftClock(1001)); // admin-access-ttl is 1000
        verifyBearer401(find(query(u"Email"_s, u"x@y.z"_s)), u"expired"_s);
        QVERIFY(m_sb.shiftClock(900)); // well before exp (the test may run slowly)
        QCOMPARE(find(query(u"Email"_s, u"x@y.z"_s)).status, 200);
    }

    void userToken_onAdminRoute_is403()
    {
        const HttpResult r = find(query(u"Email"_s, u"x@y.z"_s), m_userJwt);
        QCOMPARE(r.status, 403);
        QVERIFY(r.isEnvelope());
        QCOMPARE(r.envelopeStatus(), 403);
        QCOMPARE(m_http->put(u"/v1/Management/users"_s, {{u"FirstName"_s, u"x"_s}},
                             bearer(m_userJwt) + Headers{{"UserDeviceToken", m_user.toLatin1()}})
                         .status,
                 403);
        QCOMPARE(m_http->del(u"/v1/Management/users/"_s + m_user, bearer(m_userJwt)).status, 403);
    }

    void getUsers_withUserToken_returnsOwnProfile()
    {
        const HttpResult r = m_http->get(u"/v1/Management/users"_s, bearer(m_userJwt));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.resultObject().value(u"DeviceToken"_s).toString(), m_user);
        QCOMPARE(r.resultObject().value(u"FirstName"_s).toString(), u"Olena"_s);
        // an admin names the user
        const HttpResult a = m_http->get(u"/v1/Management/users"_s,
                                         bearer(m_admin) + Headers{{"UserDeviceToken", m_second.toLatin1()}});
        QCOMPARE(a.status, 200);
        QCOMPARE(a.resultObject().value(u"DeviceToken"_s).toString(), m_second);
        QCOMPARE(m_http->get(u"/v1/Management/users"_s).status, 401);
    }

    void putUsers_updatesProfileUserFieldsAndStatus()
    {
        const HttpResult dt = m_http->post(u"/v1/Registration/Create"_s, {{u"FirstName"_s, u"Temp"_s}},
                                           group(m_sb.groupInstanceId(), m_sb.groupInstanceKey()));
        const QString token = dt.resultObject().value(u"DeviceToken"_s).toString();
        const Headers h = bearer(m_admin) + Headers{{"UserDeviceToken", token.toLatin1()}};
        const HttpResult r
                = m_http->put(u"/v1/Management/users"_s,
                              {{u"lastname"_s, u"Updated"_s},
                               {u"Gender"_s, u"Other"_s},
                               {u"UserFields"_s, QJsonObject{{u"Enabled"_s, false}, {u"ClientId"_s, u"crm-99"_s}}}},
                              h);
        QVERIFY2(r.status == 200, r.body.constData());
        // The service's answer to PUT users: the envelope with no Result key at all.
        QCOMPARE(r.body, QByteArray(R"({"Status":200,"Title":"","Errors":[]})"));
        const QJsonObject back = find(query(u"DeviceToken"_s, token)).result().toArray().first().toObject();
        QCOMPARE(back.value(u"FirstName"_s).toString(), u"Temp"_s); // untouched
        QCOMPARE(back.value(u"LastName"_s).toString(), u"Updated"_s);
        QCOMPARE(back.value(u"Gender"_s).toString(), u"Other"_s);
        QCOMPARE(tokensIn(find(query(u"ClientId"_s, u"crm-99"_s))), QStringList{token});
        const QJsonObject uf = find(query(u"DeviceToken"_s, token))
                                       .result()
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value(u"UserFields"_s)
                                       .toObject();
        QCOMPARE(uf.value(u"Enabled"_s).toBool(), false);

        // validation
        const HttpResult bad
                = m_http->put(u"/v1/Management/users"_s, {{u"Status"_s, u"Gone"_s}, {u"Email"_s, u"nope"_s}}, h);
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.hasErrorKey(u"Status"_s));
        QVERIFY(bad.hasErrorKey(u"Email"_s));

        // Deactivated: logins and refreshes are refused; Active again: allowed
        QCOMPARE(loginUser(token).status, 200);
        const HttpResult session = loginUser(token);
        QCOMPARE(m_http->put(u"/v1/Management/users"_s, {{u"Status"_s, u"Deactivated"_s}}, h).status, 200);
        QCOMPARE(loginUser(token).status, 401);
        QCOMPARE(m_http->post(u"/v1/Auth/RefreshToken"_s,
                              {{u"AccessToken"_s, tokenOf(session)},
                               {u"RefreshToken"_s, session.resultObject().value(u"RefreshToken"_s).toString()}})
                         .status,
                 401);
        QCOMPARE(find(query(u"DeviceToken"_s, token))
                         .result()
                         .toArray()
                         .first()
                         .toObject()
                         .value(u"Status"_s)
                         .toString(),
                 u"Deactivated"_s);
        QCOMPARE(m_http->put(u"/v1/Management/users"_s, {{u"status"_s, u"active"_s}}, h).status, 200);
        QCOMPARE(loginUser(token).status, 200);
    }

    void putUsers_missingHeaderOrUnknownUser()
    {
        QCOMPARE(m_http->put(u"/v1/Management/users"_s, {{u"FirstName"_s, u"x"_s}}, bearer(m_admin)).status, 400);
        const HttpResult r = m_http->put(
                u"/v1/Management/users"_s, {{u"FirstName"_s, u"x"_s}},
                bearer(m_admin) + Headers{{"UserDeviceToken", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}});
        QCOMPARE(r.status, 404);
        QVERIFY(r.isEnvelope());
        const HttpResult ct = m_http->send("PUT", u"/v1/Management/users"_s, "FirstName=x",
                                           bearer(m_admin) + Headers{{"UserDeviceToken", m_user.toLatin1()}},
                                           "application/x-www-form-urlencoded");
        QCOMPARE(ct.status, 415);
    }

    void deleteUser_removesIt()
    {
        const HttpResult dt = m_http->post(u"/v1/Registration/Create"_s, {},
                                           group(m_sb.groupInstanceId(), m_sb.groupInstanceKey()));
        const QString token = dt.resultObject().value(u"DeviceToken"_s).toString();
        const HttpResult gone = m_http->del(u"/v1/Management/users/"_s + token, bearer(m_admin));
        QCOMPARE(gone.status, 200);
        QCOMPARE(gone.body, QByteArray(R"({"Status":200,"Title":"","Errors":[]})"));
        QVERIFY(find(query(u"DeviceToken"_s, token)).result().toArray().isEmpty());
        QCOMPARE(loginUser(token).status, 401);
        const HttpResult again = m_http->del(u"/v1/Management/users/"_s + token, bearer(m_admin));
        QCOMPARE(again.status, 404);
        QVERIFY(again.isEnvelope());
        QCOMPARE(m_http->del(u"/v1/Management/users/"_s + token).status, 401);
    }

    void changeInstance_movesTheUser_andOnlyTheNewKeyLogsIn()
    {
        const HttpResult dt = m_http->post(u"/v1/Registration/Create"_s, {{u"FirstName"_s, u"Mover"_s}},
                                           group(m_sb.groupInstanceId(), m_sb.groupInstanceKey()));
        const QString token = dt.resultObject().value(u"DeviceToken"_s).toString();
        QCOMPARE(loginUser(token, 0).status, 200);
        const QString path = u"/v1/Management/users/instances/change"_s;
        auto body = [&](const QString &id, const QString &key) {
            return QJsonObject{{u"DeviceToken"_s, token}, {u"ToInstanceId"_s, id}, {u"ToInstanceKey"_s, key}};
        };

        // refused: missing fields, unknown group, wrong key, the group it is in, unknown user, user token
        const HttpResult missing = m_http->post(path, {{u"DeviceToken"_s, token}}, bearer(m_admin));
        QCOMPARE(missing.status, 400);
        QVERIFY(missing.hasErrorKey(u"ToInstanceId"_s));
        QVERIFY(missing.hasErrorKey(u"ToInstanceKey"_s));
        const HttpResult unknownGroup
                = m_http->post(path, body(QUuid::createUuid().toString(QUuid::WithoutBraces), m_sb.groupInstanceKey(1)),
                               bearer(m_admin));
        QCOMPARE(unknownGroup.status, 422);
        QVERIFY(unknownGroup.hasErrorKey(u"ToInstanceId"_s));
        const HttpResult wrongKey
                = m_http->post(path, body(m_sb.groupInstanceId(1), m_sb.groupInstanceKey(0)), bearer(m_admin));
        QCOMPARE(wrongKey.status, 422);
        QVERIFY(wrongKey.hasErrorKey(u"ToInstanceKey"_s));
        const HttpResult same
                = m_http->post(path, body(m_sb.groupInstanceId(0), m_sb.groupInstanceKey(0)), bearer(m_admin));
        QCOMPARE(same.status, 422);
        QCOMPARE(m_http->post(path,
                              {{u"DeviceToken"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                               {u"ToInstanceId"_s, m_sb.groupInstanceId(1)},
                               {u"ToInstanceKey"_s, m_sb.groupInstanceKey(1)}},
                              bearer(m_admin))
                         .status,
                 404);
        QCOMPARE(m_http->post(path, body(m_sb.groupInstanceId(1), m_sb.groupInstanceKey(1)), bearer(m_userJwt)).status,
                 403);
        QCOMPARE(loginUser(token, 0).status, 200); // nothing moved yet

        const HttpResult moved
                = m_http->post(path, body(m_sb.groupInstanceId(1), m_sb.groupInstanceKey(1)), bearer(m_admin));
        QVERIFY2(moved.status == 200, moved.body.constData());
        QCOMPARE(moved.body, QByteArray(R"({"Status":200,"Title":"","Errors":[]})"));
        QCOMPARE(find(query(u"DeviceToken"_s, token))
                         .result()
                         .toArray()
                         .first()
                         .toObject()
                         .value(u"InstanceId"_s)
                         .toString(),
                 m_sb.groupInstanceId(1));
        QCOMPARE(loginUser(token, 0).status, 401);
        QCOMPARE(loginUser(token, 1).status, 200);
    }

    void getFilteredPage_bothShapes_pagesAndCounts()
    {
        // group 2 (index 1) gets 5 users of its own, named so that a search finds them.
        QStringList made;
        for (int i = 0; i < 5; ++i) {
            const HttpResult r = m_http->post(u"/v1/Registration/Create"_s, {{u"FirstName"_s, u"Pager%1"_s.arg(i)}},
                                              group(m_sb.groupInstanceId(1), m_sb.groupInstanceKey(1)));
            QCOMPARE(r.status, 200);
            made << r.resultObject().value(u"DeviceToken"_s).toString();
        }
        const QString path = u"/v1/Management/users/GetFilteredPage"_s;
        const HttpResult first = m_http->post(path,
                                              {{u"InstanceIds"_s, QJsonArray{m_sb.groupInstanceId(1)}},
                                               {u"PageNumber"_s, 1},
                                               {u"PageSize"_s, 2},
                                               {u"SearchTerm"_s, u"pager"_s},
                                               {u"Sort"_s, u"DateCreatedAsc"_s},
                                               {u"ShowInactiveUsers"_s, true}},
                                              bearer(m_admin));
        QVERIFY2(first.status == 200, first.body.constData());
        QJsonObject page = first.resultObject();
        QCOMPARE(page.value(u"TotalUsers"_s).toInt(), 5);
        QCOMPARE(page.value(u"TotalPages"_s).toInt(), 3);
        QCOMPARE(page.value(u"CurrentPage"_s).toInt(), 1);
        QCOMPARE(page.value(u"HasPreviousPage"_s).toBool(), false);
        QCOMPARE(page.value(u"HasNextPage"_s).toBool(), true);
        QCOMPARE(page.value(u"Users"_s).toArray().size(), 2);
        QStringList seen;
        for (const auto &u : page.value(u"Users"_s).toArray())
            seen << u.toObject().value(u"DeviceToken"_s).toString();

        // the second shape: Filters + Pagination; the last page holds one
        const HttpResult last = m_http->post(
                path,
                {{u"Filters"_s,
                  QJsonArray{QJsonObject{{u"Name"_s, u"InstanceId"_s}, {u"Value"_s, m_sb.groupInstanceId(1)}},
                             QJsonObject{{u"Name"_s, u"SearchTerm"_s}, {u"Value"_s, u"PAGER"_s}}}},
                 {u"Pagination"_s, QJsonObject{{u"Page"_s, 3}, {u"PageSize"_s, 2}}},
                 {u"Sort"_s, u"DateCreatedAsc"_s}},
                bearer(m_admin));
        QVERIFY2(last.status == 200, last.body.constData());
        page = last.resultObject();
        QCOMPARE(page.value(u"CurrentPage"_s).toInt(), 3);
        QCOMPARE(page.value(u"HasNextPage"_s).toBool(), false);
        QCOMPARE(page.value(u"HasPreviousPage"_s).toBool(), true);
        QCOMPARE(page.value(u"Users"_s).toArray().size(), 1);
        seen << page.value(u"Users"_s).toArray().first().toObject().value(u"DeviceToken"_s).toString();
        // pages 1 and 3 hold three different users of the five (ties are in token order)
        QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), 3);
        for (const QString &dt : std::as_const(seen))
            QVERIFY(made.contains(dt));

        // inactive users left out on request
        const Headers h = bearer(m_admin) + Headers{{"UserDeviceToken", made.first().toLatin1()}};
        QCOMPARE(m_http->put(u"/v1/Management/users"_s, {{u"Status"_s, u"Deactivated"_s}}, h).status, 200);
        const HttpResult active = m_http->post(path,
                                               {{u"InstanceIds"_s, QJsonArray{m_sb.groupInstanceId(1)}},
                                                {u"SearchTerm"_s, u"pager"_s},
                                                {u"ShowInactiveUsers"_s, false}},
                                               bearer(m_admin));
        QCOMPARE(active.resultObject().value(u"TotalUsers"_s).toInt(), 4);

        // a page past the end is an empty list, not an error; bad numbers are named
        const HttpResult past
                = m_http->post(path, {{u"InstanceIds"_s, QJsonArray{m_sb.groupInstanceId(1)}}, {u"PageNumber"_s, 99}},
                               bearer(m_admin));
        QCOMPARE(past.status, 200);
        QVERIFY(past.resultObject().value(u"Users"_s).isArray());
        QCOMPARE(past.resultObject().value(u"Users"_s).toArray().size(), 0);
        const HttpResult bad = m_http->post(path, {{u"PageSize"_s, 0}, {u"Sort"_s, u"Sideways"_s}}, bearer(m_admin));
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.hasErrorKey(u"PageSize"_s));
        QVERIFY(bad.hasErrorKey(u"Sort"_s));
        QCOMPARE(m_http->post(path, {}, bearer(m_userJwt)).status, 403);
        QCOMPARE(m_http->post(path, {}).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestSandboxManagement)
#include "TestSandboxManagement.moc"
