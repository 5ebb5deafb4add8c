#include "ui/EmbeddedSandbox.h"

#include "core/util/PrivateFiles.h"

#include "Version.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lc, "tc.ui.sandbox", QtInfoMsg)

using CreateFn = QObject *(*)(const QJsonObject *);
using VersionFn = const char *(*)();

// The module, loaded once per process and never unloaded (its code runs the server's thread).
struct Module
{
    QLibrary library;
    CreateFn create = nullptr;
};

Module &module()
{
    static auto *m = new Module; // never destroyed: nothing is torn down while the process ends
    return *m;
}

// Loads the module on the first call; nullptr and *error when it cannot be used.
CreateFn loadModule(QString *error)
{
    Module &m = module();
    if (m.create)
        return m.create;
    const QString path = tc::EmbeddedSandbox::modulePath();
    if (!QFileInfo::exists(path)) {
        *error = QCoreApplication::translate("tc::EmbeddedSandbox",
                                             "The local sandbox is not installed: %1 is missing. Reinstall the "
                                             "console, or use a profile for another service.")
                         .arg(path);
        return nullptr;
    }
    m.library.setFileName(path);
    m.library.setLoadHints(QLibrary::PreventUnloadHint);
    if (!m.library.load()) {
        *error = QCoreApplication::translate("tc::EmbeddedSandbox", "The local sandbox %1 cannot be loaded: %2")
                         .arg(path, m.library.errorString());
        return nullptr;
    }
    const auto version = reinterpret_cast<VersionFn>(m.library.resolve("tc_sandbox_module_version"));
    const auto create = reinterpret_cast<CreateFn>(m.library.resolve("tc_sandbox_module_create"));
    if (!version || !create) {
        *error = QCoreApplication::translate("tc::EmbeddedSandbox", "%1 is not a local sandbox for this console.")
                         .arg(path);
        m.library.unload();
        return nullptr;
    }
    if (const QLatin1StringView v(version()); v != QLatin1StringView(TC_VERSION)) {
        *error = QCoreApplication::translate("tc::EmbeddedSandbox",
                                             "The local sandbox %1 is version %2, this console %3. Reinstall the "
                                             "console.")
                         .arg(path, v, QLatin1StringView(TC_VERSION));
        m.library.unload();
        return nullptr;
    }
    qCInfo(lc) << "local sandbox module loaded from" << path;
    m.create = create;
    return create;
}
} // namespace

namespace tc {

EmbeddedSandbox::EmbeddedSandbox(const QString &dbPath, QObject *parent)
    : QObject(parent), m_dbPath(dbPath.isEmpty() ? defaultDbPath() : dbPath)
{
}

EmbeddedSandbox::~EmbeddedSandbox()
{
    m_server.reset(); // stops the server and joins its thread
    m_dbLock.reset();
}

QString EmbeddedSandbox::modulePath()
{
    if (const QString path = qEnvironmentVariable("TC_SANDBOX_MODULE"); !path.isEmpty())
        return path;
    const QString dir = QCoreApplication::applicationDirPath();
    const QString installed = QDir::cleanPath(dir + u'/' + QLatin1StringView(TC_SANDBOX_MODULE_DIR) + u'/'
                                              + QLatin1StringView(TC_SANDBOX_MODULE_FILE));
    const QString beside = dir + u'/' + QLatin1StringView(TC_SANDBOX_MODULE_FILE);
    return QFileInfo::exists(installed) || !QFileInfo::exists(beside) ? installed : beside;
}

bool EmbeddedSandbox::isModuleLoaded()
{
    return module().create != nullptr;
}

QString EmbeddedSandbox::defaultDbPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/sandbox.sqlite"_s;
}

QUrl EmbeddedSandbox::baseUrl() const
{
    return m_state == State::Running ? QUrl(m_info.value(u"base_url"_s).toString()) : QUrl();
}

