#include "core/ledger/LedgerSearch.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

using namespace Qt::StringLiterals;

namespace tc::ledgersql {

namespace {

// The indexed text of a row; `p` is "NEW.", "OLD." or "" (the entries row). Deterministic: the
// triggers remove a row's old text by computing it again. Invalid JSON in profile is indexed as
// it is rather than failing the write.
QString indexedText(const QString &p)
{
    QString s = uR"(coalesce(%1device_token, '') || char(10) || coalesce(%1custom_token, '') || char(10) ||
coalesce(%1client_id, '') || char(10) || coalesce(%1instance_id, '') || char(10) || coalesce(%1error, '') || char(10) ||
CASE WHEN json_valid(%1profile) THEN
  trim(coalesce(json_extract(%1profile, '$.FirstName'), '') || ' ' || coalesce(json_extract(%1profile, '$.LastName'), ''))
  || char(10) || coalesce((SELECT group_concat(value, char(10)) FROM json_tree(%1profile) WHERE atom IS NOT NULL), '')
ELSE coalesce(%1profile, '') END)"_s;
    return s.arg(p);
}

QString indexedFrom()
{
    return u"(SELECT indexed_from FROM ledger_search WHERE k = 1)"_s;
}

// LIKE over the columns a person searches (the whole profile JSON, and "FirstName LastName").
QString likeClause(const QString &text, QVariantList *binds)
{
    QString t = text;
    t.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    const QString like = u"%"_s + t + u"%"_s;
    QStringList ors;
    for (const char *col :
         {"e.device_token", "e.custom_token", "e.client_id", "e.instance_id", "e.profile", "e.error"}) {
        ors.append(QLatin1StringView(col) + u" LIKE ? ESCAPE '\\'"_s);
        binds->append(like);
    }
    ors.append(u"(CASE WHEN json_valid(e.profile) THEN coalesce(json_extract(e.profile, '$.FirstName'), '') || ' ' || "
               "coalesce(json_extract(e.profile, '$.LastName'), '') END) LIKE ? ESCAPE '\\'"_s);
    binds->append(like);
    return u"("_s + ors.join(u" OR "_s) + u")"_s;
}

bool isAscii(const QString &s)
{
    for (QChar c : s) {
        if (c.unicode() > 0x7f)
            return false;
    }
    return true;
}

} // namespace

QString entryColumns(const QString &alias)
{
    static const QStringList cols{u"id"_s,        u"source"_s,      u"job_id"_s,       u"row_no"_s,
                                  u"line"_s,      u"state"_s,       u"device_token"_s, u"custom_token"_s,
                                  u"client_id"_s, u"instance_id"_s, u"base_url"_s,     u"profile"_s,
                                  u"error"_s,     u"created_at"_s,  u"updated_at"_s};
    if (alias.isEmpty())
        return cols.join(u", "_s);
    QStringList out;
    for (const QString &c : cols)
        out.append(alias + u'.' + c);
    return out.join(u", "_s);
}

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

LedgerEntry readEntry(const QSqlQuery &q)
{
    LedgerEntry e;
    e.id = q.value(0).toLongLong();
    e.source = q.value(1).toString();
    e.jobId = q.value(2).toLongLong();
    e.rowNo = q.value(3).toLongLong();
    e.line = q.value(4).toLongLong();
    e.state = q.value(5).toString();
    e.deviceToken = q.value(6).toString();
    e.customToken = q.value(7).toString();
    e.clientId = q.value(8).toString();
    e.instanceId = q.value(9).toString();
    e.baseUrl = q.value(10).toString();
    e.profile = QJsonDocument::fromJson(q.value(11).toByteArray()).object();
    e.error = q.value(12).toString();
    e.createdAt = fromMs(q.value(13));
    e.updatedAt = fromMs(q.value(14));
    return e;
}

