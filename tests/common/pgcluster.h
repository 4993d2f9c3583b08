#pragma once
// A throw-away PostgreSQL 15 cluster for tests: initdb into a temporary directory,
// pg_ctl start on a free 127.0.0.1 port, stopped (and deleted) on destruction. When the
// tests run as root, the server runs as the unprivileged `postgres` user.
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace metodist::test {

class PgCluster {
public:
    static QString binDir() { return QStringLiteral("/usr/lib/postgresql/15/bin"); }
    static bool available();
    PgCluster() = default;
    ~PgCluster();
    // Returns false with *why set when the cluster cannot start.
    bool start(QString *why);
    // A new empty database; returns its --db spec for metodist-server.
    QString createDatabase(const QString &name);
    int port() const { return m_port; }

private:
    bool run(const QString &program, const QStringList &args, QString *output = nullptr) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_port = 0;
    bool m_started = false;
};

int freeLoopbackPort();

} // namespace metodist::test
