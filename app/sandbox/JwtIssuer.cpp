#include "JwtIssuer.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QList>
#include <QMessageAuthenticationCode>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {
constexpr auto kB64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

const QByteArray &encodedHeader()
{
    static const QByteArray h = QByteArray(R"({"alg":"HS256","typ":"JWT"})").toBase64(kB64);
    return h;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}
} // namespace

QByteArray JwtIssuer::sign(const QJsonObject &claims) const
{
    QByteArray signingInput = encodedHeader();
    signingInput += '.';
    signingInput += QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(kB64);
    const QByteArray sig = QMessageAuthenticationCode::hash(signingInput, m_secret, QCryptographicHash::Sha256);
    return signingInput + '.' + sig.toBase64(kB64);
}

JwtIssuer::Verified JwtIssuer::verify(QByteArrayView token, qint64 nowSecs) const
{
    Verified out;
    const QByteArray t = token.toByteArray().trimmed();
    const QList<QByteArray> parts = t.split('.');
    if (parts.size() != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty())
        return out;
    const auto decode = [](const QByteArray &part, bool *ok) {
        auto r = QByteArray::fromBase64Encoding(part, QByteArray::Base64UrlEncoding
                                                              | QByteArray::AbortOnBase64DecodingErrors);
        *ok = bool(r);
        return *r;
    };
    bool ok = false;
    const QJsonObject header = QJsonDocument::fromJson(decode(parts[0], &ok)).object();
    if (!ok || header.value(u"alg"_s).toString() != u"HS256"_s)
        return out;
    const QByteArray sig = decode(parts[2], &ok);
    if (!ok)
        return out;
    const QByteArray expected
            = QMessageAuthenticationCode::hash(parts[0] + '.' + parts[1], m_secret, QCryptographicHash::Sha256);
    if (!constantTimeEquals(sig, expected)) {
        out.verdict = Verdict::BadSignature;
        return out;
    }
    const QJsonDocument payload = QJsonDocument::fromJson(decode(parts[1], &ok));
    if (!ok || !payload.isObject())
        return out;
    out.claims = payload.object();
    // Seconds since the epoch, checked before the cast: a double past qint64's range is undefined
    // behaviour to convert (found by tests/fuzz: a signed token with "exp": 1e300).
    const auto seconds = [](const QJsonValue &v, double fallback) -> std::optional<qint64> {
        const double d = v.isDouble() ? v.toDouble() : fallback;
        if (!std::isfinite(d) || d < -9.0e18 || d > 9.0e18)
            return std::nullopt;
        return qint64(d);
    };
    const std::optional<qint64> expSecs = seconds(out.claims.value(u"exp"_s), -1);
    const std::optional<qint64> nbfSecs = seconds(out.claims.value(u"nbf"_s), 0);
    const qint64 exp = expSecs.value_or(-1);
    const qint64 nbf = nbfSecs.value_or(0);
    if (exp < 0 || !nbfSecs)
        out.verdict = Verdict::Malformed;
    else if (nowSecs >= exp)
        out.verdict = Verdict::Expired;
    else if (nowSecs < nbf)
        out.verdict = Verdict::NotYetValid;
    else
        out.verdict = Verdict::Valid;
    return out;
}

} // namespace sandbox
