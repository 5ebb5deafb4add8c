// telematics-cli as a black box (QProcess on $TC_CLI_BIN) against a real sandbox: the
// commands token inspect, register, register-many, bulk (rows the dry run flags are never sent;
// files without rows refused) and request; global flags; exit codes 0-3, 5; secrets never as
// flags; --json prints exactly one JSON document on stdout.
#include "CliRunner.h"
#include "JwtFactory.h"
#include "SandboxProcess.h"

#include "core/util/CsvReader.h"

#include <QFile>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using tests::CliResult;
using tests::emptySignatureJwt;
using tests::jwtFromParts;
using tests::makeJwt;
using tests::unsignedJwt;

namespace {

QStringList warningCodes(const QJsonObject &o)
{
    QStringList out;
    for (const QJsonValue &w : o.value(u"warnings"_s).toArray())
        out.append(w.toObject().value(u"code"_s).toString());
    return out;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    tests::CliRunner m_cli; // $TC_CLI_BIN without this environment's secrets (initTestCase)
    QTemporaryDir m_dir;

    CliResult run(const QStringList &args, const QByteArray &stdinData = {}, const QMap<QString, QString> &env = {})
    {
        tests::CliRunner cli = m_cli;
        for (auto it = env.constBegin(); it != env.constEnd(); ++it)
            cli.setEnv(it.key(), it.value());
        return cli.run(args, stdinData);
    }

    // Registration requests the sandbox has received (Create and CreateMany): "nothing was sent"
    // is this count unchanged. The sandbox's users are no measure of it: a Create that an earlier
    // test left delayed (register_interrupted_exit5's 10 s) adds its user whenever the delay ends.
    int registrationsReceived() const
    {
        return m_sandbox.receivedCount(u"/Registration/Create"_s, "POST")
               + m_sandbox.receivedCount(u"/Registration/CreateMany"_s, "POST");
    }

    QStringList base() const { return {u"--base-url"_s, m_sandbox.baseUrl().toString()}; }
    QMap<QString, QString> key(int group = 0) const
    {
        return {{u"TELEMATICS_INSTANCE_KEY"_s, m_sandbox.groupInstanceKey(group)}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!m_cli.program().isEmpty(), "TC_CLI_BIN is not set");
        m_cli.unsetEnv(u"TELEMATICS_INSTANCE_KEY"_s).unsetEnv(u"TELEMATICS_PASSWORD"_s);
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        QVERIFY(m_dir.isValid());
    }

    void cleanup() { QVERIFY(m_sandbox.clearFaults()); }

    // ---- usage ----

    void noCommand_isUsageError2()
    {
        const CliResult r = run({});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("Usage: telematics-cli"));
        QVERIFY(r.out.isEmpty());
    }

