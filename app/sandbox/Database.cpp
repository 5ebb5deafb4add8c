#include "Database.h"

#include "Random.h"

#include <QAtomicInt>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {
Q_LOGGING_CATEGORY(lc, "tc.sandbox.db", QtInfoMsg)

QAtomicInt g_connectionCounter;

const QString kUserColumns = u"device_token, instance_id, status, created_at, first_name, last_name, "
                             "nickname, phone, email, gender, birthday, marital_status, children_count, "
                             "country, district, city, address, image_url, instance_invite_code, "
                             "enable_tracking, enable_logging, enabled, client_id"_s;

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}
} // namespace

struct Database::Queries
{
    explicit Queries(const QSqlDatabase &db)
        : insertUser(db), selectUser(db), existsUser(db), updateUser(db), deleteUser(db), deleteUserTokens(db),
          insertToken(db), selectToken(db), spendToken(db), setPassword(db), selectPassword(db), deletePassword(db)
    {
    }
    QSqlQuery insertUser, selectUser, existsUser, updateUser, deleteUser, deleteUserTokens, insertToken, selectToken,
            spendToken, setPassword, selectPassword, deletePassword;
};

Database::Database() = default;

Database::~Database()
{
    close();
}

bool Database::isOpen() const
{
    return !m_connection.isEmpty();
}

void Database::close()
{
    if (m_connection.isEmpty())
        return;
    m_q.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

bool Database::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(sql)) {
        m_lastError = q.lastError().text();
        qCWarning(lc) << "SQL failed:" << m_lastError;
        return false;
    }
    return true;
}

bool Database::open(const QString &path, QString *error)
{
    close();
    m_connection = u"tc-sandbox-%1"_s.arg(g_connectionCounter.fetchAndAddRelaxed(1));
    const QString failure = openConnection(path);
    if (failure.isEmpty())
        return true;
    if (error)
        *error = failure;
    close(); // no QSqlDatabase handle is left in scope here
    return false;
}

// Returns an empty string on success, else what went wrong.
QString Database::openConnection(const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    // Without a path: SQLite's private temporary database (an empty name), not ":memory:". Both
    // vanish with the connection, but an in-memory database keeps every page in its page cache,
    // and SQLite walks that whole cache's hash at the end of every transaction (pcache1 truncate
    // after each commit), so each Create got slower as users grew (11k/s fresh, under 6k/s past
    // 245k users) and memory grew with them. A temporary database keeps a bounded cache
    // (cache_size below) and leaves the rest to an unlinked temp file: flat speed, bounded RSS.
    db.setDatabaseName(path.isEmpty() ? QString() : path);
    auto fail = [](const QString &what) { return what; };
    if (!db.isValid())
        return fail(u"the Qt SQLite driver (QSQLITE) is not available"_s);
    if (!db.open())
        return fail(u"cannot open database %1: %2"_s.arg(path, db.lastError().text()));

    if (path.isEmpty()) {
        exec(u"PRAGMA journal_mode=MEMORY"_s);
        exec(u"PRAGMA synchronous=OFF"_s);
        exec(u"PRAGMA cache_size=-16384"_s); // 16 MiB of pages in memory, the rest in the temp file
    } else {
        exec(u"PRAGMA busy_timeout=5000"_s);
        QSqlQuery q(db);
        if (!q.exec(u"PRAGMA journal_mode=WAL"_s) || !q.next()
            || q.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
            return fail(u"cannot switch %1 to WAL: %2"_s.arg(path, q.lastError().text()));
        }
        exec(u"PRAGMA synchronous=NORMAL"_s);
    }
    if (!createSchema())
        return fail(u"cannot create the schema in %1: %2"_s.arg(path, m_lastError));
    if (!loadOrSeed())
        return fail(u"cannot read or seed the credentials in %1: %2"_s.arg(path, m_lastError));

    m_q = std::make_unique<Queries>(db);
    bool ok = true;
    ok &= m_q->insertUser.prepare(
            u"INSERT INTO users (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"_s.arg(kUserColumns));
    ok &= m_q->selectUser.prepare(u"SELECT %1 FROM users WHERE device_token = ?"_s.arg(kUserColumns));
    ok &= m_q->existsUser.prepare(u"SELECT 1 FROM users WHERE device_token = ?"_s);
    ok &= m_q->updateUser.prepare(
            u"UPDATE users SET instance_id=?, status=?, created_at=?, first_name=?, last_name=?, nickname=?, "
            "phone=?, email=?, gender=?, birthday=?, marital_status=?, children_count=?, country=?, district=?, "
            "city=?, address=?, image_url=?, instance_invite_code=?, enable_tracking=?, enable_logging=?, "
            "enabled=?, client_id=? WHERE device_token=?"_s);
    ok &= m_q->deleteUser.prepare(u"DELETE FROM users WHERE device_token = ?"_s);
    ok &= m_q->deleteUserTokens.prepare(u"DELETE FROM refresh_tokens WHERE subject = ? AND kind = 'user'"_s);
    ok &= m_q->insertToken.prepare(
            u"INSERT INTO refresh_tokens (token, subject, kind, expires_at, spent) VALUES (?,?,?,?,0)"_s);
    ok &= m_q->selectToken.prepare(
            u"SELECT token, subject, kind, expires_at, spent FROM refresh_tokens WHERE token = ?"_s);
    ok &= m_q->spendToken.prepare(u"UPDATE refresh_tokens SET spent = 1 WHERE token = ? AND spent = 0"_s);
    ok &= m_q->setPassword.prepare(u"INSERT OR REPLACE INTO user_passwords (device_token, salt, hash, iterations) "
                                   "VALUES (?,?,?,?)"_s);
    ok &= m_q->selectPassword.prepare(u"SELECT salt, hash, iterations FROM user_passwords WHERE device_token = ?"_s);
    ok &= m_q->deletePassword.prepare(u"DELETE FROM user_passwords WHERE device_token = ?"_s);
    if (!ok)
        return fail(u"cannot prepare statements"_s);
    qCDebug(lc) << "opened" << (path.isEmpty() ? u":memory:"_s : path);
    return QString();
}

