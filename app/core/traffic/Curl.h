#pragma once
// A recorded exchange's request as a curl command a tester can paste into a shell. Exchanges are
// redacted already; each hidden value becomes a shell variable the person sets first:
// $TELEMATICS_ACCESS_TOKEN (Authorization: Bearer, AccessToken/Token), $TELEMATICS_INSTANCE_KEY,
// $TELEMATICS_PASSWORD, $TELEMATICS_REFRESH_TOKEN, $TELEMATICS_JWT (a token inside other text),
// $TELEMATICS_SECRET (anything else hidden).
#include "core/api/Exchange.h"

#include <QStringList>

namespace tc {

class Curl
{
public:
    static QString command(const Exchange &exchange);
    // The variables command() uses, in order of first use.
    static QStringList variables(const Exchange &exchange);
    // 'text' for a POSIX shell.
    static QString shellQuote(const QString &text);
};

} // namespace tc
