#pragma once
#include <QCoreApplication>
// How the console writes times and durations: "1 h 59 min", "in 1 h 59 min", "3 days ago",
// "01:59:12", and a moment in local time and UTC. No widgets: the CLI writes its times here too.
#include <QDateTime>
#include <QString>

namespace tc {

class TimeText
{
    Q_DECLARE_TR_FUNCTIONS(tc::TimeText)

public:
    // "45 s", "2 min 5 s", "12 min", "1 h 59 min", "3 days", "2 days 4 h".
    static QString duration(qint64 secs);
    // "in 1 h 59 min" (secs > 0), "3 days ago" (secs < 0), "now" (0).
    static QString relative(qint64 secsFromNow);
    // The CLI's fixed wording (telematics-cli status: docs/CLI.md is its contract, so it is not
    // translated): "in 90 s", "in 59 min", "in 1 h 5 min", "3 d 4 h ago"; "in 0 s" at 0.
    static QString plainRelative(qint64 secsFromNow);
    // A countdown: "01:59:12" under a day, "13 d 23 h" above.
    static QString countdown(qint64 secs);
    // "2024-05-01 14:03:12 (local)".
    static QString local(const QDateTime &t);
    // "2024-05-01 12:03:12 UTC".
    static QString utc(const QDateTime &t);
    // "2024-05-01 14:03:12 (local) · 12:03:12 UTC · in 1 h 59 min" (relative to `now`).
    static QString full(const QDateTime &t, const QDateTime &now);
};

} // namespace tc
