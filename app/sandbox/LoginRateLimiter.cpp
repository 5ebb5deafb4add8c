#include "LoginRateLimiter.h"

namespace sandbox {

qint64 LoginRateLimiter::admit(const QHostAddress &address, qint64 nowSecs)
{
    if (!enabled())
        return 0;
    QList<qint64> &times = m_attempts[address.toString()];
    // Forget attempts that left the window (or lie in the "future" after a clock shift back).
    times.removeIf([&](qint64 t) { return t <= nowSecs - m_window || t > nowSecs; });
    if (times.size() >= m_limit)
        return qMax<qint64>(1, times.first() + m_window - nowSecs);
    times.append(nowSecs);
    return 0;
}

} // namespace sandbox
