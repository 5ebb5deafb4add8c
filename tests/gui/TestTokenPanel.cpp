// The live token-expiry panel against the embedded sandbox, with a ManualClock: the countdown is
// computed from the clock and exp (moving the clock moves it, to the second), the bar turns amber
// then red, Refresh now and the automatic refresh go refreshing -> active with new tokens, Copy
// token tags and clears the clipboard, errors and clock skew show on the card, Cancel stops a
// hanging login without an error, Log out ends it.
#include "GuiTestEnv.h"
#include "SandboxProcess.h"

#include "core/auth/Jwt.h"
#include "core/auth/OpenSessions.h"
#include "core/auth/Session.h"
#include "core/util/Clock.h"
#include "ui/SecretClipboard.h"
#include "ui/TokenCard.h"
#include "ui/TokenPanel.h"

#include <algorithm>

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QtTest>

class TestTokenPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void login_createsCard_withIdentityAndTimes();
    void countdown_followsClock_notTicks();
    void card_accessibleNamesCarryTheValues_userNamedFromLookup();
    void bar_nearTheEnd_turnsAmberThenRed();
    void refreshNow_goesRefreshingThenActive_rotatesTokens();
    void autoRefresh_whenDue_refreshesOnItsOwn();
    void clockSkew_serverDisagrees_warnsOnCard();
    void copyToken_tagsSecret_andClearsAfterTimeout();
    void copyToken_clipboardChangedMeanwhile_isLeftAlone();
    void cancel_duringHangingLogin_backToLoggedOut_noErrorShown();
    void wrongSecret_showsServiceErrorInline();
    void failedRefresh_saysRetryingAndMaybeSpent_thenReloginLineAndErrorCleared();
    void logout_removesCardAndKeptSession();

private:
    // Parses "HH:MM:SS" into seconds (-1 when not that shape).
    static qint64 countdownSecs(const QString &text);
    tc::Session *logIn(const tc::Profile &p, const QByteArray &secret);

    std::unique_ptr<GuiTestEnv> m_env;
    std::unique_ptr<tc::ManualClock> m_clock;
    std::unique_ptr<tc::ConsoleServices> m_services;
    std::unique_ptr<tc::SecretClipboard> m_clipboard;
    std::unique_ptr<tc::TokenPanel> m_panel;
    tc::Profile m_user;
    tc::Profile m_admin;
};

qint64 TestTokenPanel::countdownSecs(const QString &text)
{
    const auto m = QRegularExpression(u"^(\\d\\d):(\\d\\d):(\\d\\d)$"_s).match(text);
    if (!m.hasMatch()) {
        return -1;
    }
    return m.captured(1).toLongLong() * 3600 + m.captured(2).toLongLong() * 60 + m.captured(3).toLongLong();
}

