// libFuzzer harness: what the traffic console keeps of an exchange. The input is cut at NUL bytes
// into a URL, request header lines ("Name: value"), a request body and a reply body, and goes
// the way ApiClient records an exchange: Redactor (URL, headers, bodies cut at a capture limit),
// then the exports and the history: Curl::command, Har::toBytes, TrafficStore::toJson/fromJson.
// Besides "no crash", these must hold:
//   - secrets planted the way the service and the console carry them (a bearer JWT, an
//     InstanceKey header, Password / RefreshToken / AccessToken.Token fields, a token in the
//     query, a JWT in free text even when the capture limit cuts it) never survive into the
//     curl text, the HAR or the history record;
//   - redaction is a fixed point: redacting what was redacted changes nothing, and a redacted
//     JSON body holds no secret key with a value in it;
//   - the HAR parses back as HAR 1.2 with the required fields, and the history record reads back
//     the same exchange;
//   - Redactor::jwtParts and TrafficStore::fromJson take any text or JSON without harm.
#include "core/api/Exchange.h"
#include "core/api/Redactor.h"
#include "core/traffic/Curl.h"
#include "core/traffic/Har.h"
#include "core/traffic/TrafficStore.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

[[noreturn]] static void fail(const char *what)
{
    std::fprintf(stderr, "fuzz check failed: %s\n", what);
    std::abort();
}

namespace {

// Planted secrets: distinctive, so an input that happens to contain one is skipped, not flagged.
// The JWT's payload carries an InstanceKey claim; its segments are what must not survive.
const QByteArray kJwtHeader = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9";
// {"InstanceKey":"PLANTEDik9f2c71","RefreshToken":"PLANTEDrt55b7e9","exp":1900000000}
const QByteArray kJwtPayload = "eyJJbnN0YW5jZUtleSI6IlBMQU5URURpazlmMmM3MSIsIlJlZnJlc2hUb2tlbiI6IlBMQU5URURydDU1YjdlOSI"
                               "sImV4cCI6MTkwMDAwMDAwMH0";
const QByteArray kJwtSignature = "UExBTlRFRFNJR05BVFVSRXE3dw";
const QByteArray kJwt = kJwtHeader + '.' + kJwtPayload + '.' + kJwtSignature;
const QByteArray kInstanceKey = "PLANTEDkey3d41c2";
const QByteArray kPassword = "PLANTEDpw8e20aa";
const QByteArray kRefresh = "PLANTEDrt55b7e9";

// Pieces long enough to be the secret, short enough to catch a cut one.
QList<QByteArray> secretPieces()
{
    QList<QByteArray> pieces{kInstanceKey, kPassword, kRefresh, "PLANTEDik9f2c71", kJwtSignature.first(16)};
    // Any 16 characters of the payload after its first 8 (the "eyJJbnN0" start says nothing).
    for (qsizetype i = 8; i + 16 <= kJwtPayload.size(); i += 8)
        pieces.append(kJwtPayload.mid(i, 16));
    return pieces;
}

bool holdsSecret(const QByteArray &text, const char **which)
{
    static const QList<QByteArray> pieces = secretPieces();
    for (const QByteArray &p : pieces) {
        if (text.contains(p)) {
            *which = p.constData();
            return true;
        }
    }
    return false;
}

QList<QByteArray> splitInput(const QByteArray &bytes)
{
    QList<QByteArray> parts = bytes.split('\0');
    while (parts.size() < 4)
        parts.append(QByteArray());
    return parts;
}

// Every key of a redacted JSON value: a secret key holds the mask, an object or an array (walked), or null.
void checkRedactedJson(const QJsonValue &value)
{
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            checkRedactedJson(v);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonValue v = it.value();
        if (tc::Redactor::isSecretKey(it.key()) && !v.isObject() && !v.isArray() && !v.isNull()
            && v != QJsonValue(tc::Redactor::mask()))
            fail("a secret key keeps a value in a redacted JSON body");
        checkRedactedJson(v);
    }
}