namespace {

// BEGIN IMMEDIATE (the write lock first, waiting out a bulk run's commit, so nothing read inside
// goes stale), then `work`, then COMMIT; a failed step rolls back and says SQLite's error.
bool writeTransaction(const QSqlDatabase &db, QString *error, const std::function<QSqlError(QSqlDatabase &)> &work)
{
    QSqlDatabase d = db;
    QSqlQuery begin(d);
    if (!begin.exec(u"BEGIN IMMEDIATE"_s)) {
        *error = Ledger::errorText(begin.lastError());
        return false;
    }
    if (const QSqlError e = work(d); e.isValid()) {
        *error = Ledger::errorText(e);
        d.rollback();
        return false;
    }
    if (!d.commit()) {
        *error = Ledger::errorText(d.lastError());
        d.rollback();
        return false;
    }
    return true;
}

QStringList indexTriggers()
{
    const QString changed = u"(OLD.device_token IS NOT NEW.device_token OR OLD.custom_token IS NOT NEW.custom_token OR "
                            "OLD.client_id IS NOT NEW.client_id OR OLD.instance_id IS NOT NEW.instance_id OR "
                            "OLD.profile IS NOT NEW.profile OR OLD.error IS NOT NEW.error)"_s;
    const QString indexedOld = u" WHERE NOT EXISTS (SELECT 1 FROM entries_unindexed WHERE id = OLD.id)"_s;
    // Not INSERT OR IGNORE: the conflict clause of the statement that fires a trigger (the bulk
    // journal's upsert) overrides the trigger's own.
    const QString listNew = u"INSERT INTO entries_unindexed(id) SELECT NEW.id WHERE NEW.job_id IS NOT NULL AND "
                            "NOT EXISTS (SELECT 1 FROM entries_unindexed WHERE id = NEW.id);"_s;
    // A row of a bulk run (job_id set) is only listed in entries_unindexed as it is written;
    // indexPending() indexes it later, many rows in one statement (see the header).
    return {
            u"CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries WHEN NEW.id >= "_s + indexedFrom()
                    + u" BEGIN INSERT INTO entries_fts(rowid, t) SELECT NEW.id, "_s + indexedText(u"NEW."_s)
                    + u" WHERE NEW.job_id IS NULL; "_s + listNew + u" END"_s,
            u"CREATE TRIGGER entries_fts_update AFTER UPDATE ON entries WHEN OLD.id >= "_s + indexedFrom() + u" AND "_s
                    + changed + u" BEGIN INSERT INTO entries_fts(entries_fts, rowid, t) SELECT 'delete', OLD.id, "_s
                    + indexedText(u"OLD."_s) + indexedOld + u"; INSERT INTO entries_fts(rowid, t) SELECT NEW.id, "_s
                    + indexedText(u"NEW."_s) + u" WHERE NEW.job_id IS NULL; "_s + listNew + u" END"_s,
            u"CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries WHEN OLD.id >= "_s + indexedFrom()
                    + u" BEGIN INSERT INTO entries_fts(entries_fts, rowid, t) SELECT 'delete', OLD.id, "_s
                    + indexedText(u"OLD."_s) + indexedOld + u"; DELETE FROM entries_unindexed WHERE id = OLD.id; END"_s,
    };
}

} // namespace

QStringList indexSchema()
{
    return QStringList{
                   u"CREATE VIRTUAL TABLE entries_fts USING fts5(t, content='', tokenize='trigram', detail='none')"_s,
                   u"CREATE TABLE ledger_search(k INTEGER PRIMARY KEY CHECK (k = 1), indexed_from INTEGER NOT NULL)"_s,
                   // Rows already there wait for buildIndexChunk(); new ones are indexed as they come.
                   u"INSERT INTO ledger_search(k, indexed_from) SELECT 1, coalesce(max(id), 0) + 1 FROM entries"_s,
                   u"CREATE TABLE entries_unindexed(id INTEGER PRIMARY KEY)"_s,
           }
           + indexTriggers();
}