void TestTokenPanel::initTestCase()
{
    m_env = std::make_unique<GuiTestEnv>();
    m_clock = std::make_unique<tc::ManualClock>(QDateTime::currentDateTimeUtc());
    m_services = m_env->services(m_clock.get());
    m_services->sandbox()->setAccessTtl(3600); // user tokens: 1 h
    QVERIFY(GuiTestEnv::startSandbox(*m_services));
    m_services->sessions()->setSandboxUrl(m_services->sandbox()->baseUrl());
    m_clipboard = std::make_unique<tc::SecretClipboard>();
    m_panel = std::make_unique<tc::TokenPanel>(m_services->sessions(), m_clock.get(), m_clipboard.get());
    m_panel->resize(1000, 700);
    m_panel->show();

    const QJsonObject info = m_services->sandbox()->info();
    const QString groupId = info[u"groups"_s][0][u"instance_id"_s].toString();
    const QString groupKey = info[u"groups"_s][0][u"instance_key"_s].toString();
    // A user to log in as.
    tc::ApiClient api(m_services->network());
    api.setBaseUrl(m_services->sandbox()->baseUrl());
    tc::ApiCall *reg = api.registerUser(groupId, groupKey, tc::RegistrationProfile());
    QSignalSpy regDone(reg, &tc::ApiCall::finished);
    QVERIFY(regDone.wait(10000));
    QVERIFY2(reg->ok(), qPrintable(reg->error().message()));
    const QString deviceToken = reg->authResult().deviceToken;

    m_user.name = u"user"_s;
    m_user.environment = tc::ProfileEnvironment::Sandbox;
    m_user.url = m_services->sandbox()->baseUrl();
    m_user.kind = tc::ProfileKind::User;
    m_user.instanceId = groupId;
    QVERIFY(!m_services->profiles()->save(m_user).isError());
    QVERIFY(GuiTestEnv::writeSecret(*m_services, m_user.name, tc::SecretItem::deviceToken(), deviceToken.toUtf8()));
    QVERIFY(GuiTestEnv::writeSecret(*m_services, m_user.name, tc::SecretItem::instanceKey(), groupKey.toUtf8()));

    m_admin.name = u"admin"_s;
    m_admin.environment = tc::ProfileEnvironment::Sandbox;
    m_admin.url = m_services->sandbox()->baseUrl();
    m_admin.kind = tc::ProfileKind::Admin;
    m_admin.instanceId = info[u"admin"_s][u"instance_id"_s].toString();
    m_admin.email = info[u"admin"_s][u"email"_s].toString();
    QVERIFY(!m_services->profiles()->save(m_admin).isError());
    QVERIFY(GuiTestEnv::writeSecret(*m_services, m_admin.name, tc::SecretItem::apiPassword(),
                                    info[u"admin"_s][u"password"_s].toString().toUtf8()));
}

void TestTokenPanel::cleanupTestCase()
{
    m_panel.reset();
    m_services.reset();
}

tc::Session *TestTokenPanel::logIn(const tc::Profile &p, const QByteArray &secret)
{
    tc::Session *s = m_services->sessions()->open(p);
    if (!s) {
        return nullptr;
    }
    tc::SessionTask *task = s->logIn(QString::fromUtf8(secret), false);
    QSignalSpy done(task, &tc::SessionTask::finished);
    done.wait(15000);
    return s;
}

void TestTokenPanel::login_createsCard_withIdentityAndTimes()
{
    tc::Session *s = logIn(m_user, {});
    QVERIFY(s);
    QTRY_COMPARE_WITH_TIMEOUT(s->state(), tc::Session::State::Active, 15000);
    tc::TokenCard *card = m_panel->card(m_user.name);
    QVERIFY(card);
    QCOMPARE(card->stateText(), u"Active"_s);
    QVERIFY(card->findChildren<QLabel *>().size() > 5);
    // Identity: kind and (abbreviated) DeviceToken; the group's InstanceId in full.
    bool sawIdentity = false;
    bool sawInstance = false;
    const auto labels = card->findChildren<QLabel *>();
    for (QLabel *l : labels) {
        sawIdentity
                = sawIdentity
                  || (l->text().startsWith(u"User · DeviceToken "_s) && l->text().contains(s->deviceToken().left(8)));
        sawInstance = sawInstance || l->text() == m_user.instanceId;
        // Secrets never on the card.
        QVERIFY(!l->text().contains(s->accessToken()));
    }
    QVERIFY(sawIdentity);
    QVERIFY(sawInstance);
    const qint64 left = countdownSecs(card->timeLeftText());
    // The sandbox stamps exp from the real clock, in whole seconds; this test's clock was set when
    // the test case began: the time left may pass the lifetime by the real time gone since, rounded
    // up (it showed 3601 once).
    const qint64 slack
            = std::max<qint64>(0, (m_clock->nowUtc().msecsTo(QDateTime::currentDateTimeUtc()) + 1999) / 1000);
    QVERIFY2(left > 3500 && left <= 3600 + slack, qPrintable(card->timeLeftText()));
    QCOMPARE(card->level(), tc::TokenCard::Level::Normal);
    QVERIFY(card->barValue() > 950);

    // An admin session alongside it.
    tc::Session *a = logIn(m_admin, {});
    QTRY_COMPARE_WITH_TIMEOUT(a->state(), tc::Session::State::Active, 15000);
    QCOMPARE(m_panel->cards().size(), 2);
    QVERIFY(m_panel->card(m_admin.name)->findChildren<QLabel *>().first());
}

