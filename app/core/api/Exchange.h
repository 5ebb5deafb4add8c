#pragma once
// One request and its answer as the traffic console shows it. Built by ApiClient::send() (the
// one place every request passes through) with every secret already redacted.
#include "core/api/ApiError.h"
#include "core/api/Redactor.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QUrl>

#include <optional>

namespace tc {

struct Exchange
{
    quint64 id = 0;
    QByteArray method;
    QUrl url;                  // secret query values redacted
    HeaderList requestHeaders; // redacted
    QByteArray requestBody;    // redacted, capped at BodyCaptureLimit
    int status = 0;            // HTTP status; 0 when no answer arrived
    HeaderList replyHeaders;   // redacted
    QByteArray replyBody;      // redacted, capped
    QDateTime started;         // UTC, from the client's clock
    QDateTime finished;        // UTC; invalid while in flight
    qint64 durationMs = -1;    // measured with a monotonic timer; -1 while in flight
    ApiError::Kind errorKind = ApiError::Kind::None;
    QString errorMessage;
    bool requestBodyTruncated = false;
    bool replyBodyTruncated = false;

    // What it was (ApiRequest::label), who sent it and why (see ApiClient::setParty and
    // ApiClient::Purpose): "Auth/RefreshToken", profile "Sandbox admin", "admin session",
    // "automatic refresh, 80 % of lifetime".
    QString label;
    QString profile;
    QString session;
    QString purpose;
    // The envelope of the answer, when it had one.
    std::optional<int> envelopeStatus;
    QString envelopeTitle;
    // The bearer token that went out: whether one did, and its header and claims with every
    // secret claim masked (no signature), so a 401 can be explained without keeping the token.
    bool bearerSent = false;
    QJsonObject bearerHeader;
    QJsonObject bearerClaims;

    static constexpr qsizetype BodyCaptureLimit = 256 * 1024;

    bool isFinished() const { return durationMs >= 0; }
    QString path() const { return url.path(); }
};

} // namespace tc

Q_DECLARE_METATYPE(tc::Exchange)
