#include "ui/TokenCard.h"

#include "core/auth/Session.h"
#include "core/util/Clock.h"
#include "core/util/TimeText.h"
#include "ui/Colors.h"
#include "ui/ErrorText.h"
#include "ui/Icons.h"
#include "ui/SecretClipboard.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace tc {

namespace {
QLabel *valueLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setWordWrap(true);
    return l;
}

QString abbreviated(const QString &deviceToken)
{
    return deviceToken.size() > 12 ? deviceToken.left(8) + u'…' : deviceToken;
}
} // namespace

TokenCard::TokenCard(Session *session, const QString &profileName, const Clock *clock, SecretClipboard *clipboard,
                     QWidget *parent)
    : QFrame(parent), m_session(session), m_profile(profileName), m_clock(clock), m_clipboard(clipboard),
      m_title(new QLabel(this)), m_state(new QLabel(this)), m_instance(valueLabel(this)),
      m_deviceToken(valueLabel(this)), m_deviceTokenLabel(new QLabel(tr("DeviceToken:"), this)),
      m_issued(valueLabel(this)), m_expires(valueLabel(this)), m_left(new QLabel(this)), m_bar(new QProgressBar(this)),
      m_refreshExpiry(valueLabel(this)), m_skew(valueLabel(this)), m_error(valueLabel(this)), m_note(valueLabel(this)),
      m_sandbox(valueLabel(this)), m_startSandbox(new QPushButton(tr("&Start the sandbox"), this)),
      m_auto(new QCheckBox(tr("&Auto-refresh"), this)), m_refresh(new QPushButton(tr("&Refresh now"), this)),
      m_cancel(new QPushButton(tr("Ca&ncel"), this)), m_copy(new QPushButton(tr("&Copy token"), this)),
      m_inspect(new QPushButton(tr("&Inspect"), this)), m_logout(new QPushButton(tr("Log &out"), this)),
      m_setPassword(new QPushButton(tr("Set pass&word…"), this))
{
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Raised);
    setAccessibleName(tr("Session of %1").arg(profileName));
    setFocusPolicy(Qt::NoFocus);

    auto *outer = new QVBoxLayout(this);
    auto *head = new QHBoxLayout;
    QFont tf = m_title->font();
    tf.setBold(true);
    tf.setPointSizeF(tf.pointSizeF() * 1.1);
    m_title->setFont(tf);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true); // a user's name and ClientId make it long; it never widens the card
    head->addWidget(m_title, 1);
    m_state->setTextFormat(Qt::PlainText);
    m_state->setObjectName(u"State"_s);
    head->addWidget(m_state);
    outer->addLayout(head);

    auto *profile = new QLabel(tr("Profile “%1”").arg(profileName), this);
    profile->setTextFormat(Qt::PlainText);
    QPalette pp = profile->palette();
    pp.setColor(QPalette::WindowText, pp.color(QPalette::PlaceholderText));
    profile->setPalette(pp);
    outer->addWidget(profile);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("InstanceId:"), m_instance);
    m_deviceToken->setAccessibleDescription(tr("DeviceToken"));
    form->addRow(m_deviceTokenLabel, m_deviceToken);
    form->addRow(tr("Issued:"), m_issued);
    form->addRow(tr("Expires:"), m_expires);

    QFont lf = m_left->font();
    lf.setPointSizeF(lf.pointSizeF() * 1.6);
    lf.setFamily(u"monospace"_s);
    lf.setStyleHint(QFont::Monospace);
    m_left->setFont(lf);
    m_left->setObjectName(u"TimeLeft"_s);
    form->addRow(tr("Time left:"), m_left);
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(tr("Fraction of the token's life left"));
    form->addRow(QString(), m_bar);
    form->addRow(tr("Refresh token expires:"), m_refreshExpiry);
    outer->addLayout(form);

    m_skew->setObjectName(u"ClockSkew"_s);
    m_skew->setAccessibleDescription(tr("Clock skew warning")); // the name stays the text
    outer->addWidget(m_skew);
    m_error->setAccessibleDescription(tr("Error")); // the name stays the text: a screen reader reads it
    outer->addWidget(m_error);
    m_note->setAccessibleDescription(tr("Session note"));
    m_note->hide();
    outer->addWidget(m_note);
    auto *sandboxRow = new QHBoxLayout;
    m_sandbox->setAccessibleDescription(tr("Local sandbox"));
    m_sandbox->setText(tr("The local sandbox is stopped: refreshes and logins of this session fail until it runs."));
    m_startSandbox->setIcon(Icons::get(Icons::Sandbox));
    m_startSandbox->setAutoDefault(false);
    sandboxRow->addWidget(m_sandbox, 1);
    sandboxRow->addWidget(m_startSandbox);
    outer->addLayout(sandboxRow);
    m_sandbox->hide();
    m_startSandbox->hide();
    connect(m_startSandbox, &QPushButton::clicked, this, &TokenCard::startSandboxRequested);

    m_auto->setToolTip(tr("Refresh the token on its own before it lapses (at 80 % of its life or 5 min before the end; "
                          "sooner when the refresh token lapses first)."));
    outer->addWidget(m_auto, 0, Qt::AlignLeft);
    auto *buttons = new QHBoxLayout;
    m_refresh->setIcon(Icons::get(Icons::Refresh));
    m_cancel->setIcon(Icons::get(Icons::Cancel));
    m_cancel->setAccessibleName(tr("Cancel"));
    m_cancel->setFocusPolicy(Qt::StrongFocus);
    m_cancel->hide();
    m_copy->setIcon(Icons::get(Icons::Copy));
    m_copy->setToolTip(tr("Copy the JWT; the clipboard is cleared after 30 s if it still holds it."));
    m_inspect->setIcon(Icons::get(Icons::Inspector));
    m_logout->setIcon(Icons::get(Icons::Logout));
    m_findUser = new QPushButton(Icons::get(Icons::Users), tr("&Find this user"), this);
    m_findUser->setToolTip(tr("Look this DeviceToken up in the Users area (with an admin session)."));
    m_findUser->setVisible(session->kind() == SessionKind::User);
    m_setPassword->setToolTip(tr("Set the password this user logs in with by phone number or e-mail (a UBI "
                                 "user)."));
    connect(m_setPassword, &QPushButton::clicked, this, [this] {
        if (m_session) {
            Q_EMIT setPasswordRequested(m_session, m_profile);
        }
    });
    for (QPushButton *b : {m_refresh, m_cancel, m_copy, m_inspect, m_findUser, m_logout, m_setPassword}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    connect(m_findUser, &QPushButton::clicked, this, [this] {
        if (m_session) {
            const QString dt = m_session->deviceToken().isEmpty() ? m_session->identity() : m_session->deviceToken();
            if (!dt.isEmpty()) {
                Q_EMIT findUserRequested(dt);
            }
        }
    });
    buttons->addStretch(1);
    outer->addLayout(buttons);

    m_auto->setChecked(session->autoRefresh());
    connect(m_auto, &QCheckBox::toggled, session, &Session::setAutoRefresh);
    connect(session, &Session::autoRefreshChanged, m_auto, &QCheckBox::setChecked);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        if (m_session) {
            m_session->refreshNow();
        }
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (!m_session) {
            return;
        }
        const bool refreshing = m_session->state() == Session::State::Refreshing;
        if (m_session->cancel()) {
            Q_EMIT message(refreshing ? tr("Refresh of “%1” cancelled.").arg(m_profile)
                                      : tr("Login with “%1” cancelled.").arg(m_profile));
        }
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (m_session && m_session->hasTokens()) {
            m_clipboard->copySecret(m_session->accessToken());
            Q_EMIT message(
                    tr("Token copied. The clipboard is cleared in %1 s if it still holds it.")
                            .arg(std::chrono::duration_cast<std::chrono::seconds>(m_clipboard->clearAfter()).count()));
        }
    });
    connect(m_inspect, &QPushButton::clicked, this, [this] {
        if (m_session) {
            Q_EMIT inspectRequested(m_session);
        }
    });
    connect(m_logout, &QPushButton::clicked, this, [this] {
        if (!m_session) {
            return;
        }
        m_logout->setEnabled(false);
        SessionTask *task = m_session->logout();
        connect(task, &SessionTask::finished, this, [this](SessionTask *t) {
            t->deleteLater();
            // Said where "Logged in with …" was (it stayed there after the card went).
            Q_EMIT message(tr("Logged out of “%1”.").arg(m_profile));
            Q_EMIT loggedOut(m_profile);
        });
    });
    connect(session, &Session::stateChanged, this, &TokenCard::updateStatic);
    connect(session, &Session::tokensChanged, this, &TokenCard::updateStatic);
    connect(session, &Session::errorOccurred, this, &TokenCard::updateStatic);
    connect(session, &Session::clockSkewChanged, this, &TokenCard::updateStatic);
    connect(session, &Session::loggedInAgain, this, &TokenCard::updateStatic);
    updateStatic();
}

