#pragma once
// The /_sandbox/... control routes (only with --enable-faults). Plain JSON, not the envelope:
//   POST   /_sandbox/faults  spec -> {"ok":true}          (see FaultInjector.h)
//   GET    /_sandbox/faults  -> {"faults":[...]}          (what is still queued)
//   DELETE /_sandbox/faults  -> {"ok":true}               (clears all)
//   POST   /_sandbox/clock   {"offsetSeconds": S} -> {"ok":true,"offsetSeconds":S,"now":ISO}
//                            (sandbox time = real time + S; S is absolute, not cumulative)
//   GET    /_sandbox/clock   -> {"offsetSeconds":S,"now":ISO}
//   GET    /_sandbox/users   -> {"users":[{"DeviceToken","InstanceId","ClientId","CreatedAt"}...]}
#include "Http.h"

namespace sandbox {

struct Context;

class ControlApi
{
public:
    explicit ControlApi(Context &context) : m_ctx(context) { }

    // `lowerPath` is the request path, lower-cased, without a trailing slash.
    Reply handle(const Request &request, const QString &lowerPath);

private:
    Context &m_ctx;
};

} // namespace sandbox
