#pragma once
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
    static QString headerMeaning(const QString &name, const QJsonValue &value = {});
    // What a claim means (sub, exp, InstanceKey, RefreshTokenExpiredDate, ...), any casing.
    static QString claimMeaning(const QString &name);
    // Claims whose value is a moment (seconds since the epoch or the service's date text).
    static bool isTimeClaim(const QString &name);
};

} // namespace tc
