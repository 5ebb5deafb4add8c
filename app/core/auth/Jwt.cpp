#include "core/auth/Jwt.h"

#include "core/util/Json.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace tc {

namespace {

constexpr qint64 MaxSaneEpochSecs = 253402300799LL; // 9999-12-31T23:59:59Z

struct DecodedPart
{
    QByteArray bytes;
    QString error;
};

DecodedPart base64Url(QByteArrayView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
                        || c == '_' || c == '=';
        if (!ok) {
            const QString shown = c >= 0x21 && c < 0x7f
                                          ? QString(u"'"_s + QChar::fromLatin1(c) + u"'"_s)
                                          : QString(u"0x"_s + QString::number(uchar(c), 16).rightJustified(2, u'0'));
            return {{},
                    QCoreApplication::translate("tc::Jwt", "not valid base64url (character %1 at offset %2)")
                            .arg(shown)
                            .arg(i)};
        }
    }
    if (text.size() % 4 == 1)
        return {{},
                QCoreApplication::translate("tc::Jwt", "not valid base64url (impossible length %1)").arg(text.size())};
    auto result = QByteArray::fromBase64Encoding(text.toByteArray(), QByteArray::Base64UrlEncoding
                                                                             | QByteArray::AbortOnBase64DecodingErrors);
    if (result.decodingStatus != QByteArray::Base64DecodingStatus::Ok)
        return {{}, QCoreApplication::translate("tc::Jwt", "not valid base64url")};
    return {result.decoded, {}};
}

// The size of a signature by the header's algorithm, when the algorithm fixes it (HMAC and ECDSA;
// RSA's follows the key). 0 when it does not.
int signatureSize(const QString &alg)
{
    static const QHash<QString, int> sizes{{u"HS256"_s, 32}, {u"HS384"_s, 48}, {u"HS512"_s, 64},
                                           {u"ES256"_s, 64}, {u"ES384"_s, 96}, {u"ES512"_s, 132}};
    return sizes.value(alg.toUpper(), 0);
}

QDateTime utc(const QDate &d, const QTime &t)
{
    if (!d.isValid() || !t.isValid())
        return {};
    return QDateTime(d, t, Qt::UTC);
}

} // namespace

QString Jwt::partName(Part part)
{
    switch (part) {
    case Part::None: return QString();
    case Part::Whole: return u"token"_s;
    case Part::Header: return u"header"_s;
    case Part::Payload: return u"payload"_s;
    case Part::Signature: return u"signature"_s;
    }
    return QString();
}

QString Jwt::errorString() const
{
    if (m_valid)
        return QString();
    return partName(m_errorPart) + u": "_s + m_errorReason;
}

Jwt Jwt::failure(Part part, const QString &reason)
{
    Jwt j;
    j.m_errorPart = part;
    j.m_errorReason = reason;
    return j;
}

Jwt Jwt::decode(const QString &token)
{
    if (token.size() > MaxInputSize)
        return failure(Part::Whole, QCoreApplication::translate("tc::Jwt", "too long (%1 characters; the limit is %2)")
                                            .arg(token.size())
                                            .arg(MaxInputSize));
    return decode(QByteArrayView(token.toUtf8()));
}

