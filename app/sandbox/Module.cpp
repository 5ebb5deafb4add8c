// The sandbox as a module the console loads at run time (QLibrary), and only when a profile needs
// it: the console itself links none of the sandbox, so QtHttpServer, QtWebSockets and the
// sandbox's code are not loaded at its start. Two C entry points, resolved by name:
//
//   const char *tc_sandbox_module_version()   TC_VERSION of this build (the console refuses
//                                             a module of another version)
//   QObject *tc_sandbox_module_create(const QJsonObject *options)
//                                             a new sandbox::ServerThread, parentless; the caller
//                                             owns it (delete stops the server and joins its
//                                             thread). options: port, dbPath, accessTtl,
//                                             adminAccessTtl (absent or 0: the defaults).
//
// The console drives the object through its meta-object only: start() and stop() (Q_INVOKABLE),
// the signals started(QJsonObject) and startFailed(QString).
#include "Version.h"
#include "sandbox/Options.h"
#include "sandbox/ServerThread.h"

#include <QJsonObject>

extern "C" {

Q_DECL_EXPORT const char *tc_sandbox_module_version()
{
    return TC_VERSION;
}

Q_DECL_EXPORT QObject *tc_sandbox_module_create(const QJsonObject *options)
{
    using namespace Qt::StringLiterals;
    sandbox::Options o;
    if (options) {
        o.port = static_cast<quint16>(options->value(u"port"_s).toInt(0));
        o.dbPath = options->value(u"dbPath"_s).toString();
        if (const qint64 ttl = options->value(u"accessTtl"_s).toInteger(0); ttl > 0)
            o.accessTtl = ttl;
        if (const qint64 ttl = options->value(u"adminAccessTtl"_s).toInteger(0); ttl > 0)
            o.adminAccessTtl = ttl;
    }
    return new sandbox::ServerThread(o);
}

} // extern "C"
