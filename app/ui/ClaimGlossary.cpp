#include "ui/ClaimGlossary.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace tc {

namespace {
const QHash<QString, const char *> &claims()
{
    static const QHash<QString, const char *> m{
            {u"sub"_s,
             QT_TRANSLATE_NOOP("tc::ClaimGlossary",
                               "Subject: whom the token is for (the user's DeviceToken, or the admin's id).")},
            {u"jti"_s, QT_TRANSLATE_NOOP("tc::ClaimGlossary", "Token id: a unique number for this one token.")},
            {u"iat"_s, QT_TRANSLATE_NOOP("tc::ClaimGlossary", "Issued at: when the service made this token.")},
            {u"nbf"_s, QT_TRANSLATE_NOOP("tc::ClaimGlossary", "Not before: the token is refused before this moment.")},
            {u"exp"_s,
             QT_TRANSLATE_NOOP("tc::ClaimGlossary",
                               "Expires: after this moment the service answers 401; refresh the token before it.")},
            {u"iss"_s,
             QT_TRANSLATE_NOOP("tc::ClaimGlossary", "Issuer: the service part that signed the token (\"webApi\").")},
            {u"aud"_s, QT_TRANSLATE_NOOP("tc::ClaimGlossary", "Audience: the services meant to accept the token.")},
            {u"applicationid"_s,
             QT_TRANSLATE_NOOP("tc::ClaimGlossary", "Application id: the customer's application (app) in DataHub.")},
            {u"companyid"_s,
             QT_TRANSLATE_NOOP("tc::ClaimGlossary", "Company id: the customer account that owns the application.")},
            {u"instanceid"_s,
             QT_TRANSLATE_NOOP("tc::ClaimGlossary",
                               "InstanceId: the user group (or API credentials set) the identity belongs to.")},
            {u"instancekey"_s,
             QT_TRANSLATE_NOOP("tc::ClaimGlossary", "InstanceKey: the group's secret key, the password for user logins "
                                                    "and registration. Anyone who sees this token has it.")},
            {u"devicetoken"_s, QT_TRANSLATE_NOOP("tc::ClaimGlossary",
                                                 "DeviceToken: the app user's id, also the SDK's key for that user.")},
            {u"sdkenablelogging"_s,
             QT_TRANSLATE_NOOP("tc::ClaimGlossary", "Whether the SDK sends its logs for this user.")},
            {u"sdkenabletracking"_s,
             QT_TRANSLATE_NOOP("tc::ClaimGlossary", "Whether the SDK records trips for this user.")},
            {u"sdkenablerealtimelocation"_s,
             QT_TRANSLATE_NOOP("tc::ClaimGlossary", "Whether the SDK shares the user's live location.")},
            {u"sdkclientid"_s,
             QT_TRANSLATE_NOOP("tc::ClaimGlossary", "ClientId: the user's id in the customer's own system.")},
            {u"refreshtokenexpireddate"_s,
             QT_TRANSLATE_NOOP("tc::ClaimGlossary",
                               "When the refresh token dies (service time, UTC): after it, log in again.")},
            {u"refreshtoken"_s,
             QT_TRANSLATE_NOOP("tc::ClaimGlossary",
                               "The refresh token, in clear: it buys a new token pair once. Keep it secret.")},
            {u"datahubemail"_s, QT_TRANSLATE_NOOP("tc::ClaimGlossary", "The DataHub account's e-mail (admin tokens).")},
            {u"isdatahubuser"_s,
             QT_TRANSLATE_NOOP("tc::ClaimGlossary", "Whether the identity is a DataHub (admin) account.")},
            {u"role"_s, QT_TRANSLATE_NOOP("tc::ClaimGlossary", "The role the service grants this identity.")},
            {u"http://schemas.microsoft.com/ws/2008/06/identity/claims/role"_s,
             QT_TRANSLATE_NOOP("tc::ClaimGlossary", "The role the service grants this identity.")},
            {u"userid"_s, QT_TRANSLATE_NOOP("tc::ClaimGlossary", "The service's internal id of the identity.")},
    };
    return m;
}
} // namespace

QString ClaimGlossary::headerMeaning(const QString &name, const QJsonValue &value, Jwt::Signature signature)
{
    const QString n = name.toLower();
    if (n == u"alg"_s) {
        const QString alg = value.toString();
        if (alg.compare(u"none"_s, Qt::CaseInsensitive) == 0) {
            return tr("Signing algorithm: none. The token is not signed: anyone could have written its claims, and the "
                      "service refuses it.");
        }
        if (signature == Jwt::Signature::Missing || signature == Jwt::Signature::Empty) {
            return tr("Signing algorithm %1 is named, but the token carries no signature: it is not signed.")
                    .arg(alg.isEmpty() ? tr("(none given)") : alg);
        }
        if (signature == Jwt::Signature::Malformed) {
            return tr("Signing algorithm %1, but the signature is damaged (a truncated paste?): the service refuses "
                      "the token as it is.")
                    .arg(alg.isEmpty() ? tr("(none given)") : alg);
        }
        if (alg.isEmpty() || alg.compare(u"HS256"_s, Qt::CaseInsensitive) == 0) {
            return tr("Signing algorithm. HS256: signed with the service's secret key, which the console does not "
                      "have, so the signature is not checked here.");
        }
        return tr("Signing algorithm (%1). The service signs its tokens with HS256; the signature is not checked here.")
                .arg(alg);
    }
    if (n == u"typ"_s) {
        return tr("Token type (JWT).");
    }
    if (n == u"kid"_s) {
        return tr("Key id: which of the service's keys signed the token.");
    }
    if (n == u"cty"_s) {
        return tr("Content type of the payload.");
    }
    return tr("A header field the console does not know.");
}

QString ClaimGlossary::claimMeaning(const QString &name)
{
    const auto it = claims().constFind(name.toLower());
    if (it != claims().cend()) {
        return tr(it.value());
    }
    return tr("A claim the console does not know.");
}

bool ClaimGlossary::isTimeClaim(const QString &name)
{
    const QString n = name.toLower();
    return n == u"iat"_s || n == u"nbf"_s || n == u"exp"_s || n == u"refreshtokenexpireddate"_s;
}

} // namespace tc
