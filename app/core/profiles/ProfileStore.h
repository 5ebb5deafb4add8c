#pragma once
// Profiles: non-secret fields in an injected QSettings, secrets in the KeychainStore under the
// profile's scope ("profile:<name>/<item>"). Renaming a profile moves its keychain items; deleting
// it removes them. Both are async (keychain jobs): they return a ProfileOperation at once and
// signal finished() later.
//
//   QSettings layout:  profiles/<percent-encoded name>/{name, environment, url, kind, instanceId,
//                      email, loginFields, lastWorkingShape, paths/<endpoint>}
#include "core/api/ApiError.h"
#include "core/profiles/Profile.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <optional>

class QSettings;

namespace tc {

class KeychainJob;
class KeychainStore;

class ProfileOperation : public QObject
{
    Q_OBJECT
public:
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    ApiError error() const { return m_error; }

Q_SIGNALS:
    void finished(tc::ProfileOperation *op);

private:
    friend class ProfileStore;
    explicit ProfileOperation(QObject *parent) : QObject(parent) { }
    void finish(const ApiError &error);

    bool m_finished = false;
    ApiError m_error;
};

class ProfileStore : public QObject
{
    Q_OBJECT
public:
    // Neither is owned; both must outlive the store.
    ProfileStore(QSettings *settings, KeychainStore *keychain, QObject *parent = nullptr);

    // The settings file the console and the CLI share: <config>/telematics-console/profiles.ini.
    static std::unique_ptr<QSettings> openDefaultSettings();

    QStringList names() const; // sorted, case-insensitively
    bool contains(const QString &name) const;
    // The name of another profile that `name` equals but for capitals ("Prod", "prod"), `except`
    // (the profile being renamed) aside; empty when there is none. Such names are refused: in a
    // list, a status bar or a keychain entry a person cannot tell them apart.
    QString sameNameButCase(const QString &name, const QString &except = {}) const;
    std::optional<Profile> profile(const QString &name) const;

    // Adds or replaces the non-secret fields. Validation error (nothing saved) when the profile is
    // not valid. Does not touch the keychain.
    ApiError save(const Profile &profile);
    void setLastWorkingShape(const QString &name, LoginFieldsMode shape);

    // Secrets of a profile (SecretItem::...). Thin wrappers over the KeychainStore.
    KeychainJob *writeSecret(const QString &profileName, const QString &item, const QByteArray &secret);
    KeychainJob *readSecret(const QString &profileName, const QString &item);

    // Moves every keychain item of `from` to `to`, then renames the settings. On a keychain
    // failure the items already moved are moved back and the profile keeps its old name.
    ProfileOperation *rename(const QString &from, const QString &to);
    // Removes every keychain item of the profile, then its settings. On a keychain failure the
    // profile stays (so the person can retry once the keychain is back).
    ProfileOperation *remove(const QString &name);

    KeychainStore *keychain() const { return m_keychain; }

Q_SIGNALS:
    void profilesChanged();
    void profileChanged(const QString &name);

private:
    static QString groupFor(const QString &name);
    void writeGroup(const Profile &p);
    ProfileOperation *finishedLater(const ApiError &error);

    QSettings *m_settings;
    KeychainStore *m_keychain;
};

} // namespace tc
