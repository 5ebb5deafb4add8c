#pragma once
// The Management API (Bearer JWT): GET /v1/Management/users/find, GET/PUT /v1/Management/users,
// DELETE /v1/Management/users/{DeviceToken}. Missing, expired or forged token -> 401 with
// WWW-Authenticate; a user token on an admin route -> 403. PUT users also sets a UBI user's
// password (NewPassword; a user token may change its own with OldPassword).
#include "Http.h"
#include "Passwords.h"

#include <optional>

namespace sandbox {

struct Context;
struct UserRecord;

class ManagementApi
{
public:
    explicit ManagementApi(Context &context) : m_ctx(context) { }

    Reply find(const Request &request);
    Reply getUser(const Request &request);
    Reply updateUser(const Request &request);
    Reply deleteUser(const Request &request, const QString &deviceToken);

    // The profile as the Management API returns it (DeviceToken, InstanceId, Status, CreatedAt, ...).
    static QJsonObject profileJson(const UserRecord &user);

private:
    struct Caller
    {
        bool admin = false;
        QString subject;
    };
    // The bearer's identity, or nullopt with *error set to the 401/403 reply.
    std::optional<Caller> authenticate(const Request &request, bool adminOnly, Reply *error) const;

    // The new password's hash when it may be set; else nullopt and the reason in `errors`.
    std::optional<passwords::Hash> checkPasswordChange(const Caller &caller, const UserRecord &user,
                                                       const QJsonObject &lowered, QJsonArray &errors);

    Context &m_ctx;
};

} // namespace sandbox
