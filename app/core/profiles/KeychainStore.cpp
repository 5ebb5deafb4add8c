#include "core/profiles/KeychainStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lc, "tc.core.keychain", QtInfoMsg)

constexpr int kTimedOut = -1; // our own marker next to QKeychain::Error values

QString probeKey()
{
    return u"telematics-console-probe"_s;
}
} // namespace

namespace tc {

KeychainJob::KeychainJob(Operation op, QString key, QObject *parent) : QObject(parent), m_op(op), m_key(std::move(key))
{
}

// Drives one KeychainJob through its QtKeychain steps. Lives as long as the job (child of it).
class KeychainJobRunner : public QObject
{
public:
    using StepDone = std::function<void(int error, const QString &errorString, QKeychain::Job *qjob)>;

    KeychainJobRunner(KeychainStore *store, KeychainJob *job) : QObject(job), m_store(store), m_job(job) { }

    void run()
    {
        qCDebug(lc) << "keychain job" << m_job->m_op << "starts";
        if (!m_store) {
            return;
        }
        // Probe always asks the real keychain; everything else goes to memory once memory only.
        if (m_store->m_memoryOnly && m_job->m_op != KeychainJob::Operation::Probe) {
            serveFromMemory();
            return;
        }
        switch (m_job->m_op) {
        case KeychainJob::Operation::Read:
            readStep(m_job->m_key, [this](int err, const QString &es, QKeychain::Job *q) {
                if (err == QKeychain::NoError) {
                    m_job->m_found = true;
                    m_job->m_data = static_cast<QKeychain::ReadPasswordJob *>(q)->binaryData();
                    finishOk();
                } else if (err == QKeychain::EntryNotFound) {
                    finishOk();
                } else {
                    fail(err, es);
                }
            });
            break;
        case KeychainJob::Operation::Write:
            writeStep(m_job->m_key, m_job->m_data, [this](int err, const QString &es, QKeychain::Job *) {
                if (err != QKeychain::NoError) {
                    fail(err, es); // may still keep it in memory: needs m_data
                    return;
                }
                m_job->m_data.fill('\0');
                m_job->m_data.clear();
                finishOk();
            });
            break;
        case KeychainJob::Operation::Remove:
            removeStep(m_job->m_key, [this](int err, const QString &es, QKeychain::Job *) {
                (err == QKeychain::NoError || err == QKeychain::EntryNotFound) ? finishOk() : fail(err, es);
            });
            break;
        case KeychainJob::Operation::Move: runMove(); break;
        case KeychainJob::Operation::Probe: {
            QByteArray nonce = QByteArray::number(QRandomGenerator::system()->generate64(), 16);
            writeStep(probeKey(), nonce, [this](int err, const QString &es, QKeychain::Job *) {
                if (err != QKeychain::NoError) {
                    fail(err, es);
                    return;
                }
                removeStep(probeKey(), [this](int err2, const QString &es2, QKeychain::Job *) {
                    (err2 == QKeychain::NoError || err2 == QKeychain::EntryNotFound) ? finishOk() : fail(err2, es2);
                });
            });
            break;
        }
        }
    }

private:
    void runMove()
    {
        readStep(m_job->m_key, [this](int err, const QString &es, QKeychain::Job *q) {
            if (err == QKeychain::EntryNotFound) {
                finishOk();
                return;
            }
            if (err != QKeychain::NoError) {
                fail(err, es);
                return;
            }
            m_job->m_found = true;
            m_moving = static_cast<QKeychain::ReadPasswordJob *>(q)->binaryData();
            writeStep(m_job->m_target, m_moving, [this](int err2, const QString &es2, QKeychain::Job *) {
                if (err2 != QKeychain::NoError) {
                    fail(err2, es2);
                    return;
                }
                removeStep(m_job->m_key, [this](int err3, const QString &es3, QKeychain::Job *) {
                    m_moving.fill('\0');
                    m_moving.clear();
                    (err3 == QKeychain::NoError || err3 == QKeychain::EntryNotFound) ? finishOk() : fail(err3, es3);
                });
            });
        });
    }

    void readStep(const QString &key, StepDone done)
    {
        auto *q = new QKeychain::ReadPasswordJob(m_store->m_service);
        q->setKey(key);
        runStep(q, std::move(done));
    }
    void writeStep(const QString &key, const QByteArray &data, StepDone done)
    {
        auto *q = new QKeychain::WritePasswordJob(m_store->m_service);
        q->setKey(key);
        q->setBinaryData(data);
        runStep(q, std::move(done));
    }
    void removeStep(const QString &key, StepDone done)
    {
        auto *q = new QKeychain::DeletePasswordJob(m_store->m_service);
        q->setKey(key);
        runStep(q, std::move(done));
    }

