#pragma once
// The proxy answer of the console's network managers: the application's, with one change that
// makes plain-http answers cheap to read.
//
// Qt 6.4 opens the socket of a plain http:// connection Unbuffered when no proxy is involved
// (QHttpNetworkConnectionChannel::ensureConnection) and then reads each answer's status line and
// headers one byte per read(2): about 155 system calls per answer from the sandbox, most of the
// CLI's bulk time on Qt's network thread. Through any proxy it opens the socket buffered. This
// factory answers a QNetworkProxy::DefaultProxy ("the socket asks the application itself") where
// the application's answer is no proxy, both for the URL and for a plain TCP connection to its host
// and port: Qt then opens the socket buffered, the socket asks the application, hears "no proxy"
// and connects directly, as before. Where the application names a proxy, its answer is returned
// unchanged. https:// is untouched (Qt reads TLS sockets buffered anyway).
#include <QNetworkProxyFactory>

class QNetworkAccessManager;

namespace tc {

class DirectProxyFactory final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query = QNetworkProxyQuery()) override;

    // Gives `network` this factory (it takes ownership), unless it has a proxy or a factory of its
    // own, which it keeps. Whether `network` answers through one.
    static void install(QNetworkAccessManager *network);
    static bool isInstalled(const QNetworkAccessManager *network);
};

} // namespace tc