QStringList indexUpgradeFrom2()
{
    return QStringList{
                   u"CREATE TABLE IF NOT EXISTS entries_unindexed(id INTEGER PRIMARY KEY)"_s,
                   u"DROP TRIGGER IF EXISTS entries_fts_insert"_s,
                   u"DROP TRIGGER IF EXISTS entries_fts_update"_s,
                   u"DROP TRIGGER IF EXISTS entries_fts_delete"_s,
           }
           + indexTriggers();
}

bool hasUnindexed(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(u"SELECT EXISTS (SELECT 1 FROM entries_unindexed)"_s) && q.next() && q.value(0).toBool();
}

bool indexPending(const QSqlDatabase &db, int rows, qint64 inFlightSince, qint64 *indexed, bool *more, QString *error)
{
    *indexed = 0;
    *more = false;
    qint64 n = 0;
    const bool ok = writeTransaction(db, error, [&](QSqlDatabase &d) -> QSqlError {
        // The oldest waiting rows, less those in flight since `inFlightSince` (their outcome is
        // due: indexed now, they would be taken out of the index again at once).
        QSqlQuery pick(d);
        pick.setForwardOnly(true);
        pick.prepare(u"SELECT u.id FROM entries_unindexed u JOIN entries e ON e.id = u.id "
                     "WHERE e.state <> ? OR e.updated_at < ? ORDER BY u.id LIMIT ?"_s);
        pick.addBindValue(LedgerState::inFlight());
        pick.addBindValue(inFlightSince);
        pick.addBindValue(rows + 1);
        if (!pick.exec())
            return pick.lastError();
        QByteArray ids = "[";
        while (pick.next()) {
            if (n == rows) {
                *more = true;
                break;
            }
            if (n > 0)
                ids += ',';
            ids += QByteArray::number(pick.value(0).toLongLong());
            ++n;
        }
        ids += ']';
        pick.finish();
        if (n == 0)
            return {};
        QSqlQuery insert(d);
        insert.prepare(u"INSERT INTO entries_fts(rowid, t) SELECT id, "_s + indexedText(QString())
                       + u" FROM entries WHERE id IN (SELECT value FROM json_each(?))"_s);
        insert.addBindValue(QString::fromLatin1(ids));
        if (!insert.exec())
            return insert.lastError();
        QSqlQuery done(d);
        done.prepare(u"DELETE FROM entries_unindexed WHERE id IN (SELECT value FROM json_each(?))"_s);
        done.addBindValue(QString::fromLatin1(ids));
        if (!done.exec())
            return done.lastError();
        return {};
    });
    if (!ok) {
        *more = false;
        return false;
    }
    *indexed = n;
    return true;
}

bool indexReady(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(u"SELECT NOT EXISTS (SELECT 1 FROM entries WHERE id < "_s + indexedFrom() + u") FROM ledger_search"_s)
           && q.next() && q.value(0).toBool();
}

