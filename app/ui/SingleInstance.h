#pragma once
// One console per user. The first console holds a lock file and listens on a local socket, both in
// the user's runtime folder (<XDG_RUNTIME_DIR>/telematics-console.{lock,socket}, private to the
// user); a second launch finds the lock held, hands the first its request (bring the window to the
// front, select a profile) over the socket, waits for the answer and exits.
//
// A crash leaves both files behind: QLockFile sees that the process that wrote the lock is gone and
// takes it over, and the new first console removes the dead socket before listening.
#include <QJsonObject>
#include <QLockFile>
#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;

namespace tc {

class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Role {
        First,  // this process is the one console: it listens for later launches
        Handed, // another console runs and took the request: exit 0
        Failed, // another console holds the lock but did not answer (errorString())
    };

    // folder empty: QStandardPaths::RuntimeLocation.
    explicit SingleInstance(const QString &folder = {}, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Becomes the one console, or hands `request` to the running one (waits up to timeoutMs for
    // it to answer; blocking: called before any window exists).
    Role claim(const QJsonObject &request, int timeoutMs = 5000);
    QString errorString() const { return m_error; }
    QString socketPath() const { return m_socketPath; }
    QString lockPath() const { return m_lockPath; }

Q_SIGNALS:
    // A later launch asked for something (the first console only): {"activate": true, "profile": NAME}.
    void requested(const QJsonObject &request);

private:
    bool listen();
    Role handOver(const QJsonObject &request, int timeoutMs);

    QString m_lockPath;
    QString m_socketPath;
    QLockFile m_lock;
    QLocalServer *m_server = nullptr;
    QString m_error;
};

} // namespace tc