void TestTokenPanel::card_accessibleNamesCarryTheValues_userNamedFromLookup()
{
    tc::Session *s = m_services->sessions()->session(m_user.name);
    if (!s || s->state() != tc::Session::State::Active) {
        s = logIn(m_user, {});
        QVERIFY(s);
        QTRY_COMPARE_WITH_TIMEOUT(s->state(), tc::Session::State::Active, 15000);
    }
    tc::TokenCard *card = m_panel->card(m_user.name);
    QVERIFY(card);
    // A screen reader hears the value, not only what the label is.
    QCOMPARE(card->stateLabel()->accessibleName(), u"State: Active"_s);
    const QString left = card->timeLeftText();
    QCOMPARE(card->timeLeftLabel()->accessibleName(), u"Time left: %1"_s.arg(left));
    QVERIFY2(card->timeLeftLabel()->accessibleDescription().endsWith(u" left"_s),
             qPrintable(card->timeLeftLabel()->accessibleDescription()));
    // No label on the card hides its text behind a fixed name.
    const auto labels = card->findChildren<QLabel *>();
    for (QLabel *l : labels) {
        if (!l->accessibleName().isEmpty() && !l->text().isEmpty())
            QVERIFY2(l->accessibleName().contains(l->text()), qPrintable(l->accessibleName() + u" / "_s + l->text()));
    }

    // The user is named as the ledger knows them; unknown: the DeviceToken alone.
    const QString token = s->deviceToken();
    QVERIFY(card->titleText().startsWith(u"User · DeviceToken "_s));
    m_panel->setUserLookup([token](const QString &deviceToken) {
        return deviceToken == token ? u"Ann Lee (ClientId c-42)"_s : QString();
    });
    QCOMPARE(card->titleText(), u"User · Ann Lee (ClientId c-42) · DeviceToken %1…"_s.arg(token.left(8)));
    m_panel->setUserLookup({});
    QCOMPARE(card->titleText(), u"User · DeviceToken %1…"_s.arg(token.left(8)));

    // The cards' scroll area takes no Tab stop of its own (it sat between Delete and the first card).
    QCOMPARE(m_panel->scrollArea()->focusPolicy(), Qt::NoFocus);
    QVERIFY(!m_panel->scrollArea()->accessibleName().isEmpty());
}

void TestTokenPanel::countdown_followsClock_notTicks()
{
    tc::TokenCard *card = m_panel->card(m_user.name);
    tc::Session *s = card->session();
    s->setAutoRefresh(false);
    QVERIFY(!card->autoRefreshBox()->isChecked());
    m_panel->tick();
    const qint64 t0 = countdownSecs(card->timeLeftText());
    QCOMPARE(t0, m_clock->nowUtc().secsTo(s->expiresAt()));

    m_clock->advanceSecs(1);
    m_panel->tick();
    QCOMPARE(countdownSecs(card->timeLeftText()), t0 - 1);
    // Ticks without the clock moving change nothing.
    m_panel->tick();
    m_panel->tick();
    QCOMPARE(countdownSecs(card->timeLeftText()), t0 - 1);
    // A big jump is followed exactly.
    m_clock->advanceSecs(600);
    m_panel->tick();
    QCOMPARE(countdownSecs(card->timeLeftText()), t0 - 601);
    // The 1 s timer updates on its own.
    m_clock->advanceSecs(5);
    QTRY_COMPARE_WITH_TIMEOUT(countdownSecs(card->timeLeftText()), t0 - 606, 3000);
}