bool Database::createSchema()
{
    const QStringList ddl = {
            u"CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
            u"CREATE TABLE IF NOT EXISTS api_credentials (instance_id TEXT PRIMARY KEY, email TEXT NOT NULL, "
            "password TEXT NOT NULL, admin_id TEXT NOT NULL)"_s,
            u"CREATE TABLE IF NOT EXISTS groups (instance_id TEXT PRIMARY KEY, instance_key TEXT NOT NULL, "
            "position INTEGER NOT NULL)"_s,
            u"CREATE TABLE IF NOT EXISTS users (device_token TEXT PRIMARY KEY, instance_id TEXT NOT NULL, "
            "status TEXT NOT NULL, created_at INTEGER NOT NULL, first_name TEXT, last_name TEXT, nickname TEXT, "
            "phone TEXT, email TEXT, gender TEXT, birthday TEXT, marital_status TEXT, children_count INTEGER, "
            "country TEXT, district TEXT, city TEXT, address TEXT, image_url TEXT, instance_invite_code TEXT, "
            "enable_tracking INTEGER NOT NULL, enable_logging INTEGER NOT NULL, enabled INTEGER NOT NULL, "
            "client_id TEXT)"_s,
            u"CREATE INDEX IF NOT EXISTS users_email ON users (email COLLATE NOCASE)"_s,
            u"CREATE INDEX IF NOT EXISTS users_client_id ON users (client_id)"_s,
            u"CREATE INDEX IF NOT EXISTS users_created ON users (created_at)"_s,
            u"CREATE TABLE IF NOT EXISTS user_passwords (device_token TEXT PRIMARY KEY, salt BLOB NOT NULL, "
            "hash BLOB NOT NULL, iterations INTEGER NOT NULL)"_s,
            u"CREATE TABLE IF NOT EXISTS refresh_tokens (token TEXT PRIMARY KEY, subject TEXT NOT NULL, "
            "kind TEXT NOT NULL, expires_at INTEGER NOT NULL, spent INTEGER NOT NULL)"_s,
    };
    for (const auto &s : ddl) {
        if (!exec(s))
            return false;
    }
    return true;
}

