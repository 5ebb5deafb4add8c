#pragma once
// What an answer means, in the service's own words, for the response viewer: the envelope
// (Result, Status, Title, Errors), an envelope Status that differs from the HTTP status, and the
// statuses a tester meets most, explained: a 401 by the token that was sent (none, expired, not
// yet valid, the wrong kind for the route), a 403 (a user token on an admin route?), a 415 and a
// 429 (when to try again, from Retry-After).
#include "core/api/Exchange.h"

#include <QDateTime>
#include <QJsonValue>
#include <QStringList>

#include <optional>

namespace tc {

struct ExchangeExplanation
{
    // The envelope, when the answer had one.
    bool hasEnvelope = false;
    std::optional<int> envelopeStatus;
    QString title;
    QStringList errors; // "Key: Message"
    QJsonValue result;
    // The envelope's Status differs from the HTTP status.
    bool statusMismatch = false;
    // Plain sentences, most important first.
    QStringList sentences;
    // 429: when the service says to try again (invalid when it did not say).
    QDateTime retryAt;

    static ExchangeExplanation explain(const Exchange &exchange);
    // "Try again in 42 s" / "You may try again now" at `now`.
    QString retryText(const QDateTime &now) const;
};

} // namespace tc