void TestTokenPanel::bar_nearTheEnd_turnsAmberThenRed()
{
    tc::TokenCard *card = m_panel->card(m_user.name);
    tc::Session *s = card->session();
    const qint64 lifetime = s->issuedAt().secsTo(s->expiresAt());
    QVERIFY(lifetime > 0);
    const QDateTime start = m_clock->nowUtc();

    m_clock->setNow(s->expiresAt().addSecs(-lifetime / 5)); // 20 % left
    m_panel->tick();
    QCOMPARE(card->level(), tc::TokenCard::Level::Warning);
    QVERIFY(qAbs(card->barValue() - 200) <= 2);
    m_clock->setNow(s->expiresAt().addSecs(-lifetime / 20)); // 5 % left
    m_panel->tick();
    QCOMPARE(card->level(), tc::TokenCard::Level::Critical);
    const QColor red = card->findChild<QProgressBar *>()->palette().color(QPalette::Highlight);
    QVERIFY(red.red() > 150 && red.green() < 100);
    m_clock->setNow(s->expiresAt().addSecs(3 * 86400));
    m_panel->tick();
    QCOMPARE(card->timeLeftText(), u"expired 3 days ago"_s);
    QCOMPARE(card->barValue(), 0);
    m_clock->setNow(start);
    m_panel->tick();
    QCOMPARE(card->level(), tc::TokenCard::Level::Normal);
}

void TestTokenPanel::refreshNow_goesRefreshingThenActive_rotatesTokens()
{
    tc::TokenCard *card = m_panel->card(m_user.name);
    tc::Session *s = card->session();
    const QString oldToken = s->accessToken();
    QStringList states;
    connect(s, &tc::Session::stateChanged, this, [&states, card] { states << card->stateText(); });
    QTest::mouseClick(card->refreshButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(card->stateText(), u"Active"_s, 15000);
    QTRY_VERIFY(s->accessToken() != oldToken);
    QVERIFY2(states.contains(u"Refreshing…"_s), qPrintable(states.join(u", "_s)));
    QCOMPARE(states.last(), u"Active"_s);
    QVERIFY(card->errorText().isEmpty());
    s->disconnect(this);
}

void TestTokenPanel::autoRefresh_whenDue_refreshesOnItsOwn()
{
    tc::TokenCard *card = m_panel->card(m_user.name);
    tc::Session *s = card->session();
    QTest::mouseClick(card->autoRefreshBox(), Qt::LeftButton);
    QVERIFY(s->autoRefresh());
    const QString oldToken = s->accessToken();
    // Past the refresh point (80 % of the life), by the server's clock too: the sandbox's own clock
    // is real time, so move the manual clock only a little past the due moment.
    QSignalSpy states(s, &tc::Session::stateChanged);
    // refreshDueAt() is server time; the manual clock may differ from it by the measured skew.
    m_clock->setNow(s->refreshDueAt().addSecs(1 - s->clockSkewSecs()));
    s->checkNow();
    QTRY_COMPARE_WITH_TIMEOUT(s->state(), tc::Session::State::Active, 15000);
    QTRY_VERIFY(s->accessToken() != oldToken);
    bool sawRefreshing = false;
    for (const auto &args : std::as_const(states)) {
        sawRefreshing = sawRefreshing || args.first().value<tc::Session::State>() == tc::Session::State::Refreshing;
    }
    QVERIFY(sawRefreshing);
}

void TestTokenPanel::clockSkew_serverDisagrees_warnsOnCard()
{
    // The manual clock now runs ahead of the sandbox's (real) clock by far more than 30 s.
    tc::TokenCard *card = m_panel->card(m_user.name);
    tc::Session *s = card->session();
    m_clock->setNow(QDateTime::currentDateTimeUtc().addSecs(900));
    s->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(s->isClockSkewed(), 15000);
    QTRY_VERIFY(!card->skewText().isEmpty());
    QVERIFY2(card->skewText().contains(u"ahead"_s), qPrintable(card->skewText()));
    QTRY_VERIFY2(card->skewText().contains(u"15 min"_s) || card->skewText().contains(u"14 min"_s),
                 qPrintable(card->skewText()));
    // Time left uses the server's clock: close to a full hour again, not an hour minus 15 min.
    QTRY_COMPARE_WITH_TIMEOUT(s->state(), tc::Session::State::Active, 15000);
    m_panel->tick();
    QVERIFY2(countdownSecs(card->timeLeftText()) > 3500, qPrintable(card->timeLeftText()));
    m_clock->setNow(QDateTime::currentDateTimeUtc());
}

void TestTokenPanel::copyToken_tagsSecret_andClearsAfterTimeout()
{
    tc::TokenCard *card = m_panel->card(m_admin.name);
    m_clipboard->setClearAfter(std::chrono::milliseconds(300));
    QTest::mouseClick(card->copyButton(), Qt::LeftButton);
    QClipboard *cb = QGuiApplication::clipboard();
    const QMimeData *mime = cb->mimeData();
    QVERIFY(mime);
    QCOMPARE(mime->text(), card->session()->accessToken());
    QCOMPARE(mime->data(tc::SecretClipboard::passwordManagerHintFormat()), "secret"_ba);
    QVERIFY(m_clipboard->isPending());
    QTRY_VERIFY_WITH_TIMEOUT(cb->text().isEmpty(), 5000);
    QVERIFY(!m_clipboard->isPending());
    QCOMPARE(m_clipboard->clearAfter(), std::chrono::milliseconds(300));
    QCOMPARE(tc::SecretClipboard::DefaultClearAfter, std::chrono::milliseconds(30000));
}

void TestTokenPanel::copyToken_clipboardChangedMeanwhile_isLeftAlone()
{
    tc::TokenCard *card = m_panel->card(m_admin.name);
    m_clipboard->setClearAfter(std::chrono::milliseconds(200));
    QSignalSpy cleared(m_clipboard.get(), &tc::SecretClipboard::cleared);
    QTest::mouseClick(card->copyButton(), Qt::LeftButton);
    QGuiApplication::clipboard()->setText(u"something the person copied since"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!m_clipboard->isPending(), 5000);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"something the person copied since"_s);
    QCOMPARE(cleared.count(), 0);
}

