#include "core/api/DirectProxyFactory.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>

using namespace Qt::StringLiterals;

namespace tc {

QList<QNetworkProxy> DirectProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    QList<QNetworkProxy> proxies = QNetworkProxyFactory::proxyForQuery(query);
    const auto direct = [](const QList<QNetworkProxy> &list) {
        return !list.isEmpty() && list.first().type() == QNetworkProxy::NoProxy;
    };
    if (query.queryType() != QNetworkProxyQuery::UrlRequest
        || query.url().scheme().compare(u"http"_s, Qt::CaseInsensitive) != 0 || !direct(proxies))
        return proxies;
    // What the socket will ask (QAbstractSocket resolves a DefaultProxy with a TcpSocket query):
    // only when that too is "no proxy" does the connection stay direct.
    const QNetworkProxyQuery tcp(query.peerHostName(), query.url().port(80), QString(), QNetworkProxyQuery::TcpSocket);
    if (!direct(QNetworkProxyFactory::proxyForQuery(tcp)))
        return proxies;
    return {QNetworkProxy(QNetworkProxy::DefaultProxy)};
}

void DirectProxyFactory::install(QNetworkAccessManager *network)
{
    if (network && !network->proxyFactory() && network->proxy().type() == QNetworkProxy::DefaultProxy)
        network->setProxyFactory(new DirectProxyFactory);
}

bool DirectProxyFactory::isInstalled(const QNetworkAccessManager *network)
{
    return network && dynamic_cast<DirectProxyFactory *>(network->proxyFactory());
}

} // namespace tc
