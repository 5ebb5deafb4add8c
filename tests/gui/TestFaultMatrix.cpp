// The fault matrix, offscreen against a sandbox process: for each way a service or a network can
// fail (500 HTML, truncated JSON, a reset before and after the work, a delay past the timeout, a
// trickle, HTTP 200 with an envelope 401, 429, a 401 storm, a 10-minute clock skew, 415), the
// Register page and a token card each show a specific, plain message; nothing hangs (every case
// ends within its timeout); nothing is lost (every user the sandbox made is in the ledger, and the
// CustomToken's entry says what is known); no Create is sent twice.
#include "RegistrationRig.h"

#include "core/auth/OpenSessions.h"
#include "core/auth/Session.h"
#include "core/ledger/Ledger.h"
#include "ui/RegisterPage.h"
#include "ui/SecretClipboard.h"
#include "ui/TokenCard.h"
#include "ui/TokenPanel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
constexpr int TimeoutMs = 3000; // the client's per-request timeout in these tests
constexpr int SkewSecs = 600;   // a 10-minute clock skew

QJsonObject fault(const QString &kind, const QJsonObject &more = {})
{
    QJsonObject o = more;
    o.insert(u"kind"_s, kind);
    return o;
}
} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT
    RegistrationRig m_rig;
    SandboxProcess &m_sb = m_rig.sb;
    std::unique_ptr<tc::SecretClipboard> m_clipboard;
    std::unique_ptr<tc::TokenPanel> m_panel;
    int m_case = 0;

    static void addMatrix()
    {
        QTest::addColumn<QJsonObject>("spec");     // the fault ({} with a clock skew)
        QTest::addColumn<int>("skew");             // seconds the sandbox's clock runs ahead
        QTest::addColumn<QString>("registerSays"); // on the Register page
        QTest::addColumn<QString>("ledgerState");  // the CustomToken's entry
        QTest::addColumn<QString>("cardSays");     // on the token card after Log in
        const QString unknown = tc::LedgerState::unknown(), failed = tc::LedgerState::failed(),
                      done = tc::LedgerState::done();
        const QString mayExist = u"No certain answer: "_s;
        QTest::newRow("500 HTML") << fault(u"html500"_s) << 0
                                  << mayExist + u"The server answered with an HTML page instead of JSON (HTTP 500)."_s
                                  << unknown << u"The server answered with an HTML page instead of JSON (HTTP 500)."_s;
        QTest::newRow("truncated JSON") << fault(u"truncated"_s) << 0
                                        << mayExist + u"The server's answer is not valid JSON (HTTP 200)"_s << unknown
                                        << u"The server's answer is not valid JSON (HTTP 200)"_s;
        const QString closed = u"closed before the answer was complete. The service may or may not have acted"_s;
        QTest::newRow("reset before processing") << fault(u"drop-before"_s) << 0 << closed << unknown << closed;
        QTest::newRow("reset after processing") << fault(u"drop-after"_s) << 0 << closed << unknown << closed;
        const QString silent = u"did not answer within 3 s. The request may or may not have been processed"_s;
        QTest::newRow("delay past the timeout")
                << fault(u"delay"_s, {{u"delayMs"_s, 3 * TimeoutMs}}) << 0 << silent << unknown << silent;
        const QString slow = u"took longer than 3 s (the limit from sending to the last byte of the answer)"_s;
        QTest::newRow("trickle") << fault(u"trickle"_s, {{u"intervalMs"_s, 100}}) << 0 << slow << unknown << slow;
        // Twice: a login that meets a 401 naming no field tries the other LoginFields shape once.
        QTest::newRow("HTTP 200, envelope 401")
                << fault(u"envelope401"_s, {{u"count"_s, 2}}) << 0
                << u"The service refused the group's credentials (401): check the InstanceId and the InstanceKey."_s
                << failed << u"The service refused the login (401)"_s;
        QTest::newRow("429") << fault(u"status"_s, {{u"status"_s, 429}, {u"retryAfter"_s, 3600}}) << 0
                             << u"Too many requests: try again at"_s << failed << u"Too many logins: try again at"_s;
        QTest::newRow("401 storm")
                << fault(u"status"_s, {{u"status"_s, 401}, {u"count"_s, 50}}) << 0
                << u"The service refused the group's credentials (401): check the InstanceId and the InstanceKey."_s
                << failed << u"The service refused the login (401)"_s;
        QTest::newRow("10-minute clock skew") << QJsonObject() << SkewSecs << u"Registered."_s << done << QString();
        QTest::newRow("415")
                << fault(u"status"_s, {{u"status"_s, 415}}) << 0
                << u"The service refused the request (HTTP 415). The service said: Unsupported Media Type."_s << failed
                << u"The service refused the request (HTTP 415)."_s;
    }

    bool arm(const QJsonObject &spec, int skew, const QString &path)
    {
        if (!m_sb.clearFaults() || !m_sb.shiftClock(skew))
            return false;
        if (spec.isEmpty())
            return true;
        QJsonObject s = spec;
        s.insert(u"path"_s, path);
        return m_sb.injectFault(s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_rig.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_rig.registration()->setTransferTimeout(TimeoutMs);
        m_clipboard = std::make_unique<tc::SecretClipboard>();
        m_panel = std::make_unique<tc::TokenPanel>(m_rig.services->sessions(), m_rig.services->sessions()->clock(),
                                                   m_clipboard.get());
        m_panel->resize(1000, 700);
        m_panel->show();
    }

    void cleanup()
    {
        QVERIFY(m_sb.clearFaults());
        QVERIFY(m_sb.shiftClock(0));
    }

    void cleanupTestCase()
    {
        // Nothing lost: every user the sandbox made, whatever its answer, is in the ledger.
        const QJsonArray users = m_sb.issuedUsers();
        for (const QJsonValue &u : users) {
            const QString token = u.toObject().value(u"DeviceToken"_s).toString();
            QVERIFY2(m_rig.ledger()->findByDeviceToken(token), qPrintable(token));
        }
        m_panel.reset();
    }

    void registerPage_data() { addMatrix(); }
    void registerPage()
    {
        QFETCH(QJsonObject, spec);
        QFETCH(int, skew);
        QFETCH(QString, registerSays);
        QFETCH(QString, ledgerState);
        const QString create = u"/v1/Registration/Create"_s;
        QVERIFY(arm(spec, skew, create));
        const int createsBefore = m_sb.receivedCount(create, "POST");

        const auto target = m_rig.registration()->target(RegistrationRig::groupProfile());
        QVERIFY2(target && target->isValid(), qPrintable(m_rig.services->profiles()->names().join(u", "_s)));
        tc::RegisterPage page(m_rig.registration());
        page.setTarget(*target);
        page.show();
        const QString custom = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto *customToken = qobject_cast<QLineEdit *>(page.editor(u"CustomToken"_s));
        QVERIFY(customToken);
        QTest::keyClicks(customToken, custom);
        QTest::keyClicks(qobject_cast<QLineEdit *>(page.editor(u"FirstName"_s)), u"Fault %1"_s.arg(++m_case));
        auto *registerButton = page.findChild<QPushButton *>(u"Register"_s);
        QVERIFY2(registerButton->isEnabled(), qPrintable(registerButton->toolTip() + u" | "_s
                                                         + QStringList(page.fieldErrors().values()).join(u"; "_s)));
        QTest::mouseClick(registerButton, Qt::LeftButton);

        // Nothing hangs: the page has an outcome within the timeout (and some slack).
        QTRY_VERIFY_WITH_TIMEOUT(!page.resultText().startsWith(u"Registering"_s), 4 * TimeoutMs);
        const QString said = page.resultText();
        QVERIFY2(said.contains(registerSays), qPrintable(said));
        QVERIFY2(!said.contains(u"QNetworkReply"_s) && !said.contains(u"Error transferring"_s), qPrintable(said));
        QVERIFY(registerButton->isEnabled());
        // No Create sent twice.
        QCOMPARE(m_sb.receivedCount(create, "POST") - createsBefore, 1);
        // Nothing lost: the CustomToken's entry says what is known.
        const auto entry = m_rig.ledger()->findByDeviceToken(custom);
        QVERIFY2(entry, qPrintable(custom));
        QCOMPARE(entry->state, ledgerState);
        if (ledgerState == tc::LedgerState::unknown())
            QVERIFY2(said.contains(custom), qPrintable(said)); // the person can check it later
    }

    void tokenCard_data() { addMatrix(); }
    void tokenCard()
    {
        QFETCH(QJsonObject, spec);
        QFETCH(int, skew);
        QFETCH(QString, cardSays);
        const QString login = u"/v1/Auth/Login"_s;
        // A profile of its own per case: a 429 blocks logins of its profile only.
        tc::Profile admin;
        admin.name = u"admin %1"_s.arg(QString::fromLatin1(QTest::currentDataTag()));
        admin.environment = tc::ProfileEnvironment::Custom;
        admin.url = m_sb.baseUrl();
        admin.kind = tc::ProfileKind::Admin;
        admin.instanceId = m_sb.adminInstanceId();
        admin.email = m_sb.adminEmail();
        QVERIFY(!m_rig.services->profiles()->save(admin).isError());
        QVERIFY(arm(spec, skew, login));
        const int loginsBefore = m_sb.receivedCount(login, "POST");

        tc::OpenSessions *sessions = m_rig.services->sessions();
        tc::Session *session = sessions->open(admin);
        QVERIFY(session);
        sessions->client(admin.name)->setTransferTimeout(TimeoutMs);
        session->logIn(m_sb.adminPassword(), false);
        QTRY_VERIFY(m_panel->card(admin.name));
        tc::TokenCard *card = m_panel->card(admin.name);

        // Nothing hangs: an error on the card, or (the skew) a session, within the timeout.
        if (cardSays.isEmpty()) {
            QTRY_COMPARE_WITH_TIMEOUT(session->state(), tc::Session::State::Active, 4 * TimeoutMs);
            QTRY_VERIFY_WITH_TIMEOUT(!card->skewText().isEmpty(), 4 * TimeoutMs);
            static const QRegularExpression tenMinutes(u"(10 min|9 min 5\\d s) behind the server's"_s);
            QVERIFY2(tenMinutes.match(card->skewText()).hasMatch(), qPrintable(card->skewText()));
            QVERIFY(card->errorText().isEmpty());
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(!card->errorText().isEmpty(), 4 * TimeoutMs);
            const QString said = card->errorText();
            QVERIFY2(said.contains(cardSays), qPrintable(said));
            QVERIFY2(!said.contains(u"QNetworkReply"_s) && !said.contains(u"Error transferring"_s), qPrintable(said));
            QCOMPARE(session->state(), tc::Session::State::Error);
        }
        // A login is sent once (and, after a 401 that names no field, once more in the other
        // LoginFields shape): never a storm of its own.
        const int logins = m_sb.receivedCount(login, "POST") - loginsBefore;
        QVERIFY2(logins >= 1 && logins <= 2, qPrintable(QString::number(logins)));
        sessions->close(admin.name);
        QTRY_VERIFY(!m_panel->card(admin.name));
    }
};

QTEST_MAIN(TestFaultMatrix)
#include "TestFaultMatrix.moc"
