#pragma once
// Plain-HTTP helpers for the sandbox's own tests (tests/sandbox/): a QNetworkAccessManager, one
// request at a time, answered synchronously through QSignalSpy::wait. Never app/core: these tests
// check the sandbox independently of the client.
#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace sbtest {

using Headers = QList<QPair<QByteArray, QByteArray>>;

struct HttpResult
{
    bool finished = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QJsonObject json;                      // body parsed, when it is a JSON object
    bool isJson = false;                   // body parsed as a JSON object
    QHash<QByteArray, QByteArray> headers; // lower-case names
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    // Envelope shortcuts.
    QJsonValue result() const { return json.value(QLatin1StringView("Result")); }
    QJsonObject resultObject() const { return result().toObject(); }
    int envelopeStatus() const { return json.value(QLatin1StringView("Status")).toInt(-1); }
    QString title() const { return json.value(QLatin1StringView("Title")).toString(); }
    QJsonArray errors() const { return json.value(QLatin1StringView("Errors")).toArray(); }
    // True when Errors holds an object whose Key equals `key` (case-insensitive).
    bool hasErrorKey(const QString &key) const
    {
        const QJsonArray errs = errors();
        for (const auto &e : errs) {
            if (e.toObject().value(QLatin1StringView("Key")).toString().compare(key, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    bool isEnvelope() const
    {
        return isJson && json.contains(QLatin1StringView("Result")) && json.contains(QLatin1StringView("Status"))
               && json.contains(QLatin1StringView("Title")) && json.value(QLatin1StringView("Errors")).isArray();
    }
};

// Starts a request and waits for it (up to timeoutMs). The reply is deleted.
inline HttpResult waitFor(QNetworkReply *reply, int timeoutMs = 15000)
{
    HttpResult r;
    QElapsedTimer t;
    t.start();
    if (!reply->isFinished()) {
        QSignalSpy spy(reply, &QNetworkReply::finished);
        spy.wait(timeoutMs);
    }
    r.elapsedMs = t.elapsed();
    r.finished = reply->isFinished();
    if (!r.finished)
        reply->abort();
    r.error = reply->error();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    const auto pairs = reply->rawHeaderPairs();
    for (const auto &p : pairs)
        r.headers.insert(p.first.toLower(), p.second);
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &perr);
    r.isJson = perr.error == QJsonParseError::NoError && doc.isObject();
    if (r.isJson)
        r.json = doc.object();
    delete reply;
    return r;
}

class Http
{
public:
    explicit Http(const QUrl &base) : m_base(base) { }
    QNetworkAccessManager &nam() { return *m_nam; }
    // A fresh QNetworkAccessManager (no kept-alive connections).
    void resetConnections() { m_nam = std::make_unique<QNetworkAccessManager>(); }

    QNetworkRequest request(const QString &path, const Headers &headers = {}, const QUrlQuery &query = {}) const
    {
        QUrl url = m_base;
        url.setPath(path);
        if (!query.isEmpty())
            url.setQuery(query);
        QNetworkRequest req(url);
        for (const auto &h : headers)
            req.setRawHeader(h.first, h.second);
        return req;
    }

    // Starts any request; the caller waits with waitFor().
    QNetworkReply *start(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                         const Headers &headers = {}, const QByteArray &contentType = "application/json",
                         const QUrlQuery &query = {})
    {
        QNetworkRequest req = request(path, headers, query);
        if (!body.isNull() && !contentType.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        return m_nam->sendCustomRequest(req, verb, body);
    }

    HttpResult send(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                    const Headers &headers = {}, const QByteArray &contentType = "application/json",
                    const QUrlQuery &query = {})
    {
        return waitFor(start(verb, path, body, headers, contentType, query));
    }
    HttpResult post(const QString &path, const QJsonObject &body, const Headers &headers = {})
    {
        return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    }
    HttpResult put(const QString &path, const QJsonObject &body, const Headers &headers = {})
    {
        return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    }
    HttpResult get(const QString &path, const Headers &headers = {}, const QUrlQuery &query = {})
    {
        return send("GET", path, QByteArray(), headers, QByteArray(), query);
    }
    HttpResult del(const QString &path, const Headers &headers = {})
    {
        return send("DELETE", path, QByteArray(), headers, QByteArray());
    }

private:
    QUrl m_base;
    std::unique_ptr<QNetworkAccessManager> m_nam = std::make_unique<QNetworkAccessManager>();
};

inline Headers bearer(const QString &jwt)
{
    return {{"Authorization", "Bearer " + jwt.toLatin1()}};
}

inline Headers group(const QString &id, const QString &key)
{
    return {{"InstanceId", id.toLatin1()}, {"InstanceKey", key.toLatin1()}};
}

// The claims of a JWT (no signature check), or {} when it is not three base64url parts.
inline QJsonObject jwtClaims(const QString &jwt)
{
    const QStringList parts = jwt.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    const QByteArray payload = QByteArray::fromBase64(parts[1].toLatin1(), QByteArray::Base64UrlEncoding);
    return QJsonDocument::fromJson(payload).object();
}

inline QJsonObject jwtHeader(const QString &jwt)
{
    const QStringList parts = jwt.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromBase64(parts[0].toLatin1(), QByteArray::Base64UrlEncoding)).object();
}

} // namespace sbtest