    // One QtKeychain job, bounded by the store's timeout. QtKeychain jobs cannot be cancelled: on a
    // timeout we stop listening and let the job delete itself whenever (if ever) it finishes.
    void runStep(QKeychain::Job *q, StepDone done)
    {
        q->setAutoDelete(true);
        q->setInsecureFallback(false); // never plaintext
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        auto conn = std::make_shared<QMetaObject::Connection>();
        *conn = connect(q, &QKeychain::Job::finished, this, [timer, conn, done](QKeychain::Job *j) {
            qCDebug(lc) << "keychain step finished:" << j->error();
            QObject::disconnect(*conn);
            timer->stop();
            timer->deleteLater();
            done(int(j->error()), j->errorString(), j);
        });
        connect(timer, &QTimer::timeout, this, [timer, conn, done]() {
            QObject::disconnect(*conn);
            timer->deleteLater();
            done(kTimedOut, QString(), nullptr);
        });
        timer->start(m_store->m_timeout);
        q->start();
    }

    void serveFromMemory()
    {
        auto &mem = m_store->m_memory;
        m_job->m_fromMemory = true;
        switch (m_job->m_op) {
        case KeychainJob::Operation::Read:
            m_job->m_found = mem.contains(m_job->m_key);
            m_job->m_data = mem.value(m_job->m_key);
            break;
        case KeychainJob::Operation::Write:
            mem.insert(m_job->m_key, m_job->m_data);
            m_job->m_data.clear();
            break;
        case KeychainJob::Operation::Remove: mem.remove(m_job->m_key); break;
        case KeychainJob::Operation::Move:
            if (mem.contains(m_job->m_key)) {
                m_job->m_found = true;
                mem.insert(m_job->m_target, mem.take(m_job->m_key));
            } else if (!m_moving.isEmpty()) { // the keychain failed half-way through a move
                m_job->m_found = true;
                mem.insert(m_job->m_target, m_moving);
                m_moving.clear();
            }
            break;
        case KeychainJob::Operation::Probe: break;
        }
        finishOk();
    }

    void fail(int err, const QString &errorString)
    {
        const auto cause = err == kTimedOut ? KeychainCause::Timeout : KeychainStore::classify(err, errorString);
        const QString message = KeychainStore::explain(cause, errorString,
                                                       m_store ? m_store->m_timeout : std::chrono::milliseconds(0));
        qCWarning(lc) << "keychain" << m_job->m_op << "failed:" << message;
        // Every failure but "could not delete" means the keychain cannot be used right now.
        const bool unavailable = err != QKeychain::CouldNotDeleteEntry;
        if (m_store && unavailable && m_store->m_fallback) {
            m_store->switchToMemory(message);
            if (m_job->m_op != KeychainJob::Operation::Probe) {
                serveFromMemory();
                return;
            }
        }
        m_job->m_cause = cause;
        m_job->m_message = message;
        m_job->m_data.clear();
        m_job->m_found = false;
        finish();
    }

    void finishOk()
    {
        m_job->m_cause = KeychainCause::None;
        m_job->m_message.clear();
        finish();
    }

    void finish()
    {
        m_job->m_finished = true;
        if (m_store) {
            Q_EMIT m_store->jobFinished(m_job->m_op, m_job->m_key, m_job->ok());
        }
        Q_EMIT m_job->finished(m_job);
        m_job->deleteLater();
    }

