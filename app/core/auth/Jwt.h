#pragma once
// Decoding (not verifying) the service's JWTs: header, claims, times and identity. The signature
// is HS256 with the service's key, which the console never has; decoding only reads.
// Hostile input never crashes: decode() fails with the part and the reason when the header or the
// claims do not decode. A missing, empty or damaged signature does not stop the decoding: it is
// reported by signature() (and worded by JwtReport), because the claims are still worth reading.
#include "core/util/Clock.h"

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
    // The third part, as found. Present says only that it is there and well formed: nothing here
    // checks it against a key.
    enum class Signature {
        Missing,   // "header.payload": no third part at all
        Empty,     // "header.payload.": nothing after the last dot
        Malformed, // not base64url, or not the length the header's algorithm gives (a truncated paste)
        Present,
    };
    // Whose token it is, as its claims say: Admin when a role claim is "Admin" (the sandbox's
    // admin tokens) or IsDataHubUser is true (the vendor's DataHub admin tokens); User when it
    // carries a DeviceToken claim; Unknown when the claims name neither.
    enum class Kind { Unknown, User, Admin };

    Jwt() = default;
    // Accepts surrounding whitespace and a leading "Bearer ". Two parts ("header.payload") decode
    // with Signature::Missing.
    static Jwt decode(QByteArrayView token);
    static Jwt decode(const QByteArray &token) { return decode(QByteArrayView(token)); }
    static Jwt decode(const char *token) { return decode(QByteArrayView(token)); }
    static Jwt decode(const QString &token);

    // The header and the claims decoded (whatever the signature).
    bool isValid() const { return m_valid; }
    Part errorPart() const { return m_errorPart; }
    QString errorReason() const { return m_errorReason; }
    // "payload: not valid base64url" (empty when valid).
    QString errorString() const;
    static QString partName(Part part);

    QJsonObject header() const { return m_header; }
    QJsonObject claims() const { return m_claims; }
    QString algorithm() const;

    Signature signature() const { return m_signature; }
    // Why the signature is Malformed ("not valid base64url (character '*' at offset 3)"), else "".
    QString signatureProblem() const { return m_signatureProblem; }
    // No signature (missing or empty), or a header that says "alg": "none": anyone could have
    // written the claims.
    bool isUnsigned() const;
    // "present", "missing", "empty", "malformed" (the CLI's JSON spelling).
    static QString signatureName(Signature signature);

    Kind kind() const;
    // The claim that decided kind(), as the token spells it ("DeviceToken", "IsDataHubUser",
    // "http://schemas.microsoft.com/ws/2008/06/identity/claims/role"); empty for Unknown.
    QString kindClaim() const;
    // "admin", "user", "unknown" (the CLI's JSON spelling).
    static QString kindName(Kind kind);
    // Whether a claim name is a role claim ("role", "roles", or a URI ending in "/claims/role").
    static bool isRoleClaim(QStringView name);
    // A claim by name, any casing.
    QJsonValue claim(QStringView name) const;
    QString claimText(QStringView name) const;

    // Registered claims as UTC times (invalid when absent or not a sane number).
    QDateTime issuedAt() const { return timeClaim(u"iat"); }
    QDateTime notBefore() const { return timeClaim(u"nbf"); }
    QDateTime expiresAt() const { return timeClaim(u"exp"); }
    // The service's RefreshTokenExpiredDate claim ("dd.MM.yyyy H:mm:ss", UTC).
    QDateTime refreshTokenExpiresAt() const;

    bool isExpired(const Clock &clock) const;                    // false when there is no exp
    std::optional<qint64> secondsLeft(const Clock &clock) const; // negative once expired

    // Identity.
    QString subject() const { return claimText(u"sub"); }
    // The DeviceToken claim ("" without one: sub is not taken for it).
    QString deviceToken() const { return claimText(u"DeviceToken"); }
    QString instanceId() const { return claimText(u"InstanceId"); }
    QString dataHubEmail() const { return claimText(u"DataHubEmail"); }

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
    Signature m_signature = Signature::Missing;
    QString m_signatureProblem;
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