void TestTokenPanel::cancel_duringHangingLogin_backToLoggedOut_noErrorShown()
{
    SandboxProcess sb; // a sandbox of its own, with fault injection
    QVERIFY2(sb.start(), qPrintable(sb.errorString()));
    tc::Profile p;
    p.name = u"admin on a slow service"_s;
    p.environment = tc::ProfileEnvironment::Custom;
    p.url = sb.baseUrl();
    p.kind = tc::ProfileKind::Admin;
    p.instanceId = sb.adminInstanceId();
    p.email = sb.adminEmail();
    QVERIFY(!m_services->profiles()->save(p).isError());
    tc::Session *s = m_services->sessions()->open(p);
    QVERIFY(s);
    QTRY_VERIFY(m_panel->card(p.name));
    tc::TokenCard *card = m_panel->card(p.name);
    QPushButton *cancel = card->cancelButton();
    QVERIFY(cancel);
    QVERIFY(!cancel->isVisible()); // nothing to cancel
    QCOMPARE(cancel->accessibleName(), u"Cancel"_s);
    QVERIFY(cancel->focusPolicy() & Qt::TabFocus);

    struct Outcome
    {
        int finished = 0;
        tc::ApiError error;
    };
    const auto startHangingLogin = [&](Outcome &o) {
        QVERIFY(sb.injectFault({{u"kind"_s, u"delay"_s}, {u"delayMs"_s, 5000}, {u"path"_s, u"/v1/Auth/Login"_s}}));
        tc::SessionTask *task = s->logIn(sb.adminPassword(), false);
        connect(task, &tc::SessionTask::finished, this, [&o](tc::SessionTask *t) {
            ++o.finished;
            o.error = t->error();
        });
        QTRY_COMPARE_WITH_TIMEOUT(s->state(), tc::Session::State::LoggingIn, 5000);
        QCOMPARE(card->stateText(), u"Logging in…"_s);
        QVERIFY(cancel->isVisible());
        QVERIFY(cancel->isEnabled());
    };
    const auto verifyCancelled = [&](const Outcome &o) {
        QTRY_COMPARE_WITH_TIMEOUT(o.finished, 1, 5000);
        QCOMPARE(o.error.kind(), tc::ApiError::Kind::Canceled);
        QCOMPARE(s->state(), tc::Session::State::LoggedOut);
        QCOMPARE(card->stateText(), u"Logged out"_s);
        QVERIFY(card->errorText().isEmpty());
        QVERIFY(!s->lastError().isError());
        QVERIFY(!cancel->isVisible());
        QCOMPARE(card->barValue(), 0);
    };

    // By mouse.
    QSignalSpy messages(card, &tc::TokenCard::message);
    Outcome first;
    startHangingLogin(first);
    QTest::mouseClick(cancel, Qt::LeftButton);
    verifyCancelled(first);
    QCOMPARE(messages.count(), 1);
    QVERIFY(messages.first().first().toString().contains(u"cancelled"_s));

    // By keyboard: the button is in the card's tab order after Refresh now, and Space presses it.
    Outcome second;
    startHangingLogin(second);
    bool inChain = false;
    for (QWidget *w = card->refreshButton()->nextInFocusChain(); w && w != card->refreshButton();
         w = w->nextInFocusChain()) {
        if (w == cancel) {
            inChain = true;
            break;
        }
    }
    QVERIFY(inChain);
    cancel->setFocus();
    QTest::keyClick(cancel, Qt::Key_Space);
    verifyCancelled(second);

    // A later login works.
    tc::SessionTask *task = s->logIn(sb.adminPassword(), false);
    QSignalSpy done(task, &tc::SessionTask::finished);
    QVERIFY(done.wait(15000));
    QCOMPARE(s->state(), tc::Session::State::Active);
    QCOMPARE(card->stateText(), u"Active"_s);
    QVERIFY(!cancel->isVisible());

    m_services->sessions()->close(p.name);
    QTRY_VERIFY(!m_panel->card(p.name));
}

