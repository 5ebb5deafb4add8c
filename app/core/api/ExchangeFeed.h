#pragma once
// Where every ApiClient on one QNetworkAccessManager reports its exchanges. The service graph
// (tc::Services) attaches one feed to its network manager; an ApiClient finds it when it is
// created, so no client of the graph (sessions, renewals, registration's bound clients, bulk
// runs, the CLI's, the composer's) can be forgotten. Ids come from the feed, unique per process.
// What it carries is already redacted (Exchange), except unredactedFinished(), which only a
// console that keeps this run's originals in memory for a "reveal" asks for (setKeepUnredacted).
// A feed may also say that records are built only for someone (setRecordOnlyWhenHeard: the CLI
// without --har): then a client builds and redacts no exchange that nothing would take.
#include "core/api/Exchange.h"

#include <QObject>

class QNetworkAccessManager;

namespace tc {

class ExchangeFeed : public QObject
{
    Q_OBJECT
public:
    // The feed of `network`, created (as its child) when it has none.
    static ExchangeFeed *attach(QNetworkAccessManager *network);
    // The feed of `network`, or null.
    static ExchangeFeed *of(QNetworkAccessManager *network);

    quint64 nextId() { return ++m_lastId; }

    // Off by default (the CLI never turns it on): when on, every finished exchange is emitted
    // once more, unredacted, through unredactedFinished() just before exchangeFinished().
    void setKeepUnredacted(bool on) { m_keepUnredacted = on; }
    bool keepsUnredacted() const { return m_keepUnredacted; }

    // Off by default (every client builds every exchange; ApiCall::exchange() has it). On (the CLI
    // without --har): a client on this feed builds an exchange, redaction and all, only when
    // something takes it: a receiver of this feed's signals or of the client's own.
    void setRecordOnlyWhenHeard(bool on) { m_onlyWhenHeard = on; }
    bool recordsOnlyWhenHeard() const { return m_onlyWhenHeard; }
    // Whether anything is connected to exchangeStarted, exchangeFinished or unredactedFinished.
    bool isHeard() const;

Q_SIGNALS:
    void exchangeStarted(const tc::Exchange &exchange);
    void exchangeFinished(const tc::Exchange &exchange);
    // The same exchange as it went over the wire, secrets and all (memory only: never for a log,
    // a file or the history).
    void unredactedFinished(const tc::Exchange &exchange);

private:
    explicit ExchangeFeed(QObject *parent);
    quint64 m_lastId = 0;
    bool m_keepUnredacted = false;
    bool m_onlyWhenHeard = false;
};

} // namespace tc
