#pragma once
// Auth/Login rate limit per client address (--login-limit N --login-window S): at most N attempts
// (successful or not) in any S seconds of the sandbox clock; the next one gets 429 + Retry-After.
#include <QHash>
#include <QHostAddress>
#include <QList>

namespace sandbox {

class LoginRateLimiter
{
public:
    LoginRateLimiter(int limit, qint64 windowSecs) : m_limit(limit), m_window(windowSecs) { }
    bool enabled() const { return m_limit > 0 && m_window > 0; }

    // Counts one attempt from `address` at `nowSecs`. Returns 0 when allowed; otherwise the
    // seconds until the next attempt is allowed (>= 1), and the attempt is not counted.
    qint64 admit(const QHostAddress &address, qint64 nowSecs);

private:
    int m_limit;
    qint64 m_window;
    QHash<QString, QList<qint64>> m_attempts;
};

} // namespace sandbox
