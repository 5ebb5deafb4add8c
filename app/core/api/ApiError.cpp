#include "core/api/ApiError.h"

#include "core/util/HttpDate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonParseError>
#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace tc {

ApiError::ApiError(Kind kind, QString detail) : m_kind(kind), m_detail(std::move(detail)) { }

ApiError ApiError::validation(const QString &what)
{
    return ApiError(Kind::Validation, what);
}

ApiError ApiError::keychain(const QString &detail)
{
    return ApiError(Kind::Keychain, detail);
}

ApiError ApiError::loginsPaused(const QDateTime &until, const QDateTime &now, const QString &detail)
{
    ApiError e(Kind::RateLimited, detail);
    e.m_context = Context::Login;
    e.m_retryAt = until.toUTC();
    e.m_retryAfterSecs = std::max<qint64>(1, now.secsTo(until));
    return e;
}

ApiError ApiError::canceled()
{
    return ApiError(Kind::Canceled, QString());
}

int ApiError::effectiveStatus() const
{
    if (m_envelopeStatus && *m_envelopeStatus >= 400)
        return *m_envelopeStatus;
    return m_httpStatus;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return u"none"_s;
    case Kind::Network: return u"network"_s;
    case Kind::Tls: return u"tls"_s;
    case Kind::Timeout: return u"timeout"_s;
    case Kind::Canceled: return u"canceled"_s;
    case Kind::Http: return u"http"_s;
    case Kind::Parse: return u"parse"_s;
    case Kind::Schema: return u"schema"_s;
    case Kind::Auth: return u"auth"_s;
    case Kind::RateLimited: return u"rate_limited"_s;
    case Kind::Keychain: return u"keychain"_s;
    case Kind::Validation: return u"validation"_s;
    }
    return u"unknown"_s;
}

std::optional<qint64> ApiError::parseRetryAfter(const QByteArray &value, const QDateTime &now, QDateTime *at)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 secs = v.toLongLong(&ok);
    if (ok) {
        if (secs < 0)
            return std::nullopt;
        if (at && now.isValid())
            *at = now.toUTC().addSecs(secs);
        return secs;
    }
    const QDateTime when = parseHttpDate(v);
    if (!when.isValid() || !now.isValid())
        return std::nullopt;
    if (at)
        *at = when;
    return std::max<qint64>(0, now.secsTo(when));
}

ApiError::Kind ApiError::kindForStatus(int status, Context context)
{
    if (status < 300)
        return Kind::None;
    if (status == 401 || status == 403)
        return Kind::Auth;
    if (status == 429)
        return Kind::RateLimited;
    // A dead refresh token has been reported as 401, as 400 and as 419.
    if (context == Context::Refresh && (status == 400 || status == 419))
        return Kind::Auth;
    return Kind::Http;
}

