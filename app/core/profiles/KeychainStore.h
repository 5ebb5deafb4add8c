#pragma once
// The OS keychain (Secret Service / KWallet / macOS Keychain / Windows Credential Store via
// QtKeychain), wrapped in an async API with a timeout on every call.
//
//   auto *job = store.write(u"profile:Prod/api-password"_s, secret);
//   connect(job, &tc::KeychainJob::finished, this, [](tc::KeychainJob *j) { ... });
//
// A call returns a KeychainJob at once; the work starts queued, so connecting right after the
// call never misses the signal. The job deletes itself (deleteLater) after finished().
//
// insecureFallback is never turned on: nothing is ever written in plaintext. When the keychain is
// unavailable, locked or does not answer within timeout(), the job reports a Keychain error that
// names the cause and the fix. With fallbackToMemory() on (the default, for the GUI) the store then
// switches to "memory only" for the rest of the run: the failing job and every later one are served
// from process memory, and memoryOnly() / memoryOnlyChanged() let the UI say so. The CLI turns the
// fallback off so it can exit with code 4 instead.
#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <chrono>

#include "core/api/ApiError.h"

namespace tc {

// Why the keychain failed. (An ApiError made from a failed job has kind Keychain.)
enum class KeychainCause {
    None,
    NoSecretService, // no org.freedesktop.secrets provider on the session bus
    NoSessionBus,    // no D-Bus session bus at all
    Locked,          // the keyring exists but is locked / has no default collection
    LockedNoPrompt,  // the keyring is locked and its unlock prompt did not succeed (no display to show
                     // it on, or dismissed): not a refusal of access, so not AccessDenied
    AccessDenied,    // the person (or policy) refused access
    Timeout,         // no answer within the timeout (e.g. a password prompt nobody answers)
    Other,
};

class KeychainJob : public QObject
{
    Q_OBJECT
public:
    enum class Operation { Read, Write, Remove, Move, Probe };
    Q_ENUM(Operation)

    Operation operation() const { return m_op; }
    QString key() const { return m_key; }
    QString targetKey() const { return m_target; } // Move only

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && m_cause == KeychainCause::None; }
    KeychainCause cause() const { return m_cause; }
    // Names the cause and the fix; empty when ok().
    QString errorMessage() const { return m_message; }
    // Kind Keychain (detail = errorMessage()), or None.
    ApiError error() const { return ok() || !m_finished ? ApiError() : ApiError::keychain(m_message); }
    // Read: the secret (empty when !found()). Move: the moved secret is not exposed.
    QByteArray data() const { return m_data; }
    // Read / Move: whether the entry existed.
    bool found() const { return m_found; }
    // The job was served from process memory (the store is, or just went, memory only).
    bool servedFromMemory() const { return m_fromMemory; }

Q_SIGNALS:
    void finished(tc::KeychainJob *job);

private:
    friend class KeychainStore;
    friend class KeychainJobRunner;
    explicit KeychainJob(Operation op, QString key, QObject *parent);

    Operation m_op;
    QString m_key;
    QString m_target;
    QByteArray m_data;
    QString m_message;
    KeychainCause m_cause = KeychainCause::None;
    bool m_found = false;
    bool m_finished = false;
    bool m_fromMemory = false;
};

class KeychainStore : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool memoryOnly READ isMemoryOnly NOTIFY memoryOnlyChanged)
public:
    static QString defaultService() { return QStringLiteral("telematics-console"); }

    explicit KeychainStore(QString service = defaultService(), QObject *parent = nullptr);
    ~KeychainStore() override;

    QString service() const { return m_service; }

    // Every keychain call is bounded by this (default 10 s).
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds t) { m_timeout = t; }

    // Switch to memory only when the keychain fails (default true). Off: errors reach the caller.
    bool fallbackToMemory() const { return m_fallback; }
    void setFallbackToMemory(bool on) { m_fallback = on; }

    // Secrets are held in process memory only, for this run.
    bool isMemoryOnly() const { return m_memoryOnly; }
    // Why (the message of the error that made the store switch); empty when not memory only.
    QString memoryOnlyReason() const { return m_memoryReason; }
    // A one-line text for a status bar: "Secrets are kept in memory only for this run: ...".
    QString statusText() const;
    // Go memory only on purpose (e.g. the person chose not to use the keychain).
    void setMemoryOnly(const QString &reason);

    KeychainJob *read(const QString &key);
    KeychainJob *write(const QString &key, const QByteArray &secret);
    KeychainJob *remove(const QString &key);
    // Read `from`, write it to `to`, then remove `from`. found() is false when `from` did not exist.
    KeychainJob *move(const QString &from, const QString &to);
    // Is the keychain usable for writing? (writes then removes a throwaway entry)
    KeychainJob *probe();

    // Turn a QtKeychain error into our cause + message (exposed for tests and the CLI).
    static KeychainCause classify(int qkeychainError, const QString &errorString);
    static QString explain(KeychainCause cause, const QString &detail, std::chrono::milliseconds timeout);

Q_SIGNALS:
    void memoryOnlyChanged(bool memoryOnly);
    // Every job, just before the job's own finished() (for activity displays and tests that
    // check ordering). Never carries the secret.
    void jobFinished(tc::KeychainJob::Operation operation, const QString &key, bool ok);

private:
    friend class KeychainJobRunner;
    KeychainJob *start(KeychainJob *job);
    void switchToMemory(const QString &reason);

    QString m_service;
    std::chrono::milliseconds m_timeout{10000};
    bool m_fallback = true;
    bool m_memoryOnly = false;
    QString m_memoryReason;
    QHash<QString, QByteArray> m_memory;
};

} // namespace tc
