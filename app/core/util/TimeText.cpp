#include "core/util/TimeText.h"

#include <QCoreApplication>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace tc {

QString TimeText::duration(qint64 secs)
{
    secs = std::llabs(secs);
    // From 3 days on only days are shown: rounded, so a fresh 14-day token reads "14 days", not 13
    // (13 d 23 h 59 min; found walking the Sessions area).
    const qint64 days = secs >= 3 * 86400 ? (secs + 43200) / 86400 : secs / 86400;
    const qint64 hours = (secs % 86400) / 3600;
    const qint64 mins = (secs % 3600) / 60;
    const qint64 s = secs % 60;
    if (days > 0) {
        QString d = tr("%n day(s)", "", int(days));
        if (d == u"%1 day(s)"_s.arg(days)) {
            // No translation is loaded (the CLI, tests): English, with its plural.
            d = days == 1 ? u"1 day"_s : u"%1 days"_s.arg(days);
        }
        if (days < 3 && hours > 0) {
            return d + u' ' + tr("%1 h").arg(hours);
        }
        return d;
    }
    if (hours > 0) {
        return mins > 0 ? tr("%1 h %2 min").arg(hours).arg(mins) : tr("%1 h").arg(hours);
    }
    if (mins > 0) {
        return mins < 10 && s > 0 ? tr("%1 min %2 s").arg(mins).arg(s) : tr("%1 min").arg(mins);
    }
    return tr("%1 s").arg(s);
}

QString TimeText::relative(qint64 secsFromNow)
{
    if (secsFromNow == 0) {
        return tr("now");
    }
    return secsFromNow > 0 ? tr("in %1").arg(duration(secsFromNow)) : tr("%1 ago").arg(duration(secsFromNow));
}

QString TimeText::countdown(qint64 secs)
{
    if (secs < 0) {
        secs = 0;
    }
    if (secs >= 86400) {
        return tr("%1 d %2 h").arg(secs / 86400).arg((secs % 86400) / 3600);
    }
    return u"%1:%2:%3"_s.arg(qlonglong(secs / 3600), 2, 10, QChar(u'0'))
            .arg(qlonglong((secs % 3600) / 60), 2, 10, QChar(u'0'))
            .arg(qlonglong(secs % 60), 2, 10, QChar(u'0'));
}

QString TimeText::local(const QDateTime &t)
{
    if (!t.isValid()) {
        return tr("—");
    }
    return tr("%1 (local)").arg(t.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s));
}

QString TimeText::utc(const QDateTime &t)
{
    if (!t.isValid()) {
        return tr("—");
    }
    return t.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" UTC"_s;
}

QString TimeText::full(const QDateTime &t, const QDateTime &now)
{
    if (!t.isValid()) {
        return tr("—");
    }
    return local(t) + u" · "_s + t.toUTC().toString(u"HH:mm:ss"_s) + u" UTC · "_s + relative(now.secsTo(t));
}

QString TimeText::plainRelative(qint64 secsFromNow)
{
    const qint64 s = std::llabs(secsFromNow);
    QString text;
    if (s < 120) {
        text = u"%1 s"_s.arg(s);
    } else if (s < 2 * 3600) {
        text = u"%1 min"_s.arg(s / 60);
    } else if (s < 2 * 86400) {
        text = u"%1 h %2 min"_s.arg(s / 3600).arg((s % 3600) / 60);
    } else {
        text = u"%1 d %2 h"_s.arg(s / 86400).arg((s % 86400) / 3600);
    }
    return secsFromNow < 0 ? text + u" ago"_s : u"in "_s + text;
}

} // namespace tc