    QPointer<KeychainStore> m_store;
    KeychainJob *m_job;
    QByteArray m_moving;
};

KeychainStore::KeychainStore(QString service, QObject *parent) : QObject(parent), m_service(std::move(service)) { }

KeychainStore::~KeychainStore()
{
    for (auto &v : m_memory) {
        v.fill('\0');
    }
}

QString KeychainStore::statusText() const
{
    if (!m_memoryOnly) {
        return tr("Secrets are kept in the system keychain.");
    }
    return tr("Secrets are kept in memory only for this run (nothing is saved): %1").arg(m_memoryReason);
}

void KeychainStore::setMemoryOnly(const QString &reason)
{
    switchToMemory(reason);
}

void KeychainStore::switchToMemory(const QString &reason)
{
    if (m_memoryOnly) {
        return;
    }
    m_memoryOnly = true;
    m_memoryReason = reason;
    qCWarning(lc) << "keychain unavailable; secrets are held in memory only for this run";
    Q_EMIT memoryOnlyChanged(true);
}

KeychainJob *KeychainStore::start(KeychainJob *job)
{
    auto *runner = new KeychainJobRunner(this, job);
    QMetaObject::invokeMethod(runner, &KeychainJobRunner::run, Qt::QueuedConnection);
    return job;
}

KeychainJob *KeychainStore::read(const QString &key)
{
    return start(new KeychainJob(KeychainJob::Operation::Read, key, this));
}

KeychainJob *KeychainStore::write(const QString &key, const QByteArray &secret)
{
    auto *job = new KeychainJob(KeychainJob::Operation::Write, key, this);
    job->m_data = secret;
    return start(job);
}

KeychainJob *KeychainStore::remove(const QString &key)
{
    return start(new KeychainJob(KeychainJob::Operation::Remove, key, this));
}

KeychainJob *KeychainStore::move(const QString &from, const QString &to)
{
    auto *job = new KeychainJob(KeychainJob::Operation::Move, from, this);
    job->m_target = to;
    return start(job);
}

KeychainJob *KeychainStore::probe()
{
    return start(new KeychainJob(KeychainJob::Operation::Probe, probeKey(), this));
}

KeychainCause KeychainStore::classify(int qkeychainError, const QString &errorString)
{
    const QString es = errorString.toLower();
    switch (qkeychainError) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound: return KeychainCause::None;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        // libsecret reports a locked collection it could not unlock (the prompt could not appear,
        // or was dismissed) as AccessDenied: "Cannot create an item in a locked collection".
        return es.contains(u"locked"_s) ? KeychainCause::LockedNoPrompt : KeychainCause::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return es.contains(u"d-bus"_s) || es.contains(u"dbus"_s) ? KeychainCause::NoSessionBus
                                                                 : KeychainCause::NoSecretService;
    default: break;
    }
    if (es.contains(u"autolaunch"_s) || es.contains(u"dbus_session_bus_address"_s)
        || es.contains(u"failed to connect to socket"_s) || es.contains(u"could not connect"_s)
        || es.contains(u"no such file or directory"_s) || es.contains(u"connection refused"_s)) {
        return KeychainCause::NoSessionBus;
    }
    if (es.contains(u"org.freedesktop.secrets"_s) || es.contains(u"serviceunknown"_s)
        || es.contains(u"not provided by any"_s) || es.contains(u"no such interface"_s)) {
        return KeychainCause::NoSecretService;
    }
    if (es.contains(u"locked collection"_s) || es.contains(u"cannot unlock"_s) || es.contains(u"prompt"_s))
        return KeychainCause::LockedNoPrompt;
    if (es.contains(u"object does not exist"_s) || es.contains(u"locked"_s) || es.contains(u"collection"_s)
        || es.contains(u"unlock"_s)) {
        return KeychainCause::Locked;
    }
    if (es.contains(u"denied"_s) || es.contains(u"dismissed"_s) || es.contains(u"cancel"_s)) {
        return KeychainCause::AccessDenied;
    }
    return KeychainCause::Other;
}

QString KeychainStore::explain(KeychainCause cause, const QString &detail, std::chrono::milliseconds timeout)
{
    QString text;
    switch (cause) {
    case KeychainCause::None: return {};
    case KeychainCause::NoSecretService:
        text = tr("%1 reached the D-Bus session bus, but no Secret Service answers on it "
                  "(org.freedesktop.secrets): install and unlock gnome-keyring or KWallet, then try again.")
                       .arg(QCoreApplication::applicationName());
        break;
    case KeychainCause::NoSessionBus:
        text = tr("%1 found no D-Bus session bus, so no keychain can be reached: run it inside a desktop "
                  "session (or under dbus-run-session with an unlocked gnome-keyring).")
                       .arg(QCoreApplication::applicationName());
        break;
    case KeychainCause::Locked:
        text = tr("The Secret Service answered, but the keyring is locked or has no default collection: "
                  "unlock it (log in to your desktop session, or run `gnome-keyring-daemon --unlock`) and try "
                  "again.");
        break;
    case KeychainCause::LockedNoPrompt:
        text = tr("The keyring is locked and could not be unlocked: its unlock prompt could not be shown (no "
                  "display) or was closed. Unlock it (log in to your desktop session, or run "
                  "`gnome-keyring-daemon --unlock`) and try again.");
        break;
    case KeychainCause::AccessDenied:
        text = tr("Access to the keychain was denied: allow telematics-console when your keyring asks, "
                  "and try again.");
        break;
    case KeychainCause::Timeout:
        text = tr("The keychain did not answer within %1 s (it may be locked and waiting for a password "
                  "prompt): unlock your keyring and try again.")
                       .arg(std::chrono::duration_cast<std::chrono::seconds>(timeout).count());
        break;
    case KeychainCause::Other:
        text = tr("The keychain failed: check that gnome-keyring or KWallet is running and unlocked.");
        break;
    }
    if (!detail.isEmpty()) {
        text += u" ("_s + detail + u')';
    }
    return text;
}

} // namespace tc
