#include "core/api/AuthResult.h"

#include "core/util/Json.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tc {

std::optional<AuthResult> AuthResult::fromJson(const QJsonValue &result, QString *why)
{
    const auto fail = [why](const QString &reason) -> std::optional<AuthResult> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (!result.isObject())
        return fail(result.isNull() || result.isUndefined()
                            ? QCoreApplication::translate("tc::AuthResult", "Result is null")
                            : QCoreApplication::translate("tc::AuthResult", "Result is not an object"));
    const QJsonObject o = result.toObject();
    AuthResult r;

    const QJsonValue dt = json::value(o, u"DeviceToken");
    if (!dt.isUndefined() && !dt.isNull() && !dt.isString())
        return fail(QCoreApplication::translate("tc::AuthResult", "DeviceToken is not a string"));
    r.deviceToken = dt.toString();

    const QJsonValue access = json::value(o, u"AccessToken");
    if (access.isObject()) {
        const QJsonObject a = access.toObject();
        const QJsonValue token = json::value(a, u"Token");
        if (!token.isUndefined() && !token.isNull() && !token.isString())
            return fail(QCoreApplication::translate("tc::AuthResult", "AccessToken.Token is not a string"));
        r.accessToken = token.toString();
        const QJsonValue expires = json::value(a, u"ExpiresIn");
        if (!expires.isUndefined() && !expires.isNull()) {
            r.expiresIn = json::toInt64(expires);
            if (!r.expiresIn || *r.expiresIn < 0)
                return fail(QCoreApplication::translate("tc::AuthResult",
                                                        "AccessToken.ExpiresIn is not a number of seconds"));
        }
    } else if (access.isString()) { // tolerated: a bare JWT
        r.accessToken = access.toString();
    } else if (!access.isUndefined() && !access.isNull()) {
        return fail(QCoreApplication::translate("tc::AuthResult", "AccessToken is neither an object nor null"));
    }
    if (!r.expiresIn) { // some answers put ExpiresIn next to AccessToken
        const QJsonValue expires = json::value(o, u"ExpiresIn");
        if (!expires.isUndefined() && !expires.isNull())
            r.expiresIn = json::toInt64(expires);
    }

    const QJsonValue refresh = json::value(o, u"RefreshToken");
    if (!refresh.isUndefined() && !refresh.isNull() && !refresh.isString())
        return fail(QCoreApplication::translate("tc::AuthResult", "RefreshToken is not a string"));
    r.refreshToken = refresh.toString();
    return r;
}

std::optional<QList<AuthResult>> AuthResult::listFromJson(const QJsonValue &result, QString *why)
{
    QJsonValue list = result;
    if (result.isObject())
        list = json::value(result.toObject(), u"Results");
    if (!list.isArray()) {
        if (why)
            *why = QCoreApplication::translate("tc::AuthResult", "Result has no Results list");
        return std::nullopt;
    }
    QList<AuthResult> out;
    const QJsonArray array = list.toArray();
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString reason;
        const auto entry = fromJson(array.at(i), &reason);
        if (!entry) {
            if (why)
                *why = u"Results[%1]: %2"_s.arg(i).arg(reason);
            return std::nullopt;
        }
        out.append(*entry);
    }
    return out;
}

} // namespace tc
