#include "Http.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sandbox {

std::optional<QString> Request::queryValue(QStringView name) const
{
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (QStringView(item.first).compare(name, Qt::CaseInsensitive) == 0)
            return item.second;
    }
    return std::nullopt;
}

namespace http {

Reply envelope(int status, const QJsonValue &result, const QString &title, const QJsonArray &errors, int httpStatus)
{
    // Written by hand to keep the vendor's key order (QJsonObject would sort the keys).
    auto compact = [](const QJsonValue &v) -> QByteArray {
        if (v.isObject())
            return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
        if (v.isArray())
            return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
        // Scalars: serialize inside an array and strip the brackets.
        const QByteArray a = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        return a.mid(1, a.size() - 2);
    };
    Reply r;
    r.status = httpStatus < 0 ? status : httpStatus;
    r.body.reserve(128);
    r.body += "{\"Result\":";
    r.body += compact(result.isUndefined() ? QJsonValue(QJsonValue::Null) : result);
    r.body += ",\"Status\":" + QByteArray::number(status);
    r.body += ",\"Title\":" + compact(title);
    r.body += ",\"Errors\":" + compact(errors);
    r.body += '}';
    return r;
}

Reply okWithoutResult()
{
    Reply r;
    r.body = "{\"Status\":200,\"Title\":\"\",\"Errors\":[]}"_ba;
    return r;
}

QJsonObject fieldError(const QString &key, const QString &message)
{
    return QJsonObject{{u"Key"_s, key}, {u"Message"_s, message}};
}

Reply validationFailed(const QJsonArray &errors)
{
    return error(400, u"One or more validation errors occurred."_s, errors);
}

static bool isJsonContentType(const QByteArray &value)
{
    // "application/json; charset=utf-8" -> "application/json"
    QByteArray type = value;
    const qsizetype semi = type.indexOf(';');
    if (semi >= 0)
        type.truncate(semi);
    type = type.trimmed().toLower();
    return type == "application/json" || type == "text/json"
           || (type.startsWith("application/") && type.endsWith("+json"));
}

ParsedBody parseJsonObject(const Request &request, bool emptyAllowed)
{
    ParsedBody out;
    if (request.body.trimmed().isEmpty()) {
        if (!emptyAllowed) {
            out.error = validationFailed({fieldError(u"body"_s, u"A non-empty JSON request body is required."_s)});
        }
        return out;
    }
    if (!isJsonContentType(request.header("content-type"))) {
        out.error = error(415, u"Unsupported Media Type"_s,
                          {fieldError(u"Content-Type"_s, u"The request body must be sent as application/json."_s)});
        return out;
    }
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &perr);
    if (perr.error != QJsonParseError::NoError) {
        out.error = validationFailed(
                {fieldError(u"body"_s, u"Malformed JSON at offset %1: %2"_s.arg(perr.offset).arg(perr.errorString()))});
        return out;
    }
    if (!doc.isObject()) {
        out.error = validationFailed({fieldError(u"body"_s, u"The request body must be a JSON object."_s)});
        return out;
    }
    out.object = doc.object();
    return out;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK"_ba;
    case 201: return "Created"_ba;
    case 204: return "No Content"_ba;
    case 400: return "Bad Request"_ba;
    case 401: return "Unauthorized"_ba;
    case 403: return "Forbidden"_ba;
    case 404: return "Not Found"_ba;
    case 405: return "Method Not Allowed"_ba;
    case 409: return "Conflict"_ba;
    case 413: return "Payload Too Large"_ba;
    case 415: return "Unsupported Media Type"_ba;
    case 419: return "Authentication Timeout"_ba;
    case 422: return "Unprocessable Entity"_ba;
    case 429: return "Too Many Requests"_ba;
    case 500: return "Internal Server Error"_ba;
    case 503: return "Service Unavailable"_ba;
    default: return "Unknown"_ba;
    }
}

QByteArray httpDate(const QDateTime &utc)
{
    return QLocale::c().toString(utc.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
}

QByteArray serialize(const Reply &reply, const QByteArray &date, bool closeConnection)
{
    QByteArray out;
    out.reserve(reply.body.size() + 256);
    out += "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    out += "Date: " + date + "\r\n";
    out += "Server: telematics-sandbox\r\n";
    if (!reply.contentType.isEmpty())
        out += "Content-Type: " + reply.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    for (const auto &h : reply.headers)
        out += h.first + ": " + h.second + "\r\n";
    if (closeConnection)
        out += "Connection: close\r\n";
    out += "\r\n";
    out += reply.body;
    return out;
}

} // namespace http
} // namespace sandbox
