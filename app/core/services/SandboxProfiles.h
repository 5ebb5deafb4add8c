#pragma once
// The first run's two profiles for a local sandbox: "Local sandbox — admin" (its API credentials)
// and "Local sandbox — user group" (its first group's key), made from the sandbox's start-up
// document (docs/CLI.md: port, base_url, admin{instance_id,email,password}, groups[]), with the
// secrets written to the keychain. The console calls it on its first run; nothing here depends on
// the sandbox's code.
#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUrl>

namespace tc {

class ProfileStore;

class SandboxProfiles : public QObject
{
    Q_OBJECT
public:
    static QString adminProfileName();     // "Local sandbox — admin"
    static QString userGroupProfileName(); // "Local sandbox — user group"

    explicit SandboxProfiles(ProfileStore *profiles, QObject *parent = nullptr);

    // Saves both profiles (pointing at `baseUrl`) and writes their secrets; finished() follows
    // once both keychain writes answered.
    void create(const QJsonObject &startupDocument, const QUrl &baseUrl);

    // What could not be saved or stored (empty when all went well).
    QStringList problems() const { return m_problems; }

Q_SIGNALS:
    void finished();

private:
    ProfileStore *m_profiles;
    QStringList m_problems;
    int m_left = 0;
};

} // namespace tc
