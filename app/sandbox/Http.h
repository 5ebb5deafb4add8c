#pragma once
// The sandbox's own view of one HTTP exchange: a Request copied out of QHttpServerRequest (so it
// can outlive the socket callback, e.g. for a delayed answer) and a Reply serialized by hand
// (one write per answer, with a Date header from the sandbox clock).
#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace sandbox {

struct Request
{
    QByteArray method; // "GET", "POST", ...
    QString path;      // as sent, decoded, without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
    QHostAddress remote;

    // Header value by lower-case name (empty when absent).
    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    bool hasHeader(const QByteArray &lowerName) const { return headers.contains(lowerName); }
    QString headerString(const QByteArray &lowerName) const
    {
        return QString::fromUtf8(headers.value(lowerName)).trimmed();
    }
    // Query item by name, case-insensitive; nullopt when absent.
    std::optional<QString> queryValue(QStringView name) const;
};

struct Reply
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json; charset=utf-8");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers
};

namespace http {

// The service envelope {"Result":..,"Status":..,"Title":..,"Errors":[..]}.
// httpStatus < 0 means "same as status".
Reply envelope(int status, const QJsonValue &result, const QString &title = {}, const QJsonArray &errors = {},
               int httpStatus = -1);
inline Reply ok(const QJsonValue &result)
{
    return envelope(200, result);
}
// What PUT users, DELETE users and users/instances/change answer: {"Status":200,"Title":"","Errors":[]},
// no Result key at all.
Reply okWithoutResult();
inline Reply error(int status, const QString &title, const QJsonArray &errors = {})
{
    return envelope(status, QJsonValue::Null, title, errors);
}
// {"Key": key, "Message": message}: one validation problem.
QJsonObject fieldError(const QString &key, const QString &message);
// 400 "One or more validation errors occurred." with the given Errors.
Reply validationFailed(const QJsonArray &errors);

// A JSON request body, checked: a non-empty body needs a JSON Content-Type (application/json,
// text/json or application/*+json; else 415) and must be a JSON object (else 400).
// An empty body gives {} when emptyAllowed, else 400. Keys come back as sent.
struct ParsedBody
{
    QJsonObject object;
    std::optional<Reply> error;
};
ParsedBody parseJsonObject(const Request &request, bool emptyAllowed);

QByteArray reasonPhrase(int status);
// RFC 7231 IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT".
QByteArray httpDate(const QDateTime &utc);
// Status line, Date, Content-Type, Content-Length, extra headers, optional "Connection: close", body.
QByteArray serialize(const Reply &reply, const QByteArray &date, bool closeConnection);

} // namespace http
} // namespace sandbox
