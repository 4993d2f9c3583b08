#include "droppingproxy.h"

#include <QTcpSocket>

namespace metodist::test {

DroppingProxy::DroppingProxy(quint16 upstreamPort, QByteArray marker, int drops)
    : m_upstream(upstreamPort), m_marker(std::move(marker)), m_drops(drops)
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, &DroppingProxy::accept);
}

void DroppingProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *upstream = new QTcpSocket(client);
        auto *dropThis = new bool(false);
        connect(client, &QObject::destroyed, [dropThis] { delete dropThis; });
        upstream->connectToHost(QHostAddress::LocalHost, m_upstream);
        connect(client, &QTcpSocket::readyRead, upstream, [this, client, upstream, dropThis] {
            const QByteArray data = client->readAll();
            if (data.contains(m_marker) && m_dropped < m_drops) {
                ++m_dropped;
                *dropThis = true;
            }
            upstream->write(data);
        });
        connect(upstream, &QTcpSocket::readyRead, client, [client, upstream, dropThis] {
            const QByteArray data = upstream->readAll();
            if (*dropThis) {
                // The server answered (so it committed); the client never sees it.
                client->abort();
                client->deleteLater();
                return;
            }
            client->write(data);
        });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
    }
}

} // namespace metodist::test
