#pragma once
// Takes secrets out of what the console shows or logs about a request: the Authorization and
// InstanceKey headers, the Password / RefreshToken / AccessToken(.Token) / Token / InstanceKey
// JSON fields at any depth (any casing), and anything that looks like a JWT, anywhere.
#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace tc {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

class Redactor
{
public:
    // What a hidden value is replaced with.
    static QString mask();

    static bool isSecretHeader(QByteArrayView name);
    // Authorization keeps its scheme ("Bearer •••• (hidden)"); other secret headers lose the value.
    static QByteArray redactHeaderValue(QByteArrayView name, const QByteArray &value);
    static HeaderList redactHeaders(const HeaderList &headers);

    static bool isSecretKey(QStringView key);
    static QJsonValue redactJson(const QJsonValue &value);
    // JSON bodies are parsed and rewritten (compact); anything else (HTML, truncated JSON, text)
    // goes through redactText().
    static QByteArray redactBody(const QByteArray &body);
    // JWT-looking strings and "secretKey": "value" pairs in free text.
    static QString redactText(const QString &text);
    static bool looksLikeJwt(QStringView text);
    // A JWT's header and claims (no signature), decoded, with every secret claim masked
    // (InstanceKey, RefreshToken, Password, AccessToken, Token, and any JWT-shaped value).
    // Empty objects when it does not decode.
    static void jwtParts(QStringView jwt, QJsonObject *header, QJsonObject *claims);
    // Query items with secret names lose their values.
    static QUrl redactUrl(const QUrl &url);
};

} // namespace tc
