#pragma once
// The Management API (Bearer JWT): GET /v1/Management/users/find, POST
// /v1/Management/users/GetFilteredPage, GET/PUT /v1/Management/users, DELETE
// /v1/Management/users/{DeviceToken}, POST /v1/Management/users/instances/change. Missing, expired
// or forged token -> 401 with WWW-Authenticate; a user token on an admin route -> 403. PUT, DELETE
// and instances/change answer the envelope without a Result key, as the service does.
// PUT users also sets a UBI user's password (NewPassword; a user token may change its own with
// OldPassword).
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
    // Both body shapes of the vendor's pages: {InstanceIds, PageNumber, PageSize, Sort,
    // ShowInactiveUsers, SearchTerm} and {Filters: [{Name, Value}], Pagination: {Page, PageSize}}.
    Reply filteredPage(const Request &request);
    // {DeviceToken, ToInstanceId, ToInstanceKey}: the user moves to that group (the key must be
    // the group's); from then on only the new group's InstanceId + InstanceKey log the user in.
    Reply changeInstance(const Request &request);

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
