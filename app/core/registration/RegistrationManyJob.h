#pragma once
// Registration/CreateMany with the ledger: every DeviceToken of the answer is committed to the
// ledger (one transaction) BEFORE the job reports them. The answer is the only copy of them: if
// the ledger write fails, they stay in results() and ledgerError() says so.
// A lost answer (5xx, timeout, dropped connection) is recorded as one "unknown" entry: up to
// Quantity users may exist whose DeviceTokens were never received.
#include "core/api/ApiError.h"
#include "core/api/AuthResult.h"
#include "core/api/RegistrationProfile.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class QIODevice;

namespace tc {

class ApiCall;
class ApiClient;
class Ledger;

class RegistrationManyJob : public QObject
{
    Q_OBJECT
public:
    // The most users one CreateMany call may ask for (the service refuses more).
    static constexpr int MaxQuantity = 1000;
    enum class Outcome { Pending, Done, Failed, Unknown };
    Q_ENUM(Outcome)

    RegistrationManyJob(ApiClient *api, Ledger *ledger, const QString &instanceId, const QString &instanceKey,
                        int quantity, std::optional<bool> createAccessToken = std::nullopt,
                        const UserFields &customFields = {}, QObject *parent = nullptr);

    void start(); // queued; finished() follows
    void cancel();
    // For RegistrationService, which reads the group's InstanceKEY from the keychain first.
    void setInstanceKey(const QString &instanceKey) { m_instanceKey = instanceKey; }
    // Ends the job before anything is sent (queued; finished() follows, outcome Failed).
    void refuse(const ApiError &error);

    // "" when n users may be asked for in one call, else what is wrong (0, more than MaxQuantity).
    static QString quantityProblem(qint64 n);
    // The same for what a person typed ("", "0", "5000", "12a"); *n is set when it is a number.
    static QString quantityProblem(const QString &text, int *n);

    bool isFinished() const { return m_finished; }
    Outcome outcome() const { return m_outcome; }
    int quantity() const { return m_quantity; }
    QString instanceId() const { return m_instanceId; }
    QList<AuthResult> results() const { return m_results; } // tokens: in memory only
    ApiError error() const { return m_error; }
    bool savedToLedger() const { return m_saved; }
    QString ledgerError() const { return m_ledgerError; }

    // The ledger step, for callers that send the request themselves (the CLI): the answer's
    // DeviceTokens (one transaction), or one "unknown" entry for a lost answer. *outcome is set.
    static bool recordOutcome(Ledger &ledger, const QString &baseUrl, const QString &instanceId, int quantity,
                              std::optional<bool> createAccessToken, const UserFields &customFields,
                              const ApiCall &call, Outcome *outcome, bool *saved, QString *ledgerError);

    // Exports. Access and refresh tokens only when includeTokens (they are secrets).
    static bool exportCsv(const QList<AuthResult> &results, QIODevice *out, bool includeTokens);
    static bool exportJson(const QList<AuthResult> &results, QIODevice *out, bool includeTokens);

Q_SIGNALS:
    void finished(tc::RegistrationManyJob *job);

private:
    void send();
    void onFinished(ApiCall *call);
    void finish();

    ApiClient *m_api;
    Ledger *m_ledger;
    QString m_instanceId;
    QString m_instanceKey;
    int m_quantity;
    std::optional<bool> m_createAccessToken;
    UserFields m_customFields;
    QPointer<ApiCall> m_call;
    bool m_finished = false;
    bool m_canceled = false;
    ApiError m_refusal;
    Outcome m_outcome = Outcome::Pending;
    QList<AuthResult> m_results;
    ApiError m_error;
    bool m_saved = false;
    QString m_ledgerError;
};

} // namespace tc
