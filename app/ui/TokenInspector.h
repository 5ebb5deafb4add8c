#pragma once
// The token inspector: paste any JWT (masked as you paste it) or pick an open session's. Shows the
// header and the claims in a table with a "meaning" column in plain words; times in local time,
// UTC and relative; the token's kind from its claims (admin, user, or unknown, said plainly);
// warnings (unsigned or damaged signature first, in red; expired, not yet valid, embeds the group's
// InstanceKey / a refresh token); sensitive values masked until revealed. What to say is decided
// by core's JwtReport, shared with the CLI. A token is refused only when its header or claims do
// not decode, and then the part and the reason are explained.
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace tc {

class Clock;
class OpenSessions;
class SecretEdit;
class Session;

class TokenInspector : public QWidget
{
    Q_OBJECT
public:
    enum Column { PartColumn, NameColumn, ValueColumn, MeaningColumn, ColumnCount };

    TokenInspector(OpenSessions *sessions, const Clock *clock, QWidget *parent = nullptr);

    void setToken(const QString &token);
    QString token() const;
    // Shows the current token of an open session.
    void inspectSession(Session *session);

    bool secretsRevealed() const;
    void setSecretsRevealed(bool on);

    // What is shown (for tests and screen readers).
    QString statusText() const;
    QStringList warnings() const;
    QTableWidget *table() const { return m_table; }
    // The value shown for a claim (or header field), "" when absent.
    QString shownValue(const QString &name) const;
    SecretEdit *input() const { return m_input; }

    // "Find this user": enabled when the token carries a DeviceToken claim.
    QPushButton *findUserButton() const { return m_findUser; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void findUserRequested(const QString &deviceToken);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillSessions();

    OpenSessions *m_sessions;
    const Clock *m_clock;
    SecretEdit *m_input;
    QComboBox *m_sessionBox;
    QPushButton *m_useSession;
    QCheckBox *m_reveal;
    QLabel *m_status;
    QLabel *m_warnings;
    QTableWidget *m_table;
    QStringList m_warningList;
    QPushButton *m_findUser = nullptr;
    QString m_deviceToken; // the shown token's DeviceToken claim
};

} // namespace tc
