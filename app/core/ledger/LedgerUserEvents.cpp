// The ledger's user events (a deletion, a move), in their own table, so that the registration
// entries and their search stay as they are.
#include "core/ledger/Ledger.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tc {

bool Ledger::createUserEventSchema()
{
    QSqlQuery q(db());
    for (const QString &sql :
         {u"CREATE TABLE IF NOT EXISTS user_events(id INTEGER PRIMARY KEY, device_token TEXT NOT NULL, "
          "action TEXT NOT NULL, instance_id TEXT, to_instance_id TEXT, base_url TEXT, actor TEXT, detail TEXT, "
          "at INTEGER NOT NULL)"_s,
          u"CREATE INDEX IF NOT EXISTS user_events_device_token ON user_events(device_token)"_s}) {
        if (!q.exec(sql))
            return fail(u"create the schema"_s, q.lastError().text());
    }
    return true;
}

bool Ledger::addUserEvent(LedgerUserEvent &event)
{
    QSqlDatabase d = db();
    if (!d.isOpen())
        return fail(u"record a user event"_s, u"the ledger is not open"_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery q(d);
    q.prepare(u"INSERT INTO user_events(device_token, action, instance_id, to_instance_id, base_url, actor, detail, "
              "at) VALUES (?,?,?,?,?,?,?,?)"_s);
    q.addBindValue(event.deviceToken.trimmed().toLower());
    q.addBindValue(event.action);
    q.addBindValue(event.instanceId);
    q.addBindValue(event.toInstanceId);
    q.addBindValue(event.baseUrl);
    q.addBindValue(event.actor);
    q.addBindValue(event.detail);
    q.addBindValue(now.toMSecsSinceEpoch());
    if (!q.exec())
        return fail(u"record a user event"_s, q.lastError().text());
    event.id = q.lastInsertId().toLongLong();
    event.at = now;
    Q_EMIT changed();
    return true;
}

QList<LedgerUserEvent> Ledger::userEvents(const QString &deviceToken) const
{
    QList<LedgerUserEvent> out;
    QSqlQuery q(db());
    q.prepare(u"SELECT id, device_token, action, instance_id, to_instance_id, base_url, actor, detail, at "
              "FROM user_events WHERE device_token = ? ORDER BY at, id"_s);
    q.addBindValue(deviceToken.trimmed().toLower());
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        LedgerUserEvent e;
        e.id = q.value(0).toLongLong();
        e.deviceToken = q.value(1).toString();
        e.action = q.value(2).toString();
        e.instanceId = q.value(3).toString();
        e.toInstanceId = q.value(4).toString();
        e.baseUrl = q.value(5).toString();
        e.actor = q.value(6).toString();
        e.detail = q.value(7).toString();
        e.at = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong(), Qt::UTC);
        out.append(e);
    }
    return out;
}

} // namespace tc
