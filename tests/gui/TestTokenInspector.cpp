// The token inspector on valid, expired, not-yet-valid and malformed tokens: header and claims in
// a table with plain-word meanings, times in local time / UTC / relative, warnings, and the
// InstanceKey / RefreshToken claims masked until revealed. A missing, empty or damaged signature
// still shows the header and claims, under a warning; the kind comes from the claims (an unknown
// one is said plainly). Hostile input never crashes it.
#include "GuiTestEnv.h"
#include "JwtFactory.h"

#include "core/auth/OpenSessions.h"
#include "core/util/Clock.h"
#include "ui/SecretEdit.h"
#include "ui/TokenInspector.h"

#include <QCheckBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTableWidget>
#include <QToolButton>
#include <QtTest>

using namespace Qt::StringLiterals;
using tests::b64url;
using tests::emptySignatureJwt;
using tests::jwtFromParts;
using tests::makeJwt;
using tests::unsignedJwt;

namespace {
const QString kInstanceKey = u"5e1a7c2b-0d4f-4b8e-9a61-2f3c4d5e6f70"_s;
const QString kRefresh = u"cmVmcmVzaC10b2tlbi1zZWNyZXQtdmFsdWU="_s;
const QString kDeviceToken = u"0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9"_s;
} // namespace

class TestTokenInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void validToken_showsHeaderClaimsMeaningsAndTimes();
    void validToken_secretClaims_maskedUntilRevealed();
    void expiredToken_warnsWithRelativeTime();
    void notYetValidToken_warns();
    void malformed_explainsPartAndReason_data();
    void malformed_explainsPartAndReason();
    void signatureMissingEmptyOrDamaged_showsClaimsUnderAWarning_data();
    void signatureMissingEmptyOrDamaged_showsClaimsUnderAWarning();
    void algNone_meaningSaysUnsigned();
    void kind_fromClaims_unknownSaidPlainly_data();
    void kind_fromClaims_unknownSaidPlainly();
    void hostileInput_neverCrashes();
    void input_isMaskedByDefault();

private:
    QString userToken(qint64 iatOffset, qint64 expOffset, qint64 nbfOffset = 0) const;
    QJsonObject userClaims() const;
    QLabel *warningsLabel() const;

    std::unique_ptr<tc::ManualClock> m_clock;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<tc::OpenSessions> m_sessions;
    std::unique_ptr<tc::TokenInspector> m_inspector;
    QDateTime m_now;
};

QJsonObject TestTokenInspector::userClaims() const
{
    const qint64 now = m_now.toSecsSinceEpoch();
    return {{u"sub"_s, kDeviceToken},
            {u"iat"_s, now - 60},
            {u"exp"_s, now + 3600},
            {u"InstanceId"_s, u"11111111-2222-4333-8444-555555555555"_s},
            {u"DeviceToken"_s, kDeviceToken}};
}

QLabel *TestTokenInspector::warningsLabel() const
{
    return m_inspector->findChild<QLabel *>(u"Warnings"_s);
}

QString TestTokenInspector::userToken(qint64 iatOffset, qint64 expOffset, qint64 nbfOffset) const
{
    const qint64 now = m_now.toSecsSinceEpoch();
    return QString::fromLatin1(makeJwt({
            {u"sub"_s, kDeviceToken},
            {u"jti"_s, u"8c3d"_s},
            {u"iat"_s, now + iatOffset},
            {u"nbf"_s, now + (nbfOffset ? nbfOffset : iatOffset)},
            {u"exp"_s, now + expOffset},
            {u"iss"_s, u"webApi"_s},
            {u"aud"_s, u"webApi"_s},
            {u"InstanceId"_s, u"11111111-2222-4333-8444-555555555555"_s},
            {u"InstanceKey"_s, kInstanceKey},
            {u"DeviceToken"_s, kDeviceToken},
            {u"SdkEnableTracking"_s, u"True"_s},
            {u"RefreshTokenExpiredDate"_s, m_now.addSecs(iatOffset + 7 * 86400).toString(u"dd.MM.yyyy H:mm:ss"_s)},
            {u"RefreshToken"_s, kRefresh},
    }));
}

