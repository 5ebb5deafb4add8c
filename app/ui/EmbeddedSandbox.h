#pragma once
// The local user-service stand-in, run inside the console on its own thread (sandbox::ServerThread)
// on a free loopback port, with its database in the app's data folder so its demo credentials and
// users survive restarts. The port changes per run: profiles of the "sandbox" environment resolve
// their URL through baseUrl() at run time.
//
// The sandbox is a module (libtelematics-sandbox.so, app/sandbox/Module.cpp), loaded by the first
// start() and kept until the process ends: a console whose profiles never need it loads neither it
// nor QtHttpServer. modulePath() says where it is looked for.
//
// Never two sandboxes on one database: start() takes <dbPath>.lock (QLockFile) and holds it until
// stop(); when another process holds it, the start fails and says so.
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>

class QLockFile;

namespace tc {

class EmbeddedSandbox : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Starting, Running, Failed };
    Q_ENUM(State)

    // dbPath empty: defaultDbPath().
    explicit EmbeddedSandbox(const QString &dbPath = {}, QObject *parent = nullptr);
    ~EmbeddedSandbox() override;

    // <AppDataLocation>/sandbox.sqlite
    static QString defaultDbPath();
    // The module's file: $TC_SANDBOX_MODULE when set (tests); else <libdir>/telematics-console
    // relative to the executable (installed) when it exists there, else next to the executable
    // (the build tree).
    static QString modulePath();
    // Whether this process has loaded the module (a start() loads it).
    static bool isModuleLoaded();
    QString dbPath() const { return m_dbPath; }

    // Token lifetimes for the next start (seconds; 0 = the sandbox's defaults).
    void setAccessTtl(qint64 secs) { m_accessTtl = secs; }
    void setAdminAccessTtl(qint64 secs) { m_adminAccessTtl = secs; }

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    QUrl baseUrl() const; // invalid unless running
    // The startup info: base_url, admin {instance_id, email, password}, groups [{instance_id, instance_key}].
    QJsonObject info() const { return m_info; }
    QString lastError() const { return m_error; }

    // Returns at once; started() or startFailed() follows (queued). No-op while starting/running.
    void start();
    // Stops the server and waits for its thread (short).
    void stop();

Q_SIGNALS:
    void started(const QUrl &baseUrl);
    void startFailed(const QString &error);
    void stopped();
    void stateChanged(tc::EmbeddedSandbox::State state);

private Q_SLOTS:
    // From the module's sandbox::ServerThread (connected by name: the console links none of it).
    void onServerStarted(const QJsonObject &info);
    void onServerFailed(const QString &error);

private:
    void setState(State s);
    void fail(const QString &error); // Failed, and startFailed() queued

    QString m_dbPath;
    qint64 m_accessTtl = 0;
    qint64 m_adminAccessTtl = 0;
    State m_state = State::Stopped;
    QJsonObject m_info;
    QString m_error;
    std::unique_ptr<QObject> m_server; // the module's sandbox::ServerThread
    std::unique_ptr<QLockFile> m_dbLock;
};

} // namespace tc
