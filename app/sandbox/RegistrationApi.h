#pragma once
// POST /v1/Registration/Create and /v1/Registration/CreateMany (anonymous; headers InstanceId +
// InstanceKey of a user group).
#include "Http.h"

namespace sandbox {

struct Context;
struct Group;

class RegistrationApi
{
public:
    explicit RegistrationApi(Context &context) : m_ctx(context) { }

    Reply create(const Request &request);
    Reply createMany(const Request &request);

private:
    const Group *authenticate(const Request &request) const;

    Context &m_ctx;
};

} // namespace sandbox
