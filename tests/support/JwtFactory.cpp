#include "JwtFactory.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace tests {

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray b64url(const QByteArray &raw)
{
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QJsonObject hs256Header()
{
    return {{u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}};
}

QByteArray hs256Signature()
{
    return b64url(QByteArray(32, 's'));
}

QByteArray makeJwt(const QJsonObject &claims, const QJsonObject &header, const QByteArray &signature)
{
    return unsignedJwt(claims, header) + '.' + signature;
}

QByteArray unsignedJwt(const QJsonObject &claims, const QJsonObject &header)
{
    return b64url(compact(header)) + '.' + b64url(compact(claims));
}

QByteArray emptySignatureJwt(const QJsonObject &claims, const QJsonObject &header)
{
    return makeJwt(claims, header, {});
}

QByteArray jwtFromParts(const QByteArray &headerText, const QByteArray &payloadText, const QByteArray &signature)
{
    return b64url(headerText) + '.' + b64url(payloadText) + '.' + signature;
}

} // namespace tests
