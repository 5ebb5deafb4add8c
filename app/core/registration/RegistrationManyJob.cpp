#include "core/registration/RegistrationManyJob.h"

#include "core/api/ApiCall.h"
#include "core/api/ApiClient.h"
#include "core/ledger/Ledger.h"
#include "core/util/CsvWriter.h"

#include <QCoreApplication>
#include <QIODevice>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace tc {

RegistrationManyJob::RegistrationManyJob(ApiClient *api, Ledger *ledger, const QString &instanceId,
                                         const QString &instanceKey, int quantity,
                                         std::optional<bool> createAccessToken, const UserFields &customFields,
                                         QObject *parent)
    : QObject(parent), m_api(api), m_ledger(ledger), m_instanceId(instanceId.trimmed()), m_instanceKey(instanceKey),
      m_quantity(quantity), m_createAccessToken(createAccessToken), m_customFields(customFields)
{
}

void RegistrationManyJob::start()
{
    QTimer::singleShot(0, this, &RegistrationManyJob::send);
}

void RegistrationManyJob::cancel()
{
    m_canceled = true;
    if (m_call)
        m_call->cancel();
}

void RegistrationManyJob::refuse(const ApiError &error)
{
    m_refusal = error;
    start();
}

QString RegistrationManyJob::quantityProblem(qint64 n)
{
    if (n < 1)
        return tr("Quantity must be at least 1 (got %1): nothing is sent.").arg(n);
    if (n > MaxQuantity)
        return tr("Quantity must be at most %1, the service's maximum for one call (got %2): nothing is sent.")
                .arg(MaxQuantity)
                .arg(n);
    return {};
}

QString RegistrationManyJob::quantityProblem(const QString &text, int *n)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return tr("Give how many users to register (1–%1).").arg(MaxQuantity);
    for (const QChar c : t) {
        if (!c.isDigit())
            return tr("Quantity must be a whole number from 1 to %1 (got “%2”): nothing is sent.").arg(MaxQuantity).arg(t);
    }
    bool ok = false;
    const qint64 value = t.toLongLong(&ok);
    if (!ok || t.size() > 12)
        return tr("Quantity must be at most %1, the service's maximum for one call (got %2): nothing is sent.")
                .arg(MaxQuantity)
                .arg(t);
    if (n)
        *n = int(std::clamp<qint64>(value, 0, MaxQuantity + 1));
    return quantityProblem(value);
}

void RegistrationManyJob::send()
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
    if (const QString problem = quantityProblem(m_quantity); !problem.isEmpty()) {
        m_outcome = Outcome::Failed;
        m_error = ApiError::validation(problem);
        return finish();
    }
    if (!m_ledger || !m_ledger->isOpen()) {
        m_outcome = Outcome::Failed;
        m_error = ApiError::validation(QCoreApplication::translate(
                "tc::RegistrationManyJob", "the ledger is not open: nothing is registered without it"));
        return finish();
    }
    const ApiClient::Purpose why(m_api, tr("register %n user(s) at once", "", m_quantity));
    m_call = m_api->registerMany(m_instanceId, m_instanceKey, m_quantity, m_createAccessToken, m_customFields);
    connect(m_call, &ApiCall::finished, this, [this, call = m_call.data()] { onFinished(call); });
}

bool RegistrationManyJob::recordOutcome(Ledger &ledger, const QString &baseUrl, const QString &instanceId, int quantity,
                                        std::optional<bool> createAccessToken, const UserFields &customFields,
                                        const ApiCall &call, Outcome *outcome, bool *saved, QString *ledgerError)
{
    *saved = false;
    const QList<AuthResult> results = call.authResults();
    // Tokens that arrived are kept even if something else about the answer was off.
    if (!results.isEmpty())
        *outcome = Outcome::Done;
    else if (call.error().isError() && call.error().mayHaveBeenProcessed(call.httpStatus()))
        *outcome = Outcome::Unknown;
    else
        *outcome = Outcome::Failed;

    QJsonObject profile{{u"Quantity"_s, quantity}};
    if (createAccessToken)
        profile.insert(u"CreateAccessToken"_s, *createAccessToken);
    if (!customFields.isEmpty())
        profile.insert(u"CustomFields"_s, customFields.toJson(false));

    QList<LedgerEntry> entries;
    if (*outcome == Outcome::Done) {
        qint64 i = 0;
        for (const AuthResult &r : results) {
            LedgerEntry e;
            e.source = LedgerSource::createMany();
            e.rowNo = ++i;
            e.state = LedgerState::done();
            e.deviceToken = r.deviceToken;
            e.instanceId = instanceId.trimmed();
            e.baseUrl = baseUrl;
            e.profile = profile;
            entries.append(e);
        }
    } else if (*outcome == Outcome::Unknown) {
        LedgerEntry e;
        e.source = LedgerSource::createMany();
        e.state = LedgerState::unknown();
        e.instanceId = instanceId.trimmed();
        e.baseUrl = baseUrl;
        e.profile = profile;
        e.error = call.error().message()
                  + QCoreApplication::translate("tc::RegistrationManyJob",
                                                " (up to %1 users may exist whose DeviceTokens were never received)")
                            .arg(quantity);
        entries.append(e);
    }
    if (entries.isEmpty())
        return true;
    if (!ledger.addAll(entries)) {
        *ledgerError = ledger.errorString();
        return false;
    }
    *saved = true;
    return true;
}

void RegistrationManyJob::onFinished(ApiCall *call)
{
    m_error = call->error();
    m_results = call->authResults();
    recordOutcome(*m_ledger, m_api->baseUrl().toString(), m_instanceId, m_quantity, m_createAccessToken, m_customFields,
                  *call, &m_outcome, &m_saved, &m_ledgerError);
    finish();
}

void RegistrationManyJob::finish()
{
    m_finished = true;
    QTimer::singleShot(0, this, [this] { Q_EMIT finished(this); });
}

bool RegistrationManyJob::exportCsv(const QList<AuthResult> &results, QIODevice *out, bool includeTokens)
{
    CsvWriter w(out);
    QStringList header{u"DeviceToken"_s, u"ExpiresIn"_s};
    if (includeTokens)
        header << u"AccessToken"_s << u"RefreshToken"_s;
    w.writeRow(header);
    for (const AuthResult &r : results) {
        QStringList row{r.deviceToken, r.expiresIn ? QString::number(*r.expiresIn) : QString()};
        if (includeTokens)
            row << r.accessToken << r.refreshToken;
        w.writeRow(row);
    }
    return !w.hasError();
}

bool RegistrationManyJob::exportJson(const QList<AuthResult> &results, QIODevice *out, bool includeTokens)
{
    QJsonArray list;
    for (const AuthResult &r : results) {
        QJsonObject o{{u"DeviceToken"_s, r.deviceToken}};
        if (r.expiresIn)
            o.insert(u"ExpiresIn"_s, double(*r.expiresIn));
        if (includeTokens) {
            o.insert(u"AccessToken"_s, r.accessToken);
            o.insert(u"RefreshToken"_s, r.refreshToken);
        }
        list.append(o);
    }
    const QByteArray doc = QJsonDocument(QJsonObject{{u"Results"_s, list}}).toJson(QJsonDocument::Indented);
    return out->write(doc) == doc.size();
}

} // namespace tc