void TestTokenPanel::failedRefresh_saysRetryingAndMaybeSpent_thenReloginLineAndErrorCleared()
{
    // Reproductions: one failed refresh stopped auto-refresh for 30 s without a word (card: "Error",
    // no "retrying in"); a refresh answer lost after processing left "Active" and a refresh token
    // "valid for 6 days"; old errors stayed; automatic re-logins were silent.
    SandboxProcess sb;
    QVERIFY2(sb.start(), qPrintable(sb.errorString()));
    tc::Profile p;
    p.name = u"admin on a failing service"_s;
    p.environment = tc::ProfileEnvironment::Custom;
    p.url = sb.baseUrl();
    p.kind = tc::ProfileKind::Admin;
    p.instanceId = sb.adminInstanceId();
    p.email = sb.adminEmail();
    QVERIFY(!m_services->profiles()->save(p).isError());
    QVERIFY(GuiTestEnv::writeSecret(*m_services, p.name, tc::SecretItem::apiPassword(), sb.adminPassword().toUtf8()));
    tc::Session *s = logIn(p, sb.adminPassword().toUtf8());
    QVERIFY(s && s->state() == tc::Session::State::Active);
    QTRY_VERIFY(m_panel->card(p.name));
    tc::TokenCard *card = m_panel->card(p.name);
    QVERIFY(card->noteText().isEmpty());

    // The service answers the refresh with an HTML 500: it may have rotated the pair.
    QVERIFY(sb.injectFault({{u"kind"_s, u"html500"_s}, {u"path"_s, u"/v1/Auth/RefreshToken"_s}, {u"count"_s, 1}}));
    tc::SessionTask *refresh = s->refreshNow();
    QSignalSpy refreshed(refresh, &tc::SessionTask::finished);
    QVERIFY(refreshed.wait(15000));
    m_panel->tick();
    QVERIFY(!card->errorText().isEmpty());
    QCOMPARE(card->stateText(), u"Active (refresh token may be spent)"_s);
    QVERIFY2(card->noteText().contains(u"retrying in 2 s"_s), qPrintable(card->noteText()));
    QVERIFY2(card->noteText().contains(u"HTTP 500"_s), qPrintable(card->noteText()));
    QVERIFY2(card->noteText().contains(u"may already be spent"_s), qPrintable(card->noteText()));
    QVERIFY(card->findChildren<QLabel *>().size() > 0);

    // Two seconds later the session tries again on its own: a login, said on the card.
    QSignalSpy again(s, &tc::Session::loggedInAgain);
    m_clock->advanceSecs(2);
    s->checkNow();
    QVERIFY(again.wait(15000));
    QTRY_COMPARE(s->state(), tc::Session::State::Active);
    m_panel->tick();
    QCOMPARE(card->stateText(), u"Active"_s);
    QVERIFY(card->errorText().isEmpty()); // cleared by the success
    QVERIFY2(card->noteText().startsWith(u"Logged in again at "_s), qPrintable(card->noteText()));
    QVERIFY2(card->noteText().contains(u"the refresh token may be spent"_s), qPrintable(card->noteText()));
    QVERIFY(!card->noteText().contains(u"retrying"_s));

    m_services->sessions()->close(p.name);
    QTRY_VERIFY(!m_panel->card(p.name));
}