QByteArray redactedBody(const QByteArray &body)
{
    const QByteArray once = tc::Redactor::redactBody(body);
    const QByteArray twice = tc::Redactor::redactBody(once);
    // Text that is not UTF-8 is decoded once (U+FFFD for each bad byte), after which it may parse
    // as JSON and be rewritten compact: then the fixed point comes one step later.
    const bool utf8 = QString::fromUtf8(body).toUtf8() == body;
    if (utf8 ? twice != once : tc::Redactor::redactBody(twice) != twice)
        fail("redaction is not a fixed point");
    const QJsonDocument doc = QJsonDocument::fromJson(once);
    if (doc.isObject())
        checkRedactedJson(doc.object());
    else if (doc.isArray())
        checkRedactedJson(doc.array());
    return once;
}

// A body with the planted secrets, the way the service would carry them.
QByteArray plantedBody(const QByteArray &input, bool reply)
{
    const QJsonDocument doc = QJsonDocument::fromJson(input);
    if (doc.isObject()) {
        QJsonObject o = doc.object();
        if (reply) {
            o.insert(u"Result"_s, QJsonObject{{u"AccessToken"_s, QJsonObject{{u"Token"_s, QString::fromLatin1(kJwt)},
                                                                             {u"ExpiresIn"_s, 3600}}},
                                              {u"RefreshToken"_s, QString::fromLatin1(kRefresh)}});
        } else {
            o.insert(u"Password"_s, QString::fromLatin1(kPassword));
            o.insert(u"AccessToken"_s, QString::fromLatin1(kJwt));
        }
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    // Free text (an HTML page, a truncated answer): a token anywhere in it, set apart by spaces.
    return input + ' ' + kJwt + ' ';
}

void checkHar(const QByteArray &har)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(har, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        fail("the HAR is not a JSON object");
    const QJsonObject log = doc.object().value(u"log"_s).toObject();
    if (log.value(u"version"_s).toString() != u"1.2"_s || !log.value(u"creator"_s).isObject())
        fail("HAR log.version / log.creator");
    const QJsonArray entries = log.value(u"entries"_s).toArray();
    if (entries.size() != 1)
        fail("HAR entries.size() != 1");
    const QJsonObject entry = entries.first().toObject();
    for (const char *key : {"startedDateTime", "time", "request", "response", "cache", "timings"}) {
        if (!entry.contains(QLatin1StringView(key)))
            fail("a HAR entry lacks a required field");
    }
    const QJsonObject request = entry.value(u"request"_s).toObject();
    for (const char *key :
         {"method", "url", "httpVersion", "cookies", "headers", "queryString", "headersSize", "bodySize"}) {
        if (!request.contains(QLatin1StringView(key)))
            fail("a HAR request lacks a required field");
    }
    const QJsonObject response = entry.value(u"response"_s).toObject();
    for (const char *key : {"status", "statusText", "httpVersion", "cookies", "headers", "content", "redirectURL",
                            "headersSize", "bodySize"}) {
        if (!response.contains(QLatin1StringView(key)))
            fail("a HAR response lacks a required field");
    }
    const QJsonObject content = response.value(u"content"_s).toObject();
    if (!content.contains(u"size"_s) || !content.contains(u"mimeType"_s))
        fail("HAR content.size / content.mimeType");
    const QJsonObject timings = entry.value(u"timings"_s).toObject();
    if (!timings.contains(u"send"_s) || !timings.contains(u"wait"_s) || !timings.contains(u"receive"_s))
        fail("HAR timings.send / wait / receive");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    // Anything at all as a token, and as a history record.
    {
        QJsonObject header, claims;
        tc::Redactor::jwtParts(QString::fromUtf8(bytes), &header, &claims);
        checkRedactedJson(header);
        checkRedactedJson(claims);
        const QJsonDocument doc = QJsonDocument::fromJson(bytes);
        if (doc.isObject())
            (void)tc::TrafficStore::fromJson(doc.object());
    }

    const QList<QByteArray> parts = splitInput(bytes);
    (void)redactedBody(parts.at(2));
    (void)redactedBody(parts.at(3));
    const char *which = nullptr;
    if (holdsSecret(bytes, &which))
        return 0; // the input brought a planted secret itself

    tc::Exchange x;
    x.id = 1;
    x.method = "POST";
    QUrl url(QString::fromUtf8(parts.at(0)));
    if (!url.isValid() || url.scheme().isEmpty())
        url = QUrl(u"https://user.telematicssdk.com/v1/Auth/Login"_s);
    QString query = url.query(QUrl::FullyEncoded);
    query += (query.isEmpty() ? u""_s : u"&"_s) + u"RefreshToken="_s + QString::fromLatin1(kRefresh);
    url.setQuery(query, QUrl::StrictMode);
    x.url = tc::Redactor::redactUrl(url);

    tc::HeaderList headers;
    for (const QByteArray &line : parts.at(1).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.append({line.first(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    headers.append({"Authorization", "Bearer " + kJwt});
    headers.append({"InstanceKey", kInstanceKey});
    x.requestHeaders = tc::Redactor::redactHeaders(headers);
    x.replyHeaders = tc::Redactor::redactHeaders({{"Content-Type", "application/json"}, {"X-Token", kJwt}});

    // The capture limit may cut a body anywhere, inside a planted JWT too.
    const QByteArray request = plantedBody(parts.at(2), false);
    const QByteArray reply = plantedBody(parts.at(3), true);
    const qsizetype cut = size > 0 ? qsizetype(data[0] % 97) : 0;
    x.requestBody = redactedBody(request);
    x.replyBody = redactedBody(cut > 0 && cut < reply.size() ? reply.first(reply.size() - cut) : reply);
    x.replyBodyTruncated = cut > 0;
    x.status = 200;
    x.started = QDateTime::fromMSecsSinceEpoch(1700000000000LL, Qt::UTC);
    x.finished = x.started.addMSecs(42);
    x.durationMs = 42;
    x.bearerSent = true;
    tc::Redactor::jwtParts(QString::fromLatin1(kJwt), &x.bearerHeader, &x.bearerClaims);

    const QByteArray curl = tc::Curl::command(x).toUtf8();
    if (holdsSecret(curl, &which)) {
        std::fprintf(stderr, "in the curl command: %s\n", which);
        fail("a planted secret survived into the curl command");
    }
    const QByteArray har = tc::Har::toBytes({x});
    if (holdsSecret(har, &which)) {
        std::fprintf(stderr, "in the HAR: %s\n", which);
        fail("a planted secret survived into the HAR");
    }
    checkHar(har);
    const QJsonObject record = tc::TrafficStore::toJson(x);
    if (holdsSecret(QJsonDocument(record).toJson(), &which)) {
        std::fprintf(stderr, "in the history record: %s\n", which);
        fail("a planted secret survived into the history record");
    }
    const tc::Exchange back = tc::TrafficStore::fromJson(record);
    if (back.method != x.method)
        fail("fromJson(toJson(x)).method");
    // Compared as text: QUrl's == also weighs how a component was stored (a path read with U+FFFD
    // in it and the same path read back percent-encoded are the same URL and print the same).
    if (back.url.toString(QUrl::FullyEncoded) != x.url.toString(QUrl::FullyEncoded))
        fail("fromJson(toJson(x)).url");
    if (back.status != x.status || back.durationMs != x.durationMs)
        fail("fromJson(toJson(x)).status / durationMs");
    if (back.requestBody != x.requestBody || back.replyBody != x.replyBody)
        fail("fromJson(toJson(x)) bodies");
    if (back.requestHeaders != x.requestHeaders || back.replyHeaders != x.replyHeaders)
        fail("fromJson(toJson(x)) headers");
    return 0;
}
