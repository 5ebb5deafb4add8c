#pragma once
// POST /v1/Auth/Login (user and admin, LoginFields as an object or as a JSON-encoded string,
// keys in any casing; a user by DeviceToken + InstanceKEY, or a UBI user by Phone / Email + the
// user's own password) and POST /v1/Auth/RefreshToken (both tokens rotate; the old refresh token
// is spent).
#include "Database.h"
#include "Http.h"

#include <optional>

namespace sandbox {

struct Context;

class AuthApi
{
public:
    explicit AuthApi(Context &context) : m_ctx(context) { }

    Reply login(const Request &request);
    Reply refresh(const Request &request);

private:
    // The user of `group` whose Phone (after normalising) or Email (any casing) is the login in
    // `fields` (lower-cased keys) and whose password is `password`; nullopt when none.
    std::optional<UserRecord> ubiUser(const Group &group, const QJsonObject &fields, const QString &password);

    Context &m_ctx;
};

} // namespace sandbox
