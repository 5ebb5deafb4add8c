#pragma once
// Crash hygiene for the console and the CLI, called first thing in main(): a crash must not leave
// a core file holding a password, an InstanceKey, a JWT or a DeviceToken, and other processes of
// the same user must not read this one's memory (ptrace, /proc/PID/mem).
#include <QString>

namespace tc {

// Sets RLIMIT_CORE to 0 (soft and hard) and, on Linux, PR_SET_DUMPABLE to 0. Returns an empty
// string when both held, else what failed (the process goes on either way).
QString hardenProcess();

} // namespace tc
