#include "core/util/HttpDate.h"

#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

int digits(QByteArrayView t, qsizetype at, qsizetype n)
{
    int v = 0;
    for (qsizetype i = at; i < at + n; ++i) {
        const char c = t[i];
        if (c < '0' || c > '9')
            return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

// IMF-fixdate, the form every current server sends ("Sun, 06 Nov 1994 08:49:37 GMT"), read by hand:
// it comes with every answer, and QLocale::toDateTime (QDateTimeParser) costs more than the rest of
// the header handling together. Anything else (or an impossible date) goes to the general parser.
QDateTime parseImfFixdate(QByteArrayView t)
{
    if (t.size() != 29 || t[3] != ',' || t[4] != ' ' || t[7] != ' ' || t[11] != ' ' || t[16] != ' ' || t[19] != ':'
        || t[22] != ':' || t[25] != ' ' || t.sliced(26) != QByteArrayView("GMT"))
        return {};
    static constexpr const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
    int month = 0;
    for (int m = 0; m < 12; ++m) {
        if (t.sliced(8, 3) == QByteArrayView(months + 3 * m, 3)) {
            month = m + 1;
            break;
        }
    }
    const int day = digits(t, 5, 2), year = digits(t, 12, 4);
    const int h = digits(t, 17, 2), mi = digits(t, 20, 2), sec = digits(t, 23, 2);
    if (month == 0 || day < 0 || year < 0 || h < 0 || mi < 0 || sec < 0)
        return {};
    const QDate date(year, month, day);
    const QTime time(h, mi, sec);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

namespace tc {

QDateTime parseHttpDate(QByteArrayView text)
{
    if (const QDateTime fast = parseImfFixdate(text.trimmed()); fast.isValid())
        return fast;
    const QString s = QString::fromLatin1(text.data(), text.size()).simplified();
    if (s.isEmpty() || s.size() > 64)
        return {};
    const QLocale c = QLocale::c();
    // Qt 6.4's RFC 2822 parser refuses the "GMT" zone name, so the GMT forms go through formats.
    // The weekday is dropped first: it is redundant, and Qt would check it against a two-digit
    // year read as 19yy.
    const qsizetype comma = s.indexOf(u", "_s);
    if (comma > 0 && comma <= 9) {
        const QString rest = s.mid(comma + 2);
        for (const QString &format :
             {u"dd MMM yyyy HH:mm:ss 'GMT'"_s, u"dd-MMM-yy HH:mm:ss 'GMT'"_s, u"dd MMM yyyy HH:mm:ss 'UTC'"_s}) {
            const QDateTime local = c.toDateTime(rest, format);
            if (local.isValid()) {
                QDate date = local.date();
                if (format.contains(u"-yy "_s) && date.year() < 1970)
                    date = date.addYears(100);
                return QDateTime(date, local.time(), Qt::UTC);
            }
        }
    }
    const QDateTime rfc = QDateTime::fromString(s, Qt::RFC2822Date); // asctime and "+0000" forms
    if (rfc.isValid())
        return rfc.toUTC();
    return {};
}

} // namespace tc
