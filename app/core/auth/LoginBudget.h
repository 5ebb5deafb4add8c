#pragma once
// How often the console may log in on its own. Auth/Login is rate-limited per IP (the vendor's
// pages say 5 a day, an hour or a minute, then a one-hour block with 429), so automatic
// re-logins (after a refresh token died) are capped per scope (profile or base URL): at most
// maxAutomatic() in any window(). A 429 blocks every login of the scope until its Retry-After.
//
// With a QSettings the budget is shared by every process using the same file (the CLI runs one
// process per command); without one it lives in memory. Times come from the injected Clock.
#include "core/util/Clock.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <chrono>

class QSettings;

namespace tc {

class LoginBudget
{
public:
    static constexpr int DefaultMaxAutomatic = 2;
    static constexpr std::chrono::seconds DefaultWindow{600};
    // When a 429 carries no Retry-After: the vendor's pages mention a one-hour block.
    static constexpr std::chrono::seconds DefaultBlock{3600};

    // settings may be null (memory only); neither is owned.
    explicit LoginBudget(QSettings *settings = nullptr, const Clock *clock = &Clock::system(),
                         int maxAutomatic = DefaultMaxAutomatic, std::chrono::seconds window = DefaultWindow);

    int maxAutomatic() const { return m_max; }
    std::chrono::seconds window() const { return m_window; }
    const Clock &clock() const { return *m_clock; }

    // May the console log in on its own now? (not blocked, and fewer than max in the window)
    bool allowsAutomatic(const QString &scope) const;
    // May a person log in now? (not blocked)
    bool allowsManual(const QString &scope) const { return !isBlocked(scope); }
    // Automatic logins recorded in the current window.
    int automaticInWindow(const QString &scope) const;
    // When the next automatic login is allowed (now when allowed; the later of the block's end and
    // the moment the oldest login in the window drops out).
    QDateTime nextAutomaticAt(const QString &scope) const;

    bool isBlocked(const QString &scope) const;
    QDateTime blockedUntil(const QString &scope) const; // invalid when not blocked

    void recordLogin(const QString &scope, bool automatic);
    // A 429: block the scope until `until` (invalid: DefaultBlock from now).
    void recordRateLimited(const QString &scope, const QDateTime &until = {});
    // A login worked: the block (if any) is over.
    void clearBlock(const QString &scope);

private:
    struct Entry
    {
        QList<qint64> automatic; // epoch seconds of automatic logins
        qint64 blockedUntil = 0; // epoch seconds; 0 = not blocked
    };
    Entry load(const QString &scope) const;
    void store(const QString &scope, const Entry &e);
    QString group(const QString &scope) const;

    QSettings *m_settings;
    const Clock *m_clock;
    int m_max;
    std::chrono::seconds m_window;
    QHash<QString, Entry> m_memory;
};

} // namespace tc
