#include "core/traffic/Har.h"

#include "Version.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tc {

namespace {

QJsonArray headers(const HeaderList &list)
{
    QJsonArray out;
    for (const auto &h : list)
        out.append(QJsonObject{{u"name"_s, QString::fromLatin1(h.first)}, {u"value"_s, QString::fromUtf8(h.second)}});
    return out;
}

QString headerValue(const HeaderList &list, QByteArrayView name)
{
    for (const auto &h : list) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return QString::fromUtf8(h.second);
    }
    return {};
}

qint64 headersSize(const HeaderList &list)
{
    qint64 n = 0;
    for (const auto &h : list)
        n += h.first.size() + 2 + h.second.size() + 2;
    return n;
}

QString statusText(int status)
{
    switch (status) {
    case 200: return u"OK"_s;
    case 201: return u"Created"_s;
    case 204: return u"No Content"_s;
    case 400: return u"Bad Request"_s;
    case 401: return u"Unauthorized"_s;
    case 403: return u"Forbidden"_s;
    case 404: return u"Not Found"_s;
    case 413: return u"Payload Too Large"_s;
    case 415: return u"Unsupported Media Type"_s;
    case 419: return u"Authentication Timeout"_s;
    case 429: return u"Too Many Requests"_s;
    case 500: return u"Internal Server Error"_s;
    case 502: return u"Bad Gateway"_s;
    case 503: return u"Service Unavailable"_s;
    default: return {};
    }
}

} // namespace

QJsonObject Har::entry(const Exchange &x)
{
    QJsonArray query;
    const QUrlQuery q(x.url);
    for (const auto &item : q.queryItems(QUrl::FullyDecoded))
        query.append(QJsonObject{{u"name"_s, item.first}, {u"value"_s, item.second}});

    QJsonObject request{
            {u"method"_s, QString::fromLatin1(x.method)},
            {u"url"_s, x.url.toString(QUrl::FullyEncoded)},
            {u"httpVersion"_s, u"HTTP/1.1"_s},
            {u"cookies"_s, QJsonArray()},
            {u"headers"_s, headers(x.requestHeaders)},
            {u"queryString"_s, query},
            {u"headersSize"_s, headersSize(x.requestHeaders)},
            {u"bodySize"_s, qint64(x.requestBody.size())},
    };
    if (!x.requestBody.isEmpty() || x.method == "POST" || x.method == "PUT") {
        QString mime = headerValue(x.requestHeaders, "Content-Type");
        request.insert(u"postData"_s, QJsonObject{{u"mimeType"_s, mime.isEmpty() ? u"application/json"_s : mime},
                                                  {u"params"_s, QJsonArray()},
                                                  {u"text"_s, QString::fromUtf8(x.requestBody)}});
    }

    const QString replyMime = headerValue(x.replyHeaders, "Content-Type");
    QJsonObject content{{u"size"_s, qint64(x.replyBody.size())},
                        {u"mimeType"_s, replyMime.isEmpty() ? u"application/octet-stream"_s : replyMime}};
    if (!x.replyBody.isEmpty())
        content.insert(u"text"_s, QString::fromUtf8(x.replyBody));
    if (x.replyBodyTruncated)
        content.insert(u"comment"_s, u"truncated to the first %1 bytes"_s.arg(Exchange::BodyCaptureLimit));
    const QJsonObject response{
            {u"status"_s, x.status},
            {u"statusText"_s, statusText(x.status)},
            {u"httpVersion"_s, x.status > 0 ? u"HTTP/1.1"_s : QString()},
            {u"cookies"_s, QJsonArray()},
            {u"headers"_s, headers(x.replyHeaders)},
            {u"content"_s, content},
            {u"redirectURL"_s, headerValue(x.replyHeaders, "Location")},
            {u"headersSize"_s, x.status > 0 ? headersSize(x.replyHeaders) : qint64(-1)},
            {u"bodySize"_s, x.status > 0 ? qint64(x.replyBody.size()) : qint64(-1)},
    };
    const qint64 time = std::max<qint64>(0, x.durationMs);

    QJsonObject telematics{{u"label"_s, x.label},
                           {u"profile"_s, x.profile},
                           {u"session"_s, x.session},
                           {u"purpose"_s, x.purpose},
                           {u"bearerSent"_s, x.bearerSent}};
    if (x.envelopeStatus)
        telematics.insert(u"envelopeStatus"_s, *x.envelopeStatus);
    if (!x.envelopeTitle.isEmpty())
        telematics.insert(u"envelopeTitle"_s, x.envelopeTitle);
    if (x.errorKind != ApiError::Kind::None) {
        telematics.insert(u"error"_s, ApiError::kindName(x.errorKind));
        telematics.insert(u"errorMessage"_s, x.errorMessage);
    }
    if (!x.isFinished())
        telematics.insert(u"inFlight"_s, true);
    if (!x.bearerClaims.isEmpty())
        telematics.insert(u"bearerClaims"_s, x.bearerClaims);

    return QJsonObject{
            {u"startedDateTime"_s, x.started.toUTC().toString(Qt::ISODateWithMs)},
            {u"time"_s, time},
            {u"request"_s, request},
            {u"response"_s, response},
            {u"cache"_s, QJsonObject()},
            {u"timings"_s, QJsonObject{{u"send"_s, 0}, {u"wait"_s, time}, {u"receive"_s, 0}}},
            {u"_telematics"_s, telematics},
    };
}

QJsonObject Har::document(const QList<Exchange> &exchanges)
{
    QJsonArray entries;
    for (const Exchange &x : exchanges)
        entries.append(entry(x));
    const QJsonObject log{
            {u"version"_s, u"1.2"_s},
            {u"creator"_s,
             QJsonObject{{u"name"_s, u"telematics-console"_s}, {u"version"_s, QStringLiteral(TC_VERSION)}}},
            {u"entries"_s, entries},
    };
    return QJsonObject{{u"log"_s, log}};
}

QByteArray Har::toBytes(const QList<Exchange> &exchanges)
{
    return QJsonDocument(document(exchanges)).toJson(QJsonDocument::Indented);
}

bool Har::write(const QString &path, const QList<Exchange> &exchanges, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(toBytes(exchanges));
    if (!file.commit()) {
        *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace tc
