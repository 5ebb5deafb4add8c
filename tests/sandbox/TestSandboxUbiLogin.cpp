// UBI users against the real telematics-sandbox over HTTP: a user registered with a Phone or
// Email gets a password through PUT Management/users (NewPassword; OldPassword for the user's own
// change) and logs in with LoginFields {"Phone"} / {"Email"} in both shapes.
#include "SandboxHttp.h"
#include "SandboxProcess.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

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
const QString kPhone = u"+1 (555) 010-2030"_s;
const QString kEmail = u"Ann.Ubi@Example.com"_s;
const QString kPassword = u"correct horse battery"_s;
} // namespace

class TestSandboxUbiLogin : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sb;
    std::unique_ptr<Http> m_http;
    QString m_admin;   // admin JWT
    QString m_ubi;     // DeviceToken of a group-0 user with kPhone and kEmail
    QString m_noLogin; // DeviceToken of a group-0 user with neither

    QString registerUser(const QJsonObject &profile, int g = 0)
    {
        const HttpResult r = m_http->post(u"/v1/Registration/Create"_s, profile,
                                          group(m_sb.groupInstanceId(g), m_sb.groupInstanceKey(g)));
        return r.resultObject().value(u"DeviceToken"_s).toString();
    }
    HttpResult setPassword(const QString &deviceToken, const QJsonObject &body, const QString &jwt)
    {
        return m_http->put(u"/v1/Management/users"_s, body,
                           bearer(jwt) + Headers{{"UserDeviceToken", deviceToken.toLatin1()}});
    }
    // LoginFields {key: login} as an object, or as a JSON-encoded string.
    HttpResult login(const QString &key, const QString &value, const QString &password, bool stringShape, int g = 0)
    {
        const QJsonObject inner{{key, value}};
        const QJsonValue fields = stringShape ? QJsonValue(QString::fromUtf8(compact(inner))) : QJsonValue(inner);
        return m_http->send("POST", u"/v1/Auth/Login"_s,
                            compact({{u"LoginFields"_s, fields}, {u"Password"_s, password}}),
                            {{"InstanceId", m_sb.groupInstanceId(g).toLatin1()}});
    }
    void verifySessionOf(const HttpResult &r, const QString &deviceToken)
    {
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(r.resultObject().value(u"DeviceToken"_s).toString(), deviceToken);
        const QJsonObject claims = jwtClaims(tokenOf(r));
        QCOMPARE(claims.value(u"DeviceToken"_s).toString(), deviceToken);
        QCOMPARE(claims.value(u"InstanceId"_s).toString(), m_sb.groupInstanceId(0));
        QVERIFY(!refreshOf(r).isEmpty());
    }
    // The answer to a login with a DeviceToken that does not exist: what every wrong login gets.
    QByteArray wrongLoginBody()
    {
        const HttpResult r
                = login(u"DeviceToken"_s, u"00000000-0000-0000-0000-000000000000"_s, m_sb.groupInstanceKey(0), false);
        [&] { QCOMPARE(r.status, 401); }();
        return r.body;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sb.start({u"--refresh-ttl"_s, u"3600"_s}), qPrintable(m_sb.errorString()));
        m_http = std::make_unique<Http>(m_sb.baseUrl());
        const HttpResult a = m_http->post(u"/v1/Auth/Login"_s,
                                          {{u"LoginFields"_s, QJsonObject{{u"Email"_s, m_sb.adminEmail()}}},
                                           {u"Password"_s, m_sb.adminPassword()}},
                                          {{"InstanceId", m_sb.adminInstanceId().toLatin1()}});
        QCOMPARE(a.status, 200);
        m_admin = tokenOf(a);
        m_ubi = registerUser({{u"FirstName"_s, u"Ann"_s}, {u"Phone"_s, kPhone}, {u"Email"_s, kEmail}});
        m_noLogin = registerUser({{u"FirstName"_s, u"Bob"_s}});
        QVERIFY(!m_ubi.isEmpty());
        QVERIFY(!m_noLogin.isEmpty());
    }

    void beforeAPassword_phoneLoginIsTheWrongLoginAnswer()
    {
        const QByteArray wrong = wrongLoginBody();
        const HttpResult r = login(u"Phone"_s, kPhone, kPassword, false);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.body, wrong);
    }

    void adminSetsPassword_answerCarriesNoPassword()
    {
        const HttpResult r = setPassword(m_ubi, {{u"NewPassword"_s, kPassword}}, m_admin);
        QVERIFY2(r.status == 200, r.body.constData());
        QVERIFY(!r.body.contains(kPassword.toUtf8()));
        QVERIFY(!r.body.toLower().contains("password"));
        // Nor does any read of the user.
        const HttpResult read = m_http->get(u"/v1/Management/users"_s,
                                            bearer(m_admin) + Headers{{"UserDeviceToken", m_ubi.toLatin1()}});
        QCOMPARE(read.status, 200);
        QVERIFY(!read.body.toLower().contains("password"));
    }

    void loginByPhoneAndEmail_bothShapes_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("stringShape");
        QTest::newRow("phone as stored, object") << u"Phone"_s << kPhone << false;
        QTest::newRow("phone as stored, string") << u"Phone"_s << kPhone << true;
        QTest::newRow("phone bare digits, object") << u"Phone"_s << u"+15550102030"_s << false;
        QTest::newRow("phone other spacing, string") << u"phone"_s << u"+1 555-010 2030"_s << true;
        QTest::newRow("email, object") << u"Email"_s << kEmail << false;
        QTest::newRow("email other casing, string") << u"email"_s << u"  ann.ubi@example.COM "_s << true;
    }
    void loginByPhoneAndEmail_bothShapes()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(bool, stringShape);
        verifySessionOf(login(key, value, kPassword, stringShape), m_ubi);
    }

    void wrongLogins_allGetTheSameBare401_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("group");
        QTest::newRow("wrong password, phone") << u"Phone"_s << kPhone << u"Correct horse battery"_s << 0;
        QTest::newRow("wrong password, email") << u"Email"_s << kEmail << u"nope"_s << 0;
        QTest::newRow("empty password") << u"Email"_s << kEmail << QString() << 0;
        QTest::newRow("unknown phone") << u"Phone"_s << u"+1 555 010 2031"_s << kPassword << 0;
        QTest::newRow("phone digits only, no plus") << u"Phone"_s << u"15550102030"_s << kPassword << 0;
        QTest::newRow("other group") << u"Phone"_s << kPhone << kPassword << 1;
        QTest::newRow("InstanceKEY as password") << u"Email"_s << kEmail << m_sb.groupInstanceKey(0) << 0;
    }
    void wrongLogins_allGetTheSameBare401()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, password);
        QFETCH(int, group);
        const QByteArray wrong = wrongLoginBody();
        const HttpResult r = login(key, value, password, false, group);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.body, wrong);
        QVERIFY(r.isEnvelope());
        QVERIFY(r.json.value(u"Result"_s).isNull());
    }

    void refresh_keepsTheUbiUser()
    {
        const HttpResult l = login(u"Phone"_s, kPhone, kPassword, false);
        verifySessionOf(l, m_ubi);
        const HttpResult r = m_http->post(u"/v1/Auth/RefreshToken"_s,
                                          {{u"AccessToken"_s, tokenOf(l)}, {u"RefreshToken"_s, refreshOf(l)}});
        verifySessionOf(r, m_ubi);
        QVERIFY(refreshOf(r) != refreshOf(l));
        // The spent refresh token is refused; logging in again with the password works.
        const HttpResult again = m_http->post(u"/v1/Auth/RefreshToken"_s,
                                              {{u"AccessToken"_s, tokenOf(l)}, {u"RefreshToken"_s, refreshOf(l)}});
        QCOMPARE(again.status, 401);
        verifySessionOf(login(u"Email"_s, kEmail, kPassword, true), m_ubi);
    }

    void newPassword_isChecked()
    {
        HttpResult r = setPassword(m_noLogin, {{u"NewPassword"_s, u"secret-1"_s}}, m_admin);
        QCOMPARE(r.status, 400);
        QVERIFY(r.hasErrorKey(u"NewPassword"_s));
        r = setPassword(m_ubi, {{u"NewPassword"_s, u"   "_s}}, m_admin);
        QCOMPARE(r.status, 400);
        QVERIFY(r.hasErrorKey(u"NewPassword"_s));
        r = setPassword(m_ubi, {{u"NewPassword"_s, 12345}}, m_admin);
        QCOMPARE(r.status, 400);
        r = setPassword(m_ubi, {{u"OldPassword"_s, kPassword}}, m_admin);
        QCOMPARE(r.status, 400);
        QVERIFY(r.hasErrorKey(u"NewPassword"_s));
        // None of those changed it.
        verifySessionOf(login(u"Phone"_s, kPhone, kPassword, false), m_ubi);
        // A phone given in the same request is enough to log in with.
        r = setPassword(m_noLogin, {{u"Phone"_s, u"+44 20 7946 0000"_s}, {u"NewPassword"_s, u"secret-1"_s}}, m_admin);
        QVERIFY2(r.status == 200, r.body.constData());
        verifySessionOf(login(u"Phone"_s, u"+442079460000"_s, u"secret-1"_s, false), m_noLogin);
    }

    void userChangesOwnPassword_needsTheOldOne()
    {
        const HttpResult l = login(u"Email"_s, kEmail, kPassword, false);
        QCOMPARE(l.status, 200);
        const QString userJwt = tokenOf(l);
        // Without OldPassword, with a wrong one: refused, nothing changed.
        HttpResult r = setPassword(m_ubi, {{u"NewPassword"_s, u"new-secret"_s}}, userJwt);
        QCOMPARE(r.status, 400);
        QVERIFY(r.hasErrorKey(u"OldPassword"_s));
        r = setPassword(m_ubi, {{u"NewPassword"_s, u"new-secret"_s}, {u"OldPassword"_s, u"guess"_s}}, userJwt);
        QCOMPARE(r.status, 400);
        QVERIFY(r.hasErrorKey(u"OldPassword"_s));
        // A user token changes nothing else, and no other user.
        r = setPassword(m_ubi,
                        {{u"NewPassword"_s, u"new-secret"_s}, {u"OldPassword"_s, kPassword}, {u"FirstName"_s, u"X"_s}},
                        userJwt);
        QCOMPARE(r.status, 403);
        r = setPassword(m_noLogin, {{u"NewPassword"_s, u"new-secret"_s}, {u"OldPassword"_s, u"secret-1"_s}}, userJwt);
        QCOMPARE(r.status, 403);
        QCOMPARE(login(u"Phone"_s, u"+442079460000"_s, u"secret-1"_s, false).status, 200);
        verifySessionOf(login(u"Phone"_s, kPhone, kPassword, false), m_ubi);

        r = setPassword(m_ubi, {{u"NewPassword"_s, u"new-secret"_s}, {u"OldPassword"_s, kPassword}}, userJwt);
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(login(u"Phone"_s, kPhone, kPassword, false).status, 401);
        verifySessionOf(login(u"Phone"_s, kPhone, u"new-secret"_s, false), m_ubi);
        // The admin resets it without the old one.
        r = setPassword(m_ubi, {{u"NewPassword"_s, kPassword}}, m_admin);
        QCOMPARE(r.status, 200);
        verifySessionOf(login(u"Email"_s, kEmail, kPassword, false), m_ubi);
    }

    void deactivatedOrDeleted_cannotLogIn()
    {
        const QString dt = registerUser({{u"Email"_s, u"gone@example.com"_s}});
        QCOMPARE(setPassword(dt, {{u"NewPassword"_s, u"pw-gone"_s}}, m_admin).status, 200);
        QCOMPARE(login(u"Email"_s, u"gone@example.com"_s, u"pw-gone"_s, false).status, 200);
        QCOMPARE(setPassword(dt, {{u"Status"_s, u"Deactivated"_s}}, m_admin).status, 200);
        QCOMPARE(login(u"Email"_s, u"gone@example.com"_s, u"pw-gone"_s, false).status, 401);
        QCOMPARE(m_http->del(u"/v1/Management/users/"_s + dt, bearer(m_admin)).status, 200);
        QCOMPARE(login(u"Email"_s, u"gone@example.com"_s, u"pw-gone"_s, false).body, wrongLoginBody());
    }

    void passwordSurvivesARestart()
    {
        const QString db = QDir(m_dir.path()).filePath(u"sb.sqlite"_s);
        SandboxProcess sb;
        QVERIFY2(sb.start({u"--db"_s, db}), qPrintable(sb.errorString()));
        Http http(sb.baseUrl());
        const HttpResult reg = http.post(u"/v1/Registration/Create"_s, {{u"Phone"_s, u"555 0101"_s}},
                                         group(sb.groupInstanceId(0), sb.groupInstanceKey(0)));
        const QString dt = reg.resultObject().value(u"DeviceToken"_s).toString();
        const HttpResult a = http.post(
                u"/v1/Auth/Login"_s,
                {{u"LoginFields"_s, QJsonObject{{u"Email"_s, sb.adminEmail()}}}, {u"Password"_s, sb.adminPassword()}},
                {{"InstanceId", sb.adminInstanceId().toLatin1()}});
        QCOMPARE(http.put(u"/v1/Management/users"_s, {{u"NewPassword"_s, u"kept-across-restarts-7"_s}},
                          bearer(tokenOf(a)) + Headers{{"UserDeviceToken", dt.toLatin1()}})
                         .status,
                 200);
        sb.stop();
        QVERIFY2(sb.start({u"--db"_s, db}), qPrintable(sb.errorString()));
        Http again(sb.baseUrl());
        const HttpResult l = again.post(u"/v1/Auth/Login"_s,
                                        {{u"LoginFields"_s, QJsonObject{{u"Phone"_s, u"5550101"_s}}},
                                         {u"Password"_s, u"kept-across-restarts-7"_s}},
                                        {{"InstanceId", sb.groupInstanceId(0).toLatin1()}});
        QVERIFY2(l.status == 200, l.body.constData());
        QCOMPARE(l.resultObject().value(u"DeviceToken"_s).toString(), dt);
        // The file holds a hash, never the password.
        sb.stop();
        for (const QString &path : QStringList{db, db + u"-wal"_s}) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                QVERIFY(!f.readAll().contains("kept-across-restarts-7"));
        }
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSandboxUbiLogin)
#include "TestSandboxUbiLogin.moc"
