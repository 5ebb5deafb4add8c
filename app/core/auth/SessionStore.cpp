// Keeping a Session's tokens in the keychain (see SessionStore.h): the JSON of the session item
// and its keychain read, write and removal.
#include "core/auth/SessionStore.h"

#include "core/auth/Session.h"
#include "core/profiles/KeychainStore.h"
#include "core/util/Json.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lc, "tc.core.session", QtInfoMsg)
}

namespace tc {

// ---- SessionTokens ---------------------------------------------------------------------------

QByteArray SessionTokens::toJson(SessionKind kind) const
{
    QJsonObject o{
            {u"v"_s, 1},
            {u"kind"_s, sessionKindName(kind)},
            {u"instanceId"_s, instanceId},
            {u"login"_s, login},
            {u"deviceToken"_s, deviceToken},
            {u"accessToken"_s, accessToken},
            {u"refreshToken"_s, refreshToken},
            {u"receivedAt"_s, receivedAt.toUTC().toString(Qt::ISODateWithMs)},
    };
    if (expiresIn) {
        o.insert(u"expiresIn"_s, double(*expiresIn));
    }
    if (shape) {
        o.insert(u"shape"_s, loginFieldsShapeName(*shape));
    }
    if (userLogin != UserLogin::DeviceToken) {
        o.insert(u"userLogin"_s, userLoginName(userLogin));
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<SessionTokens> SessionTokens::fromJson(const QByteArray &json, SessionKind *kind)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    if (o.value(u"v"_s).toInt() != 1) {
        return std::nullopt;
    }
    SessionTokens t;
    const QString k = o.value(u"kind"_s).toString();
    if (k != u"admin"_s && k != u"user"_s) {
        return std::nullopt;
    }
    *kind = k == u"admin"_s ? SessionKind::Admin : SessionKind::User;
    t.instanceId = o.value(u"instanceId"_s).toString();
    t.login = o.value(u"login"_s).toString();
    t.deviceToken = o.value(u"deviceToken"_s).toString();
    t.accessToken = o.value(u"accessToken"_s).toString();
    t.refreshToken = o.value(u"refreshToken"_s).toString();
    t.receivedAt = QDateTime::fromString(o.value(u"receivedAt"_s).toString(), Qt::ISODateWithMs).toUTC();
    t.expiresIn = json::toInt64(o.value(u"expiresIn"_s));
    const QString shape = o.value(u"shape"_s).toString();
    if (shape == u"object"_s) {
        t.shape = LoginFieldsShape::Object;
    } else if (shape == u"string"_s) {
        t.shape = LoginFieldsShape::String;
    }
    t.userLogin = userLoginFromName(o.value(u"userLogin"_s).toString()).value_or(UserLogin::DeviceToken);
    t.derive();
    return t;
}

void SessionTokens::derive()
{
    jwt = accessToken.isEmpty() ? Jwt() : Jwt::decode(accessToken);
    expiry = accessToken.isEmpty() ? TokenExpiry() : expiryFrom(jwt, expiresIn, receivedAt);
}

// ---- SessionStore ----------------------------------------------------------------------------

SessionStore::SessionStore(KeychainStore *keychain) : m_keychain(keychain)
{
    Q_ASSERT(keychain);
}

void SessionStore::read(const QString &key, SessionKind kind, QObject *context,
                        std::function<void(const Kept &)> done) const
{
    auto *job = m_keychain->read(key);
    QObject::connect(job, &KeychainJob::finished, context, [kind, done](KeychainJob *j) {
        Kept kept;
        kept.error = j->error();
        kept.found = j->ok() && j->found();
        if (kept.found) {
            SessionKind keptKind = SessionKind::Admin;
            kept.tokens = SessionTokens::fromJson(j->data(), &keptKind);
            if (keptKind != kind) {
                kept.tokens.reset();
            }
        }
        done(kept);
    });
}

void SessionStore::write(const QString &key, SessionKind kind, const SessionTokens &tokens, QObject *context,
                         std::function<void(const ApiError &)> done) const
{
    qCDebug(lc) << "writing the session to the keychain";
    auto *job = m_keychain->write(key, tokens.toJson(kind));
    QObject::connect(job, &KeychainJob::finished, context, [done](KeychainJob *j) {
        qCDebug(lc) << "session write finished; ok:" << j->ok();
        done(j->ok() ? ApiError() : j->error());
    });
}

void SessionStore::remove(const QString &key, QObject *context, std::function<void(const ApiError &)> done) const
{
    auto *job = m_keychain->remove(key);
    QObject::connect(job, &KeychainJob::finished, context, [done](KeychainJob *j) { done(j->error()); });
}

} // namespace tc
