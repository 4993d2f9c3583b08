#pragma once
// metodist-server on several threads: each thread has its own store connection, its own
// Api (QHttpServer, handlers run synchronously there) and its own listening socket on the
// same port (SO_REUSEPORT: the kernel spreads new connections over the threads). Requests
// on different connections then run at the same time; PostgreSQL orders the pushes
// (SyncStore::push takes the revision counter's row lock first).
#include "api.h"

#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>
#include <QThread>

#include <memory>
#include <vector>

namespace metodist::server {

struct TlsSetup {
    QSslCertificate certificate;
    QSslKey key;
    bool enabled() const { return !certificate.isNull(); }
};

class ServeThreads {
public:
    // Listens on address:port (0 = any free port) with `count` threads; throws Error.
    ServeThreads(const QString &dbSpec, const ApiOptions &options, const TlsSetup &tls, const QHostAddress &address,
                 quint16 port, int count);
    ~ServeThreads(); // stops every thread after its current request
    quint16 port() const { return m_port; }

private:
    void stop();
    class Worker;
    std::vector<std::unique_ptr<Worker>> m_workers;
    quint16 m_port = 0;
};

} // namespace metodist::server
