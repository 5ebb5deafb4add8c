#include "core/util/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDevice>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace tc::files {

namespace {
QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}
} // namespace

bool makePrivateFolder(const QString &folder, QString *error)
{
    const QString absolute = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    QStringList missing;
    QString at = absolute;
    while (!at.isEmpty() && !QFileInfo(at).exists()) {
        missing.prepend(at);
        const QString up = QFileInfo(at).path();
        if (up == at)
            break;
        at = up;
    }
    for (const QString &dir : std::as_const(missing)) {
        if (::mkdir(QFile::encodeName(dir).constData(), 0700) != 0 && errno != EEXIST) {
            *error = QCoreApplication::translate("PrivateFiles", "cannot create the folder %1: %2")
                             .arg(dir, systemError());
            return false;
        }
    }
    if (!QFileInfo(absolute).isDir()) {
        *error = QCoreApplication::translate("PrivateFiles", "%1 is not a folder").arg(absolute);
        return false;
    }
    return true;
}

bool restrictFolder(const QString &folder, QString *error)
{
    if (::chmod(QFile::encodeName(folder).constData(), 0700) != 0) {
        *error = QCoreApplication::translate("PrivateFiles", "cannot make the folder %1 private: %2")
                         .arg(folder, systemError());
        return false;
    }
    return true;
}

bool makePrivateFile(const QString &path, QString *error)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_CLOEXEC | O_NOCTTY, 0600);
    if (fd < 0) {
        *error = QCoreApplication::translate("PrivateFiles", "cannot create %1: %2").arg(path, systemError());
        return false;
    }
    const bool ok = ::fchmod(fd, 0600) == 0;
    const QString why = ok ? QString() : systemError();
    ::close(fd);
    if (!ok) {
        *error = QCoreApplication::translate("PrivateFiles", "cannot make %1 private: %2").arg(path, why);
        return false;
    }
    return true;
}

bool restrictToOwner(QFileDevice &file, QString *error)
{
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = QCoreApplication::translate("PrivateFiles", "cannot make the file private: %1")
                         .arg(file.errorString());
        return false;
    }
    return true;
}

} // namespace tc::files
