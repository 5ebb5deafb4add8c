#include "core/util/Clock.h"

namespace tc {

Clock &Clock::system()
{
    static SystemClock clock;
    return clock;
}

} // namespace tc
