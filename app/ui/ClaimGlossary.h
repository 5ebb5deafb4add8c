#pragma once
#include "core/auth/Jwt.h"
#include <QCoreApplication>
// The vendor's JWT header fields and claims, explained in plain words for the token inspector.
#include <QJsonValue>
#include <QString>

namespace tc {

class ClaimGlossary
{
    Q_DECLARE_TR_FUNCTIONS(tc::ClaimGlossary)

public:
    // What a header field means (alg, typ, kid, ...); a generic sentence for unknown names. For alg
    // the value matters: "none" means the token is not signed.
    // signature: what the token's third part is (the "alg" row never says "signed" of a token
    // that carries no signature, or a damaged one).
    static QString headerMeaning(const QString &name, const QJsonValue &value = {},
                                 Jwt::Signature signature = Jwt::Signature::Present);
    // What a claim means (sub, exp, InstanceKey, RefreshTokenExpiredDate, ...), any casing.
    static QString claimMeaning(const QString &name);
    // Claims whose value is a moment (seconds since the epoch or the service's date text).
    static bool isTimeClaim(const QString &name);
};

} // namespace tc
