#include "core/traffic/ExchangeExplainer.h"

#include "core/api/Envelope.h"
#include "core/auth/Jwt.h"
#include "core/util/TimeText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tc::ExchangeExplanation", text);
}

QByteArray header(const HeaderList &list, QByteArrayView name)
{
    for (const auto &h : list) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

// The claims the exchange kept, as a Jwt again (unsigned: only for reading them).
Jwt sentToken(const Exchange &x)
{
    const QByteArray head
            = QJsonDocument(x.bearerHeader.isEmpty() ? QJsonObject{{u"alg"_s, u"none"_s}} : x.bearerHeader)
                      .toJson(QJsonDocument::Compact)
                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QByteArray claims = QJsonDocument(x.bearerClaims)
                                      .toJson(QJsonDocument::Compact)
                                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return Jwt::decode(QByteArray(head + '.' + claims));
}

bool isAdminRoute(const QString &path)
{
    // Management/users/find and the admin's user operations; a user may only GET its own profile.
    return path.contains(u"/Management/users/find"_s, Qt::CaseInsensitive)
           || (path.contains(u"/Management/users"_s, Qt::CaseInsensitive));
}

bool isUserOwnRoute(const QByteArray &method, const QString &path)
{
    return method == "GET" && path.endsWith(u"/Management/users"_s, Qt::CaseInsensitive);
}

QString ago(qint64 secs)
{
    return TimeText::duration(secs);
}

} // namespace

ExchangeExplanation ExchangeExplanation::explain(const Exchange &x)
{
    ExchangeExplanation e;
    const Envelope env = Envelope::fromJson(x.replyBody);
    if (env.isValid()) {
        e.hasEnvelope = true;
        e.envelopeStatus = env.status();
        e.title = env.title();
        e.result = env.result();
        for (const ErrorDetail &d : env.errors())
            e.errors.append(d.toString());
    }
    if (x.status > 0 && e.envelopeStatus && *e.envelopeStatus != x.status) {
        e.statusMismatch = true;
        e.sentences.append(tr("The envelope's Status (%1) differs from the HTTP status (%2): the service's answer "
                              "contradicts itself; the console goes by the HTTP status.")
                                   .arg(*e.envelopeStatus)
                                   .arg(x.status));
    }
    const QString path = x.url.path();
    const int status = x.status;
    if (!x.isFinished()) {
        e.sentences.prepend(tr("No answer yet."));
        return e;
    }
    if (status == 0) {
        e.sentences.prepend(x.errorMessage.isEmpty() ? tr("No answer arrived.") : x.errorMessage);
        return e;
    }
    if (status == 401) {
        if (!x.bearerSent) {
            if (path.contains(u"/Auth/"_s, Qt::CaseInsensitive))
                e.sentences.prepend(tr("401: the service refused these credentials (a wrong login or password, or a "
                                       "LoginFields shape it cannot read). No token is needed on this route."));
            else
                e.sentences.prepend(tr("401: no token was sent. This route needs “Authorization: Bearer <JWT>”: "
                                       "choose a session's token as the auth."));
        } else {
            const Jwt jwt = sentToken(x);
            const QDateTime at = x.started;
            QString why;
            if (!jwt.isValid() || x.bearerClaims.isEmpty()) {
                why = tr("401: the token sent is not a readable JWT (its claims do not decode).");
            } else if (jwt.expiresAt().isValid() && jwt.expiresAt() <= at) {
                why = tr("401: the token sent had expired: its exp is %1, %2 before the request.")
                              .arg(jwt.expiresAt().toString(Qt::ISODate), ago(jwt.expiresAt().secsTo(at)));
            } else if (jwt.notBefore().isValid() && jwt.notBefore() > at) {
                why = tr("401: the token sent was not yet valid: its nbf is %1, %2 after the request (a clock "
                         "difference?).")
                              .arg(jwt.notBefore().toString(Qt::ISODate), ago(at.secsTo(jwt.notBefore())));
            } else if (jwt.kind() == Jwt::Kind::User && isAdminRoute(path) && !isUserOwnRoute(x.method, path)) {
                why = tr("401: the token sent is a user's (it carries a DeviceToken) and this route is for admins: "
                         "use an admin session.");
            } else if (jwt.kind() == Jwt::Kind::Admin && isUserOwnRoute(x.method, path)) {
                why = tr("401: the token sent is an admin's; this route reads a user's own profile: use a user "
                         "session.");
            } else if (jwt.kind() == Jwt::Kind::Unknown) {
                why = tr("401: the token sent is of no known kind (its claims name neither a DeviceToken nor an "
                         "admin role), so the service may not accept it here.");
            } else {
                why = tr("401: the token sent looks valid (not expired, of the right kind), so the service did not "
                         "accept its signature or no longer knows it (logged out, rotated, another environment's).");
            }
            e.sentences.prepend(why);
        }
    } else if (status == 403) {
        const Jwt jwt = sentToken(x);
        if (x.bearerSent && jwt.kind() == Jwt::Kind::User)
            e.sentences.prepend(tr("403: the token is a user's token (it carries a DeviceToken) on a route for "
                                   "admins. Use an admin session's token."));
        else
            e.sentences.prepend(tr("403: the service knows who you are but does not allow this (a user token on an "
                                   "admin route, or a group outside your account)."));
    } else if (status == 415) {
        const QString type = QString::fromUtf8(header(x.requestHeaders, "Content-Type"));
        e.sentences.prepend(tr("415: the service takes only JSON bodies with “Content-Type: application/json”; "
                               "this request sent %1.")
                                    .arg(type.isEmpty() ? tr("no Content-Type") : u"“"_s + type + u"”"_s));
    } else if (status == 429) {
        const QByteArray retry = header(x.replyHeaders, "Retry-After");
        QDateTime at;
        if (!retry.isEmpty() && ApiError::parseRetryAfter(retry, x.finished.isValid() ? x.finished : x.started, &at))
            e.retryAt = at;
        e.sentences.prepend(
                e.retryAt.isValid()
                        ? tr("429: too many requests. The service asks to wait until %1 (Retry-After: %2).")
                                  .arg(e.retryAt.toLocalTime().toString(u"HH:mm:ss"_s), QString::fromLatin1(retry))
                        : tr("429: too many requests. The service did not say how long to wait."));
    } else if (status >= 200 && status < 300) {
        e.sentences.prepend(tr("%1: success.").arg(status));
    } else if (status >= 400) {
        e.sentences.prepend(x.errorMessage.isEmpty() ? tr("%1: the service refused the request.").arg(status)
                                                     : x.errorMessage);
    }
    return e;
}

QString ExchangeExplanation::retryText(const QDateTime &now) const
{
    if (!retryAt.isValid())
        return {};
    const qint64 secs = now.secsTo(retryAt);
    if (secs <= 0)
        return tr("You may try again now.");
    return QCoreApplication::translate("tc::ExchangeExplanation", "Try again in %n s.", "", int(secs));
}

} // namespace tc