ApiError ApiError::classify(const ReplyFacts &f, Envelope *envelopeOut)
{
    ApiError e;
    e.m_context = f.context;
    e.m_host = f.host;
    e.m_httpStatus = f.httpStatus;
    e.m_timeoutMs = f.timeoutMs;
    e.m_networkError = f.networkError;
    e.m_location = QString::fromLatin1(f.location);
    if (f.httpStatus >= 300)
        e.m_retryAfterSecs = parseRetryAfter(f.retryAfter, f.now, &e.m_retryAt);

    // Stage 0: the client refused the answer for its size. The service answered (a status line
    // came), so what it did is read from that status, as for an answer that could not be read.
    if (f.answerCapBytes > 0) {
        e.m_kind = Kind::Parse;
        e.m_answerCapBytes = f.answerCapBytes;
        e.m_answerBytes = f.answerBytes;
        e.m_answerAnnounced = f.answerAnnounced;
        e.m_detail = f.networkErrorString;
        e.m_retryAfterSecs.reset();
        return e;
    }

    // Stage 1: transport. Qt reports HTTP 4xx/5xx as errors too; those carry a status code
    // and go on to the body. Everything below the HTTP layer stops here.
    if (f.networkError != QNetworkReply::NoError) {
        const int code = int(f.networkError);
        const bool transport = f.httpStatus == 0 || code < 200;
        if (transport && !f.tlsProblem.isEmpty() && !f.canceledByCaller) {
            e.m_kind = Kind::Tls;
            e.m_detail = f.tlsProblem;
            e.m_httpStatus = 0;
            e.m_retryAfterSecs.reset();
            e.m_retryAt = {};
            return e;
        }
        if (transport) {
            e.m_detail = f.networkErrorString;
            switch (f.networkError) {
            case QNetworkReply::OperationCanceledError:
                e.m_kind = f.canceledByCaller ? Kind::Canceled : Kind::Timeout;
                e.m_deadlineExceeded = !f.canceledByCaller && f.deadlineExceeded;
                break;
            case QNetworkReply::TimeoutError: e.m_kind = f.canceledByCaller ? Kind::Canceled : Kind::Timeout; break;
            case QNetworkReply::SslHandshakeFailedError: e.m_kind = Kind::Tls; break;
            case QNetworkReply::RemoteHostClosedError:
                e.m_kind = f.tlsHandshakeIncomplete ? Kind::Tls : Kind::Network;
                if (f.tlsHandshakeIncomplete)
                    e.m_detail = QCoreApplication::translate("tc::ApiError",
                                                             "the server closed the connection during the TLS "
                                                             "handshake (does it speak HTTPS on this port?)");
                break;
            default:
                e.m_kind = (f.networkErrorString.contains(u"SSL"_s) || f.networkErrorString.contains(u"TLS"_s))
                                   ? Kind::Tls
                                   : Kind::Network;
                break;
            }
            e.m_httpStatus = 0; // whatever arrived is not an answer
            e.m_retryAfterSecs.reset();
            e.m_retryAt = {};
            return e;
        }
    }

    const auto byStatusOnly = [&e, &f]() {
        e.m_kind = kindForStatus(f.httpStatus, f.context);
        return e;
    };

    // Stage 2: JSON parse.
    const QByteArray body = f.body.trimmed();
    if (body.isEmpty()) {
        if (f.httpStatus >= 300 || f.httpStatus == 204 || f.lenientBody)
            return byStatusOnly();
        e.m_kind = Kind::Schema;
        e.m_detail = QCoreApplication::translate("tc::ApiError", "the answer is empty");
        return e;
    }
    const bool html = f.contentType.toLower().contains("html") || body.startsWith('<');
    QJsonParseError parseError{};
    const QJsonDocument doc = html ? QJsonDocument() : QJsonDocument::fromJson(body, &parseError);
    if (html || parseError.error != QJsonParseError::NoError) {
        if (f.lenientBody || f.httpStatus == 429)
            return byStatusOnly(); // a 429 page still says "wait"
        e.m_kind = Kind::Parse;
        e.m_htmlBody = html;
        if (!html)
            e.m_detail = QCoreApplication::translate("tc::ApiError", "%1 at offset %2")
                                 .arg(parseError.errorString())
                                 .arg(parseError.offset);
        return e;
    }

    // Stage 3: envelope shape.
    const Envelope envelope = Envelope::fromJson(doc);
    if (envelopeOut)
        *envelopeOut = envelope;
    if (!envelope.isValid()) {
        if (f.lenientBody)
            return byStatusOnly();
        if (f.httpStatus >= 300) {
            // An error status is more telling than the missing envelope.
            e.m_notEnvelope = true;
            e.m_detail = envelope.problem();
            return byStatusOnly();
        }
        e.m_kind = Kind::Schema;
        e.m_detail = envelope.problem();
        return e;
    }

    // Stage 4: HTTP status and envelope Status.
    e.m_envelopeStatus = envelope.status();
    e.m_title = envelope.title();
    e.m_errors = envelope.errors();
    if (e.m_envelopeStatus && *e.m_envelopeStatus != 0 && *e.m_envelopeStatus != f.httpStatus)
        e.m_statusMismatch = true;
    e.m_kind = kindForStatus(e.effectiveStatus(), f.context);
    if (e.m_kind == Kind::None) {
        // Keep the mismatch visible to callers even when nothing failed.
        ApiError ok;
        ok.m_httpStatus = f.httpStatus;
        ok.m_envelopeStatus = e.m_envelopeStatus;
        ok.m_statusMismatch = e.m_statusMismatch;
        ok.m_host = f.host;
        ok.m_context = f.context;
        return ok;
    }
    return e;
}