    void help_listsCommands_exit0()
    {
        const CliResult r = run({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        for (const char *c : {"token inspect", "register", "register-many", "request"})
            QVERIFY2(r.out.contains(c), c);
        const CliResult sub = run({u"register"_s, u"--help"_s});
        QCOMPARE(sub.exitCode, 0);
        QVERIFY(sub.out.contains("--custom-token"));
        QVERIFY(sub.out.contains("--no-access-token"));
    }

    void unknownCommandOrOption_isUsageError2()
    {
        QCOMPARE(run({u"frobnicate"_s}).exitCode, 2);
        QCOMPARE(run({u"--frob"_s, u"token"_s}).exitCode, 2);
        QCOMPARE(run({u"register"_s, u"--frob"_s}).exitCode, 2);
        QCOMPARE(run({u"--timeout"_s, u"-3"_s, u"token"_s, u"inspect"_s}).exitCode, 2);
        QCOMPARE(run({u"--base-url"_s, u"ftp://x"_s, u"request"_s, u"GET"_s, u"/v1"_s}).exitCode, 2);
    }

    void networkCommandWithoutBaseUrl_isUsageError2_sandboxNotAssumed()
    {
        const int before = registrationsReceived();
        const CliResult r = run({u"register"_s, u"--instance-id"_s, m_sandbox.groupInstanceId(0)}, {}, key());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--base-url"), r.err.constData());
        QCOMPARE(registrationsReceived(), before);
    }

    void secretAsFlag_isRefused_nothingSent()
    {
        const int before = registrationsReceived();
        const CliResult r = run(base()
                                + QStringList{u"register"_s, u"--instance-id"_s, m_sandbox.groupInstanceId(0),
                                              u"--instance-key"_s, m_sandbox.groupInstanceKey(0)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("TELEMATICS_INSTANCE_KEY"), r.err.constData());
        QVERIFY(!r.err.contains(m_sandbox.groupInstanceKey(0).toUtf8()));
        QCOMPARE(registrationsReceived(), before);
    }

    void missingSecret_isUsageError2()
    {
        const CliResult r = run(base() + QStringList{u"register"_s, u"--instance-id"_s, m_sandbox.groupInstanceId(0)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--secret-stdin"));
    }

    // ---- token inspect ----

    void tokenInspect_json_timesAndMaskedSecrets()
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QByteArray jwt = makeJwt({{u"sub"_s, u"dt-1"_s},
                                        {u"iat"_s, now - 60},
                                        {u"exp"_s, now + 3600},
                                        {u"InstanceId"_s, u"group-1"_s},
                                        {u"InstanceKey"_s, u"very-secret-key"_s},
                                        {u"RefreshToken"_s, u"very-secret-refresh"_s},
                                        {u"RefreshTokenExpiredDate"_s, u"22.12.2019 8:59:09"_s}});
        const CliResult r = run({u"--json"_s, u"token"_s, u"inspect"_s, QString::fromLatin1(jwt)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.isOneJsonDocument(), qPrintable(r.describe()));
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"header"_s).toObject().value(u"alg"_s).toString(), u"HS256"_s);
        QCOMPARE(o.value(u"claims"_s).toObject().value(u"sub"_s).toString(), u"dt-1"_s);
        QCOMPARE(o.value(u"expired"_s).toBool(), false);
        const int left = o.value(u"seconds_left"_s).toInt();
        QVERIFY2(left > 3500 && left <= 3600, qPrintable(QString::number(left)));
        QCOMPARE(o.value(u"expires_at"_s).toString(),
                 QDateTime::fromSecsSinceEpoch(now + 3600, Qt::UTC).toString(Qt::ISODate));
        QCOMPARE(o.value(u"issued_at"_s).toString(),
                 QDateTime::fromSecsSinceEpoch(now - 60, Qt::UTC).toString(Qt::ISODate));
        QCOMPARE(o.value(u"refresh_token_expires_at"_s).toString(), u"2019-12-22T08:59:09Z"_s);
        QStringList sensitive;
        for (const QJsonValue &v : o.value(u"sensitive_claims"_s).toArray())
            sensitive.append(v.toString());
        sensitive.sort();
        QCOMPARE(sensitive, (QStringList{u"InstanceKey"_s, u"RefreshToken"_s}));
        QVERIFY(!r.out.contains("very-secret"));
        QVERIFY(r.out.contains("(hidden)"));
    }

    void tokenInspect_text_fromStdin_expired_neverShowsSecrets()
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QByteArray jwt
                = makeJwt({{u"sub"_s, u"dt-2"_s}, {u"exp"_s, now - 7200}, {u"InstanceKey"_s, u"very-secret-key"_s}});
        const CliResult r = run({u"token"_s, u"inspect"_s, u"-"_s}, jwt + "\n");
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("expired:"), r.out.constData());
        QVERIFY(r.out.contains("yes, 2 h"));
        QVERIFY(r.out.contains("Sensitive claims: InstanceKey"));
        QVERIFY(!r.out.contains("very-secret") && !r.err.contains("very-secret"));
        QVERIFY(r.err.contains("Treat it as a secret"));

        const CliResult implicitStdin = run({u"token"_s, u"inspect"_s}, jwt);
        QCOMPARE(implicitStdin.exitCode, 0);
    }

    // Header and claims decode: exit 0, whatever the signature, with the warning first.
    void tokenInspect_unsignedOrDamaged_exit0WithWarnings_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("signature");
        QTest::addColumn<bool>("isUnsigned");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("messageStarts");
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QJsonObject claims{{u"sub"_s, u"dt-9"_s}, {u"DeviceToken"_s, u"dt-9"_s}, {u"exp"_s, now + 3600}};
        const QString unsignedText = u"Unsigned: anyone could have written these claims."_s;
        const QString damagedText = u"Signature damaged — truncated paste?"_s;
        QTest::newRow("header.payload.") << QByteArray(unsignedJwt(claims) + '.') << u"empty"_s << true << u"unsigned"_s
                                         << unsignedText;
        QTest::newRow("header.payload") << unsignedJwt(claims) << u"missing"_s << true << u"unsigned"_s << unsignedText;
        QTest::newRow("alg none") << emptySignatureJwt(claims, {{u"alg"_s, u"none"_s}}) << u"empty"_s << true
                                  << u"unsigned"_s << unsignedText;
        QTest::newRow("signature not base64url") << QByteArray(unsignedJwt(claims) + ".s*g") << u"malformed"_s << false
                                                 << u"signature_damaged"_s << damagedText;
        QTest::newRow("truncated paste") << makeJwt(claims).chopped(1) << u"malformed"_s << false
                                         << u"signature_damaged"_s << damagedText;
    }

