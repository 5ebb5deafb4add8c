// tc::Jwt: decoding the service's tokens (the seed pages' examples), hostile input, times,
// identity, sensitive claims and the exp-versus-ExpiresIn rule; a missing, empty or damaged
// signature still shows the claims, with the warning tc::JwtReport words; the token's kind
// (admin, user, unknown) from its claims.
#include "JwtFactory.h"

#include "core/auth/Jwt.h"
#include "core/auth/JwtReport.h"
#include "core/util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using tc::Jwt;
using tests::b64url;
using tests::emptySignatureJwt;
using tests::jwtFromParts;
using tests::makeJwt;
using tests::unsignedJwt;

namespace {

// From the vendor's documentation: Registration/Create's example (a user token, 2 h) and the Swagger
// "Example of format" (a DataHub admin token, 14 days).
const QByteArray seedUserJwt
        = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
          "eyJzdWIiOiI1MmU4M2U2ZS00YmQxLTQzNTMtYThjMS02ZGY2YzJhMzJhM2QiLCJqdGkiOiJlZWEwMjlmMS01MGY1LTQyYTMtYTNiOS0zMTgy"
          "MGI3YjkxZjIiLCJpYXQiOjE1NzY0MDAzNTcsIkFwcGxpY2F0aW9uSWQiOiIxMDAyIiwiU2RrRW5hYmxlTG9nZ2luZyI6IkZhbHNlIiwiU2Rr"
          "RW5hYmxlVHJhY2tpbmciOiJUcnVlIiwiU2RrRW5hYmxlUmVhbFRpbWVMb2NhdGlvbiI6IkZhbHNlIiwiU2RrQ2xpZW50SWQiOiIiLCJJbnN0"
          "YW5jZUlkIjoiM2MxYzhmZDctNDEzMy00MDRhLTgyZTktOTNhMDE1ZDg1MzYyIiwiSW5zdGFuY2VLZXkiOiIxYjdjYzI1Zi0zMjllLTQ0ODIt"
          "OWRkMS0wYmIwN2MwYzc5NGIiLCJEZXZpY2VUb2tlbiI6IjUyZTgzZTZlLTRiZDEtNDM1My1hOGMxLTZkZjZjMmEzMmEzZCIsIkNvbXBhbnlJ"
          "ZCI6IjMiLCJSZWZyZXNoVG9rZW5FeHBpcmVkRGF0ZSI6IjIyLjEyLjIwMTkgODo1OTowOSIsIlJlZnJlc2hUb2tlbiI6InhacnN0MjF1SjN6"
          "cGw1Mmgybi9wUXM3eUVsYTZ6ZmthcDFWT2hnYUhOUVE9IiwibmJmIjoxNTc2NDAwMzU3LCJleHAiOjE1NzY0MDc1NTcsImlzcyI6IndlYkFw"
          "aSIsImF1ZCI6Imh0dHA6Ly9sb2NhbGhvc3Q6NTEzNzQvIn0.5z6eRrKUvI5d0hkjgrOcjPSpCRPsj12uKPkTvKBZ4hI";
const QByteArray seedAdminJwt
        = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
          "eyJzdWIiOiJiOTA5MDNkZi1iOWExLTQ3MzQtOWI1Yi02MDJkZGFiNmYwNmUiLCJqdGkiOiIzOGEyZmZmNi1kNmVkLTRjZGItOTRjMi1mOTk5"
          "NzIzYWUyYzMiLCJpYXQiOjE1ODQ0NTQ1MDcsIkFwcGxpY2F0aW9uSWQiOiIyMSIsIkRhdGFIdWJFbWFpbCI6ImFuZHJpeS50dXBjaGllbmtv"
          "QHJheGVsdGVsZW1hdGljcy5jb20iLCJJbnN0YW5jZUlkIjoiYThlN2I3M2YtNTA4Yi00OWNlLWFmNTItNGMwZTYwNzAxMTM2IiwiSW5zdGFu"
          "Y2VLZXkiOiI2MjY5N2RiNi0xZjA1LTRlYmMtOTYzMC1iODg3MmIxNDJlMTIiLCJEZXZpY2VUb2tlbiI6ImI5MDkwM2RmLWI5YTEtNDczNC05"
          "YjViLTYwMmRkYWI2ZjA2ZSIsIkNvbXBhbnlJZCI6IjM5IiwiSXNEYXRhSHViVXNlciI6IlRydWUiLCJuYmYiOjE1ODQ0NTQ1MDcsImV4cCI6"
          "MTU4NTY2NDEwNywiaXNzIjoid2ViQXBpIiwiYXVkIjoiaHR0cDovL2xvY2FsaG9zdDo1MTM3NCJ9.Cy2c_FowBg4Ts1aPsKILn5-"
          "uI8NcY9dVIB4w9f8a8rY";

QDateTime utc(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc());
}

