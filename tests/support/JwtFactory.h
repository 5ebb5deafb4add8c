#pragma once
// JWTs for tests, built the way the service writes them: base64url parts without padding, joined
// by dots, the JSON compact. Nothing is really signed; the default signature has the length an
// HS256 signature has (32 bytes), so tc::Jwt reports it as present.
//
//     tests::makeJwt({{u"sub"_s, u"dt-1"_s}, {u"exp"_s, now + 3600}})   // header.payload.signature
//     tests::makeJwt(claims, {{u"alg"_s, u"HS512"_s}})                  // another header
//     tests::unsignedJwt(claims)                                         // header.payload
//     tests::emptySignatureJwt(claims, {{u"alg"_s, u"none"_s}})          // header.payload.
//     tests::jwtFromParts(R"({"alg":"HS256"})", "[1,2]")                 // any text as header/payload
//
// Qt Core only: compiled into every test executable.
#include <QByteArray>
#include <QJsonObject>

namespace tests {

// One JWT part: base64url, no '=' padding.
QByteArray b64url(const QByteArray &raw);

// {"alg":"HS256","typ":"JWT"}
QJsonObject hs256Header();
// b64url of 32 bytes: as long as an HS256 signature (not a valid one).
QByteArray hs256Signature();

// header.payload.signature; `signature` goes in as written (already base64url, or damaged on
// purpose), and an empty one leaves "header.payload.".
QByteArray makeJwt(const QJsonObject &claims, const QJsonObject &header = hs256Header(),
                   const QByteArray &signature = hs256Signature());
// header.payload: no signature part, no last dot (the signature cut off).
QByteArray unsignedJwt(const QJsonObject &claims, const QJsonObject &header = hs256Header());
// header.payload. (an unsecured token, "alg": "none", looks like this).
QByteArray emptySignatureJwt(const QJsonObject &claims, const QJsonObject &header = hs256Header());
// Arbitrary parts: headerText and payloadText are base64url-encoded as they are (JSON or not),
// the signature goes in as written.
QByteArray jwtFromParts(const QByteArray &headerText, const QByteArray &payloadText,
                        const QByteArray &signature = "sig");

} // namespace tests