void TestTokenInspector::initTestCase()
{
    QVERIFY(GuiTestEnv::installEnglish());
    m_now = QDateTime(QDate(2024, 5, 1), QTime(12, 0, 0), Qt::UTC);
    m_clock = std::make_unique<tc::ManualClock>(m_now);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_sessions = std::make_unique<tc::OpenSessions>(m_network.get(), nullptr, nullptr, nullptr, m_clock.get());
    m_inspector = std::make_unique<tc::TokenInspector>(m_sessions.get(), m_clock.get());
    m_inspector->resize(1100, 700);
    m_inspector->show();
}

void TestTokenInspector::init()
{
    m_inspector->setSecretsRevealed(false);
    m_inspector->setToken(QString());
}

void TestTokenInspector::validToken_showsHeaderClaimsMeaningsAndTimes()
{
    // Issued a second ago, lives 2 h: "in 1 h 59 min".
    m_inspector->setToken(userToken(-1, 7199));
    QVERIFY2(m_inspector->statusText().contains(u"user token"_s), qPrintable(m_inspector->statusText()));
    QVERIFY(m_inspector->statusText().contains(u"HS256"_s));
    QVERIFY(m_inspector->statusText().contains(u"11111111-2222-4333-8444-555555555555"_s));
    QTableWidget *t = m_inspector->table();
    QCOMPARE(t->rowCount(), 2 + 13);
    QCOMPARE(t->item(0, tc::TokenInspector::PartColumn)->text(), u"Header"_s);
    QCOMPARE(m_inspector->shownValue(u"alg"_s), u"HS256"_s);
    // Meanings in plain words.
    for (int r = 0; r < t->rowCount(); ++r) {
        const QString name = t->item(r, tc::TokenInspector::NameColumn)->text();
        const QString meaning = t->item(r, tc::TokenInspector::MeaningColumn)->text();
        QVERIFY2(!meaning.isEmpty() && !meaning.contains(u"does not know"_s), qPrintable(name));
        if (name == u"exp"_s) {
            QVERIFY(meaning.startsWith(u"Expires"_s));
        }
    }
    // Times: raw value, local, UTC and relative.
    const QString exp = m_inspector->shownValue(u"exp"_s);
    QVERIFY2(exp.contains(u"(local)"_s) && exp.contains(u"13:59:59 UTC"_s) && exp.contains(u"in 1 h 59 min"_s),
             qPrintable(exp));
    QVERIFY(exp.startsWith(QString::number(m_now.toSecsSinceEpoch() + 7199)));
    QVERIFY(m_inspector->shownValue(u"iat"_s).contains(u"1 s ago"_s));
    // (6 d 23 h 59 min 59 s away: whole days are rounded from 3 days on)
    QVERIFY2(m_inspector->shownValue(u"RefreshTokenExpiredDate"_s).contains(u"in 7 days"_s),
             qPrintable(m_inspector->shownValue(u"RefreshTokenExpiredDate"_s)));
    // No time warnings for a valid token (only the secret-claim ones).
    for (const QString &w : m_inspector->warnings()) {
        QVERIFY2(!w.contains(u"Expired"_s) && !w.contains(u"Not yet valid"_s), qPrintable(w));
    }
}

void TestTokenInspector::validToken_secretClaims_maskedUntilRevealed()
{
    m_inspector->setToken(userToken(-60, 7140));
    const QString key = m_inspector->shownValue(u"InstanceKey"_s);
    const QString refresh = m_inspector->shownValue(u"RefreshToken"_s);
    QVERIFY(!key.contains(kInstanceKey));
    QVERIFY(!refresh.contains(kRefresh));
    QVERIFY(key.contains(u"hidden"_s));
    // Nowhere in the table.
    QTableWidget *t = m_inspector->table();
    for (int r = 0; r < t->rowCount(); ++r) {
        for (int c = 0; c < t->columnCount(); ++c) {
            QVERIFY(!t->item(r, c)->text().contains(kInstanceKey));
            QVERIFY(!t->item(r, c)->toolTip().contains(kInstanceKey));
        }
    }
    const QString warnings = m_inspector->warnings().join(u'\n');
    QVERIFY2(warnings.contains(u"embeds the group's InstanceKey"_s), qPrintable(warnings));
    QVERIFY(warnings.contains(u"embeds a refresh token"_s));

    m_inspector->setSecretsRevealed(true);
    QCOMPARE(m_inspector->shownValue(u"InstanceKey"_s), kInstanceKey);
    QCOMPARE(m_inspector->shownValue(u"RefreshToken"_s), kRefresh);
    m_inspector->setSecretsRevealed(false);
    QVERIFY(!m_inspector->shownValue(u"InstanceKey"_s).contains(kInstanceKey));
    // A new token starts masked again even after a reveal: the checkbox governs every token.
    QVERIFY(!m_inspector->secretsRevealed());
}

