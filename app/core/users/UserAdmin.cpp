#include "core/users/UserAdmin.h"

#include "core/api/ApiCall.h"
#include "core/api/ApiClient.h"
#include "core/auth/Session.h"
#include "core/ledger/Ledger.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace tc {

namespace {
Q_LOGGING_CATEGORY(lc, "tc.core.users", QtWarningMsg)
} // namespace

void UserTask::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_error = error;
    m_finished = true;
    Q_EMIT finished(this);
}

UserAdmin::UserAdmin(Session *session, ApiClient *api, Ledger *ledger, QString actor, QObject *parent)
    : QObject(parent), m_session(session), m_api(api), m_ledger(ledger), m_actor(std::move(actor))
{
}

bool UserAdmin::sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
           && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(-1) == b.port(-1);
}

UserTask *UserAdmin::start(UserTask::Kind kind, const QString &deviceToken)
{
    auto *task = new UserTask(kind, this);
    task->m_deviceToken = deviceToken.trimmed();
    return task;
}

void UserAdmin::run(UserTask *task, std::function<ApiCall *(const QString &)> makeCall,
                    std::function<void(ApiCall *)> then, std::function<void(const ApiError &)> failed)
{
    if (!m_session || !m_api) {
        QTimer::singleShot(0, task, [task] { task->finish(ApiError::validation(tr("No session is chosen."))); });
        return;
    }
    QPointer<UserTask> guard(task);
    SessionTask *st = m_session->authorized(std::move(makeCall));
    connect(st, &SessionTask::finished, task, [guard, then, failed](SessionTask *s) {
        if (!guard)
            return;
        ApiCall *call = s->reply();
        const ApiError e = s->error();
        if (e.isError()) {
            if (failed)
                failed(e);
            else
                guard->finish(e);
            return;
        }
        then(call);
    });
}

UserTask *UserAdmin::find(const QList<QPair<QString, QString>> &criteria)
{
    UserTask *task = start(UserTask::Kind::Find, {});
    QPointer<ApiClient> api = m_api;
    run(
            task, [api, criteria](const QString &jwt) { return api ? api->findUsers(jwt, criteria) : nullptr; },
            [task](ApiCall *call) {
                task->m_users = managedUsers(call->users());
                task->finish({});
            });
    return task;
}

UserTask *UserAdmin::page(const UserPageQuery &query)
{
    UserTask *task = start(UserTask::Kind::Page, {});
    QPointer<ApiClient> api = m_api;
    const QJsonObject body = query.toJson();
    run(
            task, [api, body](const QString &jwt) { return api ? api->usersPage(jwt, body) : nullptr; },
            [task](ApiCall *call) {
                QString problem;
                const auto page = UserPage::fromResult(call->result(), &problem);
                if (!page) {
                    task->finish(ApiError(ApiError::Kind::Schema, problem));
                    return;
                }
                task->m_page = *page;
                task->m_users = page->users;
                task->finish({});
            });
    return task;
}

UserTask *UserAdmin::show(const QString &deviceToken)
{
    UserTask *task = start(UserTask::Kind::Show, deviceToken);
    if (task->m_deviceToken.isEmpty()) {
        QTimer::singleShot(0, task, [task] { task->finish(ApiError::validation(tr("Give a DeviceToken."))); });
        return task;
    }
    QPointer<ApiClient> api = m_api;
    const QString dt = task->m_deviceToken;
    run(
            task,
            [api, dt](const QString &jwt) {
                return api ? api->findUsers(jwt, {{u"DeviceToken"_s, dt}}) : nullptr;
            },
            [task](ApiCall *call) {
                task->m_users = managedUsers(call->users());
                for (const ManagedUser &u : std::as_const(task->m_users)) {
                    if (u.deviceToken.compare(task->m_deviceToken, Qt::CaseInsensitive) == 0)
                        task->m_user = u;
                }
                task->finish({});
            });
    return task;
}

