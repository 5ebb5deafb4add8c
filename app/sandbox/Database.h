#pragma once
// The sandbox's state in SQLite (QtSql): demo credentials, users (profile + UserFields + Status)
// refresh tokens and UBI users' password hashes. A file database persists across restarts (WAL);
// without a path the state lives in SQLite's private temporary database (a bounded page cache over
// an unlinked temp file) and dies with the connection. Each Database opens its own uniquely named
// QSqlDatabase connection, so several
// servers may run in one process on different threads; use a Database only on the thread that
// opened it.
#include "Passwords.h"
#include "UserProfile.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QSqlQuery;

namespace sandbox {

struct Group
{
    QString instanceId;
    QString instanceKey;
};

struct ApiCredentials
{
    QString instanceId;
    QString email;
    QString password;
    QString adminId; // the admin's subject (sub / DeviceToken in its JWT)
};

struct UserRecord
{
    QString deviceToken;
    QString instanceId;
    QString status = QStringLiteral("Active"); // Active | Deactivated | Deleted
    qint64 createdAtMs = 0;
    UserProfile profile;
};

struct RefreshTokenRecord
{
    QString token;
    QString subject;      // DeviceToken (user) or adminId (admin)
    QString kind;         // "user" | "admin"
    qint64 expiresAt = 0; // seconds since epoch, sandbox clock
    bool spent = false;
};

// Management/users/find filters; every set filter must match (AND).
struct UserFilter
{
    std::optional<QString> deviceToken, email, phone, clientId, firstName, lastName, fullName;
    bool isEmpty() const
    {
        return !deviceToken && !email && !phone && !clientId && !firstName && !lastName && !fullName;
    }
};

// Management/users/GetFilteredPage: which users, in which order.
struct UserPageFilter
{
    QStringList instanceIds;  // empty: every group
    QString searchTerm;       // part of a name, the e-mail, the phone, the ClientId or the DeviceToken
    bool showInactive = true; // false: Active users only
    bool newestFirst = true;  // Sort DateCreatedDesc (else DateCreatedAsc)
};

class Database
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating when new) the database at `path`, or a private temporary one when empty. A new
    // database gets a JWT secret, one API credential set and two user groups (random UUIDs, keys
    // and password), kept for later starts. False + *error on failure.
    bool open(const QString &path, QString *error);
    void close();
    bool isOpen() const;

    const ApiCredentials &apiCredentials() const { return m_api; }
    const QList<Group> &groups() const { return m_groups; }
    const Group *group(const QString &instanceId) const; // nullptr when unknown (case-insensitive)
    QByteArray jwtSecret() const { return m_jwtSecret; }

    bool transaction();
    bool commit();
    bool rollback();

    bool deviceTokenExists(const QString &deviceToken);
    bool insertUser(const UserRecord &user);
    std::optional<UserRecord> user(const QString &deviceToken);
    bool updateUser(const UserRecord &user);
    bool deleteUser(const QString &deviceToken); // also drops the user's refresh tokens
    QList<UserRecord> findUsers(const UserFilter &filter);
    QList<UserRecord> allUsers(); // ordered by creation
    // One page (offset, at most limit users) and *total, the count of all that match.
    QList<UserRecord> usersPage(const UserPageFilter &filter, qint64 offset, int limit, qint64 *total);

    // A UBI user's own password (its hash; see Passwords.h). Kept apart from the profile, so no
    // profile read ever carries it; dropped with the user.
    bool setPassword(const QString &deviceToken, const passwords::Hash &hash);
    std::optional<passwords::Hash> password(const QString &deviceToken);
    // The users of a group that have a password, ordered by creation (the candidates of a
    // Phone / Email login).
    QList<UserRecord> usersWithPassword(const QString &instanceId);

    bool insertRefreshToken(const RefreshTokenRecord &record);
    std::optional<RefreshTokenRecord> refreshToken(const QString &token);
    // Marks an unspent token spent; false when it was already spent (or unknown).
    bool spendRefreshToken(const QString &token);

    QString lastError() const { return m_lastError; }

private:
    struct Queries;
    QString openConnection(const QString &path);
    bool exec(const QString &sql);
    bool createSchema();
    bool loadOrSeed();
    UserRecord readUser(const QSqlQuery &q) const;
    void bindUser(QSqlQuery &q, const UserRecord &u) const;

    QString m_connection;
    std::unique_ptr<Queries> m_q;
    ApiCredentials m_api;
    QList<Group> m_groups;
    QByteArray m_jwtSecret;
    QString m_lastError;
};

} // namespace sandbox
