#include "core/traffic/TrafficRecorder.h"

#include "core/api/ExchangeFeed.h"
#include "core/traffic/TrafficStore.h"

namespace tc {

namespace {
qint64 weight(const Exchange &x)
{
    qint64 n = x.requestBody.size() + x.replyBody.size() + x.url.toEncoded().size() + 256;
    for (const auto &h : x.requestHeaders)
        n += h.first.size() + h.second.size();
    for (const auto &h : x.replyHeaders)
        n += h.first.size() + h.second.size();
    return n;
}

// Best effort: overwrite the secret bytes we own before letting them go.
void wipe(QByteArray &bytes)
{
    if (bytes.isDetached())
        bytes.fill('\0');
    bytes.clear();
}

void wipe(Exchange &x)
{
    wipe(x.requestBody);
    wipe(x.replyBody);
    for (auto &h : x.requestHeaders)
        wipe(h.second);
    for (auto &h : x.replyHeaders)
        wipe(h.second);
}
} // namespace

TrafficRecorder::TrafficRecorder(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_feed(ExchangeFeed::attach(network))
{
    setListening(true);
}

void TrafficRecorder::setListening(bool on)
{
    if (on == m_listening || !m_feed)
        return;
    m_listening = on;
    if (!on) {
        m_feed->disconnect(this);
        return;
    }
    connect(m_feed, &ExchangeFeed::exchangeStarted, this, &TrafficRecorder::onStarted);
    connect(m_feed, &ExchangeFeed::exchangeFinished, this, &TrafficRecorder::onFinished);
    connect(m_feed, &ExchangeFeed::unredactedFinished, this, &TrafficRecorder::onUnredacted);
}

TrafficRecorder::~TrafficRecorder()
{
    forgetUnredacted();
}

void TrafficRecorder::setMemoryLimit(int limit)
{
    m_limit = std::max(0, limit);
    trim();
}

void TrafficRecorder::setKeepUnredacted(int count, qint64 bytes)
{
    m_unredactedLimit = std::max(0, count);
    m_unredactedByteLimit = std::max<qint64>(0, bytes);
    if (m_feed)
        m_feed->setKeepUnredacted(m_unredactedLimit > 0);
    if (m_unredactedLimit == 0)
        forgetUnredacted();
    trimUnredacted();
}

std::optional<Exchange> TrafficRecorder::unredacted(quint64 id) const
{
    auto it = m_unredacted.constFind(id);
    if (it == m_unredacted.constEnd())
        return std::nullopt;
    return it.value();
}

void TrafficRecorder::onUnredacted(const Exchange &exchange)
{
    if (m_unredactedLimit <= 0)
        return;
    if (auto it = m_unredacted.find(exchange.id); it != m_unredacted.end()) {
        m_unredactedBytes -= weight(it.value());
        wipe(it.value());
        it.value() = exchange;
    } else {
        m_unredacted.insert(exchange.id, exchange);
        m_unredactedOrder.push_back(exchange.id);
    }
    m_unredactedBytes += weight(exchange);
    trimUnredacted();
}

void TrafficRecorder::trimUnredacted()
{
    while (!m_unredactedOrder.empty()
           && (qsizetype(m_unredactedOrder.size()) > m_unredactedLimit || m_unredactedBytes > m_unredactedByteLimit)) {
        auto it = m_unredacted.find(m_unredactedOrder.front());
        m_unredactedOrder.pop_front();
        if (it == m_unredacted.end())
            continue;
        m_unredactedBytes -= weight(it.value());
        wipe(it.value());
        m_unredacted.erase(it);
    }
}

void TrafficRecorder::forgetUnredacted()
{
    for (Exchange &x : m_unredacted)
        wipe(x);
    m_unredacted.clear();
    m_unredactedOrder.clear();
    m_unredactedBytes = 0;
}

void TrafficRecorder::setStore(TrafficStore *store)
{
    m_store = store;
    if (!store)
        return;
    const QList<Exchange> saved = store->load(m_limit > 0 ? m_limit : TrafficStore::DefaultLimit);
    for (Exchange x : saved) {
        x.id = m_feed->nextId(); // ids of this process
        m_fromHistory.insert(x.id);
        push(x);
        Q_EMIT exchangeFinished(x);
    }
    trim();
}

QList<Exchange> TrafficRecorder::exchanges() const
{
    return QList<Exchange>(m_items.begin(), m_items.end());
}

std::optional<Exchange> TrafficRecorder::exchange(quint64 id) const
{
    auto it = m_index.constFind(id);
    if (it == m_index.constEnd())
        return std::nullopt;
    return m_items[size_t(it.value() - m_dropped)];
}

void TrafficRecorder::clear()
{
    m_items.clear();
    m_index.clear();
    m_dropped = 0;
    m_fromHistory.clear();
    forgetUnredacted();
    if (m_store)
        m_store->clear();
    Q_EMIT cleared();
}

void TrafficRecorder::record(const Exchange &exchange)
{
    if (exchange.isFinished())
        onFinished(exchange);
    else
        onStarted(exchange);
}

void TrafficRecorder::push(const Exchange &exchange)
{
    m_index.insert(exchange.id, m_dropped + qsizetype(m_items.size()));
    m_items.push_back(exchange);
}

void TrafficRecorder::onStarted(const Exchange &exchange)
{
    push(exchange);
    trim();
    Q_EMIT exchangeStarted(exchange);
}

void TrafficRecorder::onFinished(const Exchange &exchange)
{
    if (auto it = m_index.constFind(exchange.id); it != m_index.constEnd()) {
        m_items[size_t(it.value() - m_dropped)] = exchange;
    } else {
        push(exchange);
        trim();
    }
    if (m_store)
        m_store->append(exchange);
    Q_EMIT exchangeFinished(exchange);
}

void TrafficRecorder::trim()
{
    if (m_limit <= 0)
        return;
    while (m_items.size() > size_t(m_limit)) {
        // An id may have been pushed twice (a finish with no start, then a late start): drop the
        // index only when it points at this item.
        auto it = m_index.find(m_items.front().id);
        if (it != m_index.end() && it.value() == m_dropped)
            m_index.erase(it);
        m_items.pop_front();
        ++m_dropped;
    }
}

} // namespace tc
