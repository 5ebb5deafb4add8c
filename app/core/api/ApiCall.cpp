#include "core/api/ApiCall.h"

#include <QNetworkReply>
#include <QTimerEvent>

using namespace Qt::StringLiterals;

namespace tc {

QString loginFieldsShapeName(LoginFieldsShape shape)
{
    return shape == LoginFieldsShape::String ? u"string"_s : u"object"_s;
}

QString userLoginName(UserLogin login)
{
    switch (login) {
    case UserLogin::DeviceToken: return u"device-token"_s;
    case UserLogin::Phone: return u"phone"_s;
    case UserLogin::Email: return u"email"_s;
    }
    return {};
}

std::optional<UserLogin> userLoginFromName(const QString &name)
{
    for (UserLogin l : {UserLogin::DeviceToken, UserLogin::Phone, UserLogin::Email}) {
        if (userLoginName(l) == name)
            return l;
    }
    return std::nullopt;
}

ApiCall::ApiCall(QObject *parent) : QObject(parent) { }

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

QByteArray ApiCall::replyHeader(QByteArrayView name) const
{
    for (const auto &h : m_replyHeaders) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

// The hard deadline (ApiClient::send()): with no answer begun it was a silence as long as the
// timeout ("did not answer within"); once an answer is coming, it is the whole request's deadline.
void ApiCall::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_deadline.timerId()) {
        QObject::timerEvent(event);
        return;
    }
    m_deadline.stop();
    if (!m_reply || m_completed)
        return;
    m_deadlineExceeded = m_answerStarted;
    m_reply->abort(); // finished() follows: ApiClient reads it as Timeout
}

void ApiCall::cancel()
{
    if (m_completed || m_canceled)
        return;
    m_canceled = true;
    if (m_reply)
        m_reply->abort(); // ApiClient sees finished() and completes with Kind::Canceled
    else
        complete(ApiError::canceled());
}

void ApiCall::complete(const ApiError &error)
{
    if (m_completed)
        return;
    m_completed = true;
    m_error = error;
    // Always from the event loop: the caller may still be between the call and its connect().
    QMetaObject::invokeMethod(
            this,
            [this] {
                m_finished = true;
                Q_EMIT finished();
                if (m_autoDelete)
                    deleteLater();
            },
            Qt::QueuedConnection);
}

} // namespace tc
