#pragma once
// HS256 JSON Web Tokens: header {"alg":"HS256","typ":"JWT"}, base64url without padding,
// signed with QMessageAuthenticationCode (SHA-256) and the database's own secret.
#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>

namespace sandbox {

class JwtIssuer
{
public:
    explicit JwtIssuer(const QByteArray &secret = {}) : m_secret(secret) { }
    void setSecret(const QByteArray &secret) { m_secret = secret; }

    QByteArray sign(const QJsonObject &claims) const;

    enum class Verdict { Valid, Malformed, BadSignature, Expired, NotYetValid };
    struct Verified
    {
        Verdict verdict = Verdict::Malformed;
        QJsonObject claims; // set for Valid, Expired and NotYetValid (signature checked)
    };
    // Checks shape, algorithm and signature, then exp/nbf against nowSecs (no leeway).
    Verified verify(QByteArrayView token, qint64 nowSecs) const;

private:
    QByteArray m_secret;
};

} // namespace sandbox