UserTask *UserAdmin::ownProfile()
{
    UserTask *task = start(UserTask::Kind::OwnProfile, {});
    QPointer<ApiClient> api = m_api;
    run(
            task, [api](const QString &jwt) { return api ? api->ownProfile(jwt) : nullptr; },
            [task](ApiCall *call) {
                if (call->result().isObject()) {
                    task->m_user = ManagedUser::fromJson(call->result().toObject());
                    task->m_deviceToken = task->m_user->deviceToken;
                }
                task->finish({});
            });
    return task;
}

// Reads the user back after a change; the task finishes either way (the change was made).
void UserAdmin::readBack(UserTask *task)
{
    QPointer<ApiClient> api = m_api;
    const QString dt = task->m_deviceToken;
    run(
            task,
            [api, dt](const QString &jwt) {
                return api ? api->findUsers(jwt, {{u"DeviceToken"_s, dt}}) : nullptr;
            },
            [task](ApiCall *call) {
                task->m_user.reset();
                for (const ManagedUser &u : managedUsers(call->users())) {
                    if (u.deviceToken.compare(task->m_deviceToken, Qt::CaseInsensitive) == 0)
                        task->m_user = u;
                }
                task->m_gone = !task->m_user.has_value();
                task->finish({});
            },
            [task](const ApiError &e) {
                task->m_readBackProblem = e.message();
                task->finish({});
            });
}

UserTask *UserAdmin::update(const QString &deviceToken, const UserChanges &changes)
{
    UserTask *task = start(UserTask::Kind::Update, deviceToken);
    const QHash<QString, QString> problems = changes.problems();
    if (task->m_deviceToken.isEmpty() || !problems.isEmpty() || changes.isEmpty()) {
        task->m_fieldErrors = problems;
        task->m_nothingToSend = changes.isEmpty();
        QTimer::singleShot(0, task, [task] {
            if (task->m_deviceToken.isEmpty())
                task->finish(ApiError::validation(tr("Give a DeviceToken. Nothing was sent.")));
            else if (!task->m_fieldErrors.isEmpty())
                task->finish(ApiError::validation(tr("Some values are not valid (see the fields). Nothing was sent.")));
            else
                task->finish({}); // nothing changed: nothing to send
        });
        return task;
    }
    task->m_sentFields = changes.names();
    QPointer<ApiClient> api = m_api;
    const QString dt = task->m_deviceToken;
    const QJsonObject body = changes.toJson();
    qCInfo(lc) << "update sends" << task->m_sentFields;
    run(
            task, [api, dt, body](const QString &jwt) { return api ? api->updateUser(jwt, dt, body) : nullptr; },
            [this, task](ApiCall *) { readBack(task); },
            [task](const ApiError &e) {
                for (const ErrorDetail &d : e.errors()) {
                    const QString field = UserField::forErrorKey(d.key);
                    if (!field.isEmpty() && task->m_sentFields.contains(field))
                        task->m_fieldErrors.insert(field, d.message);
                    else if (!field.isEmpty())
                        task->m_fieldErrors.insert(field, d.message);
                    else
                        task->m_otherErrors.append(d.toString());
                }
                task->finish(e);
            });
    return task;
}

bool UserAdmin::record(UserTask *task, const QString &action, const QString &instanceId, const QString &toInstanceId,
                       const QString &detail)
{
    LedgerUserEvent event;
    event.deviceToken = task->m_deviceToken;
    event.action = action;
    event.instanceId = instanceId;
    event.toInstanceId = toInstanceId;
    event.baseUrl = m_api ? m_api->baseUrl().toString() : QString();
    event.actor = m_actor;
    event.detail = detail;
    if (m_ledger && m_ledger->addUserEvent(event))
        return true;
    task->m_ledgerProblem = m_ledger ? m_ledger->errorString() : tr("the ledger is not open");
    return false;
}

