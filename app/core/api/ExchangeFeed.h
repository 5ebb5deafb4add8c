#pragma once
// Where every ApiClient on one QNetworkAccessManager reports its exchanges. The service graph
// (tc::Services) attaches one feed to its network manager; an ApiClient finds it when it is
// created, so no client of the graph (sessions, renewals, registration's bound clients, bulk
// runs, the CLI's, the composer's) can be forgotten. Ids come from the feed, unique per process.
// What it carries is already redacted (Exchange), except unredactedFinished(), which only a
// console that keeps this run's originals in memory for a "reveal" asks for (setKeepUnredacted).
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
};

} // namespace tc
