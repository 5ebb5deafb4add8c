#include "core/profiles/ProfileStore.h"

#include "core/profiles/KeychainStore.h"

#include <QCollator>
#include <QLoggingCategory>
#include <QSettings>
#include <QTimer>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lc, "tc.core.profiles", QtInfoMsg)

const QString kRoot = u"profiles"_s;
} // namespace

namespace tc {

void ProfileOperation::finish(const ApiError &error)
{
    m_error = error;
    m_finished = true;
    Q_EMIT finished(this);
    deleteLater();
}

ProfileStore::ProfileStore(QSettings *settings, KeychainStore *keychain, QObject *parent)
    : QObject(parent), m_settings(settings), m_keychain(keychain)
{
    Q_ASSERT(settings);
    Q_ASSERT(keychain);
}

std::unique_ptr<QSettings> ProfileStore::openDefaultSettings()
{
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, u"telematics-console"_s,
                                       u"profiles"_s);
}

QString ProfileStore::groupFor(const QString &name)
{
    // Percent-encoded so that '/' and '\' in a display name cannot make sub-groups.
    return kRoot + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(name));
}

QStringList ProfileStore::names() const
{
    QStringList out;
    m_settings->beginGroup(kRoot);
    const QStringList groups = m_settings->childGroups();
    for (const QString &g : groups) {
        const QString name = m_settings->value(g + u"/name"_s).toString();
        if (!name.isEmpty()) {
            out.append(name);
        }
    }
    m_settings->endGroup();
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(out.begin(), out.end(), [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    return out;
}

bool ProfileStore::contains(const QString &name) const
{
    return !name.isEmpty() && m_settings->contains(groupFor(name) + u"/name"_s);
}

QString ProfileStore::sameNameButCase(const QString &name, const QString &except) const
{
    const QStringList all = names();
    for (const QString &n : all) {
        if (n != name && n != except && n.compare(name, Qt::CaseInsensitive) == 0)
            return n;
    }
    return {};
}

std::optional<Profile> ProfileStore::profile(const QString &name) const
{
    if (!contains(name)) {
        return std::nullopt;
    }
    Profile p;
    m_settings->beginGroup(groupFor(name));
    p.name = m_settings->value(u"name"_s).toString();
    p.environment = Profile::environmentFromName(m_settings->value(u"environment"_s).toString());
    p.url = QUrl(m_settings->value(u"url"_s).toString(), QUrl::StrictMode);
    p.kind = Profile::kindFromName(m_settings->value(u"kind"_s).toString());
    p.instanceId = m_settings->value(u"instanceId"_s).toString();
    p.email = m_settings->value(u"email"_s).toString();
    p.phone = m_settings->value(u"phone"_s).toString();
    p.loginFields = Profile::loginFieldsFromName(m_settings->value(u"loginFields"_s).toString());
    p.lastWorkingShape = Profile::loginFieldsFromName(m_settings->value(u"lastWorkingShape"_s).toString());
    p.tls.caFile = m_settings->value(u"tlsCaFile"_s).toString();
    p.tls.pinSha256 = m_settings->value(u"tlsPinSha256"_s).toString().toLatin1();
    m_settings->beginGroup(u"paths"_s);
    const QStringList keys = m_settings->childKeys();
    for (const QString &k : keys) {
        const QString v = m_settings->value(k).toString();
        if (!v.isEmpty()) {
            p.paths.insert(k, v);
        }
    }
    m_settings->endGroup();
    m_settings->endGroup();
    return p;
}

void ProfileStore::writeGroup(const Profile &p)
{
    m_settings->remove(groupFor(p.name));
    m_settings->beginGroup(groupFor(p.name));
    m_settings->setValue(u"name"_s, p.name);
    m_settings->setValue(u"environment"_s, Profile::environmentName(p.environment));
    m_settings->setValue(u"url"_s, p.url.toString(QUrl::FullyEncoded));
    m_settings->setValue(u"kind"_s, Profile::kindName(p.kind));
    m_settings->setValue(u"instanceId"_s, p.instanceId);
    m_settings->setValue(u"email"_s, p.email);
    if (!p.phone.isEmpty()) {
        m_settings->setValue(u"phone"_s, p.phone);
    }
    m_settings->setValue(u"loginFields"_s, Profile::loginFieldsName(p.loginFields));
    m_settings->setValue(u"lastWorkingShape"_s, Profile::loginFieldsName(p.lastWorkingShape));
    if (!p.tls.caFile.isEmpty())
        m_settings->setValue(u"tlsCaFile"_s, p.tls.caFile);
    if (!p.tls.pinSha256.isEmpty())
        m_settings->setValue(u"tlsPinSha256"_s, QString::fromLatin1(p.tls.pinSha256));
    for (auto it = p.paths.cbegin(); it != p.paths.cend(); ++it) {
        if (!it.value().trimmed().isEmpty()) {
            m_settings->setValue(u"paths/"_s + it.key(), it.value().trimmed());
        }
    }
    m_settings->endGroup();
    m_settings->sync();
}

ApiError ProfileStore::save(const Profile &profile)
{
    const QString problem = profile.validationProblem();
    if (!problem.isEmpty()) {
        return ApiError::validation(problem);
    }
    const bool isNew = !contains(profile.name);
    if (const QString other = isNew ? sameNameButCase(profile.name) : QString(); !other.isEmpty()) {
        return ApiError::validation(
                tr("A profile named \"%1\" already exists: names that differ only in capitals cannot be told apart.")
                        .arg(other));
    }
    writeGroup(profile);
    qCDebug(lc) << "profile saved";
    Q_EMIT profileChanged(profile.name);
    if (isNew) {
        Q_EMIT profilesChanged();
    }
    return {};
}

void ProfileStore::setLastWorkingShape(const QString &name, LoginFieldsMode shape)
{
    if (!contains(name)) {
        return;
    }
    const QString key = groupFor(name) + u"/lastWorkingShape"_s;
    if (m_settings->value(key).toString() == Profile::loginFieldsName(shape)) {
        return;
    }
    m_settings->setValue(key, Profile::loginFieldsName(shape));
    m_settings->sync();
    Q_EMIT profileChanged(name);
}

KeychainJob *ProfileStore::writeSecret(const QString &profileName, const QString &item, const QByteArray &secret)
{
    return m_keychain->write(Profile::secretKey(Profile::scopeForProfile(profileName), item), secret);
}

KeychainJob *ProfileStore::readSecret(const QString &profileName, const QString &item)
{
    return m_keychain->read(Profile::secretKey(Profile::scopeForProfile(profileName), item));
}

ProfileOperation *ProfileStore::finishedLater(const ApiError &error)
{
    auto *op = new ProfileOperation(this);
    QTimer::singleShot(0, op, [op, error] { op->finish(error); });
    return op;
}

ProfileOperation *ProfileStore::rename(const QString &from, const QString &to)
{
    const auto p = profile(from);
    if (!p) {
        return finishedLater(ApiError::validation(tr("There is no profile named \"%1\".").arg(from)));
    }
    if (from == to) {
        return finishedLater({});
    }
    if (contains(to)) {
        return finishedLater(ApiError::validation(tr("A profile named \"%1\" already exists.").arg(to)));
    }
    if (const QString other = sameNameButCase(to, from); !other.isEmpty()) {
        return finishedLater(ApiError::validation(
                tr("A profile named \"%1\" already exists: names that differ only in capitals cannot be told apart.")
                        .arg(other)));
    }
    Profile renamed = *p;
    renamed.name = to;
    if (const QString problem = renamed.validationProblem(); !problem.isEmpty()) {
        return finishedLater(ApiError::validation(problem));
    }

    auto *op = new ProfileOperation(this);
    const QString oldScope = Profile::scopeForProfile(from);
    const QString newScope = Profile::scopeForProfile(to);
    const QStringList items = SecretItem::all();
    auto moved = std::make_shared<QStringList>();
    auto step = std::make_shared<std::function<void(int)>>();
    QPointer<ProfileStore> self(this);

    // Best effort: put back what was moved, then report the error.
    auto rollback = [self, op, oldScope, newScope, moved](const ApiError &error) {
        if (!self) {
            op->finish(error);
            return;
        }
        auto back = std::make_shared<std::function<void()>>();
        *back = [self, op, oldScope, newScope, moved, back, error]() {
            if (moved->isEmpty() || !self) {
                op->finish(error);
                *back = nullptr;
                return;
            }
            const QString item = moved->takeLast();
            auto *job = self->m_keychain->move(Profile::secretKey(newScope, item), Profile::secretKey(oldScope, item));
            QObject::connect(job, &KeychainJob::finished, op, [back](KeychainJob *) {
                if (*back) {
                    (*back)();
                }
            });
        };
        (*back)();
    };

    *step = [self, op, items, oldScope, newScope, moved, step, rollback, renamed, from](int i) {
        if (!self) {
            op->finish(ApiError::canceled());
            *step = nullptr;
            return;
        }
        if (i >= items.size()) {
            self->m_settings->remove(groupFor(from));
            self->writeGroup(renamed);
            qCInfo(lc) << "profile renamed;" << moved->size() << "keychain item(s) moved";
            Q_EMIT self->profilesChanged();
            Q_EMIT self->profileChanged(renamed.name);
            op->finish({});
            *step = nullptr;
            return;
        }
        const QString item = items.at(i);
        auto *job = self->m_keychain->move(Profile::secretKey(oldScope, item), Profile::secretKey(newScope, item));
        QObject::connect(job, &KeychainJob::finished, op, [step, rollback, moved, item, i](KeychainJob *j) {
            if (!j->ok()) {
                const ApiError error = j->error();
                *step = nullptr;
                rollback(error);
                return;
            }
            if (j->found()) {
                moved->append(item);
            }
            (*step)(i + 1);
        });
    };
    QTimer::singleShot(0, op, [step] {
        if (*step) {
            (*step)(0);
        }
    });
    return op;
}

ProfileOperation *ProfileStore::remove(const QString &name)
{
    if (!contains(name)) {
        return finishedLater(ApiError::validation(tr("There is no profile named \"%1\".").arg(name)));
    }
    auto *op = new ProfileOperation(this);
    const QString scope = Profile::scopeForProfile(name);
    QPointer<ProfileStore> self(this);
    auto pending = std::make_shared<int>(int(SecretItem::all().size()));
    auto firstError = std::make_shared<ApiError>();
    QTimer::singleShot(0, op, [self, op, scope, name, pending, firstError] {
        if (!self) {
            op->finish(ApiError::canceled());
            return;
        }
        const QStringList items = SecretItem::all();
        for (const QString &item : items) {
            auto *job = self->m_keychain->remove(Profile::secretKey(scope, item));
            QObject::connect(job, &KeychainJob::finished, op, [self, op, name, pending, firstError](KeychainJob *j) {
                if (!j->ok() && !firstError->isError()) {
                    *firstError = j->error();
                }
                if (--*pending > 0) {
                    return;
                }
                if (firstError->isError() || !self) {
                    op->finish(firstError->isError() ? *firstError : ApiError::canceled());
                    return;
                }
                self->m_settings->remove(groupFor(name));
                self->m_settings->sync();
                qCInfo(lc) << "profile removed with its keychain items";
                Q_EMIT self->profilesChanged();
                op->finish({});
            });
        }
    });
    return op;
}

} // namespace tc
