#include "ui/EmbeddedSandbox.h"

#include "core/util/PrivateFiles.h"

#include "sandbox/Options.h"
#include "sandbox/ServerThread.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lc, "tc.ui.sandbox", QtInfoMsg)
}

namespace tc {

EmbeddedSandbox::EmbeddedSandbox(const QString &dbPath, QObject *parent)
    : QObject(parent), m_dbPath(dbPath.isEmpty() ? defaultDbPath() : dbPath)
{
}

EmbeddedSandbox::~EmbeddedSandbox()
{
    m_thread.reset();
    m_dbLock.reset();
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

void EmbeddedSandbox::start()
{
    if (m_state == State::Starting || m_state == State::Running) {
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
            m_error = lock->error() == QLockFile::LockFailedError
                              ? QCoreApplication::translate(
                                        "EmbeddedSandbox", "The sandbox database %1 is in use by another program "
                                                           "(%2, process %3). Close it, or use that console's sandbox.")
                                        .arg(m_dbPath, app)
                                        .arg(pid)
                              : QCoreApplication::translate("tc::EmbeddedSandbox",
                                                            "Cannot lock the sandbox database %1.")
                                        .arg(m_dbPath);
            m_info = {};
            setState(State::Failed);
            qCWarning(lc) << "local sandbox failed to start:" << m_error;
            // Queued, like a start that failed on its thread: the caller connects first.
            QMetaObject::invokeMethod(
                    this, [this, error = m_error] { Q_EMIT startFailed(error); }, Qt::QueuedConnection);
            return;
        }
        m_dbLock = std::move(lock);
    }
    sandbox::Options options;
    options.port = 0;
    options.dbPath = m_dbPath;
    if (m_accessTtl > 0) {
        options.accessTtl = m_accessTtl;
    }
    if (m_adminAccessTtl > 0) {
        options.adminAccessTtl = m_adminAccessTtl;
    }
    m_error.clear();
    m_thread = std::make_unique<sandbox::ServerThread>(options);
    connect(m_thread.get(), &sandbox::ServerThread::started, this, [this](const QJsonObject &info) {
        m_info = info;
        setState(State::Running);
        qCInfo(lc) << "local sandbox running at" << info.value(u"base_url"_s).toString();
        Q_EMIT started(baseUrl());
    });
    connect(m_thread.get(), &sandbox::ServerThread::startFailed, this, [this](const QString &error) {
        m_error = error;
        m_info = {};
        setState(State::Failed);
        qCWarning(lc) << "local sandbox failed to start:" << error;
        Q_EMIT startFailed(error);
    });
    setState(State::Starting);
    m_thread->start();
}

void EmbeddedSandbox::stop()
{
    if (!m_thread) {
        return;
    }
    m_thread.reset(); // stops the server and joins its thread
    m_dbLock.reset();
    m_info = {};
    const bool wasRunning = m_state == State::Running;
    setState(State::Stopped);
    if (wasRunning) {
        Q_EMIT stopped();
    }
}

} // namespace tc
