#pragma once
// POST /v1/Auth/Login (user and admin, LoginFields as an object or as a JSON-encoded string,
// keys in any casing) and POST /v1/Auth/RefreshToken (both tokens rotate; the old refresh token
// is spent).
#include "Http.h"

namespace sandbox {

struct Context;

class AuthApi
{
public:
    explicit AuthApi(Context &context) : m_ctx(context) { }

    Reply login(const Request &request);
    Reply refresh(const Request &request);

private:
    Context &m_ctx;
};

} // namespace sandbox
