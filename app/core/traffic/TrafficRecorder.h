#pragma once
// What went over the wire, for the traffic console and `telematics-cli --har`: every exchange of
// every ApiClient on the service graph's network manager (through its ExchangeFeed), already
// redacted, with who sent it and why. It keeps the last memoryLimit() exchanges whole (headers and
// bodies) in memory and hands each finished one to the history store (TrafficStore), when one is
// set. Nothing it holds there carries a secret. Apart from that, and only when asked
// (setKeepUnredacted: the console, never the CLI), it keeps the unredacted form of the last few
// exchanges of this run in memory, for an on-screen "reveal" and a copy the person confirmed; those
// never reach the store, the settings or a log, and are gone with the process.
#include "core/api/Exchange.h"
#include "core/api/ExchangeFeed.h"
#include "core/traffic/TrafficStore.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <deque>
#include <optional>

class QNetworkAccessManager;

namespace tc {

class TrafficRecorder : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultMemoryLimit = 10000;

    // Attaches the network manager's feed (ExchangeFeed::attach) and records from it.
    explicit TrafficRecorder(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~TrafficRecorder() override;

    // How many exchanges are kept whole in memory (oldest dropped first); 0 keeps all (the CLI:
    // one command's exchanges).
    void setMemoryLimit(int limit);
    int memoryLimit() const { return m_limit; }

    // The history on disk (not owned; may be null). Its saved exchanges are taken in first (oldest
    // first, with new ids), then every finished exchange is handed to it.
    void setStore(TrafficStore *store);
    TrafficStore *store() const { return m_store; }

    // Keeps the unredacted originals of up to `count` finished exchanges of this run (and at most
    // `bytes` of them), oldest dropped first; 0 keeps none (the default) and forgets those kept.
    static constexpr int DefaultUnredactedCount = 1000;
    static constexpr qint64 DefaultUnredactedBytes = 32 * 1024 * 1024;
    void setKeepUnredacted(int count, qint64 bytes = DefaultUnredactedBytes);
    int unredactedLimit() const { return m_unredactedLimit; }
    // The exchange as it went over the wire, when it is still kept (memory only).
    std::optional<Exchange> unredacted(quint64 id) const;
    qsizetype unredactedCount() const { return m_unredacted.size(); }
    // Taken in from the history on disk (an earlier run): its secrets were never kept.
    bool isFromEarlierRun(quint64 id) const { return m_fromHistory.contains(id); }

    // Oldest first, those in flight included (as started).
    QList<Exchange> exchanges() const;
    std::optional<Exchange> exchange(quint64 id) const;
    qsizetype size() const { return qsizetype(m_items.size()); }

    // Forgets everything, in memory and on disk; emits cleared().
    void clear();

    // Records an exchange that did not come through the feed (history, tests, benchmarks).
    // One with durationMs < 0 is in flight; a later one with the same id finishes it.
    void record(const Exchange &exchange);

    ExchangeFeed *feed() const { return m_feed; }
    // Whether it takes the feed's exchanges (on from construction). Off, it is not connected to
    // the feed at all, so a feed that records only when heard (ExchangeFeed::setRecordOnlyWhenHeard:
    // the CLI without --har) has clients build nothing for it.
    void setListening(bool on);
    bool isListening() const { return m_listening; }

Q_SIGNALS:
    // Each exchange as it starts and as it finishes (the same id twice).
    void exchangeStarted(const tc::Exchange &exchange);
    void exchangeFinished(const tc::Exchange &exchange);
    void cleared();

private:
    void onStarted(const Exchange &exchange);
    void onFinished(const Exchange &exchange);
    void onUnredacted(const Exchange &exchange);
    void trim();
    void trimUnredacted();
    void forgetUnredacted();
    void push(const Exchange &exchange);

    QPointer<ExchangeFeed> m_feed;
    bool m_listening = false;
    QPointer<TrafficStore> m_store;
    std::deque<Exchange> m_items;
    qsizetype m_dropped = 0;           // items dropped from the front so far
    QHash<quint64, qsizetype> m_index; // id -> absolute index (m_dropped + position)
    int m_limit = DefaultMemoryLimit;

    QSet<quint64> m_fromHistory;
    QHash<quint64, Exchange> m_unredacted;
    std::deque<quint64> m_unredactedOrder;
    qint64 m_unredactedBytes = 0;
    int m_unredactedLimit = 0;
    qint64 m_unredactedByteLimit = DefaultUnredactedBytes;
};

} // namespace tc