bool Database::loadOrSeed()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (!q.exec(u"SELECT value FROM meta WHERE key = 'jwt_secret'"_s)) {
        m_lastError = q.lastError().text();
        return false;
    }
    if (!q.next()) {
        // A new database: generate the demo credentials once and keep them.
        if (!db.transaction()) {
            m_lastError = db.lastError().text();
            return false;
        }
        QSqlQuery ins(db);
        bool ok = ins.prepare(u"INSERT INTO meta (key, value) VALUES ('jwt_secret', ?)"_s);
        ins.addBindValue(QString::fromLatin1(random::bytes(32).toBase64()));
        ok = ok && ins.exec();
        ok = ok
             && ins.prepare(u"INSERT INTO api_credentials (instance_id, email, password, admin_id) VALUES (?,?,?,?)"_s);
        ins.addBindValue(random::uuid());
        ins.addBindValue(QString(u"api-"_s + random::uuid().left(8) + u"@auth.me"_s));
        ins.addBindValue(random::password(20));
        ins.addBindValue(random::uuid());
        ok = ok && ins.exec();
        for (int i = 0; ok && i < 2; ++i) {
            ok = ins.prepare(u"INSERT INTO groups (instance_id, instance_key, position) VALUES (?,?,?)"_s);
            ins.addBindValue(random::uuid());
            ins.addBindValue(random::uuid());
            ins.addBindValue(i);
            ok = ok && ins.exec();
        }
        if (!ok) {
            m_lastError = ins.lastError().text();
            db.rollback();
            return false;
        }
        if (!db.commit()) {
            m_lastError = db.lastError().text();
            return false;
        }
        if (!q.exec(u"SELECT value FROM meta WHERE key = 'jwt_secret'"_s) || !q.next()) {
            m_lastError = q.lastError().text();
            return false;
        }
    }
    m_jwtSecret = QByteArray::fromBase64(q.value(0).toString().toLatin1());
    q.finish();

    if (!q.exec(u"SELECT instance_id, email, password, admin_id FROM api_credentials LIMIT 1"_s) || !q.next()) {
        m_lastError = u"no API credentials: "_s + q.lastError().text();
        return false;
    }
    m_api = {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    q.finish();

    m_groups.clear();
    if (!q.exec(u"SELECT instance_id, instance_key FROM groups ORDER BY position"_s)) {
        m_lastError = q.lastError().text();
        return false;
    }
    while (q.next())
        m_groups.append({q.value(0).toString(), q.value(1).toString()});
    if (m_groups.isEmpty()) {
        m_lastError = u"no user groups"_s;
        return false;
    }
    return true;
}

const Group *Database::group(const QString &instanceId) const
{
    for (const auto &g : m_groups) {
        if (g.instanceId.compare(instanceId, Qt::CaseInsensitive) == 0)
            return &g;
    }
    return nullptr;
}

bool Database::transaction()
{
    return QSqlDatabase::database(m_connection, false).transaction();
}

bool Database::commit()
{
    return QSqlDatabase::database(m_connection, false).commit();
}

bool Database::rollback()
{
    return QSqlDatabase::database(m_connection, false).rollback();
}

bool Database::deviceTokenExists(const QString &deviceToken)
{
    QSqlQuery &q = m_q->existsUser;
    q.addBindValue(deviceToken.toLower());
    const bool found = q.exec() && q.next();
    q.finish();
    return found;
}