Jwt Jwt::decode(QByteArrayView input)
{
    if (input.size() > MaxInputSize)
        return failure(Part::Whole, QCoreApplication::translate("tc::Jwt", "too long (%1 bytes; the limit is %2)")
                                            .arg(input.size())
                                            .arg(MaxInputSize));
    if (const qsizetype nul = input.indexOf('\0'); nul >= 0)
        return failure(Part::Whole,
                       QCoreApplication::translate("tc::Jwt", "contains a NUL byte at offset %1").arg(nul));
    QByteArrayView text = input.trimmed();
    if (text.size() >= 7 && QByteArrayView(text.first(7)).compare("bearer ", Qt::CaseInsensitive) == 0)
        text = text.sliced(7).trimmed();
    if (text.isEmpty())
        return failure(Part::Whole, u"empty"_s);

    // Three parts; two ("header.payload", the signature cut off) still show their claims.
    const qsizetype parts = text.count('.') + 1;
    if (parts != 2 && parts != 3)
        return failure(
                Part::Whole,
                QCoreApplication::translate("tc::Jwt", "expected 3 parts separated by '.', found %1").arg(parts));
    const qsizetype dot1 = text.indexOf('.');
    const qsizetype dot2 = parts == 3 ? text.indexOf('.', dot1 + 1) : text.size();
    const QByteArrayView headerText = text.first(dot1);
    const QByteArrayView payloadText = text.sliced(dot1 + 1, dot2 - dot1 - 1);
    const QByteArrayView signatureText = parts == 3 ? text.sliced(dot2 + 1) : QByteArrayView();

    Jwt jwt;
    const auto decodeObject = [](Part part, QByteArrayView b64, QJsonObject *out) -> std::optional<Jwt> {
        if (b64.isEmpty())
            return failure(part, u"empty"_s);
        const DecodedPart decoded = base64Url(b64);
        if (!decoded.error.isEmpty())
            return failure(part, decoded.error);
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(decoded.bytes, &error);
        if (error.error != QJsonParseError::NoError)
            return failure(part, QCoreApplication::translate("tc::Jwt", "not JSON (%1 at offset %2)")
                                         .arg(error.errorString())
                                         .arg(error.offset));
        if (!doc.isObject())
            return failure(part, QCoreApplication::translate("tc::Jwt", "JSON, but not an object"));
        *out = doc.object();
        return std::nullopt;
    };
    if (auto failed = decodeObject(Part::Header, headerText, &jwt.m_header))
        return *failed;
    if (auto failed = decodeObject(Part::Payload, payloadText, &jwt.m_claims))
        return *failed;
    // Whatever the signature, the header and claims are shown: its state is reported instead.
    if (parts == 2) {
        jwt.m_signature = Signature::Missing;
    } else if (signatureText.isEmpty()) {
        jwt.m_signature = Signature::Empty; // an unsecured token ("alg": "none") looks like this
    } else if (const DecodedPart sig = base64Url(signatureText); !sig.error.isEmpty()) {
        jwt.m_signature = Signature::Malformed;
        jwt.m_signatureProblem = sig.error;
    } else if (const int expected = signatureSize(jwt.algorithm()); expected > 0 && sig.bytes.size() != expected) {
        jwt.m_signature = Signature::Malformed;
        jwt.m_signatureProblem = QCoreApplication::translate("tc::Jwt", "an %1 signature is %2 bytes, this one %3")
                                         .arg(jwt.algorithm().toUpper())
                                         .arg(expected)
                                         .arg(sig.bytes.size());
    } else {
        jwt.m_signature = Signature::Present;
    }
    jwt.m_valid = true;
    return jwt;
}

bool Jwt::isUnsigned() const
{
    return m_signature == Signature::Missing || m_signature == Signature::Empty
           || algorithm().compare(u"none"_s, Qt::CaseInsensitive) == 0;
}

QString Jwt::signatureName(Signature signature)
{
    switch (signature) {
    case Signature::Missing: return u"missing"_s;
    case Signature::Empty: return u"empty"_s;
    case Signature::Malformed: return u"malformed"_s;
    case Signature::Present: return u"present"_s;
    }
    return QString();
}

bool Jwt::isRoleClaim(QStringView name)
{
    return name.compare(u"role", Qt::CaseInsensitive) == 0 || name.compare(u"roles", Qt::CaseInsensitive) == 0
           || name.endsWith(u"/claims/role", Qt::CaseInsensitive);
}

QString Jwt::kindClaim() const
{
    // A role claim (a string or a list of them) that is "Admin".
    for (auto it = m_claims.constBegin(); it != m_claims.constEnd(); ++it) {
        if (!isRoleClaim(it.key()))
            continue;
        const QJsonArray roles = it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
        for (const QJsonValue &role : roles) {
            if (role.isString() && role.toString().trimmed().compare(u"Admin"_s, Qt::CaseInsensitive) == 0)
                return it.key();
        }
    }
    for (auto it = m_claims.constBegin(); it != m_claims.constEnd(); ++it) {
        if (it.key().compare(u"IsDataHubUser"_s, Qt::CaseInsensitive) == 0 && json::toBool(it.value()).value_or(false))
            return it.key();
    }
    for (auto it = m_claims.constBegin(); it != m_claims.constEnd(); ++it) {
        if (it.key().compare(u"DeviceToken"_s, Qt::CaseInsensitive) == 0
            && !json::toText(it.value()).trimmed().isEmpty())
            return it.key();
    }
    return QString();
}

Jwt::Kind Jwt::kind() const
{
    const QString decidedBy = kindClaim();
    if (decidedBy.isEmpty())
        return Kind::Unknown;
    return decidedBy.compare(u"DeviceToken"_s, Qt::CaseInsensitive) == 0 ? Kind::User : Kind::Admin;
}

QString Jwt::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Unknown: return u"unknown"_s;
    case Kind::User: return u"user"_s;
    case Kind::Admin: return u"admin"_s;
    }
    return QString();
}

QString Jwt::algorithm() const
{
    return json::toText(json::value(m_header, u"alg"));
}

QJsonValue Jwt::claim(QStringView name) const
{
    return json::value(m_claims, name);
}

QString Jwt::claimText(QStringView name) const
{
    return json::toText(claim(name));
}

QDateTime Jwt::timeClaim(QStringView name) const
{
    const QJsonValue v = claim(name);
    std::optional<qint64> secs = json::toInt64(v);
    // Fractional seconds: range-checked before the cast (a double outside qint64 is UB to cast).
    if (!secs && v.isDouble() && v.toDouble() >= 0 && v.toDouble() <= double(MaxSaneEpochSecs))
        secs = qint64(v.toDouble());
    if (!secs || *secs < 0 || *secs > MaxSaneEpochSecs)
        return {};
    return QDateTime::fromSecsSinceEpoch(*secs, Qt::UTC);
}

