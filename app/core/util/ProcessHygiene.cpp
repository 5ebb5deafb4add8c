#include "core/util/ProcessHygiene.h"

#include <QStringList>

#include <cerrno>
#include <cstring>

#include <sys/resource.h>
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;

namespace tc {

QString hardenProcess()
{
    QStringList problems;
    const rlimit none{0, 0};
    if (setrlimit(RLIMIT_CORE, &none) != 0)
        problems.append(u"cannot turn off core files: %1"_s.arg(QString::fromLocal8Bit(std::strerror(errno))));
#if defined(Q_OS_LINUX)
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        problems.append(
                u"cannot mark the process not dumpable: %1"_s.arg(QString::fromLocal8Bit(std::strerror(errno))));
#endif
    return problems.join(u"; "_s);
}

} // namespace tc
