#include "core/Clock.h"

namespace tc {

Clock &Clock::system()
{
    static SystemClock clock;
    return clock;
}

} // namespace tc