tc::JwtReport reportOf(const Jwt &jwt, const QDateTime &now = utc(1700000000))
{
    return tc::JwtReport(jwt, now, [](const QDateTime &t) { return t.toString(Qt::ISODate); });
}

QStringList codes(const tc::JwtReport &report)
{
    QStringList out;
    for (const tc::JwtReport::Finding &f : report.warnings())
        out.append(tc::JwtReport::warningCode(f.code));
    return out;
}

const QJsonObject userClaims{
        {u"sub"_s, u"dt-1"_s}, {u"DeviceToken"_s, u"dt-1"_s}, {u"InstanceId"_s, u"g-1"_s}, {u"exp"_s, 1700007200}};

} // namespace

class TestJwt : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decode_seedUserToken_readsClaimsTimesAndIdentity()
    {
        const Jwt jwt = Jwt::decode(seedUserJwt);
        QVERIFY2(jwt.isValid(), qPrintable(jwt.errorString()));
        QCOMPARE(jwt.algorithm(), u"HS256"_s);
        QCOMPARE(jwt.header().value(u"typ"_s).toString(), u"JWT"_s);
        QCOMPARE(jwt.subject(), u"52e83e6e-4bd1-4353-a8c1-6df6c2a32a3d"_s);
        QCOMPARE(jwt.deviceToken(), u"52e83e6e-4bd1-4353-a8c1-6df6c2a32a3d"_s);
        QCOMPARE(jwt.instanceId(), u"3c1c8fd7-4133-404a-82e9-93a015d85362"_s);
        QCOMPARE(jwt.issuedAt(), utc(1576400357));
        QCOMPARE(jwt.notBefore(), utc(1576400357));
        QCOMPARE(jwt.expiresAt(), utc(1576407557));
        QCOMPARE(jwt.issuedAt().secsTo(jwt.expiresAt()), 7200); // ExpiresIn is seconds
        QCOMPARE(jwt.expiresAt().timeSpec(), Qt::UTC);
        QCOMPARE(jwt.refreshTokenExpiresAt(), QDateTime(QDate(2019, 12, 22), QTime(8, 59, 9), QTimeZone::utc()));
        QCOMPARE(jwt.signature(), Jwt::Signature::Present);
        QVERIFY(!jwt.isUnsigned());
        QCOMPARE(jwt.kind(), Jwt::Kind::User);
        QCOMPARE(jwt.kindClaim(), u"DeviceToken"_s);
        QCOMPARE(jwt.dataHubEmail(), QString());
        QCOMPARE(jwt.claimText(u"sdkenabletracking"), u"True"_s); // any casing
    }

    void decode_seedAdminToken_isAdminWithFourteenDayLifetime()
    {
        const Jwt jwt = Jwt::decode(seedAdminJwt);
        QVERIFY2(jwt.isValid(), qPrintable(jwt.errorString()));
        QCOMPARE(jwt.kind(), Jwt::Kind::Admin);
        QCOMPARE(jwt.kindClaim(), u"IsDataHubUser"_s); // it carries a DeviceToken too: the flag decides
        QCOMPARE(jwt.signature(), Jwt::Signature::Present);
        QCOMPARE(jwt.dataHubEmail(), u"andriy.tupchienko@raxeltelematics.com"_s);
        QCOMPARE(jwt.issuedAt().secsTo(jwt.expiresAt()), 1209600);
        QCOMPARE(jwt.sensitiveClaims(), QStringList{u"InstanceKey"_s});
        QVERIFY(!jwt.refreshTokenExpiresAt().isValid());
    }

    void decode_acceptsBearerPrefixAndWhitespace()
    {
        const Jwt jwt = Jwt::decode(QByteArray("  Bearer " + seedAdminJwt + "\n"));
        QVERIFY2(jwt.isValid(), qPrintable(jwt.errorString()));
        QCOMPARE(jwt.subject(), u"b90903df-b9a1-4734-9b5b-602ddab6f06e"_s);
        QVERIFY(Jwt::decode(QString::fromLatin1(seedUserJwt)).isValid());
    }

    void decode_unsecuredTokenWithEmptySignature_isValid()
    {
        const QByteArray token = emptySignatureJwt({{u"sub"_s, u"x"_s}}, {{u"alg"_s, u"none"_s}});
        const Jwt jwt = Jwt::decode(token);
        QVERIFY2(jwt.isValid(), qPrintable(jwt.errorString()));
        QCOMPARE(jwt.algorithm(), u"none"_s);
        QCOMPARE(jwt.signature(), Jwt::Signature::Empty);
        QVERIFY(jwt.isUnsigned());
    }

    // A token whose signature is missing, empty or damaged still shows its header and claims; the
    // report says it is unsigned or damaged, first of its warnings.
    void decode_signatureStates_claimsReadableWithWarning_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<int>("signature");
        QTest::addColumn<bool>("isUnsigned");
        QTest::addColumn<QString>("firstWarning"); // its code
        QTest::addColumn<QString>("warningContains");
        using S = Jwt::Signature;
        const QByteArray twoParts = unsignedJwt(userClaims);
        const QByteArray none = unsignedJwt(userClaims, {{u"alg"_s, u"none"_s}});
        QTest::newRow("header.payload.") << QByteArray(twoParts + '.') << int(S::Empty) << true << u"unsigned"_s
                                         << u"Unsigned: anyone could have written these claims"_s;
        QTest::newRow("header.payload") << twoParts << int(S::Missing) << true << u"unsigned"_s << u"cut off"_s;
        QTest::newRow("alg none, empty signature")
                << QByteArray(none + '.') << int(S::Empty) << true << u"unsigned"_s << u"\"alg\": \"none\""_s;
        QTest::newRow("alg none, a signature anyway") << QByteArray(none + ".c2lnbmF0dXJl") << int(S::Present) << true
                                                      << u"unsigned"_s << u"\"alg\": \"none\""_s;
        QTest::newRow("alg NONE") << QByteArray(unsignedJwt(userClaims, {{u"alg"_s, u"NONE"_s}}) + '.') << int(S::Empty)
                                  << true << u"unsigned"_s << u"anyone could have written"_s;
        QTest::newRow("signature of padding only") << QByteArray(twoParts + ".==") << int(S::Malformed) << false
                                                   << u"signature_damaged"_s << u"not valid base64url"_s;
        QTest::newRow("signature not base64url")
                << QByteArray(twoParts + ".s*g") << int(S::Malformed) << false << u"signature_damaged"_s << u"'*'"_s;
        QTest::newRow("signature impossible length") << QByteArray(twoParts + ".abcde") << int(S::Malformed) << false
                                                     << u"signature_damaged"_s << u"impossible length 5"_s;
        QTest::newRow("signature with a space") << QByteArray(twoParts + ".abc def") << int(S::Malformed) << false
                                                << u"signature_damaged"_s << u"truncated paste?"_s;
        QTest::newRow("HS256 signature too short")
                << QByteArray(twoParts + ".c2lnbmF0dXJl") << int(S::Malformed) << false << u"signature_damaged"_s
                << u"an HS256 signature is 32 bytes, this one 9"_s;
    }

    void decode_signatureStates_claimsReadableWithWarning()
    {
        QFETCH(QByteArray, token);
        QFETCH(int, signature);
        QFETCH(bool, isUnsigned);
        QFETCH(QString, firstWarning);
        QFETCH(QString, warningContains);
        const Jwt jwt = Jwt::decode(token);
        QVERIFY2(jwt.isValid(), qPrintable(jwt.errorString()));
        QVERIFY(jwt.errorString().isEmpty());
        QCOMPARE(int(jwt.signature()), signature);
        QCOMPARE(jwt.isUnsigned(), isUnsigned);
        QCOMPARE(jwt.signature() == Jwt::Signature::Malformed, !jwt.signatureProblem().isEmpty());
        // The claims are all there.
        QCOMPARE(jwt.claims(), userClaims);
        QVERIFY(!jwt.header().isEmpty());
        QCOMPARE(jwt.deviceToken(), u"dt-1"_s);
        QCOMPARE(jwt.expiresAt(), utc(1700007200));

        const tc::JwtReport report = reportOf(jwt);
        QVERIFY(report.hasSignatureWarning());
        QVERIFY2(!report.warnings().isEmpty(), "no warnings");
        QCOMPARE(tc::JwtReport::warningCode(report.warnings().first().code), firstWarning);
        QVERIFY2(report.warnings().first().text.contains(warningContains), qPrintable(report.warnings().first().text));
        if (firstWarning == u"signature_damaged"_s)
            QVERIFY(report.warnings().first().text.startsWith(u"Signature damaged — truncated paste?"_s));
        else
            QVERIFY(report.warnings().first().text.startsWith(u"Unsigned: anyone could have written these claims."_s));
        QVERIFY(!report.signatureSentence().contains(u"Signed with"_s));
    }

    // A real token pasted with its end cut off: in the signature it still decodes, with the
    // damage named; once the cut reaches the claims it is refused, naming the payload.
    void decode_truncatedPaste_data()
    {
        QTest::addColumn<int>("cut");
        QTest::addColumn<int>("signature"); // -1: refused
        using S = Jwt::Signature;
        for (int cut : {1, 2, 3, 4, 5, 10, 42})
            QTest::addRow("%d characters cut", cut) << cut << int(S::Malformed);
        QTest::newRow("the whole signature cut, the dot kept") << 43 << int(S::Empty);
        QTest::newRow("the signature and its dot cut") << 44 << int(S::Missing);
        QTest::newRow("into the claims") << 45 << -1;
        QTest::newRow("well into the claims") << 200 << -1;
    }

    void decode_truncatedPaste()
    {
        QFETCH(int, cut);
        QFETCH(int, signature);
        const Jwt jwt = Jwt::decode(seedUserJwt.chopped(cut));
        if (signature < 0) {
            QVERIFY(!jwt.isValid());
            QCOMPARE(jwt.errorPart(), Jwt::Part::Payload);
            QVERIFY(jwt.claims().isEmpty());
            QVERIFY(reportOf(jwt).warnings().isEmpty());
            return;
        }
        QVERIFY2(jwt.isValid(), qPrintable(jwt.errorString()));
        QCOMPARE(int(jwt.signature()), signature);
        QCOMPARE(jwt.instanceId(), u"3c1c8fd7-4133-404a-82e9-93a015d85362"_s);
        QCOMPARE(jwt.kind(), Jwt::Kind::User);
        const tc::JwtReport report = reportOf(jwt);
        QVERIFY(report.hasSignatureWarning());
        const QString first = report.warnings().first().text;
        if (jwt.signature() == Jwt::Signature::Malformed)
            QVERIFY2(first.startsWith(u"Signature damaged — truncated paste?"_s), qPrintable(first));
        else
            QVERIFY2(first.startsWith(u"Unsigned: anyone could have written these claims."_s), qPrintable(first));
    }

    // Admin, user or unknown from the claims; never a guess from what is missing.
    void kind_fromClaims_data()
    {
        QTest::addColumn<QJsonObject>("claims");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("decidedBy");
        using K = Jwt::Kind;
        const QString msRole = u"http://schemas.microsoft.com/ws/2008/06/identity/claims/role"_s;
        // What the sandbox issues (app/sandbox/Sessions.cpp).
        QTest::newRow("sandbox admin") << QJsonObject{{u"DataHubEmail"_s, u"a@b.c"_s},
                                                      {u"IsDataHubUser"_s, u"True"_s},
                                                      {u"DeviceToken"_s, u"admin-1"_s},
                                                      {msRole, u"Admin"_s}}
                                       << int(K::Admin) << msRole;
        QTest::newRow("sandbox user") << QJsonObject{{u"DeviceToken"_s, u"dt-1"_s}, {u"InstanceKey"_s, u"k"_s}}
                                      << int(K::User) << u"DeviceToken"_s;
        QTest::newRow("role claim only") << QJsonObject{{u"role"_s, u"admin"_s}} << int(K::Admin) << u"role"_s;
        QTest::newRow("roles list") << QJsonObject{{u"roles"_s, QJsonArray{u"Viewer"_s, u"Admin"_s}}} << int(K::Admin)
                                    << u"roles"_s;
        QTest::newRow("IsDataHubUser true")
                << QJsonObject{{u"isDataHubUser"_s, true}} << int(K::Admin) << u"isDataHubUser"_s;
        QTest::newRow("a non-admin role and a DeviceToken")
                << QJsonObject{{u"role"_s, u"User"_s}, {u"DeviceToken"_s, u"dt"_s}} << int(K::User) << u"DeviceToken"_s;
        QTest::newRow("IsDataHubUser false, a DeviceToken")
                << QJsonObject{{u"IsDataHubUser"_s, u"False"_s}, {u"deviceToken"_s, u"dt"_s}} << int(K::User)
                << u"deviceToken"_s;
        QTest::newRow("neither") << QJsonObject{{u"sub"_s, u"x"_s}, {u"InstanceId"_s, u"g"_s}} << int(K::Unknown)
                                 << QString();
        QTest::newRow("no claims") << QJsonObject{} << int(K::Unknown) << QString();
        QTest::newRow("an e-mail is not a role")
                << QJsonObject{{u"DataHubEmail"_s, u"a@b.c"_s}} << int(K::Unknown) << QString();
        QTest::newRow("a non-admin role only") << QJsonObject{{u"role"_s, u"User"_s}} << int(K::Unknown) << QString();
        QTest::newRow("an empty DeviceToken") << QJsonObject{{u"DeviceToken"_s, u""_s}} << int(K::Unknown) << QString();
    }

    void kind_fromClaims()
    {
        QFETCH(QJsonObject, claims);
        QFETCH(int, kind);
        QFETCH(QString, decidedBy);
        const Jwt jwt = Jwt::decode(makeJwt(claims));
        QVERIFY2(jwt.isValid(), qPrintable(jwt.errorString()));
        QCOMPARE(int(jwt.kind()), kind);
        QCOMPARE(jwt.kindClaim(), decidedBy);
        const tc::JwtReport report = reportOf(jwt);
        const QString sentence = report.kindSentence();
        QVERIFY(!sentence.contains(u"(none)"_s));
        switch (jwt.kind()) {
        case Jwt::Kind::Admin: QVERIFY2(sentence.startsWith(u"An admin token"_s), qPrintable(sentence)); break;
        case Jwt::Kind::User:
            QVERIFY2(sentence.startsWith(u"A user token"_s), qPrintable(sentence));
            QVERIFY(report.kindBasis().startsWith(decidedBy + u": "_s));
            break;
        case Jwt::Kind::Unknown:
            QCOMPARE(sentence,
                     u"A token of unknown kind: its claims name neither a user (DeviceToken) nor an admin role."_s);
            break;
        }
    }

    void deviceToken_isTheClaimOnly_notTheSubject()
    {
        const Jwt jwt = Jwt::decode(makeJwt({{u"sub"_s, u"someone"_s}}));
        QCOMPARE(jwt.subject(), u"someone"_s);
        QCOMPARE(jwt.deviceToken(), QString());
        QCOMPARE(Jwt::decode(makeJwt({{u"sub"_s, u"a"_s}, {u"deviceToken"_s, u"b"_s}})).deviceToken(), u"b"_s);
    }

    void kindNames_andSignatureNames_areTheCliSpelling()
    {
        QCOMPARE(Jwt::kindName(Jwt::Kind::Admin), u"admin"_s);
        QCOMPARE(Jwt::kindName(Jwt::Kind::User), u"user"_s);
        QCOMPARE(Jwt::kindName(Jwt::Kind::Unknown), u"unknown"_s);
        QCOMPARE(Jwt::signatureName(Jwt::Signature::Present), u"present"_s);
        QCOMPARE(Jwt::signatureName(Jwt::Signature::Missing), u"missing"_s);
        QCOMPARE(Jwt::signatureName(Jwt::Signature::Empty), u"empty"_s);
        QCOMPARE(Jwt::signatureName(Jwt::Signature::Malformed), u"malformed"_s);
    }

    void report_signedTokenInTime_warnsOnlyOfItsSecrets()
    {
        const Jwt jwt = Jwt::decode(seedAdminJwt);
        const tc::JwtReport report = reportOf(jwt, utc(1584454507 + 60));
        QCOMPARE(codes(report), QStringList{u"embeds_instance_key"_s});
        QVERIFY(!report.hasSignatureWarning());
        QCOMPARE(report.kindSentence(),
                 u"An admin token for andriy.tupchienko@raxeltelematics.com (IsDataHubUser: True)."_s);
        QVERIFY2(report.signatureSentence().startsWith(u"Signed with HS256"_s), qPrintable(report.signatureSentence()));
    }

    void report_timesAndSecrets_inOrder_withTheCallersMoments()
    {
        // Expired, refresh token expired, and damaged: the signature comes first.
        const Jwt jwt = Jwt::decode(seedUserJwt.chopped(2));
        const tc::JwtReport report(jwt, utc(1600000000),
                                   [](const QDateTime &t) { return u"<%1>"_s.arg(t.toSecsSinceEpoch()); });
        QCOMPARE(codes(report), (QStringList{u"signature_damaged"_s, u"expired"_s, u"embeds_instance_key"_s,
                                             u"embeds_refresh_token"_s, u"refresh_token_expired"_s}));
        QVERIFY2(report.warningTexts().at(1).startsWith(u"Expired <1576407557>."_s),
                 qPrintable(report.warningTexts().at(1)));

        const Jwt early
                = Jwt::decode(makeJwt({{u"DeviceToken"_s, u"d"_s}, {u"iat"_s, 1700003600}, {u"nbf"_s, 1700003600}}));
        QCOMPARE(codes(reportOf(early)), (QStringList{u"no_expiry"_s, u"not_yet_valid"_s, u"issued_in_future"_s}));
    }

    void decode_hostileInput_failsNamingPartAndReason_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("part");
        QTest::addColumn<QString>("reasonContains");
        const QByteArray headerText = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";
        const QByteArray header = b64url(headerText);
        const QByteArray payload = b64url("{\"sub\":\"x\"}");
        using P = Jwt::Part;
        QTest::newRow("empty") << QByteArray() << int(P::Whole) << u"empty"_s;
        QTest::newRow("blank") << QByteArray("   \n") << int(P::Whole) << u"empty"_s;
        QTest::newRow("one part") << QByteArray("abc") << int(P::Whole) << u"found 1"_s;
        QTest::newRow("one part and a dot") << QByteArray(header + '.') << int(P::Payload) << u"empty"_s;
        QTest::newRow("two parts, not a token") << QByteArray("abc.def") << int(P::Header) << u"not JSON"_s;
        QTest::newRow("four parts") << QByteArray(header + '.' + payload + ".sig.more") << int(P::Whole)
                                    << u"found 4"_s;
        QTest::newRow("only dots") << QByteArray("..") << int(P::Header) << u"empty"_s;
        QTest::newRow("empty payload") << QByteArray(header + "..sig") << int(P::Payload) << u"empty"_s;
        QTest::newRow("header bad char") << QByteArray("eyJ!bGci." + payload + ".sig") << int(P::Header) << u"'!'"_s;
        QTest::newRow("payload std base64") << QByteArray(header + ".ab+/cd.sig") << int(P::Payload) << u"base64url"_s;
        QTest::newRow("payload impossible length")
                << QByteArray(header + ".abcde.sig") << int(P::Payload) << u"length"_s;
        QTest::newRow("payload not json")
                << jwtFromParts(headerText, "hello world") << int(P::Payload) << u"not JSON"_s;
        QTest::newRow("payload truncated json")
                << jwtFromParts(headerText, "{\"sub\":\"x") << int(P::Payload) << u"not JSON"_s;
        QTest::newRow("payload array") << jwtFromParts(headerText, "[1,2]") << int(P::Payload) << u"not an object"_s;
        QTest::newRow("payload number") << jwtFromParts(headerText, "42") << int(P::Payload) << u"not"_s;
        QTest::newRow("header string") << jwtFromParts("\"HS256\"", "{\"sub\":\"x\"}") << int(P::Header)
                                       << u"not JSON"_s;
        QTest::newRow("nul byte") << QByteArray(header + '.' + payload + QByteArray(".s\0g", 4)) << int(P::Whole)
                                  << u"NUL byte at offset"_s;
        QTest::newRow("control char") << QByteArray(header + ".\x01\x02.sig") << int(P::Payload) << u"0x01"_s;
        QTest::newRow("utf8") << QByteArray(header + ".\xc3\xa9t\xc3\xa9.sig") << int(P::Payload) << u"0xc3"_s;
        QTest::newRow("megabytes") << QByteArray(3 * 1024 * 1024, 'a') << int(P::Whole) << u"too long"_s;
        QTest::newRow("megabytes of dots") << QByteArray(2 * 1024 * 1024, '.') << int(P::Whole) << u"too long"_s;
        QTest::newRow("just over the cap") << jwtFromParts(headerText, QByteArray(Jwt::MaxInputSize, 'x'), "s")
                                           << int(P::Whole) << u"limit is 65536"_s;
    }

    void decode_hostileInput_failsNamingPartAndReason()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, part);
        QFETCH(QString, reasonContains);
        const Jwt jwt = Jwt::decode(input);
        QVERIFY(!jwt.isValid());
        QCOMPARE(int(jwt.errorPart()), part);
        QVERIFY2(jwt.errorReason().contains(reasonContains), qPrintable(jwt.errorString()));
        QVERIFY(jwt.errorString().startsWith(Jwt::partName(Jwt::Part(part)) + u": "_s));
        QVERIFY(jwt.claims().isEmpty());
        QVERIFY(!jwt.expiresAt().isValid());
    }

    void decode_hugeQString_isRefusedBeforeConversion()
    {
        const Jwt jwt = Jwt::decode(QString(1024 * 1024, u'x'));
        QVERIFY(!jwt.isValid());
        QCOMPARE(jwt.errorPart(), Jwt::Part::Whole);
    }

    void timeClaims_insaneOrMissing_areInvalid_data()
    {
        QTest::addColumn<QJsonValue>("exp");
        QTest::addColumn<bool>("valid");
        QTest::newRow("number") << QJsonValue(1700000000) << true;
        QTest::newRow("numeric string") << QJsonValue(u"1700000000"_s) << true;
        QTest::newRow("fractional") << QJsonValue(1700000000.5) << true;
        QTest::newRow("negative") << QJsonValue(-5) << false;
        QTest::newRow("year 100000") << QJsonValue(3.2e12) << false;
        QTest::newRow("huge") << QJsonValue(1e300) << false;
        QTest::newRow("text") << QJsonValue(u"tomorrow"_s) << false;
        QTest::newRow("bool") << QJsonValue(true) << false;
        QTest::newRow("object") << QJsonValue(QJsonObject{{u"a"_s, 1}}) << false;
        QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << false;
    }

    void timeClaims_insaneOrMissing_areInvalid()
    {
        QFETCH(QJsonValue, exp);
        QFETCH(bool, valid);
        QJsonObject claims{{u"sub"_s, u"x"_s}};
        if (!exp.isUndefined())
            claims.insert(u"exp"_s, exp);
        const Jwt jwt = Jwt::decode(makeJwt(claims));
        QVERIFY(jwt.isValid());
        QCOMPARE(jwt.expiresAt().isValid(), valid);
        if (valid)
            QCOMPARE(jwt.expiresAt().toSecsSinceEpoch(), 1700000000);
    }

    void expiry_followsTheClock()
    {
        const Jwt jwt = Jwt::decode(makeJwt({{u"iat"_s, 1700000000}, {u"exp"_s, 1700007200}}));
        tc::ManualClock clock(utc(1700000000));
        QVERIFY(!jwt.isExpired(clock));
        QCOMPARE(jwt.secondsLeft(clock), std::optional<qint64>(7200));
        clock.advanceSecs(7199);
        QVERIFY(!jwt.isExpired(clock));
        QCOMPARE(jwt.secondsLeft(clock), std::optional<qint64>(1));
        clock.advanceSecs(1);
        QVERIFY(jwt.isExpired(clock));
        clock.advanceSecs(100);
        QCOMPARE(jwt.secondsLeft(clock), std::optional<qint64>(-100));

        const Jwt noExp = Jwt::decode(makeJwt({{u"sub"_s, u"x"_s}}));
        QVERIFY(!noExp.isExpired(clock));
        QVERIFY(!noExp.secondsLeft(clock).has_value());
    }

    void parseServiceDate_acceptsCommonForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime t(QDate(2019, 12, 22), QTime(8, 59, 9), QTimeZone::utc());
        QTest::newRow("service") << u"22.12.2019 8:59:09"_s << t;
        QTest::newRow("service padded") << u"22.12.2019 08:59:09"_s << t;
        QTest::newRow("service one-digit day")
                << u"2.1.2020 18:05:00"_s << QDateTime(QDate(2020, 1, 2), QTime(18, 5), QTimeZone::utc());
        QTest::newRow("iso zulu") << u"2019-12-22T08:59:09Z"_s << t;
        QTest::newRow("iso no zone is utc") << u"2019-12-22T08:59:09"_s << t;
        QTest::newRow("iso offset") << u"2019-12-22T10:59:09+02:00"_s << t;
        QTest::newRow("iso ms") << u"2019-12-22T08:59:09.000Z"_s << t;
        QTest::newRow("space separated") << u"2019-12-22 08:59:09"_s << t;
        QTest::newRow("us am/pm") << u"12/22/2019 8:59:09 AM"_s << t;
        QTest::newRow("epoch") << u"1577005149"_s << t;
        QTest::newRow("garbage") << u"next tuesday"_s << QDateTime();
        QTest::newRow("empty") << QString() << QDateTime();
        QTest::newRow("impossible date") << u"32.13.2019 8:59:09"_s << QDateTime();
    }

    void parseServiceDate_acceptsCommonForms()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = Jwt::parseServiceDate(text);
        QCOMPARE(parsed.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(parsed, expected);
            QCOMPARE(parsed.timeSpec(), Qt::UTC);
        }
    }

    void sensitiveClaims_namesThemAndMaskingHidesValues()
    {
        const Jwt jwt = Jwt::decode(seedUserJwt);
        QStringList names = jwt.sensitiveClaims();
        names.sort();
        QCOMPARE(names, (QStringList{u"InstanceKey"_s, u"RefreshToken"_s}));
        const QJsonObject masked = jwt.maskedClaims(u"•••• (hidden)"_s);
        QCOMPARE(masked.value(u"InstanceKey"_s).toString(), u"•••• (hidden)"_s);
        QCOMPARE(masked.value(u"RefreshToken"_s).toString(), u"•••• (hidden)"_s);
        QCOMPARE(masked.value(u"sub"_s), jwt.claims().value(u"sub"_s));
        const QByteArray text = QJsonDocument(masked).toJson();
        QVERIFY(!text.contains("1b7cc25f-329e-4482-9dd1-0bb07c0c794b"));
        QVERIFY(!text.contains("xZrst21uJ3zpl52h2n"));
        QVERIFY(Jwt::isSensitiveClaim(u"instancekey"));
        QVERIFY(!Jwt::isSensitiveClaim(u"InstanceId"));
    }

    void expiryFrom_expWins_expiresInFallsBack_mismatchReported_data()
    {
        QTest::addColumn<QJsonObject>("claims");
        QTest::addColumn<std::optional<qint64>>("expiresIn");
        QTest::addColumn<qint64>("expectedExpiry");
        QTest::addColumn<int>("source");
        QTest::addColumn<bool>("mismatch");
        QTest::addColumn<QString>("noteContains");
        const qint64 iat = 1700000000;
        const qint64 received = 1700000030; // the answer arrived 30 s after iat (clock skew)
        using S = tc::TokenExpiry::Source;
        QTest::newRow("agree") << QJsonObject{{u"iat"_s, iat}, {u"exp"_s, iat + 7200}} << std::optional<qint64>(7200)
                               << iat + 7200 << int(S::ExpClaim) << false << QString();
        QTest::newRow("within tolerance")
                << QJsonObject{{u"iat"_s, iat}, {u"exp"_s, iat + 7200}} << std::optional<qint64>(7250) << iat + 7200
                << int(S::ExpClaim) << false << QString();
        QTest::newRow("exp wins over disagreeing ExpiresIn")
                << QJsonObject{{u"iat"_s, iat}, {u"exp"_s, iat + 7200}} << std::optional<qint64>(43200) << iat + 7200
                << int(S::ExpClaim) << true << u"using exp"_s;
        QTest::newRow("ExpiresIn in milliseconds")
                << QJsonObject{{u"iat"_s, iat}, {u"exp"_s, iat + 1209600}} << std::optional<qint64>(1209600000)
                << iat + 1209600 << int(S::ExpClaim) << true << u"milliseconds"_s;
        QTest::newRow("no exp: ExpiresIn from receipt")
                << QJsonObject{{u"sub"_s, u"x"_s}} << std::optional<qint64>(7200) << received + 7200
                << int(S::ExpiresIn) << false << QString();
        QTest::newRow("exp without ExpiresIn") << QJsonObject{{u"exp"_s, iat + 60}} << std::optional<qint64>()
                                               << iat + 60 << int(S::ExpClaim) << false << QString();
        QTest::newRow("exp without iat compares with receipt")
                << QJsonObject{{u"exp"_s, received + 7200}} << std::optional<qint64>(86400) << received + 7200
                << int(S::ExpClaim) << true << u"86400"_s;
        QTest::newRow("nothing") << QJsonObject{{u"sub"_s, u"x"_s}} << std::optional<qint64>() << qint64(-1)
                                 << int(S::None) << false << QString();
    }

    void expiryFrom_expWins_expiresInFallsBack_mismatchReported()
    {
        QFETCH(QJsonObject, claims);
        QFETCH(std::optional<qint64>, expiresIn);
        QFETCH(qint64, expectedExpiry);
        QFETCH(int, source);
        QFETCH(bool, mismatch);
        QFETCH(QString, noteContains);
        const Jwt jwt = Jwt::decode(makeJwt(claims));
        QVERIFY(jwt.isValid());
        const tc::TokenExpiry e = tc::expiryFrom(jwt, expiresIn, utc(1700000030));
        QCOMPARE(int(e.source), source);
        QCOMPARE(e.mismatch, mismatch);
        if (expectedExpiry < 0)
            QVERIFY(!e.expiresAt.isValid());
        else
            QCOMPARE(e.expiresAt, utc(expectedExpiry));
        if (noteContains.isEmpty())
            QVERIFY(e.note.isEmpty());
        else
            QVERIFY2(e.note.contains(noteContains), qPrintable(e.note));
        QCOMPARE(e.expiresIn, expiresIn);
    }

    void expiryFrom_invalidJwt_usesExpiresIn()
    {
        const tc::TokenExpiry e = tc::expiryFrom(Jwt::decode(QByteArray("garbage")), 600, utc(1000));
        QCOMPARE(e.source, tc::TokenExpiry::Source::ExpiresIn);
        QCOMPARE(e.expiresAt, utc(1600));
    }
};

QTEST_GUILESS_MAIN(TestJwt)
#include "TestJwt.moc"