qint64 rowsToIndex(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(u"SELECT count(*) FROM entries WHERE id < "_s + indexedFrom()) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

bool buildIndexChunk(const QSqlDatabase &db, int rows, bool *done, qint64 *indexed, QString *error)
{
    *done = false;
    *indexed = 0;
    qint64 chunk = 0;
    const bool ok = writeTransaction(db, error, [&](QSqlDatabase &d) -> QSqlError {
        QSqlQuery q(d);
        // The rows just below the mark, newest first: [lowest of them, mark).
        if (!q.exec(u"SELECT min(id), count(*) FROM (SELECT id FROM entries WHERE id < "_s + indexedFrom()
                    + u" ORDER BY id DESC LIMIT %1)"_s.arg(rows)))
            return q.lastError();
        if (!q.next() || q.value(0).isNull()) {
            *done = true;
            return {};
        }
        const qint64 from = q.value(0).toLongLong();
        chunk = q.value(1).toLongLong();
        q.finish();
        QSqlQuery insert(d);
        insert.prepare(u"INSERT INTO entries_fts(rowid, t) SELECT id, "_s + indexedText(QString())
                       + u" FROM entries WHERE id >= ? AND id < "_s + indexedFrom());
        insert.addBindValue(from);
        if (!insert.exec())
            return insert.lastError();
        QSqlQuery mark(d);
        mark.prepare(u"UPDATE ledger_search SET indexed_from = ? WHERE k = 1"_s);
        mark.addBindValue(from);
        if (!mark.exec())
            return mark.lastError();
        return {};
    });
    if (!ok) {
        *done = false;
        return false;
    }
    if (*done)
        return true;
    *indexed = chunk;
    *done = indexReady(db);
    return true;
}

QString matchExpression(const QString &text)
{
    const QList<uint> cps = text.toUcs4();
    if (cps.size() < 3)
        return {};
    // Every trigram (at most 24, spread over the text): the index knows no positions, so more
    // of them leave fewer candidates to check.
    QStringList terms;
    QSet<QString> seen;
    const qsizetype n = cps.size() - 2;
    const qsizetype step = n > 24 ? (n + 23) / 24 : 1;
    for (qsizetype i = 0; i < n; i += step) {
        const QString tri = QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData() + i), 3);
        if (seen.contains(tri.toLower()))
            continue;
        seen.insert(tri.toLower());
        QString quoted = tri;
        quoted.replace(u"\""_s, u"\"\""_s);
        terms.append(u"\""_s + quoted + u"\""_s);
    }
    const QString last = QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData() + n - 1), 3);
    if (!seen.contains(last.toLower())) {
        QString quoted = last;
        quoted.replace(u"\""_s, u"\"\""_s);
        terms.append(u"\""_s + quoted + u"\""_s);
    }
    return terms.join(u' ');
}

Select select(const LedgerQuery &query, bool ready, qint64 ceiling, bool unindexed)
{
    Select s;
    QStringList where;
    const QString text = query.text.trimmed();
    const QString match = ready ? matchExpression(text) : QString();
    if (!match.isEmpty() && unindexed) {
        // The index's rows, and the rows of a bulk run waiting for it (checked with LIKE).
        s.usesIndex = true;
        s.from = u"FROM entries e"_s;
        s.orderKey = u"e.id"_s;
        s.binds.append(match);
        if (isAscii(text)) {
            where.append(u"(e.id IN (SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?) OR "
                         "e.id IN (SELECT id FROM entries_unindexed))"_s);
            where.append(likeClause(text, &s.binds));
        } else {
            where.append(u"(e.id IN (SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?) OR "
                         "(e.id IN (SELECT id FROM entries_unindexed) AND "_s
                         + likeClause(text, &s.binds) + u"))"_s);
        }
        if (ceiling > 0) {
            where.append(u"e.id <= ?"_s);
            s.binds.append(ceiling);
        }
    } else if (!match.isEmpty()) {
        s.usesIndex = true;
        s.from = u"FROM entries_fts f JOIN entries e ON e.id = f.rowid"_s;
        s.orderKey = u"f.rowid"_s;
        where.append(u"f.entries_fts MATCH ?"_s);
        s.binds.append(match);
        if (isAscii(text))
            where.append(likeClause(text, &s.binds));
        if (ceiling > 0) {
            where.append(u"f.rowid <= ?"_s);
            s.binds.append(ceiling);
        }
    } else {
        s.from = u"FROM entries e"_s;
        s.orderKey = u"e.id"_s;
        if (!text.isEmpty())
            where.append(likeClause(text, &s.binds));
        if (ceiling > 0) {
            where.append(u"e.id <= ?"_s);
            s.binds.append(ceiling);
        }
    }
    if (!query.state.isEmpty()) {
        where.append(u"e.state = ?"_s);
        s.binds.append(query.state);
    }
    if (!query.source.isEmpty()) {
        where.append(u"e.source = ?"_s);
        s.binds.append(query.source);
    }
    if (query.jobId > 0) {
        where.append(u"e.job_id = ?"_s);
        s.binds.append(query.jobId);
    }
    if (query.withDeviceTokenOnly)
        where.append(u"e.device_token IS NOT NULL"_s);
    if (!where.isEmpty())
        s.from += u" WHERE "_s + where.join(u" AND "_s);
    return s;
}

} // namespace tc::ledgersql
