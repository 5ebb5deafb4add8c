#pragma once
// Sets a UBI user's password: PUT Management/users with the UserDeviceToken header and
// {"NewPassword"[, "OldPassword"]}, sent through a session's authorized call (a refresh and one
// retry on a 401, like every call):
//   - with an admin session, the password is set or reset (no old password);
//   - with the user's own session, it is changed, and the service wants the old one: taken from
//     the UBI profile's keychain item, never typed or shown.
// When the user has a UBI profile (keepInProfile), the new password is then written to that
// profile's keychain item, and the profile's open session (if given) forgets the one it held, so
// its next login uses the new password. The passwords live in this object only until it finishes.
#include "core/api/ApiError.h"

#include <QObject>
#include <QPointer>

namespace tc {

class ApiClient;
class ProfileStore;
class Session;

class UserPasswordChange : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QString deviceToken;
        QString newPassword;
        bool oldFromProfile = false;      // the user's own session: OldPassword from keepInProfile's keychain
        QString keepInProfile;            // a UBI profile of this user: keep the new password there
        QPointer<Session> profileSession; // that profile's open session, if any
    };

    // session: whose token sends the call (an admin's, or the user's own); api: the client bound
    // to that session's profile (its origin). None is owned; all must outlive the change.
    UserPasswordChange(Session *session, ApiClient *api, ProfileStore *profiles, const Request &request,
                       QObject *parent = nullptr);
    ~UserPasswordChange() override;

    void start(); // finished() follows, always later

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    ApiError error() const { return m_error; } // the service's answer, the network, or the old password's read
    // The password was set but could not be kept in the profile's keychain item (None when kept
    // or not asked for).
    ApiError keychainError() const { return m_keychainError; }

Q_SIGNALS:
    void finished(tc::UserPasswordChange *change);

private:
    void send(const QString &oldPassword);
    void keep();
    void finish(const ApiError &error);

    Session *m_session;
    ApiClient *m_api;
    ProfileStore *m_profiles;
    Request m_request;
    bool m_finished = false;
    ApiError m_error;
    ApiError m_keychainError;
};

} // namespace tc
