#include "core/profiles/Profile.h"

#include "core/api/ApiClient.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tc {

QString Profile::defaultPath(const QString &endpoint)
{
    const Endpoints d;
    static const QMap<QString, QString> defaults{
            {u"login"_s, d.login},
            {u"refresh"_s, d.refresh},
            {u"register"_s, d.registrationCreate},
            {u"register-many"_s, d.registrationCreateMany},
            {u"find"_s, d.usersFind},
            {u"users"_s, d.users},
    };
    return defaults.value(endpoint);
}

Endpoints Profile::endpoints() const
{
    Endpoints e;
    e.login = path(u"login"_s);
    e.refresh = path(u"refresh"_s);
    e.registrationCreate = path(u"register"_s);
    e.registrationCreateMany = path(u"register-many"_s);
    e.usersFind = path(u"find"_s);
    e.users = path(u"users"_s);
    return e;
}

QUrl Profile::baseUrl() const
{
    return environment == ProfileEnvironment::Production ? productionUrl() : url;
}

QString Profile::path(const QString &endpoint) const
{
    const QString p = paths.value(endpoint).trimmed();
    return p.isEmpty() ? defaultPath(endpoint) : p;
}

QString Profile::scopeForProfile(const QString &name)
{
    return u"profile:"_s + name;
}

QString Profile::scopeForBaseUrl(const QUrl &baseUrl)
{
    QUrl u = baseUrl.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
                              | QUrl::NormalizePathSegments);
    u.setHost(u.host().toLower());
    if (u.path() == u"/"_s) {
        u.setPath(QString());
    }
    return u"base-url:"_s + u.toString(QUrl::FullyEncoded);
}

QString Profile::validationProblem() const
{
    if (name.trimmed().isEmpty()) {
        return tr("A profile needs a name.");
    }
    if (name != name.trimmed()) {
        return tr("A profile name cannot start or end with spaces.");
    }
    if (environment != ProfileEnvironment::Production) {
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s)) {
            return tr("The base URL must be an http:// or https:// URL with a host.");
        }
    }
    if (kind == ProfileKind::Admin && !email.isEmpty() && !email.contains(u'@')) {
        return tr("The API login must be an e-mail address.");
    }
    if (kind == ProfileKind::UbiUser) {
        const bool hasPhone = !phone.trimmed().isEmpty();
        const bool hasEmail = !email.trimmed().isEmpty();
        if (hasPhone && hasEmail) {
            return tr("A UBI user logs in with a phone number or an e-mail, not both.");
        }
        if (hasEmail && !email.contains(u'@')) {
            return tr("The UBI user's login must be an e-mail address.");
        }
        if (hasPhone) {
            if (const QString p = phoneProblem(phone); !p.isEmpty()) {
                return p;
            }
        }
    }
    for (auto it = paths.cbegin(); it != paths.cend(); ++it) {
        if (!it.value().isEmpty() && !it.value().startsWith(u'/')) {
            return tr("Endpoint paths start with '/'.");
        }
    }
    if (const QString problem = tls.problem(); !problem.isEmpty()) {
        return tr("TLS: %1.").arg(problem);
    }
    return {};
}

QString Profile::phoneProblem(const QString &phone)
{
    bool digit = false;
    for (const QChar c : phone) {
        if (c.isDigit()) {
            digit = true;
        } else if (!c.isSpace() && c != u'+' && c != u'-' && c != u'(' && c != u')' && c != u'.') {
            return tr("A phone number holds digits, spaces and + - ( ) only.");
        }
    }
    return digit ? QString() : tr("A phone number needs digits.");
}

QString Profile::kindName(ProfileKind k)
{
    switch (k) {
    case ProfileKind::Admin: return u"admin"_s;
    case ProfileKind::User: return u"user"_s;
    case ProfileKind::GroupKey: return u"group-key"_s;
    case ProfileKind::UbiUser: return u"ubi-user"_s;
    }
    return {};
}

ProfileKind Profile::kindFromName(const QString &s, bool *ok)
{
    const QString v = s.trimmed().toLower();
    if (ok)
        *ok = true;
    if (v == u"admin"_s)
        return ProfileKind::Admin;
    if (v == u"user"_s)
        return ProfileKind::User;
    if (v == u"group-key"_s || v == u"groupkey"_s || v == u"group"_s)
        return ProfileKind::GroupKey;
    if (v == u"ubi-user"_s || v == u"ubi"_s)
        return ProfileKind::UbiUser;
    if (ok)
        *ok = false;
    return ProfileKind::Admin;
}

QString Profile::environmentName(ProfileEnvironment e)
{
    switch (e) {
    case ProfileEnvironment::Production: return u"production"_s;
    case ProfileEnvironment::Sandbox: return u"sandbox"_s;
    case ProfileEnvironment::Custom: return u"custom"_s;
    }
    return {};
}

ProfileEnvironment Profile::environmentFromName(const QString &s, bool *ok)
{
    const QString v = s.trimmed().toLower();
    if (ok)
        *ok = true;
    if (v == u"production"_s)
        return ProfileEnvironment::Production;
    if (v == u"sandbox"_s)
        return ProfileEnvironment::Sandbox;
    if (v == u"custom"_s)
        return ProfileEnvironment::Custom;
    if (ok)
        *ok = false;
    return ProfileEnvironment::Production;
}

QString Profile::loginFieldsName(LoginFieldsMode m)
{
    switch (m) {
    case LoginFieldsMode::Auto: return u"auto"_s;
    case LoginFieldsMode::Object: return u"object"_s;
    case LoginFieldsMode::String: return u"string"_s;
    }
    return {};
}

LoginFieldsMode Profile::loginFieldsFromName(const QString &s, bool *ok)
{
    const QString v = s.trimmed().toLower();
    if (ok)
        *ok = true;
    if (v == u"auto"_s || v.isEmpty())
        return LoginFieldsMode::Auto;
    if (v == u"object"_s)
        return LoginFieldsMode::Object;
    if (v == u"string"_s)
        return LoginFieldsMode::String;
    if (ok)
        *ok = false;
    return LoginFieldsMode::Auto;
}

} // namespace tc
