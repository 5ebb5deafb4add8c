#pragma once
// HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/) from recorded exchanges, which are
// redacted already: what a tester attaches to a bug report. Each entry adds `_telematics` (label,
// profile, session, why, envelope status, error, the bearer's masked claims).
#include "core/api/Exchange.h"

#include <QJsonObject>
#include <QList>

namespace tc {

class Har
{
public:
    static QJsonObject document(const QList<Exchange> &exchanges);
    static QJsonObject entry(const Exchange &exchange);
    static QByteArray toBytes(const QList<Exchange> &exchanges);
    // Writes atomically, readable by its owner only (0600). False and *error when it cannot.
    static bool write(const QString &path, const QList<Exchange> &exchanges, QString *error);
};

} // namespace tc
