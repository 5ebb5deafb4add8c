#pragma once
// What a decoded token says about itself, decided once for the token inspector and for
// `telematics-cli token inspect`: whose it is (from its claims, never guessed), what its signature
// is, and the warnings (unsigned, damaged signature, expired, not yet valid, secrets it embeds...)
// in plain words. The GUI and the CLI only lay it out; each says how it writes a moment.
#include "core/auth/Jwt.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace tc {

class JwtReport
{
    Q_DECLARE_TR_FUNCTIONS(tc::JwtReport)

public:
    enum class Warning {
        Unsigned,         // no signature part, an empty one, or "alg": "none"
        SignatureDamaged, // not base64url, or cut short: a truncated paste
        Expired,
        NoExpiry,
        NotYetValid,
        IssuedInFuture,
        EmbedsInstanceKey,
        EmbedsRefreshToken,
        EmbedsSecret, // another sensitive claim (Password, AccessToken, ...)
        RefreshTokenExpired,
    };
    struct Finding
    {
        Warning code;
        QString text; // one or two sentences
    };
    // How the caller writes a moment: "3 days ago (2024-04-28 12:00:00 UTC)".
    using MomentText = std::function<QString(const QDateTime &moment)>;

    // Warnings are decided against `now`. An invalid `jwt` (header or claims did not decode)
    // gives no warnings and an empty kind.
    JwtReport(const Jwt &jwt, const QDateTime &now, const MomentText &momentText);

    Jwt::Kind kind() const { return m_jwt.kind(); }
    // What the kind rests on: "role: Admin", "IsDataHubUser: True", "DeviceToken: 0b1c…"; for an
    // unknown kind, that the claims name neither a user (DeviceToken) nor an admin role.
    QString kindBasis() const;
    // "An admin token for ann@example.com (role: Admin)." / "A user token (DeviceToken: 0b1c…)." /
    // "A token of unknown kind: its claims name neither a user (DeviceToken) nor an admin role."
    QString kindSentence() const;
    // "Signed with HS256; the signature is not checked here (...)." / "Unsigned: ...".
    QString signatureSentence() const;

    QList<Finding> warnings() const { return m_warnings; }
    QStringList warningTexts() const;
    // An Unsigned or SignatureDamaged warning is among them: nothing in the claims can be trusted.
    bool hasSignatureWarning() const;
    // "unsigned", "signature_damaged", "expired", ... (the CLI's JSON spelling).
    static QString warningCode(Warning warning);

private:
    Jwt m_jwt;
    QList<Finding> m_warnings;
};

} // namespace tc
