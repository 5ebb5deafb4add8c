#include "core/api/Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <QUrlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace tc {

namespace {

const QRegularExpression &jwtPattern()
{
    // A JWT's header and payload are base64url JSON objects, so both start with "ey" ('{"' or '{ ').
    // The signature is optional: a body cut at the capture limit may end inside a token's payload,
    // and what is left of the payload is still its claims (found by fuzz-traffic).
    static const QRegularExpression re(u"ey[A-Za-z0-9_-]{2,}\\.ey[A-Za-z0-9_-]{2,}(?:\\.[A-Za-z0-9_-]*)?"_s);
    return re;
}

const QRegularExpression &keyValuePattern()
{
    // "Password": "..." also when escaped inside a JSON string (\"Password\":\"...\") or cut off.
    static const QRegularExpression re(
            u"(\\\\?\"(?:[a-z_]*password|refreshtoken|token|accesstoken|instancekey|toinstancekey)\\\\?\"\\s*:\\s*\\\\?\")((?:[^\"\\\\]|\\\\[^\"])*)"_s,
            QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

QString Redactor::mask()
{
    return u"•••• (hidden)"_s;
}

bool Redactor::isSecretHeader(QByteArrayView name)
{
    for (const char *secret : {"authorization", "proxy-authorization", "instancekey", "cookie", "set-cookie",
                               "x-api-key", "toinstancekey"}) {
        if (name.compare(QByteArrayView(secret), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray Redactor::redactHeaderValue(QByteArrayView name, const QByteArray &value)
{
    if (!isSecretHeader(name)) {
        if (looksLikeJwt(QString::fromLatin1(value)))
            return redactText(QString::fromLatin1(value)).toUtf8();
        return value;
    }
    if (name.compare(QByteArrayView("authorization"), Qt::CaseInsensitive) == 0
        || name.compare(QByteArrayView("proxy-authorization"), Qt::CaseInsensitive) == 0) {
        const qsizetype space = value.indexOf(' ');
        if (space > 0 && space < 16)
            return value.first(space + 1) + mask().toUtf8();
    }
    return mask().toUtf8();
}

HeaderList Redactor::redactHeaders(const HeaderList &headers)
{
    HeaderList out;
    out.reserve(headers.size());
    for (const auto &h : headers)
        out.append({h.first, redactHeaderValue(h.first, h.second)});
    return out;
}

bool Redactor::isSecretKey(QStringView key)
{
    if (key.endsWith("password"_L1, Qt::CaseInsensitive)) // Password, NewPassword, OldPassword, ...
        return true;
    for (QLatin1StringView secret :
         {"Password"_L1, "RefreshToken"_L1, "Token"_L1, "AccessToken"_L1, "InstanceKey"_L1, "ToInstanceKey"_L1}) {
        if (key.compare(secret, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool Redactor::looksLikeJwt(QStringView text)
{
    return jwtPattern().match(text).hasMatch();
}

QJsonValue Redactor::redactJson(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QJsonValue v = it.value();
            // AccessToken is a string in a refresh body and an object {Token, ExpiresIn} in answers:
            // mask the string, walk the object.
            if (isSecretKey(it.key()) && !v.isObject() && !v.isArray() && !v.isNull() && !v.isUndefined())
                it.value() = mask();
            else
                it.value() = redactJson(v);
        }
        return o;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = redactJson(a.at(i));
        return a;
    }
    if (value.isString()) {
        const QString s = value.toString();
        if (looksLikeJwt(s) || keyValuePattern().match(s).hasMatch())
            return redactText(s);
    }
    return value;
}

namespace {

// Cheap pre-check (most answers carry no secret): every secret key contains "password",
// "token" or "key" in some casing, or is spelled with a \u escape; every JWT contains ".ey".
bool mayHoldSecret(const QByteArray &body)
{
    const QByteArray lower = body.toLower();
    // A JSON key may be spelled with escapes ("\\u0050assword"): such a body is parsed, not skipped.
    return lower.contains("password") || lower.contains("token") || lower.contains("key") || lower.contains(".ey")
           || lower.contains("\\u");
}

} // namespace

QByteArray Redactor::redactBody(const QByteArray &body)
{
    if (body.isEmpty() || !mayHoldSecret(body))
        return body;
    QJsonParseError error{};
    QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::IllegalUTF8String) // JSON with a stray byte is still JSON
        doc = QJsonDocument::fromJson(QString::fromUtf8(body).toUtf8(), &error);
    if (error.error == QJsonParseError::NoError) {
        if (doc.isObject())
            return QJsonDocument(redactJson(doc.object()).toObject()).toJson(QJsonDocument::Compact);
        if (doc.isArray())
            return QJsonDocument(redactJson(doc.array()).toArray()).toJson(QJsonDocument::Compact);
    }
    return redactText(QString::fromUtf8(body)).toUtf8();
}

namespace {

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// "\u0050assword" is "Password" to a JSON reader: escaped letters, digits and '_' are read as
// themselves before the patterns look for secret keys (in a cut-off or broken JSON body too).
QString withPlainLetters(const QString &text)
{
    if (!text.contains(u"\\u"_s))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\\' && i + 5 < text.size() && text.at(i + 1) == u'u') {
            const QStringView hex = QStringView(text).mid(i + 2, 4);
            bool ok = std::all_of(hex.begin(), hex.end(), [](QChar h) { return isHexDigit(h); });
            const uint code = ok ? hex.toUInt(&ok, 16) : 0; // exactly four hex digits, as JSON reads them
            const QChar c(char16_t(code & 0xFFFF));
            if (ok && code < 0x80 && (c.isLetterOrNumber() || c == u'_')) {
                out.append(c);
                i += 5;
                continue;
            }
        }
        out.append(text.at(i));
    }
    return out;
}

} // namespace

QString Redactor::redactText(const QString &text)
{
    QString out = withPlainLetters(text);
    out.replace(jwtPattern(), mask());
    out.replace(keyValuePattern(), u"\\1"_s + mask());
    return out;
}

void Redactor::jwtParts(QStringView jwt, QJsonObject *header, QJsonObject *claims)
{
    *header = {};
    *claims = {};
    QStringView token = jwt.trimmed();
    if (token.startsWith(u"Bearer "_s, Qt::CaseInsensitive))
        token = token.mid(7).trimmed();
    const auto parts = token.split(u'.');
    if (parts.size() < 2)
        return;
    const auto decode = [](QStringView part) {
        const auto decoded = QByteArray::fromBase64Encoding(
                part.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return QJsonObject();
        const QJsonDocument doc = QJsonDocument::fromJson(*decoded);
        return doc.isObject() ? redactJson(doc.object()).toObject() : QJsonObject();
    };
    *header = decode(parts.at(0));
    *claims = decode(parts.at(1));
}

QUrl Redactor::redactUrl(const QUrl &url)
{
    if (!url.hasQuery())
        return url;
    QUrlQuery query(url);
    const auto items = query.queryItems(QUrl::FullyEncoded);
    QUrlQuery redacted;
    for (const auto &item : items) {
        const QString value = isSecretKey(item.first) || looksLikeJwt(item.second) ? u"hidden"_s : item.second;
        redacted.addQueryItem(item.first, value);
    }
    QUrl out = url;
    out.setQuery(redacted);
    return out;
}

} // namespace tc