void TestTokenInspector::expiredToken_warnsWithRelativeTime()
{
    // Expired exactly 3 days ago.
    m_inspector->setToken(userToken(-3 * 86400 - 7200, -3 * 86400));
    const QString warnings = m_inspector->warnings().join(u'\n');
    QVERIFY2(warnings.contains(u"Expired 3 days ago"_s), qPrintable(warnings));
    QVERIFY(m_inspector->shownValue(u"exp"_s).contains(u"3 days ago"_s));
    // Its refresh token (7 days from iat) is still alive: no refresh-token warning.
    QVERIFY(!warnings.contains(u"refresh token expired"_s));

    m_inspector->setToken(userToken(-10 * 86400, -10 * 86400 + 7200));
    QVERIFY(m_inspector->warnings().join(u'\n').contains(u"refresh token expired"_s));
}

void TestTokenInspector::notYetValidToken_warns()
{
    m_inspector->setToken(userToken(0, 7200, 3600));
    const QString warnings = m_inspector->warnings().join(u'\n');
    QVERIFY2(warnings.contains(u"Not yet valid"_s) && warnings.contains(u"in 1 h"_s), qPrintable(warnings));
    QVERIFY(!warnings.contains(u"Expired"_s));
}

void TestTokenInspector::malformed_explainsPartAndReason_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("part");
    const QByteArray headerText = R"({"alg":"HS256","typ":"JWT"})";
    const QByteArray header = b64url(headerText);
    QTest::newRow("one part") << u"abc"_s << u"dots"_s;
    QTest::newRow("four parts") << u"a.b.c.d"_s << u"dots"_s;
    QTest::newRow("two parts, not a token") << u"abc.def"_s << u"header"_s;
    QTest::newRow("truncated into the claims")
            << QString::fromLatin1(header + '.' + b64url("{\"sub\":\"x\",\"exp\":17")).chopped(3) << u"payload"_s;
    QTest::newRow("header not base64") << QString::fromLatin1("%%%." + b64url("{}") + ".sig") << u"header"_s;
    QTest::newRow("header not json") << QString::fromLatin1(jwtFromParts("not json", "{}")) << u"header"_s;
    QTest::newRow("payload not json") << QString::fromLatin1(jwtFromParts(headerText, "{\"exp\":")) << u"payload"_s;
    QTest::newRow("payload array") << QString::fromLatin1(jwtFromParts(headerText, "[1,2]")) << u"payload"_s;
}

void TestTokenInspector::malformed_explainsPartAndReason()
{
    QFETCH(QString, token);
    QFETCH(QString, part);
    m_inspector->setToken(token);
    const QString status = m_inspector->statusText();
    // One sentence a person understands first (what is wrong, and where), then what to check; never
    // the parser's "token: expected 3 parts …".
    QVERIFY2(status.startsWith(u"This is not a JWT: "_s) || status.startsWith(u"This looks like a JWT, but its "_s)
                     || status.startsWith(u"This text cannot be read as a JWT"_s),
             qPrintable(status));
    QVERIFY2(!status.contains(u"token: "_s) && !status.contains(u"(s)"_s), qPrintable(status));
    QVERIFY2(status.contains(part, Qt::CaseInsensitive), qPrintable(status));
    QCOMPARE(m_inspector->table()->rowCount(), 0);
    QVERIFY(m_inspector->warnings().isEmpty());
}

