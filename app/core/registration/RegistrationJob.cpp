#include "core/registration/RegistrationJob.h"

#include "core/api/ApiCall.h"
#include "core/api/ApiClient.h"
#include "core/ledger/Ledger.h"

#include <QCoreApplication>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace tc {

RegistrationJob::RegistrationJob(ApiClient *api, Ledger *ledger, const QString &instanceId, const QString &instanceKey,
                                 const RegistrationProfile &profile, QObject *parent)
    : QObject(parent), m_api(api), m_ledger(ledger), m_instanceId(instanceId.trimmed()), m_instanceKey(instanceKey),
      m_profile(profile)
{
}

QString RegistrationJob::outcomeName(Outcome o)
{
    switch (o) {
    case Outcome::Pending: return u"pending"_s;
    case Outcome::Done: return u"done"_s;
    case Outcome::Failed: return u"failed"_s;
    case Outcome::Unknown: return u"unknown"_s;
    }
    return {};
}

QString RegistrationJob::deviceToken() const
{
    if (!m_result.deviceToken.isEmpty())
        return m_result.deviceToken;
    return m_outcome == Outcome::Unknown ? m_profile.customToken.value_or(QString()) : QString();
}

void RegistrationJob::start()
{
    QTimer::singleShot(0, this, &RegistrationJob::send);
}

void RegistrationJob::cancel()
{
    m_canceled = true;
    if (m_call)
        m_call->cancel();
}

void RegistrationJob::refuse(const ApiError &error)
{
    m_refusal = error;
    start();
}

void RegistrationJob::send()
{
    if (m_refusal.isError()) {
        m_outcome = Outcome::Failed;
        m_error = m_refusal;
        return finish();
    }
    if (m_canceled) {
        m_outcome = Outcome::Failed;
        m_error = ApiError::canceled();
        return finish();
    }
    if (m_pickCustomToken && !m_profile.customToken)
        m_profile.customToken = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (const QStringList problems = m_profile.validate(); !problems.isEmpty()) {
        m_outcome = Outcome::Failed;
        m_error = ApiError::validation(problems.join(u"; "_s));
        return finish();
    }
    if (!m_ledger || !m_ledger->isOpen()) {
        m_outcome = Outcome::Failed;
        m_error = ApiError::validation(QCoreApplication::translate(
                "tc::RegistrationJob", "the ledger is not open: nothing is registered without it"));
        return finish();
    }
    if (!recordBeforeSending(*m_ledger, m_api->baseUrl().toString(), m_instanceId, m_profile, &m_entryId,
                             &m_ledgerError)) {
        m_outcome = Outcome::Failed;
        m_error = ApiError::validation(QCoreApplication::translate("tc::RegistrationJob", "nothing was sent: ")
                                       + m_ledgerError);
        return finish();
    }
    const ApiClient::Purpose why(m_api, tr("register a user"));
    m_call = m_api->registerUser(m_instanceId, m_instanceKey, m_profile);
    connect(m_call, &ApiCall::finished, this, [this, call = m_call.data()] { onFinished(call); });
}

RegistrationJob::Outcome RegistrationJob::outcomeOf(const ApiError &error, int httpStatus)
{
    if (!error.isError())
        return Outcome::Done;
    // A POST that may have reached the service is "unknown" (never retried on its own); one that
    // provably made no user (refused connection, 4xx, validation, ...) failed.
    return error.mayHaveBeenProcessed(httpStatus) ? Outcome::Unknown : Outcome::Failed;
}

bool RegistrationJob::recordBeforeSending(Ledger &ledger, const QString &baseUrl, const QString &instanceId,
                                          const RegistrationProfile &profile, qint64 *entryId, QString *error)
{
    *entryId = 0;
    if (!profile.customToken)
        return true;
    // The DeviceToken is known before sending: record it first.
    LedgerEntry e;
    e.source = LedgerSource::create();
    e.state = LedgerState::inFlight();
    e.customToken = *profile.customToken;
    e.deviceToken = *profile.customToken;
    e.clientId = profile.userFields && profile.userFields->clientId ? *profile.userFields->clientId : QString();
    e.instanceId = instanceId.trimmed();
    e.baseUrl = baseUrl;
    e.profile = profile.toJson();
    if (!ledger.add(e)) {
        *error = ledger.errorString();
        return false;
    }
    *entryId = e.id;
    return true;
}

bool RegistrationJob::recordOutcome(Ledger &ledger, qint64 entryId, const QString &baseUrl, const QString &instanceId,
                                    const RegistrationProfile &profile, Outcome outcome, const QString &deviceToken,
                                    const ApiError &error, qint64 *newEntryId, bool *saved, QString *ledgerError)
{
    *saved = false;
    LedgerEntry e;
    if (entryId > 0)
        e = ledger.entry(entryId).value_or(LedgerEntry());
    const bool known = e.id > 0;
    e.source = LedgerSource::create();
    e.instanceId = instanceId.trimmed();
    e.baseUrl = baseUrl;
    e.profile = profile.toJson();
    e.clientId = profile.userFields && profile.userFields->clientId ? *profile.userFields->clientId : QString();
    e.customToken = profile.customToken.value_or(QString());
    e.state = outcome == Outcome::Done      ? LedgerState::done()
              : outcome == Outcome::Unknown ? LedgerState::unknown()
                                            : LedgerState::failed();
    e.deviceToken = outcome == Outcome::Done ? deviceToken : e.customToken;
    e.error = outcome == Outcome::Done ? QString()
              : outcome == Outcome::Unknown
                      ? error.message()
                                + QCoreApplication::translate("tc::RegistrationJob",
                                                              " (the user may exist; not retried)")
                      : error.message();
    bool ok = true;
    if (known) {
        ok = ledger.update(e);
        *saved = ok;
    } else if (outcome != Outcome::Failed) { // a refused registration made no user: nothing to keep
        ok = ledger.add(e);
        *saved = ok;
    }
    if (!ok) {
        *ledgerError = ledger.errorString();
        return false;
    }
    if (newEntryId && e.id > 0)
        *newEntryId = e.id;
    return true;
}

void RegistrationJob::onFinished(ApiCall *call)
{
    m_error = call->error();
    m_receivedAt = call->receivedAt();
    m_outcome = outcomeOf(m_error, call->httpStatus());
    if (m_outcome == Outcome::Done)
        m_result = call->authResult();
    recordOutcome(*m_ledger, m_entryId, m_api->baseUrl().toString(), m_instanceId, m_profile, m_outcome,
                  m_result.deviceToken, m_error, &m_entryId, &m_saved, &m_ledgerError);
    finish();
}

void RegistrationJob::finish()
{
    m_finished = true;
    QTimer::singleShot(0, this, [this] { Q_EMIT finished(this); });
}

} // namespace tc
