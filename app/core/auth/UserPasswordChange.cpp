#include "core/auth/UserPasswordChange.h"

#include "core/api/ApiClient.h"
#include "core/auth/Session.h"
#include "core/profiles/KeychainStore.h"
#include "core/profiles/ProfileStore.h"

#include <QLoggingCategory>
#include <QTimer>

namespace {
Q_LOGGING_CATEGORY(lc, "tc.core.password", QtInfoMsg)
}

namespace tc {

UserPasswordChange::UserPasswordChange(Session *session, ApiClient *api, ProfileStore *profiles, const Request &request,
                                       QObject *parent)
    : QObject(parent), m_session(session), m_api(api), m_profiles(profiles), m_request(request)
{
}

UserPasswordChange::~UserPasswordChange()
{
    m_request.newPassword.fill(u'\0');
}

void UserPasswordChange::start()
{
    if (m_request.deviceToken.trimmed().isEmpty() || m_request.newPassword.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            finish(ApiError::validation(tr("a password change needs the user's DeviceToken and a new password")));
        });
        return;
    }
    if (!m_request.oldFromProfile) {
        QTimer::singleShot(0, this, [this] { send(QString()); });
        return;
    }
    KeychainJob *job = m_profiles->readSecret(m_request.keepInProfile, SecretItem::userPassword());
    connect(job, &KeychainJob::finished, this, [this](KeychainJob *j) {
        if (!j->ok()) {
            finish(j->error());
        } else if (!j->found() || j->data().isEmpty()) {
            finish(ApiError::validation(tr("the user's current password is not in the keychain of profile “%1”; "
                                           "an admin session can set a new one")
                                                .arg(m_request.keepInProfile)));
        } else {
            send(QString::fromUtf8(j->data()));
        }
    });
}

void UserPasswordChange::send(const QString &oldPassword)
{
    qCInfo(lc) << "setting a UBI user's password" << (oldPassword.isEmpty() ? "(admin)" : "(own session)");
    ApiClient *api = m_api;
    const QString deviceToken = m_request.deviceToken;
    const QString next = m_request.newPassword;
    SessionTask *task = m_session->authorized([api, deviceToken, next, oldPassword](const QString &jwt) {
        return api->setUserPassword(jwt, deviceToken, next, oldPassword);
    });
    connect(task, &SessionTask::finished, this, [this](SessionTask *t) {
        t->deleteLater();
        if (t->error().isError()) {
            finish(t->error());
            return;
        }
        keep();
    });
}

void UserPasswordChange::keep()
{
    if (m_request.keepInProfile.isEmpty()) {
        finish({});
        return;
    }
    KeychainJob *job = m_profiles->writeSecret(m_request.keepInProfile, SecretItem::userPassword(),
                                               m_request.newPassword.toUtf8());
    connect(job, &KeychainJob::finished, this, [this](KeychainJob *j) {
        if (!j->ok()) {
            m_keychainError = j->error();
        } else if (Session *s = m_request.profileSession) {
            s->forgetSecretInMemory(); // its next login reads the new one
        }
        finish({});
    });
}

void UserPasswordChange::finish(const ApiError &error)
{
    if (m_finished) {
        return;
    }
    m_error = error;
    m_finished = true;
    m_request.newPassword.fill(u'\0');
    m_request.newPassword.clear();
    Q_EMIT finished(this);
}

} // namespace tc
