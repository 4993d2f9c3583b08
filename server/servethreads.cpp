#include "servethreads.h"

#include "serverdb.h"
#include "storage/errors.h"

#include <QSemaphore>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>

#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace metodist::server {

class ServeThreads::Worker : public QThread {
public:
    Worker(QString spec, ApiOptions options, TlsSetup tls, int fd)
        : m_spec(std::move(spec)), m_options(std::move(options)), m_tls(std::move(tls)), m_fd(fd) {}
    QString start()
    {
        QThread::start();
        m_ready.acquire();
        return m_error;
    }

protected:
    void run() override
    {
        try {
            // The connection belongs to this thread (QSqlDatabase is per thread).
            ServerDb db(m_spec);
            Api api(db, m_options);
            QTcpServer *tcp = nullptr;
            if (m_tls.enabled()) {
                auto *ssl = new QSslServer(&api.http());
                QSslConfiguration config = QSslConfiguration::defaultConfiguration();
                config.setLocalCertificate(m_tls.certificate);
                config.setPrivateKey(m_tls.key);
                ssl->setSslConfiguration(config);
                tcp = ssl;
            } else {
                tcp = new QTcpServer(&api.http());
            }
            if (!tcp->setSocketDescriptor(m_fd))
                throw Error(QStringLiteral("Cannot listen: %1").arg(tcp->errorString()));
            api.http().bind(tcp);
            m_ready.release();
            exec();
        } catch (const Error &e) {
            m_error = e.message();
            ::close(m_fd);
            m_ready.release();
        }
    }

private:
    QString m_spec;
    ApiOptions m_options;
    TlsSetup m_tls;
    int m_fd;
    QSemaphore m_ready;
    QString m_error;
};

// A listening TCP socket with SO_REUSEPORT, so several can share one port.
static int reusePortSocket(const QHostAddress &address, quint16 port, quint16 *bound)
{
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0)
        throw Error(QStringLiteral("socket(): %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one);
    sockaddr_storage storage = {};
    socklen_t length = 0;
    if (v6) {
        auto *a = reinterpret_cast<sockaddr_in6 *>(&storage);
        a->sin6_family = AF_INET6;
        a->sin6_port = htons(port);
        const Q_IPV6ADDR ip = address.toIPv6Address();
        std::memcpy(&a->sin6_addr, &ip, sizeof ip);
        length = sizeof *a;
    } else {
        auto *a = reinterpret_cast<sockaddr_in *>(&storage);
        a->sin_family = AF_INET;
        a->sin_port = htons(port);
        a->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof *a;
    }
    if (::bind(fd, reinterpret_cast<sockaddr *>(&storage), length) != 0 || ::listen(fd, 128) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        throw Error(QStringLiteral("Cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(why));
    }
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&storage), &length);
    *bound = ntohs(v6 ? reinterpret_cast<sockaddr_in6 *>(&storage)->sin6_port : reinterpret_cast<sockaddr_in *>(&storage)->sin_port);
    return fd;
}

ServeThreads::ServeThreads(const QString &dbSpec, const ApiOptions &options, const TlsSetup &tls, const QHostAddress &address,
                           quint16 port, int count)
{
    ApiOptions shared = options;
    // One login limiter for all threads: a client's connections may land on any of them.
    if (!shared.limiter)
        shared.limiter = std::make_shared<LoginLimiter>(options.maxLoginFailures, options.loginWindowMs);
    m_port = port;
    try {
        for (int i = 0; i < count; ++i) {
            const int fd = reusePortSocket(address, m_port, &m_port); // the first one picks the port
            m_workers.push_back(std::make_unique<Worker>(dbSpec, shared, tls, fd));
            const QString error = m_workers.back()->start();
            if (!error.isEmpty())
                throw Error(error);
        }
    } catch (...) {
        stop();
        throw;
    }
}

ServeThreads::~ServeThreads() { stop(); }

void ServeThreads::stop()
{
    for (const auto &w : m_workers)
        w->quit();
    for (const auto &w : m_workers)
        w->wait();
    m_workers.clear();
}

} // namespace metodist::server