void EmbeddedSandbox::setState(State s)
{
    if (m_state != s) {
        m_state = s;
        Q_EMIT stateChanged(s);
    }
}

void EmbeddedSandbox::fail(const QString &error)
{
    m_error = error;
    m_info = {};
    setState(State::Failed);
    qCWarning(lc) << "local sandbox failed to start:" << m_error;
    // Queued, like a start that failed on its thread: the caller connects first.
    QMetaObject::invokeMethod(
            this, [this, error] { Q_EMIT startFailed(error); }, Qt::QueuedConnection);
}

void EmbeddedSandbox::start()
{
    if (m_state == State::Starting || m_state == State::Running) {
        return;
    }
    QString moduleError;
    const CreateFn create = loadModule(&moduleError);
    if (!create) {
        fail(moduleError);
        return;
    }
    // The sandbox's database holds its demo credentials and group keys: owner only, like the ledger.
    if (QString why; !files::makePrivateFolder(QFileInfo(m_dbPath).absolutePath(), &why)
                     || !files::makePrivateFile(m_dbPath, &why)) {
        qCWarning(lc) << "the sandbox database is not private:" << why;
    }
    if (!m_dbLock) {
        auto lock = std::make_unique<QLockFile>(m_dbPath + u".lock"_s);
        lock->setStaleLockTime(0); // stale only when its process is gone
        if (!lock->tryLock(0)) {
            qint64 pid = 0;
            QString host, app;
            lock->getLockInfo(&pid, &host, &app);
            fail(lock->error() == QLockFile::LockFailedError
                         ? QCoreApplication::translate("EmbeddedSandbox",
                                                       "The sandbox database %1 is in use by another program "
                                                       "(%2, process %3). Close it, or use that console's sandbox.")
                                   .arg(m_dbPath, app)
                                   .arg(pid)
                         : QCoreApplication::translate("tc::EmbeddedSandbox", "Cannot lock the sandbox database %1.")
                                   .arg(m_dbPath));
            return;
        }
        m_dbLock = std::move(lock);
    }
    QJsonObject options{{u"port"_s, 0}, {u"dbPath"_s, m_dbPath}};
    if (m_accessTtl > 0) {
        options.insert(u"accessTtl"_s, m_accessTtl);
    }
    if (m_adminAccessTtl > 0) {
        options.insert(u"adminAccessTtl"_s, m_adminAccessTtl);
    }
    m_error.clear();
    m_server.reset(create(&options));
    const bool wired = connect(m_server.get(), SIGNAL(started(QJsonObject)), this, SLOT(onServerStarted(QJsonObject)))
                       && connect(m_server.get(), SIGNAL(startFailed(QString)), this, SLOT(onServerFailed(QString)));
    if (!wired || !QMetaObject::invokeMethod(m_server.get(), "start", Qt::DirectConnection)) {
        m_server.reset();
        m_dbLock.reset();
        fail(QCoreApplication::translate("tc::EmbeddedSandbox", "%1 is not a local sandbox for this console.")
                     .arg(modulePath()));
        return;
    }
    setState(State::Starting);
}

void EmbeddedSandbox::onServerStarted(const QJsonObject &info)
{
    m_info = info;
    setState(State::Running);
    qCInfo(lc) << "local sandbox running at" << info.value(u"base_url"_s).toString();
    Q_EMIT started(baseUrl());
}

void EmbeddedSandbox::onServerFailed(const QString &error)
{
    m_error = error;
    m_info = {};
    setState(State::Failed);
    qCWarning(lc) << "local sandbox failed to start:" << error;
    Q_EMIT startFailed(error);
}

void EmbeddedSandbox::stop()
{
    if (!m_server) {
        return;
    }
    m_server.reset(); // stops the server and joins its thread
    m_dbLock.reset();
    m_info = {};
    const bool wasRunning = m_state == State::Running;
    setState(State::Stopped);
    if (wasRunning) {
        Q_EMIT stopped();
    }
}

} // namespace tc