void TokenCard::setUserLookup(std::function<QString(const QString &)> lookup)
{
    m_userLookup = std::move(lookup);
    updateStatic();
}

QString TokenCard::titleText() const
{
    return m_title->text();
}

QLabel *TokenCard::stateLabel() const
{
    return m_state;
}

QLabel *TokenCard::timeLeftLabel() const
{
    return m_left;
}

void TokenCard::setSandboxStopped(bool stopped)
{
    m_sandboxStopped = stopped;
    m_sandbox->setVisible(stopped);
    m_startSandbox->setVisible(stopped);
    updateStatic();
}

QString TokenCard::noteText() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

QString TokenCard::sandboxText() const
{
    return m_sandbox->isHidden() ? QString() : m_sandbox->text();
}

QString TokenCard::timeLeftText() const
{
    return m_left->text();
}
QString TokenCard::stateText() const
{
    return m_state->text();
}
QString TokenCard::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}
QString TokenCard::skewText() const
{
    return m_skew->isHidden() ? QString() : m_skew->text();
}
int TokenCard::barValue() const
{
    return m_bar->value();
}

void TokenCard::updateStatic()
{
    if (!m_session) {
        return;
    }
    Session *s = m_session;
    const bool admin = s->kind() == SessionKind::Admin;
    const QString identity = s->identity();
    const bool ubi = !admin && s->userLogin() != UserLogin::DeviceToken;
    if (ubi) {
        m_title->setText(tr("UBI user · %1").arg(identity));
        m_title->setToolTip(s->userLogin() == UserLogin::Phone
                                    ? tr("A UBI user's session (phone number + the user's own password)")
                                    : tr("A UBI user's session (e-mail + the user's own password)"));
    } else {
        // A user is named as the ledger knows them (name, ClientId), the DeviceToken after.
        const QString who = !admin && !identity.isEmpty() && m_userLookup ? m_userLookup(identity) : QString();
        m_title->setText(admin                ? tr("Admin · %1").arg(identity.isEmpty() ? tr("(API login)") : identity)
                         : identity.isEmpty() ? tr("User · DeviceToken (unknown)")
                         : who.isEmpty()      ? tr("User · DeviceToken %1").arg(abbreviated(identity))
                                              : tr("User · %1 · DeviceToken %2").arg(who, abbreviated(identity)));
        m_title->setToolTip(admin ? tr("An admin session (API credentials)")
                                  : tr("A user session (DeviceToken login)"));
    }
    m_deviceToken->setText(s->deviceToken().isEmpty() ? tr("— (known after the login)") : s->deviceToken());
    m_deviceToken->setVisible(ubi);
    m_deviceTokenLabel->setVisible(ubi);
    m_setPassword->setVisible(!admin); // a UBI user's password, or the first one of a user with a phone or e-mail
    m_setPassword->setEnabled(!s->deviceToken().isEmpty());
    m_instance->setText(s->instanceId().isEmpty() ? tr("—") : s->instanceId());

    QString state;
    switch (s->state()) {
    case Session::State::LoggedOut: state = tr("Logged out"); break;
    case Session::State::LoggingIn: state = tr("Logging in…"); break;
    case Session::State::Active:
        state = s->refreshTokenMaybeSpent() ? tr("Active (refresh token may be spent)") : tr("Active");
        break;
    case Session::State::Refreshing: state = tr("Refreshing…"); break;
    case Session::State::Expired: state = tr("Expired"); break;
    case Session::State::Error: state = tr("Error"); break;
    }
    m_state->setText(state);
    m_state->setAccessibleName(tr("State: %1").arg(state)); // a screen reader hears the value
    QPalette sp = palette();
    const bool dark = Colors::isDark(sp);
    if (s->state() == Session::State::Error || s->state() == Session::State::Expired) {
        sp.setColor(QPalette::WindowText, dark ? Colors::red().lighter(150) : Colors::red());
    } else if (s->state() == Session::State::Active) {
        sp.setColor(QPalette::WindowText, dark ? Colors::green().lighter(170) : Colors::green());
    }
    m_state->setPalette(sp);
    QFont stateFont = m_state->font();
    stateFont.setBold(true);
    m_state->setFont(stateFont);

    const ApiError err = s->lastError();
    const bool showError = err.isError() && !err.isCanceled();
    m_error->setText(showError ? ErrorText::describe(err) : QString());
    m_error->setVisible(showError);
    if (showError) {
        QPalette ep = palette();
        ep.setColor(QPalette::Window, Colors::tint(ep, Colors::red(), 0.18));
        ep.setColor(QPalette::WindowText, ep.color(QPalette::Text));
        m_error->setAutoFillBackground(true);
        m_error->setPalette(ep);
    }

    const bool busy = s->state() == Session::State::LoggingIn || s->state() == Session::State::Refreshing;
    m_refresh->setEnabled(s->hasTokens() && !busy);
    const bool refreshing = s->state() == Session::State::Refreshing;
    m_cancel->setToolTip(refreshing ? tr("Stop the refresh; the current token is kept") : tr("Stop the login"));
    m_cancel->setAccessibleDescription(m_cancel->toolTip());
    m_cancel->setVisible(busy);
    m_copy->setEnabled(s->hasTokens());
    m_inspect->setEnabled(s->hasTokens());
    m_findUser->setVisible(s->kind() == SessionKind::User);
    m_findUser->setEnabled(!s->deviceToken().isEmpty() || !s->identity().isEmpty());
    tick();
}

