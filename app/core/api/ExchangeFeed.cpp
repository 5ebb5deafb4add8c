#include "core/api/ExchangeFeed.h"

#include <QMetaMethod>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace tc {

namespace {
const QString FeedName = u"tc-exchange-feed"_s;
}

ExchangeFeed::ExchangeFeed(QObject *parent) : QObject(parent)
{
    setObjectName(FeedName);
    qRegisterMetaType<tc::Exchange>();
}

bool ExchangeFeed::isHeard() const
{
    static const QMetaMethod started = QMetaMethod::fromSignal(&ExchangeFeed::exchangeStarted);
    static const QMetaMethod finished = QMetaMethod::fromSignal(&ExchangeFeed::exchangeFinished);
    static const QMetaMethod unredacted = QMetaMethod::fromSignal(&ExchangeFeed::unredactedFinished);
    return isSignalConnected(started) || isSignalConnected(finished) || isSignalConnected(unredacted);
}

ExchangeFeed *ExchangeFeed::attach(QNetworkAccessManager *network)
{
    if (ExchangeFeed *feed = of(network))
        return feed;
    return new ExchangeFeed(network);
}

ExchangeFeed *ExchangeFeed::of(QNetworkAccessManager *network)
{
    return network ? network->findChild<ExchangeFeed *>(FeedName, Qt::FindDirectChildrenOnly) : nullptr;
}

} // namespace tc