void TestTokenPanel::wrongSecret_showsServiceErrorInline()
{
    tc::Profile p = m_admin;
    p.name = u"admin with a wrong password"_s;
    QVERIFY(!m_services->profiles()->save(p).isError());
    tc::Session *s = logIn(p, "not-the-password");
    QTRY_COMPARE_WITH_TIMEOUT(s->state(), tc::Session::State::Error, 15000);
    tc::TokenCard *card = m_panel->card(p.name);
    QVERIFY(card);
    QCOMPARE(card->stateText(), u"Error"_s);
    const QString error = card->errorText();
    QVERIFY2(error.contains(u"401"_s), qPrintable(error));
    // The service's own Title is shown.
    if (!s->lastError().title().isEmpty()) {
        QVERIFY(error.contains(s->lastError().title()));
    }
    QVERIFY(!card->refreshButton()->isEnabled());
    QVERIFY(!card->copyButton()->isEnabled());
    m_services->sessions()->close(p.name);
    QTRY_VERIFY(!m_panel->card(p.name));
}

void TestTokenPanel::logout_removesCardAndKeptSession()
{
    tc::TokenCard *card = m_panel->card(m_user.name);
    QVERIFY(!GuiTestEnv::readSecret(*m_services, m_user.name, tc::SecretItem::userSession()).isEmpty());
    QSignalSpy said(m_panel.get(), &tc::TokenPanel::message);
    QTest::mouseClick(card->logoutButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->card(m_user.name), 10000);
    // The status bar hears it (it kept "Logged in with …"; found walking the Sessions area).
    QVERIFY(!said.isEmpty());
    QCOMPARE(said.last().first().toString(), u"Logged out of “%1”."_s.arg(m_user.name));
    QVERIFY(!m_services->sessions()->session(m_user.name));
    QVERIFY(GuiTestEnv::readSecret(*m_services, m_user.name, tc::SecretItem::userSession()).isEmpty());
    QCOMPARE(m_panel->cards().size(), 1);
}

QTEST_MAIN(TestTokenPanel)
#include "TestTokenPanel.moc"
