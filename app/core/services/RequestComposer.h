#pragma once
// The traffic console's request composer, without widgets: any request to a profile's service,
// sent as that profile (no auth; a group-key profile's InstanceId + InstanceKey headers, the key
// read from its keychain entry at the moment of sending and only ever sent to that profile's
// origin; or a session's bearer, with the session's refresh and its one repeat after a 401), the
// known endpoints and body templates, and named requests saved in the settings, never a secret.
#include "core/api/ApiClient.h"
#include "core/api/ApiError.h"
#include "core/api/Exchange.h"
#include "core/profiles/Profile.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class QSettings;

namespace tc {

class Services;

struct ComposedRequest
{
    enum class Auth { None, GroupKey, Session };

    QByteArray method = "GET";
    QString path; // "/v1/..." (may carry ?query)
    HeaderList headers;
    QByteArray body;
    QString profile; // where it goes (its base URL) and whose credentials it carries
    Auth auth = Auth::None;

    static QString authName(Auth auth); // "none", "group-key", "session"
    static std::optional<Auth> authFromName(const QString &name);
    // "Name: value" lines <-> headers; *problem names a line that is not a header.
    static HeaderList parseHeaders(const QString &text, QString *problem);
    static QString headersText(const HeaderList &headers);
};

// A request being composed and sent: finished() once, with the exchange (redacted) when one went
// out, else only the error (nothing was sent).
class ComposedCall : public QObject
{
    Q_OBJECT
public:
    bool isFinished() const { return m_finished; }
    ApiError error() const { return m_error; }
    bool sent() const { return m_exchange.id != 0; }
    Exchange exchange() const { return m_exchange; }
    bool retriedAfter401() const { return m_retried; }
    // A composed Registration/Create(Many) that created users: their DeviceTokens were written to
    // the ledger before finished() (what happened, in words; empty for other calls).
    QString ledgerNote() const { return m_ledgerNote; }
    // The answer's body as it came, secrets and all: for a "reveal" on screen only, never for a
    // copy, an export or the history.
    QByteArray revealedReplyBody() const { return m_rawReply; }

Q_SIGNALS:
    void finished(tc::ComposedCall *call);

private:
    friend class RequestComposer;
    explicit ComposedCall(QObject *parent) : QObject(parent) { }
    void finish(const ApiError &error, ApiCall *call);

    bool m_finished = false;
    ApiError m_error;
    Exchange m_exchange;
    bool m_retried = false;
    QString m_ledgerNote;
    QByteArray m_rawReply;
};

class RequestComposer : public QObject
{
    Q_OBJECT
public:
    explicit RequestComposer(Services *services, QObject *parent = nullptr);

    struct Template
    {
        QString name; // "Registration/Create"
        QByteArray method;
        QString path;
        QJsonObject body; // empty: no body
        ComposedRequest::Auth auth;
    };
    // The Registration, Auth and Management calls, with the endpoint paths of `profile` (its
    // overrides) or the defaults.
    QList<Template> templates(const QString &profile = {}) const;
    QStringList knownPaths(const QString &profile = {}) const;

    // What `profile` can send as (group-key profiles: none / group key; admin and user: none /
    // session).
    QList<ComposedRequest::Auth> authsFor(const QString &profile) const;

    // Sends it; the call is a child of `parent` (or of the composer). Bad input (no profile, a
    // body that is not JSON, an auth the profile cannot give) finishes it with a Validation error
    // and nothing sent.
    ComposedCall *send(const ComposedRequest &request, QObject *parent = nullptr);

    // ---- named requests (settings group "composer"); secret headers and values are dropped ----
    QStringList savedNames() const;
    std::optional<ComposedRequest> saved(const QString &name) const;
    void save(const QString &name, const ComposedRequest &request);
    void remove(const QString &name);
    // What save() keeps: no Authorization / InstanceKey / secret header, secret body values masked.
    static ComposedRequest withoutSecrets(const ComposedRequest &request);

private:
    void sendAs(ComposedCall *call, ApiClient *api, ApiRequest request, const Profile &profile);
    // DeviceTokens of a composed registration into the ledger (the console's rule: every
    // DeviceToken it ever received is in the ledger before it is shown).
    QString recordRegistrations(const Profile &profile, const ApiCall *call);

    Services *m_services;
};

} // namespace tc
