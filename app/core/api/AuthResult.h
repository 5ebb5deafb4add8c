#pragma once
// What Registration/Create, Auth/Login and Auth/RefreshToken answer:
// { DeviceToken, AccessToken { Token, ExpiresIn }, RefreshToken }, read with any key casing.
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace tc {

struct AuthResult
{
    QString deviceToken;
    QString accessToken;             // the JWT; empty when the service sent none (CreateAccessToken: false)
    std::optional<qint64> expiresIn; // seconds (number or numeric string in the answer)
    QString refreshToken;

    bool hasAccessToken() const { return !accessToken.isEmpty(); }

    // Fails (nullopt, with *why) when the value is not an object or a field has the wrong type.
    // Presence rules belong to the caller (see ApiClient).
    static std::optional<AuthResult> fromJson(const QJsonValue &result, QString *why = nullptr);
    // CreateMany: { "Results": [ ... ] } (or a bare array).
    static std::optional<QList<AuthResult>> listFromJson(const QJsonValue &result, QString *why = nullptr);
};

} // namespace tc
