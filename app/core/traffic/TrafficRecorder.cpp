#include "core/traffic/TrafficRecorder.h"

#include "core/api/ExchangeFeed.h"
#include "core/traffic/TrafficStore.h"

namespace tc {

TrafficRecorder::TrafficRecorder(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_feed(ExchangeFeed::attach(network))
{
    connect(m_feed, &ExchangeFeed::exchangeStarted, this, &TrafficRecorder::onStarted);
    connect(m_feed, &ExchangeFeed::exchangeFinished, this, &TrafficRecorder::onFinished);
}

TrafficRecorder::~TrafficRecorder() = default;

void TrafficRecorder::setMemoryLimit(int limit)
{
    m_limit = std::max(0, limit);
    trim();
}

void TrafficRecorder::setStore(TrafficStore *store)
{
    m_store = store;
    if (!store)
        return;
    const QList<Exchange> saved = store->load(m_limit > 0 ? m_limit : TrafficStore::DefaultLimit);
    for (Exchange x : saved) {
        x.id = m_feed->nextId(); // ids of this process
        m_items.push_back(x);
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
    for (auto it = m_items.rbegin(); it != m_items.rend(); ++it) {
        if (it->id == id)
            return *it;
    }
    return std::nullopt;
}

void TrafficRecorder::clear()
{
    m_items.clear();
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

void TrafficRecorder::onStarted(const Exchange &exchange)
{
    m_items.push_back(exchange);
    trim();
    Q_EMIT exchangeStarted(exchange);
}

void TrafficRecorder::onFinished(const Exchange &exchange)
{
    // In flight ones are among the latest: search from the end.
    bool found = false;
    for (auto it = m_items.rbegin(); it != m_items.rend(); ++it) {
        if (it->id == exchange.id) {
            *it = exchange;
            found = true;
            break;
        }
    }
    if (!found) {
        m_items.push_back(exchange);
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
    while (m_items.size() > size_t(m_limit))
        m_items.pop_front();
}

} // namespace tc
