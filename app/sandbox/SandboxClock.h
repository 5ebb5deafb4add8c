#pragma once
// The sandbox's own clock: real UTC time plus an offset that POST /_sandbox/clock sets.
// JWT iat/nbf/exp, refresh-token expiry, rate-limit windows and the Date header all read it.
#include <QDateTime>

namespace sandbox {

class SandboxClock
{
public:
    QDateTime nowUtc() const { return QDateTime::currentDateTimeUtc().addSecs(m_offsetSecs); }
    qint64 nowSecs() const { return QDateTime::currentSecsSinceEpoch() + m_offsetSecs; }
    qint64 nowMSecs() const { return QDateTime::currentMSecsSinceEpoch() + m_offsetSecs * 1000; }
    qint64 offsetSecs() const { return m_offsetSecs; }
    void setOffsetSecs(qint64 s) { m_offsetSecs = s; }

private:
    qint64 m_offsetSecs = 0;
};

} // namespace sandbox
