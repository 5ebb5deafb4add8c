#pragma once
// One session on the token panel: who (identity, InstanceId, kind), the token's times, the time
// left counting down (computed from the injected Clock and the JWT's exp at every tick, never by
// counting ticks), a bar of the fraction left that turns amber then red near the end, the refresh
// token's expiry, the session's state (with its error inline), auto-refresh, Refresh now, Cancel
// (only while logging in or refreshing), Copy token, Inspect, Log out, and a warning when the local clock and the server's disagree.
// A UBI user's card names the phone or e-mail and shows the DeviceToken from the answer; a user's card offers "Set password…".
#include "core/auth/Session.h"

#include <QFrame>
#include <QPointer>

#include <functional>

class QCheckBox;
class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;

namespace tc {

class Clock;
class SecretClipboard;

class TokenCard : public QFrame
{
    Q_OBJECT
public:
    enum class Level { None, Normal, Warning, Critical };
    // The bar turns amber at or below WarningFraction of the token's life, red at CriticalFraction.
    static constexpr double WarningFraction = 0.25;
    static constexpr double CriticalFraction = 0.10;

    TokenCard(Session *session, const QString &profileName, const Clock *clock, SecretClipboard *clipboard,
              QWidget *parent = nullptr);

    Session *session() const { return m_session; }
    QString profileName() const { return m_profile; }

    // Recomputes every time-dependent text from the clock (the panel calls it every second).
    void tick();

    // For tests and accessibility: what the card shows.
    QString timeLeftText() const;
    QString stateText() const;
    QString errorText() const;
    QString skewText() const;
    // Retrying in N s / refresh token may be spent / automatic re-logins ("" when none).
    QString noteText() const;
    QString sandboxText() const; // "" unless the card's local sandbox is stopped
    Level level() const { return m_level; }
    int barValue() const; // 0..1000
    QPushButton *refreshButton() const { return m_refresh; }
    QPushButton *cancelButton() const { return m_cancel; } // visible while LoggingIn / Refreshing
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *logoutButton() const { return m_logout; }
    QPushButton *inspectButton() const { return m_inspect; }
    QPushButton *findUserButton() const { return m_findUser; }
    QCheckBox *autoRefreshBox() const { return m_auto; }
    QPushButton *startSandboxButton() const { return m_startSandbox; }
    // A UBI user's session (phone or e-mail login): the DeviceToken the answer named. Every user
    // session: "Set password…" (hidden for admins).
    QString deviceTokenText() const;
    QString titleText() const;
    QPushButton *setPasswordButton() const { return m_setPassword; }
    QLabel *stateLabel() const;    // accessible name "State: Active"
    QLabel *timeLeftLabel() const; // accessible name "Time left: 01:59:58"

    // Names a user session's DeviceToken as a person knows it ("Ann Lee (ClientId c-1)"; "" unknown).
    void setUserLookup(std::function<QString(const QString &deviceToken)> lookup);

    // The card's profile uses the local sandbox and it is stopped: say so, offer to start it.
    void setSandboxStopped(bool stopped);

Q_SIGNALS:
    void inspectRequested(tc::Session *session);
    // "Find this user" on a user session's card: its DeviceToken.
    void findUserRequested(const QString &deviceToken);
    void loggedOut(const QString &profileName);
    // A short note for the status bar ("Token copied ...").
    void message(const QString &text);
    void startSandboxRequested();
    void setPasswordRequested(tc::Session *session, const QString &profileName);

private:
    void updateStatic();
    void setLevel(Level level);

    QPointer<Session> m_session;
    QString m_profile;
    const Clock *m_clock;
    SecretClipboard *m_clipboard;
    Level m_level = Level::None;
    std::function<QString(const QString &)> m_userLookup;

    QLabel *m_title;
    QLabel *m_state;
    QLabel *m_instance;
    QLabel *m_deviceToken;
    QLabel *m_deviceTokenLabel;
    QLabel *m_issued;
    QLabel *m_expires;
    QLabel *m_left;
    QProgressBar *m_bar;
    QLabel *m_refreshExpiry;
    QLabel *m_skew;
    QLabel *m_error;
    QLabel *m_note;
    QLabel *m_sandbox;
    QPushButton *m_startSandbox;
    bool m_sandboxStopped = false;
    QCheckBox *m_auto;
    QPushButton *m_refresh;
    QPushButton *m_cancel;
    QPushButton *m_copy;
    QPushButton *m_inspect;
    QPushButton *m_logout;
    QPushButton *m_findUser = nullptr;
    QPushButton *m_setPassword;
};

} // namespace tc