void Database::bindUser(QSqlQuery &q, const UserRecord &u) const
{
    const UserProfile &p = u.profile;
    q.addBindValue(u.instanceId);
    q.addBindValue(u.status);
    q.addBindValue(u.createdAtMs);
    q.addBindValue(nullable(p.firstName));
    q.addBindValue(nullable(p.lastName));
    q.addBindValue(nullable(p.nickname));
    q.addBindValue(nullable(p.phone));
    q.addBindValue(nullable(p.email));
    q.addBindValue(p.gender);
    q.addBindValue(nullable(p.birthday));
    q.addBindValue(nullable(p.maritalStatus));
    q.addBindValue(p.childrenCount ? QVariant(*p.childrenCount) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(nullable(p.country));
    q.addBindValue(nullable(p.district));
    q.addBindValue(nullable(p.city));
    q.addBindValue(nullable(p.address));
    q.addBindValue(nullable(p.imageUrl));
    q.addBindValue(nullable(p.instanceInviteCode));
    q.addBindValue(int(p.enableTracking));
    q.addBindValue(int(p.enableLogging));
    q.addBindValue(int(p.enabled));
    q.addBindValue(nullable(p.clientId));
}

UserRecord Database::readUser(const QSqlQuery &q) const
{
    UserRecord u;
    u.deviceToken = q.value(0).toString();
    u.instanceId = q.value(1).toString();
    u.status = q.value(2).toString();
    u.createdAtMs = q.value(3).toLongLong();
    UserProfile &p = u.profile;
    p.firstName = q.value(4).toString();
    p.lastName = q.value(5).toString();
    p.nickname = q.value(6).toString();
    p.phone = q.value(7).toString();
    p.email = q.value(8).toString();
    p.gender = q.value(9).toString();
    p.birthday = q.value(10).toString();
    p.maritalStatus = q.value(11).toString();
    if (!q.value(12).isNull())
        p.childrenCount = q.value(12).toInt();
    p.country = q.value(13).toString();
    p.district = q.value(14).toString();
    p.city = q.value(15).toString();
    p.address = q.value(16).toString();
    p.imageUrl = q.value(17).toString();
    p.instanceInviteCode = q.value(18).toString();
    p.enableTracking = q.value(19).toInt() != 0;
    p.enableLogging = q.value(20).toInt() != 0;
    p.enabled = q.value(21).toInt() != 0;
    p.clientId = q.value(22).toString();
    return u;
}

bool Database::insertUser(const UserRecord &user)
{
    QSqlQuery &q = m_q->insertUser;
    q.addBindValue(user.deviceToken.toLower());
    bindUser(q, user);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

std::optional<UserRecord> Database::user(const QString &deviceToken)
{
    QSqlQuery &q = m_q->selectUser;
    q.addBindValue(deviceToken.toLower());
    std::optional<UserRecord> out;
    if (q.exec() && q.next())
        out = readUser(q);
    q.finish();
    return out;
}

bool Database::updateUser(const UserRecord &user)
{
    QSqlQuery &q = m_q->updateUser;
    bindUser(q, user);
    q.addBindValue(user.deviceToken.toLower());
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return q.numRowsAffected() == 1;
}

bool Database::deleteUser(const QString &deviceToken)
{
    QSqlQuery &q = m_q->deleteUser;
    q.addBindValue(deviceToken.toLower());
    if (!q.exec() || q.numRowsAffected() != 1)
        return false;
    QSqlQuery &t = m_q->deleteUserTokens;
    t.addBindValue(deviceToken.toLower());
    t.exec();
    QSqlQuery &pw = m_q->deletePassword;
    pw.addBindValue(deviceToken.toLower());
    pw.exec();
    return true;
}

QList<UserRecord> Database::findUsers(const UserFilter &filter)
{
    QStringList where;
    QVariantList binds;
    auto add = [&](const std::optional<QString> &v, const QString &clause) {
        if (v) {
            where << clause;
            binds << *v;
        }
    };
    add(filter.deviceToken, u"device_token = lower(?)"_s);
    add(filter.email, u"email = ? COLLATE NOCASE"_s);
    add(filter.phone, u"phone = ?"_s);
    add(filter.clientId, u"client_id = ?"_s);
    add(filter.firstName, u"first_name = ? COLLATE NOCASE"_s);
    add(filter.lastName, u"last_name = ? COLLATE NOCASE"_s);
    add(filter.fullName,
        u"trim(coalesce(first_name, '') || ' ' || coalesce(last_name, '')) = trim(?) COLLATE NOCASE"_s);
    QString sql = u"SELECT %1 FROM users"_s.arg(kUserColumns);
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    sql += u" ORDER BY created_at, device_token"_s;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    QList<UserRecord> out;
    if (!q.prepare(sql))
        return out;
    for (const auto &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(readUser(q));
    return out;
}

QList<UserRecord> Database::allUsers()
{
    return findUsers({});
}

QList<UserRecord> Database::usersPage(const UserPageFilter &filter, qint64 offset, int limit, qint64 *total)
{
    QStringList where;
    QVariantList binds;
    if (!filter.instanceIds.isEmpty()) {
        QStringList marks;
        for (const QString &id : filter.instanceIds) {
            marks << u"?"_s;
            binds << id;
        }
        where << u"instance_id COLLATE NOCASE IN (%1)"_s.arg(marks.join(u','));
    }
    if (!filter.showInactive)
        where << u"status = 'Active'"_s;
    const QString term = filter.searchTerm.trimmed();
    if (!term.isEmpty()) {
        QStringList any;
        for (const char *column :
             {"first_name", "last_name", "nickname", "email", "phone", "client_id", "device_token"}) {
            any << u"instr(lower(coalesce(%1, '')), lower(?)) > 0"_s.arg(QLatin1StringView(column));
            binds << term;
        }
        any << u"instr(lower(trim(coalesce(first_name, '') || ' ' || coalesce(last_name, ''))), lower(?)) > 0"_s;
        binds << term;
        where << u"(%1)"_s.arg(any.join(u" OR "_s));
    }
    const QString whereSql = where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s);
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QList<UserRecord> out;
    QSqlQuery c(db);
    if (!c.prepare(u"SELECT count(*) FROM users"_s + whereSql))
        return out;
    for (const auto &b : binds)
        c.addBindValue(b);
    if (!c.exec() || !c.next()) {
        m_lastError = c.lastError().text();
        return out;
    }
    *total = c.value(0).toLongLong();
    const QString order = filter.newestFirst ? u"DESC"_s : u"ASC"_s;
    QSqlQuery q(db);
    if (!q.prepare(u"SELECT %1 FROM users%2 ORDER BY created_at %3, device_token %3 LIMIT ? OFFSET ?"_s.arg(
                kUserColumns, whereSql, order)))
        return out;
    for (const auto &b : binds)
        q.addBindValue(b);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(readUser(q));
    return out;
}

bool Database::setPassword(const QString &deviceToken, const passwords::Hash &hash)
{
    QSqlQuery &q = m_q->setPassword;
    q.addBindValue(deviceToken.toLower());
    q.addBindValue(hash.salt);
    q.addBindValue(hash.hash);
    q.addBindValue(hash.iterations);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

std::optional<passwords::Hash> Database::password(const QString &deviceToken)
{
    QSqlQuery &q = m_q->selectPassword;
    q.addBindValue(deviceToken.toLower());
    std::optional<passwords::Hash> out;
    if (q.exec() && q.next())
        out = passwords::Hash{q.value(0).toByteArray(), q.value(1).toByteArray(), q.value(2).toInt()};
    q.finish();
    return out;
}

QList<UserRecord> Database::usersWithPassword(const QString &instanceId)
{
    QStringList columns = kUserColumns.split(u", "_s);
    for (QString &c : columns)
        c.prepend(u"u."_s);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    QList<UserRecord> out;
    if (!q.prepare(u"SELECT %1 FROM users u JOIN user_passwords p ON p.device_token = u.device_token "
                   "WHERE u.instance_id = ? COLLATE NOCASE ORDER BY u.created_at, u.device_token"_s.arg(
                           columns.join(u", "_s)))) {
        m_lastError = q.lastError().text();
        return out;
    }
    q.addBindValue(instanceId);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(readUser(q));
    return out;
}

bool Database::insertRefreshToken(const RefreshTokenRecord &record)
{
    QSqlQuery &q = m_q->insertToken;
    q.addBindValue(record.token);
    q.addBindValue(record.subject);
    q.addBindValue(record.kind);
    q.addBindValue(record.expiresAt);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

std::optional<RefreshTokenRecord> Database::refreshToken(const QString &token)
{
    QSqlQuery &q = m_q->selectToken;
    q.addBindValue(token);
    std::optional<RefreshTokenRecord> out;
    if (q.exec() && q.next()) {
        out = RefreshTokenRecord{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                 q.value(3).toLongLong(), q.value(4).toInt() != 0};
    }
    q.finish();
    return out;
}

bool Database::spendRefreshToken(const QString &token)
{
    QSqlQuery &q = m_q->spendToken;
    q.addBindValue(token);
    return q.exec() && q.numRowsAffected() == 1;
}

} // namespace sandbox
