#include "core/util/HttpDate.h"

#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace tc {

QDateTime parseHttpDate(QByteArrayView text)
{
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