QString TokenCard::deviceTokenText() const
{
    return m_deviceToken->isHidden() ? QString() : m_deviceToken->text();
}

void TokenCard::tick()
{
    if (!m_session) {
        return;
    }
    Session *s = m_session;
    const qint64 skew = s->clockSkewSecs();
    const QDateTime now = m_clock->nowUtc().addSecs(skew);
    if (s->isClockSkewed()) {
        m_skew->setText(tr("⚠ This computer's clock is %1 %2 the server's. Times here use the server's clock; "
                           "set the system clock right (NTP).")
                                .arg(TimeText::duration(skew), skew > 0 ? tr("behind") : tr("ahead of")));
        m_skew->show();
    } else {
        m_skew->hide();
    }

    // What the session is doing about a failure, and what it did on its own: said, never hidden.
    QStringList notes;
    const bool busy = s->state() == Session::State::LoggingIn || s->state() == Session::State::Refreshing;
    if (s->refreshTokenMaybeSpent()) {
        notes << tr("The last refresh answer was lost: the refresh token may already be spent. The next attempt logs "
                    "in again (within the login budget).");
    }
    if (s->failedRefreshes() > 0 && !busy) {
        const QDateTime retry = s->nextRetryAt();
        const qint64 wait = retry.isValid() ? std::max<qint64>(0, m_clock->nowUtc().secsTo(retry)) : -1;
        const ApiError &last = s->lastError();
        const QString why = !last.isError()              ? QString()
                            : last.effectiveStatus() > 0 ? tr("HTTP %1").arg(last.effectiveStatus())
                                                         : ApiError::kindName(last.kind());
        if (wait >= 0) {
            notes << tr("Renewing the token failed %n time(s)%1; retrying in %2.", "", s->failedRefreshes())
                             .arg(why.isEmpty() ? QString() : tr(" (%1)").arg(why), TimeText::duration(wait));
        } else {
            notes << tr("Renewing the token failed %n time(s)%1; auto-refresh is off: press Refresh now.", "",
                        s->failedRefreshes())
                             .arg(why.isEmpty() ? QString() : tr(" (%1)").arg(why));
        }
    }
    const QList<Session::AutomaticLogin> relogins = s->automaticLogins();
    for (const Session::AutomaticLogin &l : relogins) {
        notes << tr("Logged in again at %1: %2.").arg(l.at.toLocalTime().toString(u"HH:mm"_s), l.reason);
    }
    m_note->setText(notes.join(u'\n'));
    m_note->setVisible(!notes.isEmpty());

    if (!s->hasTokens()) {
        m_left->setText(s->state() == Session::State::LoggingIn ? tr("…") : tr("—"));
        m_left->setAccessibleName(tr("Time left: %1").arg(m_left->text()));
        m_left->setAccessibleDescription(QString());
        m_expires->setText(tr("—"));
        m_issued->setText(tr("—"));
        m_refreshExpiry->setText(tr("—"));
        if (s->state() == Session::State::LoggingIn) {
            m_bar->setRange(0, 0); // busy
        } else {
            m_bar->setRange(0, 1000);
            m_bar->setValue(0);
        }
        setLevel(Level::None);
        return;
    }
    m_bar->setRange(0, 1000);
    const QDateTime exp = s->expiresAt();
    const QDateTime iat = s->issuedAt();
    const qint64 left = s->secondsLeft(*m_clock);
    m_expires->setText(TimeText::full(exp, now));
    m_issued->setText(TimeText::full(iat, now));
    if (left > 0) {
        m_left->setText(TimeText::countdown(left));
    } else {
        m_left->setText(tr("expired %1").arg(TimeText::relative(left)));
    }
    // The name says what it is and the value; the description the same in words ("1 h 59 min left").
    m_left->setAccessibleName(tr("Time left: %1").arg(m_left->text()));
    m_left->setAccessibleDescription(left > 0 ? tr("%1 left").arg(TimeText::duration(left)) : m_left->text());

    const qint64 lifetime = iat.isValid() && exp.isValid() ? iat.secsTo(exp) : 0;
    double fraction = lifetime > 0 ? double(left) / double(lifetime) : (left > 0 ? 1.0 : 0.0);
    fraction = std::clamp(fraction, 0.0, 1.0);
    m_bar->setValue(int(std::lround(fraction * 1000)));
    setLevel(left <= 0 || fraction <= CriticalFraction ? Level::Critical
             : fraction <= WarningFraction             ? Level::Warning
                                                       : Level::Normal);

    const QDateTime rexp = s->refreshExpiresAt();
    if (s->refreshTokenMaybeSpent()) {
        m_refreshExpiry->setText(tr("may be spent (its refresh answer was lost)"));
    } else {
        m_refreshExpiry->setText(rexp.isValid() ? TimeText::full(rexp, now) : tr("not stated in the token"));
    }
}

void TokenCard::setLevel(Level level)
{
    if (level == m_level) {
        return;
    }
    m_level = level;
    QPalette p = palette();
    switch (level) {
    case Level::None:
    case Level::Normal: break; // the palette's own highlight
    case Level::Warning: p.setColor(QPalette::Highlight, Colors::amber()); break;
    case Level::Critical: p.setColor(QPalette::Highlight, Colors::red()); break;
    }
    m_bar->setPalette(p);
    m_bar->setToolTip(level == Level::Warning    ? tr("Less than a quarter of the token's life is left.")
                      : level == Level::Critical ? tr("The token is about to lapse (or has).")
                                                 : QString());
}

} // namespace tc