void TestTokenInspector::signatureMissingEmptyOrDamaged_showsClaimsUnderAWarning_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("firstWarning");
    QTest::addColumn<QString>("warningContains");
    const QString unsignedStart = u"Unsigned: anyone could have written these claims."_s;
    const QString damagedStart = u"Signature damaged — truncated paste?"_s;
    const QString twoParts = QString::fromLatin1(unsignedJwt(userClaims()));
    const QString signedToken = QString::fromLatin1(makeJwt(userClaims()));
    QTest::newRow("header.payload.") << twoParts + u'.' << unsignedStart << u"Nothing follows the last dot"_s;
    QTest::newRow("header.payload") << twoParts << unsignedStart << u"cut off"_s;
    QTest::newRow("alg none") << QString::fromLatin1(
            emptySignatureJwt(userClaims(), {{u"alg"_s, u"none"_s}, {u"typ"_s, u"JWT"_s}}))
                              << unsignedStart << u"\"alg\": \"none\""_s;
    QTest::newRow("signature not base64url") << twoParts + u".s*g"_s << damagedStart << u"'*'"_s;
    QTest::newRow("truncated paste, 1 character") << signedToken.chopped(1) << damagedStart << u"this one 31"_s;
    QTest::newRow("truncated paste, 2 characters") << signedToken.chopped(2) << damagedStart << u"impossible length"_s;
}

void TestTokenInspector::signatureMissingEmptyOrDamaged_showsClaimsUnderAWarning()
{
    QFETCH(QString, token);
    QFETCH(QString, firstWarning);
    QFETCH(QString, warningContains);
    m_inspector->setToken(token);
    const QString status = m_inspector->statusText();
    QVERIFY2(!status.startsWith(u"This is not a JWT"_s) && !status.startsWith(u"This looks like a JWT, but"_s),
             qPrintable(status));
    // Never "signed with" anything, nor the "act as this identity" line of a good token.
    QVERIFY2(!status.contains(u"signed with"_s, Qt::CaseInsensitive), qPrintable(status));
    QVERIFY2(!status.contains(u"act as this identity"_s), qPrintable(status));
    QVERIFY2(status.contains(u"user token"_s), qPrintable(status));
    // Header and claims all shown.
    QTableWidget *t = m_inspector->table();
    QCOMPARE(t->rowCount(), 2 + int(userClaims().size()));
    QCOMPARE(t->item(0, tc::TokenInspector::PartColumn)->text(), u"Header"_s);
    QCOMPARE(m_inspector->shownValue(u"DeviceToken"_s), kDeviceToken);
    QCOMPARE(m_inspector->shownValue(u"InstanceId"_s), u"11111111-2222-4333-8444-555555555555"_s);
    QVERIFY(m_inspector->shownValue(u"exp"_s).contains(u"in 1 h"_s));
    // The warning first, and shown.
    const QStringList warnings = m_inspector->warnings();
    QVERIFY2(!warnings.isEmpty(), qPrintable(status));
    QVERIFY2(warnings.first().startsWith(firstWarning), qPrintable(warnings.first()));
    QVERIFY2(warnings.first().contains(warningContains), qPrintable(warnings.first()));
    QLabel *label = warningsLabel();
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().startsWith(u"⚠ "_s + firstWarning), qPrintable(label->text()));
    QCOMPARE(label->accessibleDescription(),
             warnings.size() == 1 ? u"1 warning"_s : u"%1 warnings"_s.arg(warnings.size()));
}

void TestTokenInspector::algNone_meaningSaysUnsigned()
{
    m_inspector->setToken(QString::fromLatin1(emptySignatureJwt(userClaims(), {{u"alg"_s, u"none"_s}})));
    QTableWidget *t = m_inspector->table();
    QCOMPARE(t->item(0, tc::TokenInspector::NameColumn)->text(), u"alg"_s);
    const QString meaning = t->item(0, tc::TokenInspector::MeaningColumn)->text();
    QVERIFY2(meaning.contains(u"not signed"_s) && !meaning.contains(u"HS256"_s), qPrintable(meaning));
    QVERIFY2(m_inspector->statusText().contains(u"Unsigned"_s), qPrintable(m_inspector->statusText()));

    // HS256 named, but nothing after the last dot: the alg row does not say "signed with" either
    // (found by hand: the warning was right, the row still read "HS256: signed with the service's key").
    m_inspector->setToken(QString::fromLatin1(emptySignatureJwt(userClaims())));
    const QString hs = t->item(0, tc::TokenInspector::MeaningColumn)->text();
    QVERIFY2(hs.contains(u"not signed"_s) && !hs.contains(u"signed with"_s), qPrintable(hs));
    // A present signature still reads as before.
    m_inspector->setToken(QString::fromLatin1(tests::makeJwt(userClaims())));
    QVERIFY(t->item(0, tc::TokenInspector::MeaningColumn)->text().contains(u"signed with the service's secret key"_s));
}

