#pragma once
// Decoding (not verifying) the service's JWTs: header, claims, times and identity. The signature
// is HS256 with the service's key, which the console never has; decoding only reads.
// Hostile input never crashes: decode() fails with the part and the reason.
#include "core/Clock.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace tc {

class Jwt
{
public:
    static constexpr qsizetype MaxInputSize = 64 * 1024; // real tokens are ~1 KiB

    enum class Part { None, Whole, Header, Payload, Signature };

    Jwt() = default;
    // Accepts surrounding whitespace and a leading "Bearer ".
    static Jwt decode(QByteArrayView token);
    static Jwt decode(const QByteArray &token) { return decode(QByteArrayView(token)); }
    static Jwt decode(const char *token) { return decode(QByteArrayView(token)); }
    static Jwt decode(const QString &token);

    bool isValid() const { return m_valid; }
    Part errorPart() const { return m_errorPart; }
    QString errorReason() const { return m_errorReason; }
    // "payload: not valid base64url" (empty when valid).
    QString errorString() const;
    static QString partName(Part part);

    QJsonObject header() const { return m_header; }
    QJsonObject claims() const { return m_claims; }
    QString algorithm() const;
    // A claim by name, any casing.
    QJsonValue claim(QStringView name) const;
    QString claimText(QStringView name) const;

    // Registered claims as UTC times (invalid when absent or not a sane number).
    QDateTime issuedAt() const { return timeClaim(u"iat"); }
    QDateTime notBefore() const { return timeClaim(u"nbf"); }
    QDateTime expiresAt() const { return timeClaim(u"exp"); }
    // The service's RefreshTokenExpiredDate claim ("dd.MM.yyyy H:mm:ss", UTC).
    QDateTime refreshTokenExpiresAt() const;

    bool isExpired(const Clock &clock) const; // false when there is no exp
    std::optional<qint64> secondsLeft(const Clock &clock) const; // negative once expired

    // Identity.
    QString subject() const { return claimText(u"sub"); }
    QString deviceToken() const;
    QString instanceId() const { return claimText(u"InstanceId"); }
    QString dataHubEmail() const { return claimText(u"DataHubEmail"); }
    // A guess: DataHub users (IsDataHubUser / DataHubEmail) are the admins of the service.
    bool isAdminGuess() const;

    // Names of the claims that carry secrets and are present in this token.
    QStringList sensitiveClaims() const;
    // Claim names that are secrets wherever they appear (InstanceKey, RefreshToken, ...).
    static QStringList sensitiveClaimNames();
    static bool isSensitiveClaim(QStringView name);
    // The claims with every sensitive value replaced by `mask`.
    QJsonObject maskedClaims(const QString &mask) const;

    // The service's dates: "22.12.2019 8:59:09" (UTC) and other common forms (ISO 8601,
    // "12/22/2019 8:59:09 AM", "2019-12-22 08:59:09", seconds since the epoch).
    static QDateTime parseServiceDate(const QString &text);

private:
    QDateTime timeClaim(QStringView name) const;
    static Jwt failure(Part part, const QString &reason);

    bool m_valid = false;
    Part m_errorPart = Part::None;
    QString m_errorReason;
    QJsonObject m_header;
    QJsonObject m_claims;
};

// When an access token lapses: the JWT's exp is the authority, the answer's ExpiresIn
// (seconds) is the fallback; a disagreement of more than 60 s is reported.
struct TokenExpiry
{
    enum class Source { None, ExpClaim, ExpiresIn };
    QDateTime expiresAt; // UTC; invalid when neither source gives one
    Source source = Source::None;
    std::optional<qint64> expiresIn;   // as the service sent it
    std::optional<qint64> jwtLifetime; // exp - iat, when both are present
    bool mismatch = false;
    qint64 mismatchSecs = 0;
    QString note; // a sentence about the mismatch, empty otherwise

    static constexpr qint64 Tolerance = 60;
};

// `receivedAt` is when the answer arrived (ExpiresIn counts from there when the token has no iat).
TokenExpiry expiryFrom(const Jwt &jwt, std::optional<qint64> expiresIn, const QDateTime &receivedAt);

} // namespace tc