UserTask *UserAdmin::move(const QString &deviceToken, const QString &toInstanceId, const QString &toInstanceKey,
                          const QUrl &keyOrigin, const QString &detail)
{
    UserTask *task = start(UserTask::Kind::Move, deviceToken);
    QString refused;
    if (task->m_deviceToken.isEmpty())
        refused = tr("Give a DeviceToken. Nothing was sent.");
    else if (toInstanceId.trimmed().isEmpty() || toInstanceKey.isEmpty())
        refused = tr("The target group's InstanceId and InstanceKEY are needed. Nothing was sent.");
    else if (!m_ledger || !m_ledger->isOpen())
        refused = tr("The ledger is not open, so the move could not be recorded. Nothing was sent.");
    else if (m_api && !keyOrigin.isEmpty() && !sameOrigin(keyOrigin, m_api->baseUrl()))
        refused = tr("The target group's key belongs to %1, but this session is on %2: a key is sent only to its own "
                     "service. Nothing was sent.")
                          .arg(keyOrigin.host(), m_api->baseUrl().host());
    if (!refused.isEmpty()) {
        QTimer::singleShot(0, task, [task, refused] { task->finish(ApiError::validation(refused)); });
        return task;
    }
    QPointer<ApiClient> api = m_api;
    const QString dt = task->m_deviceToken;
    const QString to = toInstanceId.trimmed();
    // First the user as it is (it must exist; its group is recorded as where it came from).
    run(
            task,
            [api, dt](const QString &jwt) {
                return api ? api->findUsers(jwt, {{u"DeviceToken"_s, dt}}) : nullptr;
            },
            [this, task, api, dt, to, toInstanceKey, detail](ApiCall *call) {
                std::optional<ManagedUser> before;
                for (const ManagedUser &u : managedUsers(call->users())) {
                    if (u.deviceToken.compare(dt, Qt::CaseInsensitive) == 0)
                        before = u;
                }
                if (!before) {
                    task->finish(
                            ApiError::validation(tr("No user has the DeviceToken %1. Nothing was moved.").arg(dt)));
                    return;
                }
                const QString from = before->instanceId;
                const QString what = detail.isEmpty() ? before->displayName() : detail;
                run(
                        task,
                        [api, dt, to, toInstanceKey](const QString &jwt) {
                            return api ? api->changeUserInstance(jwt, dt, to, toInstanceKey) : nullptr;
                        },
                        [this, task, from, to, what](ApiCall *) {
                            record(task, LedgerUserAction::moved(), from, to, what);
                            readBack(task);
                        },
                        [this, task, from, to, what](const ApiError &e) {
                            if (e.mayHaveBeenProcessed())
                                record(task, LedgerUserAction::moveUnknown(), from, to, what);
                            for (const ErrorDetail &d : e.errors())
                                task->m_otherErrors.append(d.toString());
                            task->finish(e);
                        });
            });
    return task;
}

UserTask *UserAdmin::remove(const QString &deviceToken, const QString &instanceId, const QString &detail)
{
    UserTask *task = start(UserTask::Kind::Delete, deviceToken);
    QString refused;
    if (task->m_deviceToken.isEmpty())
        refused = tr("Give a DeviceToken. Nothing was sent.");
    else if (!m_ledger || !m_ledger->isOpen())
        refused = tr("The ledger is not open, so the deletion could not be recorded. Nothing was sent.");
    if (!refused.isEmpty()) {
        QTimer::singleShot(0, task, [task, refused] { task->finish(ApiError::validation(refused)); });
        return task;
    }
    QPointer<ApiClient> api = m_api;
    const QString dt = task->m_deviceToken;
    run(
            task, [api, dt](const QString &jwt) { return api ? api->deleteUser(jwt, dt) : nullptr; },
            [this, task, instanceId, detail](ApiCall *) {
                record(task, LedgerUserAction::deleted(), instanceId, {}, detail);
                readBack(task);
            },
            [this, task, instanceId, detail](const ApiError &e) {
                if (e.mayHaveBeenProcessed())
                    record(task, LedgerUserAction::deleteUnknown(), instanceId, {}, detail);
                task->finish(e);
            });
    return task;
}

} // namespace tc
