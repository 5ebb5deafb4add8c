#pragma once
// One Registration/Create with the ledger: the DeviceToken is committed to the ledger BEFORE the
// job reports it. With a CustomToken (chosen by the person, or picked here when
// pickCustomToken), the entry is written before sending, so even a lost answer leaves the
// DeviceToken on record ("unknown" until confirmed).
//
// Outcomes: Done (deviceToken set), Failed (the service refused; nothing was created),
// Unknown (5xx, timeout, dropped connection, unreadable answer: the user may exist; never
// retried on its own). A ledger write that fails does not hide the DeviceToken: it is in
// result() and ledgerError() says what could not be written.
#include "core/api/ApiError.h"
#include "core/api/AuthResult.h"
#include "core/api/RegistrationProfile.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace tc {

class ApiCall;
class ApiClient;
class Ledger;

class RegistrationJob : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Pending, Done, Failed, Unknown };
    Q_ENUM(Outcome)

    // ledger may be null only in tests of the form (then nothing is recorded and ledgerError()
    // says so).
    RegistrationJob(ApiClient *api, Ledger *ledger, const QString &instanceId, const QString &instanceKey,
                    const RegistrationProfile &profile, QObject *parent = nullptr);

    // Pick a CustomToken UUID for this user before sending (when the profile has none).
    void setPickCustomToken(bool on) { m_pickCustomToken = on; }

    void start(); // queued; finished() follows
    void cancel();
    // For RegistrationService, which reads the group's InstanceKEY from the keychain first.
    void setInstanceKey(const QString &instanceKey) { m_instanceKey = instanceKey; }
    // Ends the job before anything is sent (queued; finished() follows, outcome Failed).
    void refuse(const ApiError &error);

    bool isFinished() const { return m_finished; }
    Outcome outcome() const { return m_outcome; }
    RegistrationProfile profile() const { return m_profile; } // as sent (with the CustomToken)
    QString instanceId() const { return m_instanceId; }
    QString deviceToken() const;                          // from the answer, else the CustomToken (Unknown)
    AuthResult result() const { return m_result; }        // tokens: in memory only, never in the ledger
    QDateTime receivedAt() const { return m_receivedAt; } // when the answer arrived (for expiry maths)
    ApiError error() const { return m_error; }
    qint64 ledgerEntryId() const { return m_entryId; }
    bool savedToLedger() const { return m_saved; }
    QString ledgerError() const { return m_ledgerError; }

    static QString outcomeName(Outcome o); // "done", "failed", "unknown", "pending"
    static Outcome outcomeOf(const ApiError &error, int httpStatus);

    // The ledger steps, for callers that send the request themselves (the CLI).
    // Before sending: with a CustomToken, writes an "in-flight" entry (*entryId; 0 without one).
    static bool recordBeforeSending(Ledger &ledger, const QString &baseUrl, const QString &instanceId,
                                    const RegistrationProfile &profile, qint64 *entryId, QString *error);
    // After the answer: done / unknown (and the entry written before, whatever the outcome).
    // *saved: something was written (a refused registration without an earlier entry writes nothing).
    static bool recordOutcome(Ledger &ledger, qint64 entryId, const QString &baseUrl, const QString &instanceId,
                              const RegistrationProfile &profile, Outcome outcome, const QString &deviceToken,
                              const ApiError &error, qint64 *newEntryId, bool *saved, QString *ledgerError);

Q_SIGNALS:
    void finished(tc::RegistrationJob *job);

private:
    void send();
    void onFinished(ApiCall *call);
    void finish();

    ApiClient *m_api;
    Ledger *m_ledger;
    QString m_instanceId;
    QString m_instanceKey;
    RegistrationProfile m_profile;
    bool m_pickCustomToken = false;
    QPointer<ApiCall> m_call;
    bool m_finished = false;
    bool m_canceled = false;
    ApiError m_refusal;
    Outcome m_outcome = Outcome::Pending;
    AuthResult m_result;
    QDateTime m_receivedAt;
    ApiError m_error;
    qint64 m_entryId = 0;
    bool m_saved = false;
    QString m_ledgerError;
};

} // namespace tc