QString ApiError::statusSuffix() const
{
    QString s;
    const QString errs = [this] {
        QStringList parts;
        for (const ErrorDetail &d : m_errors)
            parts.append(d.toString());
        return parts.join(u"; "_s);
    }();
    if (!m_title.isEmpty() && !errs.isEmpty()) {
        const QChar last = m_title.back();
        s = m_title + (last == u'.' || last == u'!' || last == u'?' || last == u':' ? u" "_s : u": "_s) + errs;
    } else
        s = m_title.isEmpty() ? errs : m_title;
    return s;
}

QString ApiError::message() const
{
    const QString host = m_host.isEmpty() ? QCoreApplication::translate("tc::ApiError", "the service") : m_host;
    const int status = effectiveStatus();
    const QString said = statusSuffix();
    const QString mismatch
            = m_statusMismatch && m_envelopeStatus
                      ? QCoreApplication::translate("tc::ApiError",
                                                    " (The answer's body said Status %1 although HTTP said %2.)")
                                .arg(*m_envelopeStatus)
                                .arg(m_httpStatus)
                      : QString();
    const QString saidSentence = said.isEmpty() ? QString()
                                                : QCoreApplication::translate("tc::ApiError", " The service said: ")
                                                          + said + (said.endsWith(u'.') ? QString() : u"."_s);

    switch (m_kind) {
    case Kind::None: return QCoreApplication::translate("tc::ApiError", "No error.");
    case Kind::Network:
        switch (m_networkError) {
        case QNetworkReply::ConnectionRefusedError:
            return QCoreApplication::translate("tc::ApiError", "Could not connect to %1: the connection was refused. "
                                                               "Check the base URL and that the service is running.")
                    .arg(host);
        case QNetworkReply::HostNotFoundError:
            return QCoreApplication::translate("tc::ApiError",
                                               "Could not find the host %1. Check the base URL and your network.")
                    .arg(host);
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::ContentReSendError: // closed, and the console refuses to repeat it
            return QCoreApplication::translate(
                           "tc::ApiError", "The connection to %1 closed before the answer was complete. The service "
                                           "may or may not have acted on the request; check before repeating it.")
                    .arg(host);
        default:
            return QCoreApplication::translate("tc::ApiError",
                                               "Could not reach %1: %2. Check the base URL and your network.")
                    .arg(host,
                         m_detail.isEmpty() ? QCoreApplication::translate("tc::ApiError", "network error") : m_detail);
        }
    case Kind::Tls:
        return QCoreApplication::translate("tc::ApiError",
                                           "The secure (TLS) connection to %1 failed: %2. The console never skips "
                                           "certificate checks; fix the certificate or the base URL, or, for a "
                                           "private endpoint, name its CA file or pin its certificate in the "
                                           "profile.")
                .arg(host,
                     m_detail.isEmpty() ? QCoreApplication::translate("tc::ApiError", "handshake failed") : m_detail);
    case Kind::Timeout:
        if (m_deadlineExceeded && m_timeoutMs > 0)
            return QCoreApplication::translate(
                           "tc::ApiError", "The whole request to %1 took longer than %2 s (the limit from sending to "
                                           "the last byte of the answer), so it was stopped. The request may or may "
                                           "not have been processed; try again, or allow more time (--timeout).")
                    .arg(host, QLocale::c().toString(m_timeoutMs / 1000.0, 'g', 4));
        if (m_timeoutMs > 0)
            return QCoreApplication::translate("tc::ApiError",
                                               "%1 did not answer within %2 s. The request may or may not have been "
                                               "processed; try again, or allow more time (--timeout).")
                    .arg(host, QLocale::c().toString(m_timeoutMs / 1000.0, 'g', 4));
        return QCoreApplication::translate("tc::ApiError", "%1 did not answer in time. The request may or may not have "
                                                           "been processed; try again, or allow more time (--timeout).")
                .arg(host);
    case Kind::Canceled: return QCoreApplication::translate("tc::ApiError", "The request was cancelled.");
    case Kind::Http:
        if (status >= 300 && status < 400)
            return QCoreApplication::translate(
                           "tc::ApiError",
                           "The service redirected the request (HTTP %1)%2. Set the base URL to the final address.")
                    .arg(status)
                    .arg(m_location.isEmpty() ? QString() : u" to "_s + m_location);
        if (status >= 500)
            return QCoreApplication::translate("tc::ApiError", "The service failed (HTTP %1).%2 Try again later.%3")
                    .arg(status)
                    .arg(saidSentence, mismatch);
        if (status == 404)
            return QCoreApplication::translate("tc::ApiError", "Not found (HTTP 404).%1%2")
                    .arg(saidSentence.isEmpty()
                                 ? QCoreApplication::translate("tc::ApiError", " Check the path and the base URL.")
                                 : saidSentence,
                         mismatch);
        return QCoreApplication::translate("tc::ApiError", "The service refused the request (HTTP %1).%2%3")
                .arg(status)
                .arg(saidSentence, mismatch);
    case Kind::Parse:
        if (m_answerCapBytes > 0)
            return QCoreApplication::translate(
                           "tc::ApiError",
                           "The answer from %1 (HTTP %2) is larger than the limit of %3 bytes (%4); it was refused "
                           "before it was read. Narrow the request, or allow more (--max-answer-bytes).")
                    .arg(host)
                    .arg(m_httpStatus)
                    .arg(m_answerCapBytes)
                    .arg(m_answerAnnounced ? QCoreApplication::translate("tc::ApiError", "it announced %1 bytes")
                                                     .arg(m_answerBytes)
                                           : QCoreApplication::translate("tc::ApiError", "%1 bytes had arrived")
                                                     .arg(m_answerBytes));
        if (m_htmlBody)
            return QCoreApplication::translate("tc::ApiError",
                                               "The server answered with an HTML page instead of JSON (HTTP %1).")
                           .arg(m_httpStatus)
                   + (m_httpStatus < 300 ? QCoreApplication::translate(
                              "tc::ApiError", " Check that the base URL points at the user service's API.")
                                         : QString());
        return QCoreApplication::translate(
                       "tc::ApiError",
                       "The server's answer is not valid JSON (HTTP %1): %2. It may have been cut off; try again.")
                .arg(m_httpStatus)
                .arg(m_detail);
    case Kind::Schema:
        return QCoreApplication::translate("tc::ApiError",
                                           "The server answered with JSON of an unexpected shape (HTTP %1): %2.")
                .arg(m_httpStatus)
                .arg(m_detail);
    case Kind::Auth: {
        QString text;
        if (status == 403) {
            text = QCoreApplication::translate(
                    "tc::ApiError",
                    "The service refused this token for this call (403): it is the wrong kind of token (a user token "
                    "on an admin API, or the reverse). Log in as the right kind of account.");
        } else if (m_context == Context::Refresh) {
            text = QCoreApplication::translate(
                           "tc::ApiError",
                           "The service refused the refresh token (%1): it is spent or expired. Log in again.")
                           .arg(status);
        } else if (m_context == Context::Login) {
            text = QCoreApplication::translate("tc::ApiError", "The service refused the login (%1): check the instance "
                                                               "id, the login and the password or key.")
                           .arg(status);
            if (said.isEmpty())
                text += QCoreApplication::translate(
                        "tc::ApiError", " A bare 401 can also mean the service expects the other LoginFields shape.");
        } else if (m_context == Context::Registration) {
            text = QCoreApplication::translate("tc::ApiError", "The service refused the group's credentials (%1): "
                                                               "check the InstanceId and the InstanceKey.")
                           .arg(status);
        } else if (m_context == Context::General) {
            text = QCoreApplication::translate("tc::ApiError",
                                               "The service refused the request (%1): it needs credentials that this "
                                               "request did not carry, or they are wrong.")
                           .arg(status);
        } else {
            text = QCoreApplication::translate("tc::ApiError", "The service refused the token (%1): it has expired or "
                                                               "was issued for another group. Log in again.")
                           .arg(status);
        }
        return text + saidSentence + mismatch;
    }
    case Kind::RateLimited: {
        const bool login = m_context == Context::Login;
        if (m_httpStatus == 0 && m_retryAt.isValid()) { // the console's own budget: nothing was sent
            const QDateTime local = m_retryAt.toLocalTime();
            const bool today = local.date() == QDateTime::currentDateTime().date();
            return QCoreApplication::translate("tc::ApiError", "Logins paused until %1: %2.")
                    .arg(local.toString(today ? u"HH:mm"_s : u"yyyy-MM-dd HH:mm"_s), m_detail);
        }
        // A short wait reads as a wait ("try again in 2 s"); a clock time is for a minute or more.
        if (m_retryAfterSecs && *m_retryAfterSecs < 60)
            return (login ? QCoreApplication::translate("tc::ApiError", "Too many logins: try again in %1 s (429).")
                          : QCoreApplication::translate("tc::ApiError", "Too many requests: try again in %1 s (429)."))
                           .arg(*m_retryAfterSecs)
                   + mismatch;
        if (m_retryAt.isValid()) {
            const QDateTime local = m_retryAt.toLocalTime();
            const bool today = local.date() == QDateTime::currentDateTime().date();
            const QString when = local.toString(today ? u"HH:mm"_s : u"yyyy-MM-dd HH:mm"_s);
            return (login ? QCoreApplication::translate("tc::ApiError", "Too many logins: try again at %1 (429).")
                          : QCoreApplication::translate("tc::ApiError", "Too many requests: try again at %1 (429)."))
                           .arg(when)
                   + mismatch;
        }
        return (login ? QCoreApplication::translate("tc::ApiError", "Too many logins (429): wait before trying again; "
                                                                    "the service may block logins for up to an hour.")
                      : QCoreApplication::translate("tc::ApiError",
                                                    "Too many requests (429): wait before trying again; "
                                                    "the service may block logins for up to an hour."))
               + mismatch;
    }
    case Kind::Keychain:
        // The detail is KeychainStore::explain()'s: it already says what to do for its cause.
        return m_detail.isEmpty()
                       ? QCoreApplication::translate(
                               "tc::ApiError", "The keychain is unavailable: no Secret Service answered. Unlock it (or "
                                               "start a Secret Service such as gnome-keyring) and try again.")
                       : QCoreApplication::translate("tc::ApiError", "The keychain is unavailable: %1").arg(m_detail)
                                 + (m_detail.endsWith(u'.') ? u""_s : u"."_s);
    case Kind::Validation:
        return QCoreApplication::translate("tc::ApiError", "Invalid input: %1. Nothing was sent.").arg(m_detail);
    }
    return m_detail;
}