QDateTime Jwt::refreshTokenExpiresAt() const
{
    return parseServiceDate(claimText(u"RefreshTokenExpiredDate"));
}

QDateTime Jwt::parseServiceDate(const QString &input)
{
    const QString text = input.simplified();
    if (text.isEmpty() || text.size() > 64)
        return {};
    bool isNumber = false;
    const qint64 epoch = text.toLongLong(&isNumber);
    if (isNumber)
        return epoch >= 0 && epoch <= MaxSaneEpochSecs ? QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC) : QDateTime();

    const QLocale c = QLocale::c();
    // Forms without a zone are the service's UTC.
    for (const QString &format : {u"d.M.yyyy H:m:s"_s, u"d.M.yyyy H:m"_s, u"yyyy-MM-dd H:m:s"_s, u"M/d/yyyy h:m:s AP"_s,
                                  u"M/d/yyyy H:m:s"_s, u"d.M.yyyy"_s}) {
        const QDateTime t = c.toDateTime(text, format);
        if (t.isValid())
            return utc(t.date(), t.time());
    }
    // ISO 8601, with or without a zone; without one it is UTC.
    QDateTime iso = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (iso.isValid()) {
        if (iso.timeSpec() == Qt::LocalTime)
            return utc(iso.date(), iso.time());
        return iso.toUTC();
    }
    const QDateTime rfc = QDateTime::fromString(text, Qt::RFC2822Date);
    return rfc.isValid() ? rfc.toUTC() : QDateTime();
}

bool Jwt::isExpired(const Clock &clock) const
{
    const QDateTime exp = expiresAt();
    return exp.isValid() && clock.nowUtc() >= exp;
}

std::optional<qint64> Jwt::secondsLeft(const Clock &clock) const
{
    const QDateTime exp = expiresAt();
    if (!exp.isValid())
        return std::nullopt;
    return clock.nowUtc().secsTo(exp);
}

QStringList Jwt::sensitiveClaimNames()
{
    return {u"InstanceKey"_s, u"RefreshToken"_s, u"Password"_s, u"ToInstanceKey"_s, u"AccessToken"_s};
}

bool Jwt::isSensitiveClaim(QStringView name)
{
    const QStringList names = sensitiveClaimNames();
    for (const QString &n : names) {
        if (name.compare(n, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QStringList Jwt::sensitiveClaims() const
{
    QStringList out;
    for (auto it = m_claims.constBegin(); it != m_claims.constEnd(); ++it) {
        if (isSensitiveClaim(it.key()))
            out.append(it.key());
    }
    return out;
}

QJsonObject Jwt::maskedClaims(const QString &mask) const
{
    QJsonObject out = m_claims;
    for (auto it = out.begin(); it != out.end(); ++it) {
        if (isSensitiveClaim(it.key()))
            it.value() = mask;
    }
    return out;
}

TokenExpiry expiryFrom(const Jwt &jwt, std::optional<qint64> expiresIn, const QDateTime &receivedAt)
{
    TokenExpiry e;
    e.expiresIn = expiresIn;
    const QDateTime exp = jwt.isValid() ? jwt.expiresAt() : QDateTime();
    const QDateTime iat = jwt.isValid() ? jwt.issuedAt() : QDateTime();
    if (exp.isValid() && iat.isValid())
        e.jwtLifetime = iat.secsTo(exp);

    if (exp.isValid()) {
        e.expiresAt = exp;
        e.source = TokenExpiry::Source::ExpClaim;
    } else if (expiresIn && *expiresIn >= 0 && receivedAt.isValid()) {
        e.expiresAt = receivedAt.toUTC().addSecs(*expiresIn);
        e.source = TokenExpiry::Source::ExpiresIn;
    }

    if (exp.isValid() && expiresIn) {
        const QDateTime start = iat.isValid() ? iat : receivedAt.toUTC();
        if (start.isValid()) {
            const QDateTime byExpiresIn = start.addSecs(*expiresIn);
            e.mismatchSecs = byExpiresIn.secsTo(exp);
            if (std::abs(e.mismatchSecs) > TokenExpiry::Tolerance) {
                e.mismatch = true;
                const qint64 lifetime = start.secsTo(exp);
                e.note = QCoreApplication::translate("tc::Jwt", "The token's exp gives a lifetime of %1 s but the "
                                                                "answer's ExpiresIn says %2 s; using exp.")
                                 .arg(lifetime)
                                 .arg(*expiresIn);
                if (lifetime > 0 && std::abs(*expiresIn / 1000 - lifetime) <= TokenExpiry::Tolerance)
                    e.note += QCoreApplication::translate("tc::Jwt", " ExpiresIn looks like milliseconds.");
            }
        }
    }
    return e;
}

} // namespace tc
