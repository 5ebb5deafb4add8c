#include "core/auth/JwtReport.h"

#include "core/util/Json.h"

using namespace Qt::StringLiterals;

namespace tc {

JwtReport::JwtReport(const Jwt &jwt, const QDateTime &now, const MomentText &momentText) : m_jwt(jwt)
{
    if (!jwt.isValid())
        return;
    const auto add = [this](Warning code, const QString &text) { m_warnings.append({code, text}); };

    // The signature first: when it is missing or damaged, nothing below it can be trusted.
    if (jwt.signature() == Jwt::Signature::Missing) {
        add(Warning::Unsigned, tr("Unsigned: anyone could have written these claims. The token ends after its claims, "
                                  "with no signature: was its end cut off when it was copied?"));
    } else if (jwt.algorithm().compare(u"none"_s, Qt::CaseInsensitive) == 0) {
        add(Warning::Unsigned,
            tr("Unsigned: anyone could have written these claims. Its header says \"alg\": \"none\"; "
               "the service never issues such a token and refuses it."));
    } else if (jwt.signature() == Jwt::Signature::Empty) {
        add(Warning::Unsigned, tr("Unsigned: anyone could have written these claims. Nothing follows the last dot, so "
                                  "the token has no signature; the service refuses it."));
    }
    if (jwt.signature() == Jwt::Signature::Malformed) {
        add(Warning::SignatureDamaged,
            tr("Signature damaged — truncated paste? Its signature part: %1. The header and claims decode and are "
               "shown, but the service refuses the token as it is: copy it again in full.")
                    .arg(jwt.signatureProblem()));
    }

    const QDateTime exp = jwt.expiresAt();
    const QDateTime nbf = jwt.notBefore();
    const QDateTime iat = jwt.issuedAt();
    if (exp.isValid() && exp <= now)
        add(Warning::Expired,
            tr("Expired %1. The service answers 401 to it; refresh or log in again.").arg(momentText(exp)));
    else if (!exp.isValid())
        add(Warning::NoExpiry, tr("The token has no expiry (exp) claim."));
    if (nbf.isValid() && nbf > now)
        add(Warning::NotYetValid,
            tr("Not yet valid: the service accepts it %1. Check this computer's clock.").arg(momentText(nbf)));
    if (iat.isValid() && iat > now.addSecs(60))
        add(Warning::IssuedInFuture,
            tr("Issued in the future, %1: this computer's clock or the server's is wrong.").arg(momentText(iat)));

    const QStringList sensitive = jwt.sensitiveClaims();
    for (const QString &name : sensitive) {
        if (name.compare(u"InstanceKey"_s, Qt::CaseInsensitive) == 0) {
            add(Warning::EmbedsInstanceKey,
                tr("This token embeds the group's InstanceKey: anyone who sees the token has the group's key "
                   "(the password of every user of the group, and the key to register new users)."));
        } else if (name.compare(u"RefreshToken"_s, Qt::CaseInsensitive) == 0) {
            add(Warning::EmbedsRefreshToken,
                tr("This token embeds a refresh token: anyone who sees it can get a new token pair."));
        } else {
            add(Warning::EmbedsSecret, tr("This token embeds a secret (%1).").arg(name));
        }
    }
    const QDateTime rexp = jwt.refreshTokenExpiresAt();
    if (rexp.isValid() && rexp <= now)
        add(Warning::RefreshTokenExpired,
            tr("Its refresh token expired %1: only a new login helps.").arg(momentText(rexp)));
}

QString JwtReport::kindBasis() const
{
    const QString claim = m_jwt.kindClaim();
    if (claim.isEmpty())
        return tr("its claims name neither a user (DeviceToken) nor an admin role");
    // A role claim may be a URI ("http://schemas.microsoft.com/.../claims/role"): say "role".
    const QString shownName = Jwt::isRoleClaim(claim) ? u"role"_s : claim;
    QString value = json::toText(m_jwt.claim(claim));
    if (value.isEmpty() && Jwt::isRoleClaim(claim))
        value = u"Admin"_s; // a list of roles, one of them Admin
    return u"%1: %2"_s.arg(shownName, value);
}

QString JwtReport::kindSentence() const
{
    switch (m_jwt.kind()) {
    case Jwt::Kind::Admin: {
        const QString email = m_jwt.dataHubEmail();
        return email.isEmpty() ? tr("An admin token (%1).").arg(kindBasis())
                               : tr("An admin token for %1 (%2).").arg(email, kindBasis());
    }
    case Jwt::Kind::User: return tr("A user token (%1).").arg(kindBasis());
    case Jwt::Kind::Unknown: break;
    }
    return tr("A token of unknown kind: %1.").arg(kindBasis());
}

QString JwtReport::signatureSentence() const
{
    if (m_jwt.signature() == Jwt::Signature::Missing)
        return tr("Unsigned: there is no signature part.");
    if (m_jwt.algorithm().compare(u"none"_s, Qt::CaseInsensitive) == 0)
        return tr("Unsigned: the header says \"alg\": \"none\".");
    if (m_jwt.signature() == Jwt::Signature::Empty)
        return tr("Unsigned: the signature part is empty.");
    if (m_jwt.signature() == Jwt::Signature::Malformed)
        return tr("Its signature is damaged (%1).").arg(m_jwt.signatureProblem());
    const QString alg = m_jwt.algorithm();
    return alg.isEmpty() ? tr("Signed, with no algorithm named in the header; the signature is not checked here "
                              "(the console does not hold the service's key).")
                         : tr("Signed with %1; the signature is not checked here (the console does not hold the "
                              "service's key).")
                                   .arg(alg);
}

QStringList JwtReport::warningTexts() const
{
    QStringList out;
    out.reserve(m_warnings.size());
    for (const Finding &f : m_warnings)
        out.append(f.text);
    return out;
}

bool JwtReport::hasSignatureWarning() const
{
    for (const Finding &f : m_warnings) {
        if (f.code == Warning::Unsigned || f.code == Warning::SignatureDamaged)
            return true;
    }
    return false;
}

QString JwtReport::warningCode(Warning warning)
{
    switch (warning) {
    case Warning::Unsigned: return u"unsigned"_s;
    case Warning::SignatureDamaged: return u"signature_damaged"_s;
    case Warning::Expired: return u"expired"_s;
    case Warning::NoExpiry: return u"no_expiry"_s;
    case Warning::NotYetValid: return u"not_yet_valid"_s;
    case Warning::IssuedInFuture: return u"issued_in_future"_s;
    case Warning::EmbedsInstanceKey: return u"embeds_instance_key"_s;
    case Warning::EmbedsRefreshToken: return u"embeds_refresh_token"_s;
    case Warning::EmbedsSecret: return u"embeds_secret"_s;
    case Warning::RefreshTokenExpired: return u"refresh_token_expired"_s;
    }
    return QString();
}

} // namespace tc