void TestTokenInspector::kind_fromClaims_unknownSaidPlainly_data()
{
    QTest::addColumn<QJsonObject>("claims");
    QTest::addColumn<QString>("statusStarts");
    const qint64 exp = m_now.toSecsSinceEpoch() + 3600;
    const QString msRole = u"http://schemas.microsoft.com/ws/2008/06/identity/claims/role"_s;
    QTest::newRow("neither DeviceToken nor role")
            << QJsonObject{{u"sub"_s, u"someone"_s}, {u"exp"_s, exp}}
            << u"A token of unknown kind: its claims name neither a user (DeviceToken) nor an admin role."_s;
    QTest::newRow("a group but neither")
            << QJsonObject{{u"sub"_s, u"someone"_s}, {u"exp"_s, exp}, {u"InstanceId"_s, u"g-7"_s}}
            << u"A token of unknown kind: its claims name neither a user (DeviceToken) nor an admin role. InstanceId: g-7."_s;
    QTest::newRow("sandbox admin") << QJsonObject{{u"exp"_s, exp},
                                                  {u"DataHubEmail"_s, u"ann@example.com"_s},
                                                  {u"DeviceToken"_s, u"admin-1"_s},
                                                  {msRole, u"Admin"_s}}
                                   << u"An admin token for ann@example.com (role: Admin)."_s;
    QTest::newRow("user") << QJsonObject{{u"exp"_s, exp}, {u"DeviceToken"_s, kDeviceToken}}
                          << u"A user token (DeviceToken: %1)."_s.arg(kDeviceToken);
}

void TestTokenInspector::kind_fromClaims_unknownSaidPlainly()
{
    QFETCH(QJsonObject, claims);
    QFETCH(QString, statusStarts);
    m_inspector->setToken(QString::fromLatin1(makeJwt(claims)));
    const QString status = m_inspector->statusText();
    QVERIFY2(status.startsWith(statusStarts), qPrintable(status));
    QVERIFY2(!status.contains(u"(none)"_s), qPrintable(status));
    QVERIFY2(claims.contains(u"InstanceId"_s) || !status.contains(u"InstanceId"_s), qPrintable(status));
    QVERIFY2(status.contains(u"Signed with HS256"_s), qPrintable(status));
    QCOMPARE(m_inspector->table()->rowCount(), 2 + int(claims.size()));
    for (const QString &w : m_inspector->warnings()) {
        QVERIFY2(!w.contains(u"Unsigned"_s) && !w.contains(u"damaged"_s), qPrintable(w));
    }
}

void TestTokenInspector::hostileInput_neverCrashes()
{
    auto *rng = QRandomGenerator::global();
    const QString alphabet = u"eyJhbGciOiJIUzI1NiJ9.-_=+/ \n\t{}\"é€\u0000"_s;
    for (int i = 0; i < 300; ++i) {
        QString s;
        const int len = int(rng->bounded(200));
        for (int k = 0; k < len; ++k) {
            s += alphabet.at(int(rng->bounded(alphabet.size())));
        }
        m_inspector->setToken(s);
        QVERIFY(!m_inspector->statusText().isEmpty());
    }
    // Very long input.
    m_inspector->setToken(QString(200000, u'a') + u".b.c"_s);
    QVERIFY(!m_inspector->statusText().isEmpty());
}

void TestTokenInspector::input_isMaskedByDefault()
{
    m_inspector->setToken(userToken(0, 7200));
    QCOMPARE(m_inspector->input()->lineEdit()->echoMode(), QLineEdit::Password);
    QVERIFY(!m_inspector->input()->isRevealed());
    QTest::mouseClick(m_inspector->input()->revealButton(), Qt::LeftButton);
    QCOMPARE(m_inspector->input()->lineEdit()->echoMode(), QLineEdit::Normal);
    QVERIFY(!m_inspector->input()->revealButton()->accessibleName().isEmpty());
    m_inspector->input()->setRevealed(false);
}

QTEST_MAIN(TestTokenInspector)
#include "TestTokenInspector.moc"