    void tokenInspect_unsignedOrDamaged_exit0WithWarnings()
    {
        QFETCH(QByteArray, token);
        QFETCH(QString, signature);
        QFETCH(bool, isUnsigned);
        QFETCH(QString, code);
        QFETCH(QString, messageStarts);
        const CliResult r = run({u"--json"_s, u"token"_s, u"inspect"_s, u"-"_s}, token + "\n");
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.isOneJsonDocument(), qPrintable(r.describe()));
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"signature"_s).toString(), signature);
        QCOMPARE(o.value(u"unsigned"_s).toBool(), isUnsigned);
        QCOMPARE(o.value(u"signature_problem"_s).isString(), signature == u"malformed"_s);
        QCOMPARE(o.value(u"kind"_s).toString(), u"user"_s);
        QCOMPARE(o.value(u"claims"_s).toObject().value(u"DeviceToken"_s).toString(), u"dt-9"_s);
        QCOMPARE(o.value(u"expired"_s).toBool(), false);
        const QJsonArray warnings = o.value(u"warnings"_s).toArray();
        QVERIFY2(!warnings.isEmpty(), qPrintable(r.describe()));
        QCOMPARE(warnings.first().toObject().value(u"code"_s).toString(), code);
        const QString message = warnings.first().toObject().value(u"message"_s).toString();
        QVERIFY2(message.startsWith(messageStarts), qPrintable(message));
        QCOMPARE(o.value(u"warning"_s).toString(), message); // no secrets in it: the signature is the warning

        const CliResult text = run({u"token"_s, u"inspect"_s, u"-"_s}, token);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QByteArray("warning: " + messageStarts.toUtf8())), qPrintable(text.describe()));
        QVERIFY2(text.out.contains(QByteArray("signature:"))
                         && text.out.contains(QByteArray(signature.toUtf8() + " — ")),
                 qPrintable(text.describe()));
        QVERIFY(text.out.contains("DeviceToken: dt-9"));
        QVERIFY(!text.out.contains("Signed with"));
    }

    void tokenInspect_kindFromClaims_data()
    {
        QTest::addColumn<QJsonObject>("claims");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QJsonValue>("kindClaim");
        QTest::addColumn<QByteArray>("textRow");
        const QString msRole = u"http://schemas.microsoft.com/ws/2008/06/identity/claims/role"_s;
        QTest::newRow("admin") << QJsonObject{{u"DataHubEmail"_s, u"a@b.c"_s},
                                              {u"DeviceToken"_s, u"adm"_s},
                                              {msRole, u"Admin"_s}}
                               << u"admin"_s << QJsonValue(msRole) << QByteArray("admin (role: Admin)");
        QTest::newRow("user") << QJsonObject{{u"DeviceToken"_s, u"dt-3"_s}} << u"user"_s << QJsonValue(u"DeviceToken"_s)
                              << QByteArray("user (DeviceToken: dt-3)");
        QTest::newRow("unknown") << QJsonObject{{u"sub"_s, u"who"_s}} << u"unknown"_s << QJsonValue(QJsonValue::Null)
                                 << QByteArray(
                                            "unknown: its claims name neither a user (DeviceToken) nor an admin role");
    }

    void tokenInspect_kindFromClaims()
    {
        QFETCH(QJsonObject, claims);
        QFETCH(QString, kind);
        QFETCH(QJsonValue, kindClaim);
        QFETCH(QByteArray, textRow);
        const QByteArray jwt = makeJwt(claims);
        const CliResult r = run({u"--json"_s, u"token"_s, u"inspect"_s, u"-"_s}, jwt);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"kind"_s).toString(), kind);
        QCOMPARE(o.value(u"kind_claim"_s), kindClaim);
        QCOMPARE(o.value(u"admin_guess"_s).toBool(), kind == u"admin"_s);
        QCOMPARE(o.value(u"signature"_s).toString(), u"present"_s);
        QCOMPARE(o.value(u"unsigned"_s).toBool(), false);
        QVERIFY(!warningCodes(o).contains(u"unsigned"_s) && !warningCodes(o).contains(u"signature_damaged"_s));
        // Not a guess: no DeviceToken claim, no device token (sub is not taken for one).
        QCOMPARE(o.value(u"device_token"_s).toString(), claims.value(u"DeviceToken"_s).toString());

        const CliResult text = run({u"token"_s, u"inspect"_s, u"-"_s}, jwt);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QByteArray("kind:                   " + textRow)), qPrintable(text.describe()));
        QVERIFY(!text.out.contains("(none)"));
        QVERIFY(!text.out.contains("a guess"));
    }

    void tokenInspect_hostileInput_exit2NamingThePart_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray signedToken = makeJwt({{u"sub"_s, u"dt-1"_s}, {u"DeviceToken"_s, u"dt-1"_s}});
        QTest::newRow("one part") << QByteArray("abcdef") << QByteArray("found 1");
        QTest::newRow("two parts, not a token") << QByteArray("abc.def") << QByteArray("header: not JSON");
        QTest::newRow("cut into the claims")
                << signedToken.left(signedToken.indexOf('.', signedToken.indexOf('.') + 1) - 2)
                << QByteArray("payload:");
        QTest::newRow("bad base64") << QByteArray("eyJhbGciOiJIUzI1NiJ9.e$J9.sig")
                                    << QByteArray("payload: not valid base64url");
        QTest::newRow("not json") << jwtFromParts(R"({"alg":"HS256"})", "hello") << QByteArray("payload: not JSON");
        QTest::newRow("megabytes") << QByteArray(4 * 1024 * 1024, 'e') << QByteArray("too long");
        QTest::newRow("nul") << QByteArray("eyJhbGciOiJIUzI1NiJ9.eyJ9\0.sig", 30) << QByteArray("NUL");
        QTest::newRow("empty") << QByteArray() << QByteArray("empty");
    }

    void tokenInspect_hostileInput_exit2NamingThePart()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        const CliResult r = run({u"--json"_s, u"token"_s, u"inspect"_s, u"-"_s}, input);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.describe()));
        QVERIFY(r.isOneJsonDocument());
        QCOMPARE(r.json().value(u"error"_s).toObject().value(u"kind"_s).toString(), u"usage"_s);
    }

    // ---- register ----

    void register_json_printsDeviceTokenButNoSecrets()
    {
        const CliResult r
                = run(base()
                              + QStringList{u"--json"_s, u"register"_s, u"--instance-id"_s,
                                            m_sandbox.groupInstanceId(0), u"--first-name"_s, u"Ada"_s, u"--gender"_s,
                                            u"female"_s, u"--client-id"_s, u"crm-7"_s, u"--disable-tracking"_s},
                      {}, key());
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.isOneJsonDocument());
        const QJsonObject o = r.json();
        const QString dt = o.value(u"device_token"_s).toString();
        QVERIFY(!QUuid::fromString(dt).isNull());
        QCOMPARE(o.value(u"access_token_received"_s).toBool(), true);
        QCOMPARE(o.value(u"expires_in"_s).toInt(), 7200);
        QVERIFY(!r.out.contains("eyJ")); // no JWT on stdout
        QVERIFY(!r.out.contains(m_sandbox.groupInstanceKey(0).toUtf8()));
        bool found = false;
        for (const QJsonValue &u : m_sandbox.issuedUsers()) {
            if (u.toObject().value(u"DeviceToken"_s).toString().compare(dt, Qt::CaseInsensitive) == 0) {
                found = true;
                QCOMPARE(u.toObject().value(u"ClientId"_s).toString(), u"crm-7"_s);
            }
        }
        QVERIFY(found);
    }

    void register_customToken_secretFromStdin_text()
    {
        const QString custom = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const CliResult r
                = run(base()
                              + QStringList{u"register"_s, u"--instance-id"_s, m_sandbox.groupInstanceId(1),
                                            u"--custom-token"_s, custom, u"--secret-stdin"_s, u"--no-access-token"_s},
                      m_sandbox.groupInstanceKey(1).toUtf8() + "\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains(QByteArray("DeviceToken: " + custom.toUtf8())));
        QVERIFY(r.out.contains("Access token: none"));
    }

    void register_badValue_exit2_nothingSent()
    {
        const int before = registrationsReceived();
        for (const QStringList &bad :
             {QStringList{u"--custom-token"_s, u"nope"_s}, QStringList{u"--gender"_s, u"robot"_s},
              QStringList{u"--children-count"_s, u"many"_s},
              QStringList{u"--enable-tracking"_s, u"--disable-tracking"_s}}) {
            const CliResult r
                    = run(base() + QStringList{u"register"_s, u"--instance-id"_s, m_sandbox.groupInstanceId(0)} + bad,
                          {}, key());
            QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        }
        QCOMPARE(registrationsReceived(), before);
    }

    void register_wrongKey_exit1_printsEnvelope()
    {
        const CliResult r = run(base() + QStringList{u"register"_s, u"--instance-id"_s, m_sandbox.groupInstanceId(0)},
                                {}, {{u"TELEMATICS_INSTANCE_KEY"_s, u"wrong"_s}});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Status: 401"), r.err.constData());
        QVERIFY(r.err.contains("InstanceKey"));
        QVERIFY(!r.err.contains("wrong\n"));
    }

    void register_json_failure_isOneDocumentWithTheEnvelope()
    {
        const CliResult r = run(
                base() + QStringList{u"--json"_s, u"register"_s, u"--instance-id"_s, m_sandbox.groupInstanceId(0)}, {},
                {{u"TELEMATICS_INSTANCE_KEY"_s, u"wrong"_s}});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.isOneJsonDocument(), qPrintable(r.describe()));
        const QJsonObject e = r.json().value(u"error"_s).toObject();
        QCOMPARE(e.value(u"kind"_s).toString(), u"auth"_s);
        QCOMPARE(e.value(u"status"_s).toInt(), 401);
        QCOMPARE(e.value(u"http_status"_s).toInt(), 401);
    }

    void register_html500_exit1_mentionsHtml()
    {
        QVERIFY(m_sandbox.injectFault({{u"kind"_s, u"html500"_s}}));
        const CliResult r
                = run(base() + QStringList{u"register"_s, u"--instance-id"_s, m_sandbox.groupInstanceId(0)}, {}, key());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("HTML page instead of JSON (HTTP 500)"), r.err.constData());
    }

    void register_droppedAnswer_exit3_namesTheCustomToken()
    {
        const QString custom = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(m_sandbox.injectFault({{u"kind"_s, u"drop-after"_s}, {u"path"_s, u"/v1/Registration/Create"_s}}));
        const CliResult r = run(base()
                                        + QStringList{u"register"_s, u"--instance-id"_s, m_sandbox.groupInstanceId(0),
                                                      u"--custom-token"_s, custom},
                                {}, key());
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(custom.toUtf8()), r.err.constData());
        int matches = 0; // registered exactly once: the client did not repeat the POST
        for (const QJsonValue &u : m_sandbox.issuedUsers())
            matches += u.toObject().value(u"DeviceToken"_s).toString().compare(custom, Qt::CaseInsensitive) == 0;
        QCOMPARE(matches, 1);
    }

    void register_timeout_exit3()
    {
        QVERIFY(m_sandbox.injectFault({{u"kind"_s, u"delay"_s}, {u"delayMs"_s, 5000}}));
        const CliResult r = run(base()
                                        + QStringList{u"--timeout"_s, u"0.3"_s, u"register"_s, u"--instance-id"_s,
                                                      m_sandbox.groupInstanceId(0)},
                                {}, key());
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("did not answer within 0.3 s"), r.err.constData());
    }

    void register_interrupted_exit5()
    {
        QVERIFY(m_sandbox.injectFault({{u"kind"_s, u"delay"_s}, {u"delayMs"_s, 10000}}));
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"TELEMATICS_INSTANCE_KEY"_s, m_sandbox.groupInstanceKey(0));
        p.setProcessEnvironment(e);
        p.start(m_cli.program(),
                base() + QStringList{u"--verbose"_s, u"register"_s, u"--instance-id"_s, m_sandbox.groupInstanceId(0)});
        QVERIFY(p.waitForStarted());
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += p.readAllStandardError()).contains("Registering"), 10000); // --verbose
        p.terminate();                                                                              // SIGTERM
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 5);
        err += p.readAllStandardError();
        QVERIFY2(err.contains("interrupted"), err.constData());
    }

    void connectionRefused_exit3()
    {
        SandboxProcess gone;
        QVERIFY(gone.start());
        const QString url = gone.baseUrl().toString();
        gone.stop();
        const CliResult r = run({u"--base-url"_s, url, u"request"_s, u"GET"_s, u"/v1/Management/users"_s});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("refused"));
    }

    // ---- register-many ----

    void registerMany_writesEveryDeviceToken()
    {
        const QString out = m_dir.filePath(u"many.csv"_s);
        const CliResult r
                = run(base()
                              + QStringList{u"--json"_s, u"register-many"_s, u"--instance-id"_s,
                                            m_sandbox.groupInstanceId(0), u"--quantity"_s, u"4"_s, u"--out"_s, out},
                      {}, key());
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.isOneJsonDocument());
        QCOMPARE(r.json().value(u"count"_s).toInt(), 4);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.first(), QByteArray("DeviceToken"));
        const QJsonArray issued = m_sandbox.issuedUsers();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            bool found = false;
            for (const QJsonValue &u : issued)
                found |= u.toObject()
                                 .value(u"DeviceToken"_s)
                                 .toString()
                                 .toUtf8()
                                 .compare(lines.at(i), Qt::CaseInsensitive)
                         == 0;
            QVERIFY2(found, lines.at(i).constData());
        }

        // The file is there now: a second run must not overwrite it without --force.
        const int before = registrationsReceived();
        const CliResult again
                = run(base()
                              + QStringList{u"register-many"_s, u"--instance-id"_s, m_sandbox.groupInstanceId(0),
                                            u"--quantity"_s, u"2"_s, u"--out"_s, out},
                      {}, key());
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.err.contains("--force"));
        QCOMPARE(registrationsReceived(), before);
    }

    void registerMany_unwritableOut_exit2_nothingSent()
    {
        const int before = registrationsReceived();
        const CliResult r = run(base()
                                        + QStringList{u"register-many"_s, u"--instance-id"_s,
                                                      m_sandbox.groupInstanceId(0), u"--quantity"_s, u"3"_s, u"--out"_s,
                                                      m_dir.filePath(u"no/such/dir/x.csv"_s)},
                                {}, key());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("nothing was sent"));
        QCOMPARE(registrationsReceived(), before);
    }

    void success_stderrStaysQuiet_verboseSaysWhatItDoes()
    {
        // Informational lines only with --verbose: a script's stderr is empty when all went well.
        const QString ledger = m_dir.filePath(u"quiet.sqlite"_s);
        const CliResult quiet = run(base()
                                            + QStringList{u"register"_s, u"--instance-id"_s,
                                                          m_sandbox.groupInstanceId(0), u"--ledger"_s, ledger},
                                    {}, key());
        QVERIFY2(quiet.exitCode == 0, qPrintable(quiet.describe()));
        QVERIFY2(quiet.err.isEmpty(), qPrintable(quiet.describe()));
        QVERIFY(quiet.out.contains("DeviceToken: "));
        const CliResult verbose = run(base()
                                              + QStringList{u"--verbose"_s, u"register"_s, u"--instance-id"_s,
                                                            m_sandbox.groupInstanceId(0), u"--ledger"_s, ledger},
                                      {}, key());
        QVERIFY2(verbose.exitCode == 0, qPrintable(verbose.describe()));
        QVERIFY2(verbose.err.contains("Registering a user in group"), qPrintable(verbose.describe()));
    }

    void registerMany_badQuantity_exit2()
    {
        // The console's rule: 1 to 1000 (the service's maximum for one call), nothing sent otherwise
        // (5000 used to be accepted here and refused by the service).
        const int before = registrationsReceived();
        for (const QString &q : {u"0"_s, u"-1"_s, u"lots"_s, u"12a"_s, u"1001"_s, u"5000"_s, u"1000000"_s}) {
            const CliResult r
                    = run(base()
                                  + QStringList{u"register-many"_s, u"--instance-id"_s, m_sandbox.groupInstanceId(0),
                                                u"--quantity"_s, q, u"--out"_s, m_dir.filePath(u"q.csv"_s)},
                          {}, key());
            QVERIFY2(r.exitCode == 2, qPrintable(q + u": "_s + r.describe()));
            QVERIFY2(r.err.contains("--quantity"), qPrintable(r.describe()));
        }
        const CliResult big
                = run(base()
                              + QStringList{u"register-many"_s, u"--instance-id"_s, m_sandbox.groupInstanceId(0),
                                            u"--quantity"_s, u"5000"_s, u"--out"_s, m_dir.filePath(u"q.csv"_s)},
                      {}, key());
        QVERIFY2(big.err.contains("at most 1000"), qPrintable(big.describe()));
        QCOMPARE(registrationsReceived(), before);
        QVERIFY(!QFile::exists(m_dir.filePath(u"q.csv"_s)));
    }

    void bulk_production_needsYes_nothingSent()
    {
        const QString csv = m_dir.filePath(u"prod-bulk.csv"_s);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("FirstName,ClientId\nAda,p-1\nGrace,p-2\nLin,p-3\n");
        f.close();
        const CliResult r
                = run({u"--base-url"_s, u"https://user.telematicssdk.com"_s, u"bulk"_s, csv, u"--instance-id"_s,
                       u"5dd0a1b2-0000-4000-8000-000000000002"_s, u"--out"_s, m_dir.filePath(u"prod-results.csv"_s),
                       u"--ledger"_s, m_dir.filePath(u"prod-ledger.sqlite"_s)},
                      {}, key());
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("up to 3 real users") && r.err.contains("PRODUCTION") && r.err.contains("--yes"),
                 qPrintable(r.describe()));
        QVERIFY(!QFile::exists(m_dir.filePath(u"prod-results.csv"_s)));
    }

    void registerMany_production_needsYes_nothingSent()
    {
        // Creating users in production is confirmed once: without --yes (and no terminal to ask
        // on), nothing is sent and the message names the count, the group and the host.
        const CliResult r = run({u"--base-url"_s, u"https://user.telematicssdk.com"_s, u"register-many"_s,
                                 u"--instance-id"_s, u"5dd0a1b2-0000-4000-8000-000000000001"_s, u"--quantity"_s,
                                 u"250"_s, u"--out"_s, m_dir.filePath(u"prod.csv"_s)},
                                {}, key());
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("250") && r.err.contains("5dd0a1b2-0000-4000-8000-000000000001")
                         && r.err.contains("PRODUCTION") && r.err.contains("user.telematicssdk.com")
                         && r.err.contains("--yes") && r.err.contains("Nothing was sent"),
                 qPrintable(r.describe()));
        QVERIFY(!QFile::exists(m_dir.filePath(u"prod.csv"_s)));
    }

    // ---- bulk ----

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

    QStringList bulkArgs(const QString &csv, const QString &tag) const
    {
        return base() + QStringList{u"bulk"_s,          csv,
                                    u"--instance-id"_s, m_sandbox.groupInstanceId(0),
                                    u"--out"_s,         m_dir.filePath(tag + u"-results.csv"_s),
                                    u"--ledger"_s,      m_dir.filePath(tag + u"-ledger.sqlite"_s)};
    }

    int usersWithClientId(const QString &clientId) const
    {
        int n = 0;
        const QJsonArray users = m_sandbox.issuedUsers();
        for (const QJsonValue &u : users)
            n += u.toObject().value(u"ClientId"_s).toString().compare(clientId, Qt::CaseInsensitive) == 0;
        return n;
    }

    // The ledger (and the bulk journal in it), the bulk results and register-many's file hold
    // DeviceTokens: readable by the owner only, in folders the CLI makes owner-only.
    void files_ledgerResultsAndOut_areOwnerOnly()
    {
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        const QString tag = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        const QString csv = writeFile(tag + u".csv"_s, "FirstName,ClientId\nAda," + tag.toUtf8() + "-1\n");
        const QString ledger = m_dir.filePath(tag + u"-state/ledgers/ledger.sqlite"_s);
        const QString results = m_dir.filePath(tag + u"-results.csv"_s);
        const CliResult bulk
                = run(base()
                              + QStringList{u"bulk"_s, csv, u"--instance-id"_s, m_sandbox.groupInstanceId(0),
                                            u"--out"_s, results, u"--ledger"_s, ledger},
                      {}, key());
        QVERIFY2(bulk.exitCode == 0, qPrintable(bulk.describe()));
        QCOMPARE(QFile::permissions(ledger) & others, QFileDevice::Permissions());
        for (const QString &folder : {m_dir.filePath(tag + u"-state"_s), m_dir.filePath(tag + u"-state/ledgers"_s)})
            QCOMPARE(QFile::permissions(folder) & others, QFileDevice::Permissions());
        for (const QString &sidecar : QStringList{ledger + u"-wal"_s, ledger + u"-shm"_s}) {
            if (QFile::exists(sidecar))
                QCOMPARE(QFile::permissions(sidecar) & others, QFileDevice::Permissions());
        }
        QVERIFY(QFile::exists(results));
        QCOMPARE(QFile::permissions(results) & others, QFileDevice::Permissions());

        const QString out = m_dir.filePath(tag + u"-many.csv"_s);
        const CliResult many
                = run(base()
                              + QStringList{u"register-many"_s, u"--instance-id"_s, m_sandbox.groupInstanceId(0),
                                            u"--quantity"_s, u"2"_s, u"--out"_s, out, u"--ledger"_s, ledger},
                      {}, key());
        QVERIFY2(many.exitCode == 0, qPrintable(many.describe()));
        QCOMPARE(QFile::permissions(out) & others, QFileDevice::Permissions());
    }

    void bulk_repeatAndBadText_refused_thenSkipInvalidSendsOnlyTheOthers()
    {
        const QString tag = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        const QByteArray t = tag.toUtf8();
        const QString csv = writeFile(tag + u".csv"_s,
                                      "FirstName,Email,ClientId\n"
                                      "Ada,ada@example.org,"
                                              + t
                                              + "-1\n"
                                                "Bob,bob@example.org,"
                                              + t
                                              + "-1\n" // repeats row 1's ClientId
                                                "First\xE9"
                                                "35,cy@example.org,"
                                              + t
                                              + "-3\n" // not UTF-8
                                                "Dee,dee@example.org,"
                                              + t + "-4\n");
        const int before = registrationsReceived();

        // Without --skip-invalid: every problem listed, nothing sent, exit 2.
        const CliResult refused = run(bulkArgs(csv, tag), {}, key());
        QVERIFY2(refused.exitCode == 2, qPrintable(refused.describe()));
        QVERIFY2(refused.err.contains(QByteArray("line 3, column ClientId: ClientId \"" + t + "-1\" repeats row 1's")),
                 refused.err.constData());
        QVERIFY2(refused.err.contains("line 4, column FirstName: not valid UTF-8 text (byte 0xE9 at position 6); "
                                      "save the file as UTF-8"),
                 refused.err.constData());
        QVERIFY(refused.err.contains("2 of 4 rows have problems"));
        QCOMPARE(registrationsReceived(), before);

        // The dry run says the same, and exits 2.
        const CliResult dry = run(base() + QStringList{u"bulk"_s, csv, u"--dry-run"_s});
        QCOMPARE(dry.exitCode, 2);
        QVERIFY(dry.out.contains("4 rows, 2 with problems"));

        // --skip-invalid: rows 1 and 4 sent; rows 2 and 3 failed "not sent", never sent.
        const CliResult skipped = run(bulkArgs(csv, tag) << u"--skip-invalid"_s, {}, key());
        QVERIFY2(skipped.exitCode == 1, qPrintable(skipped.describe())); // rows failed
        QVERIFY2(skipped.out.contains("2 done, 2 failed, 0 unknown of 4 rows (2 sent by this run"),
                 skipped.out.constData());
        QCOMPARE(registrationsReceived(), before + 2);
        QCOMPARE(usersWithClientId(tag + u"-1"_s), 1);
        QCOMPARE(usersWithClientId(tag + u"-3"_s), 0);
        QCOMPARE(usersWithClientId(tag + u"-4"_s), 1);

        QFile results(m_dir.filePath(tag + u"-results.csv"_s));
        QVERIFY(results.open(QIODevice::ReadOnly));
        const auto records = tc::CsvReader::parseAll(results.readAll());
        QCOMPARE(records.size(), 5);
        QCOMPARE(records.at(0).fields.mid(3), (QStringList{u"DeviceToken"_s, u"Status"_s, u"Error"_s}));
        QCOMPARE(records.at(1).fields.at(4), u"done"_s);
        QCOMPARE(records.at(2).fields.at(4), u"failed"_s);
        QVERIFY2(records.at(2).fields.at(5).startsWith(
                         u"not sent: ClientId: ClientId \"%1-1\" repeats row 1's"_s.arg(tag)),
                 qPrintable(records.at(2).fields.at(5)));
        QCOMPARE(records.at(3).fields.at(4), u"failed"_s);
        QVERIFY2(records.at(3).fields.at(5).startsWith(u"not sent: FirstName: not valid UTF-8 text"_s),
                 qPrintable(records.at(3).fields.at(5)));
        QCOMPARE(records.at(4).fields.at(4), u"done"_s);
    }

    void bulk_fileWithoutRows_exit2_withTheReason_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("empty") << QByteArray() << QByteArray("the file is empty");
        QTest::newRow("header only") << QByteArray("FirstName,Email,ClientId\n")
                                     << QByteArray("the file has a header but no rows");
        QTest::newRow("png") << QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000010000000100806000000")
                             << QByteArray("this does not look like a CSV text file (binary data at byte 9)");
    }

    void bulk_fileWithoutRows_exit2_withTheReason()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, message);
        const QString csv = writeFile(u"norows.csv"_s, bytes);
        const int before = registrationsReceived();
        const CliResult r = run(bulkArgs(csv, u"norows"_s), {}, key());
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(message), r.err.constData());
        const CliResult dry = run(base() + QStringList{u"bulk"_s, csv, u"--dry-run"_s});
        QVERIFY2(dry.exitCode == 2, qPrintable(dry.describe()));
        QVERIFY2(dry.err.contains(message), dry.err.constData());
        const CliResult json = run(base() + QStringList{u"--json"_s, u"bulk"_s, csv, u"--dry-run"_s});
        QCOMPARE(json.exitCode, 2);
        QVERIFY(json.isOneJsonDocument());
        QVERIFY(!QFile::exists(m_dir.filePath(u"norows-results.csv"_s)));
        QCOMPARE(registrationsReceived(), before);
    }

    // ---- request ----

    void request_unknownPath_exit1_printsStatusAndBody()
    {
        const CliResult r = run(base() + QStringList{u"request"_s, u"GET"_s, u"/v1/NoSuchThing"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.startsWith("HTTP 404\n"), r.out.constData());
        QVERIFY(r.out.contains("\"Status\": 404"));
        QVERIFY(r.err.contains("Not found"));
    }

    void request_json_post_ok()
    {
        const CliResult r = run(
                base()
                + QStringList{
                        u"--json"_s, u"request"_s, u"POST"_s, u"/v1/Auth/Login"_s, u"--body"_s,
                        QString::fromUtf8(QJsonDocument(QJsonObject{{u"LoginFields"_s,
                                                                     QJsonObject{{u"Email"_s, m_sandbox.adminEmail()}}},
                                                                    {u"Password"_s, m_sandbox.adminPassword()}})
                                                  .toJson(QJsonDocument::Compact))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.isOneJsonDocument());
        QCOMPARE(r.json().value(u"status"_s).toInt(), 200);
        QCOMPARE(r.json().value(u"body"_s).toObject().value(u"Status"_s).toInt(), 200);
    }

    void request_bodyFile_andBadBodies()
    {
        const QString file = m_dir.filePath(u"body.json"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"Quantity\": 1}");
        f.close();
        const CliResult r
                = run(base()
                      + QStringList{u"request"_s, u"POST"_s, u"/v1/Registration/CreateMany"_s, u"--body-file"_s, file});
        QCOMPARE(r.exitCode, 1); // no InstanceId/InstanceKey headers: the service refuses
        QVERIFY(r.out.startsWith("HTTP 4"));

        QCOMPARE(run(base() + QStringList{u"request"_s, u"POST"_s, u"/v1/x"_s, u"--body"_s, u"{not json"_s}).exitCode,
                 2);
        QCOMPARE(run(base()
                     + QStringList{u"request"_s, u"POST"_s, u"/v1/x"_s, u"--body-file"_s, m_dir.filePath(u"missing"_s)})
                         .exitCode,
                 2);
        QCOMPARE(run(base() + QStringList{u"request"_s, u"GET"_s}).exitCode, 2);
        QCOMPARE(run(base() + QStringList{u"request"_s, u"GE T"_s, u"/v1"_s}).exitCode, 2);
        QCOMPARE(run(base() + QStringList{u"request"_s, u"GET"_s, u"v1/no-slash"_s}).exitCode, 2);
        QCOMPARE(run(base() + QStringList{u"request"_s, u"GET"_s, u"/v1"_s, u"--auth"_s, u"root"_s}).exitCode, 2);
    }

    void globalOptionsAfterTheCommand_areAccepted()
    {
        const CliResult r = run({u"request"_s, u"GET"_s, u"/v1/NoSuchThing"_s, u"--json"_s, u"--base-url"_s,
                                 m_sandbox.baseUrl().toString()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.isOneJsonDocument());
        QCOMPARE(r.json().value(u"status"_s).toInt(), 404);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
