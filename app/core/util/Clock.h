#pragma once
// The injectable clock (after KeePassXC core/Clock.h). Everything that computes "expires in ..."
// asks a Clock for the time; tests hand in a ManualClock and advance it instead of sleeping.
#include <QDateTime>

namespace tc {

class Clock
{
public:
    virtual ~Clock() = default;
    // Current time, UTC, millisecond precision.
    virtual QDateTime nowUtc() const = 0;
    qint64 nowSecs() const { return nowUtc().toSecsSinceEpoch(); }

    // The process-wide system clock (never null).
    static Clock &system();
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that only moves when told to. For tests and for replaying.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime::currentDateTimeUtc()) : m_now(start.toUTC()) { }
    QDateTime nowUtc() const override { return m_now; }
    void setNow(const QDateTime &t) { m_now = t.toUTC(); }
    void advanceSecs(qint64 s) { m_now = m_now.addSecs(s); }
    void advanceMSecs(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

} // namespace tc
