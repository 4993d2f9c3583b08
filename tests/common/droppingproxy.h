#pragma once
// A loopback TCP proxy for fault injection: forwards everything to the server, except
// that the first N answers to requests containing a marker (e.g. "POST /api/v1/sync/push")
// are swallowed and the client connection is closed — the server has done the work, the
// client never reads the answer. Runs in the caller's event loop.
#include <QByteArray>
#include <QTcpServer>

namespace metodist::test {

class DroppingProxy : public QObject {
public:
    DroppingProxy(quint16 upstreamPort, QByteArray marker, int drops);
    quint16 port() const { return m_server.serverPort(); }
    int dropped() const { return m_dropped; }

private:
    void accept();
    QTcpServer m_server;
    quint16 m_upstream;
    QByteArray m_marker;
    int m_drops;
    int m_dropped = 0;
};

} // namespace metodist::test
