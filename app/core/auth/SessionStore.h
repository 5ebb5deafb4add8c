#pragma once
// Keeping a Session's tokens in the keychain: the one item "<scope>/session-admin|session-user"
// that holds DeviceToken, JWT and refresh token together, so the pair is always written (and
// read back) as one. Session reads it on resume(), writes it before it uses new tokens (the
// rotated refresh token reaches the keychain BEFORE the new JWT is used) and removes it on
// logout(). SessionTokens is what is kept, with its JSON form (version 1, compact UTF-8):
//
//   {"v":1,"kind":"admin","instanceId":..,"login":..,"deviceToken":..,"accessToken":..,
//    "refreshToken":..,"receivedAt":"<ISO, ms, UTC>"[,"expiresIn":N][,"shape":"object|string"]
//    [,"userLogin":"phone|email"]}   (absent: a DeviceToken login)
//
// Each call works asynchronously and answers through `done`, which is dropped with `context`.
#include "core/api/ApiCall.h"
#include "core/api/ApiError.h"
#include "core/auth/Jwt.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace tc {

class KeychainStore;
enum class SessionKind; // Session.h

// The tokens of a session and what they were obtained with.
struct SessionTokens
{
    QString accessToken;
    QString refreshToken;
    QString deviceToken;
    QString login; // the login identity used (e-mail / DeviceToken / a UBI user's phone or e-mail)
    UserLogin userLogin = UserLogin::DeviceToken; // a user's: what `login` is
    QString instanceId;                           // the InstanceId used
    std::optional<qint64> expiresIn;
    QDateTime receivedAt; // server time
    std::optional<LoginFieldsShape> shape;
    Jwt jwt;            // derived from accessToken
    TokenExpiry expiry; // derived from jwt, expiresIn and receivedAt

    QByteArray toJson(SessionKind kind) const;
    static std::optional<SessionTokens> fromJson(const QByteArray &json, SessionKind *kind);
    void derive(); // fills jwt and expiry
};

class SessionStore
{
public:
    // keychain is not owned and must outlive the store.
    explicit SessionStore(KeychainStore *keychain);

    struct Kept
    {
        ApiError error;     // the keychain failed (Kind Keychain); None otherwise
        bool found = false; // an item was there
        // Its tokens; nullopt when none was found, or it is unreadable or of another kind.
        std::optional<SessionTokens> tokens;
    };

    // key: Profile::secretKey(scope, Session::Config::sessionItem()); kind: the session's.
    void read(const QString &key, SessionKind kind, QObject *context, std::function<void(const Kept &)> done) const;
    // done gets the keychain error (None when kept).
    void write(const QString &key, SessionKind kind, const SessionTokens &tokens, QObject *context,
               std::function<void(const ApiError &)> done) const;
    void remove(const QString &key, QObject *context, std::function<void(const ApiError &)> done) const;

private:
    KeychainStore *m_keychain;
};

} // namespace tc
