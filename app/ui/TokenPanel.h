#pragma once
// The Sessions page: one TokenCard per open session (admins and users side by side), updated
// every second from the injected Clock.
#include <QHash>
#include <QTimer>
#include <QWidget>

#include <functional>

class QGridLayout;
class QLabel;
class QScrollArea;

namespace tc {

class Clock;
class OpenSessions;
class SecretClipboard;
class Session;
class TokenCard;

class TokenPanel : public QWidget
{
    Q_OBJECT
public:
    TokenPanel(OpenSessions *sessions, const Clock *clock, SecretClipboard *clipboard, QWidget *parent = nullptr);

    QList<TokenCard *> cards() const;
    TokenCard *card(const QString &profileName) const;
    // Every card recomputes its times (the 1 s timer calls it; tests may call it after moving a
    // ManualClock).
    void tick();
    // The local sandbox stopped or runs again: cards of sandbox profiles say so (and offer Start).
    void setSandboxStopped(bool stopped);
    // How cards name a user session's DeviceToken (TokenCard::setUserLookup).
    void setUserLookup(std::function<QString(const QString &deviceToken)> lookup);
    QScrollArea *scrollArea() const { return m_scroll; }

Q_SIGNALS:
    void inspectRequested(tc::Session *session);
    void findUserRequested(const QString &deviceToken);
    void setPasswordRequested(tc::Session *session, const QString &profileName);
    void message(const QString &text);
    void startSandboxRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void addCard(Session *session, const QString &profileName);
    void removeCard(const QString &profileName);
    void relayout();

    OpenSessions *m_sessions;
    const Clock *m_clock;
    SecretClipboard *m_clipboard;
    QList<TokenCard *> m_cards;
    QWidget *m_content;
    QScrollArea *m_scroll = nullptr;
    QGridLayout *m_grid;
    QLabel *m_empty;
    QTimer m_timer;
    int m_columns = 0;
    bool m_sandboxStopped = false;
    std::function<QString(const QString &)> m_userLookup;
};

} // namespace tc