QJsonObject ApiError::toJson() const
{
    QJsonObject o{{u"kind"_s, kindName(m_kind)}, {u"message"_s, message()}};
    if (m_httpStatus)
        o.insert(u"http_status"_s, m_httpStatus);
    if (m_envelopeStatus)
        o.insert(u"status"_s, *m_envelopeStatus);
    if (!m_title.isEmpty())
        o.insert(u"title"_s, m_title);
    if (!m_errors.isEmpty()) {
        QJsonArray errs;
        for (const ErrorDetail &d : m_errors)
            errs.append(QJsonObject{{u"key"_s, d.key}, {u"message"_s, d.message}});
        o.insert(u"errors"_s, errs);
    }
    if (m_retryAfterSecs)
        o.insert(u"retry_after"_s, double(*m_retryAfterSecs));
    if (m_retryAt.isValid())
        o.insert(u"retry_at"_s, m_retryAt.toUTC().toString(Qt::ISODate));
    if (m_statusMismatch)
        o.insert(u"status_mismatch"_s, true);
    if (!m_detail.isEmpty() && m_kind != Kind::Validation)
        o.insert(u"detail"_s, m_detail);
    return o;
}

bool ApiError::mayHaveBeenProcessed(int httpStatus) const
{
    switch (m_kind) {
    case Kind::Timeout:
    case Kind::Canceled: return true;
    case Kind::Network:
        switch (m_networkError) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyNotFoundError:
        case QNetworkReply::NetworkSessionFailedError: return false; // nothing left this computer
        default: return true;
        }
    case Kind::Http:
    case Kind::Parse:
    case Kind::Schema: {
        int status = effectiveStatus();
        if (status <= 0)
            status = httpStatus;
        return status >= 500 || status <= 0 || (status >= 200 && status < 300) || status == 408;
    }
    case Kind::None:
    case Kind::Validation:
    case Kind::Keychain:
    case Kind::Tls:
    case Kind::Auth:
    case Kind::RateLimited: return false;
    }
    return true;
}

} // namespace tc
