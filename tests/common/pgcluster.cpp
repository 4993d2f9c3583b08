#include "pgcluster.h"

#include <QFileInfo>
#include <QProcess>
#include <QTcpServer>

#include <unistd.h>

namespace metodist::test {

int freeLoopbackPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool PgCluster::available()
{
    return QFileInfo::exists(binDir() + QStringLiteral("/initdb")) && QFileInfo::exists(binDir() + QStringLiteral("/pg_ctl"));
}

static bool asRoot() { return ::geteuid() == 0; }

bool PgCluster::run(const QString &program, const QStringList &args, QString *output) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (asRoot())
        p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                                                      binDir() + QLatin1Char('/') + program} + args);
    else
        p.start(binDir() + QLatin1Char('/') + program, args);
    const bool finished = p.waitForFinished(120000);
    if (output)
        *output = QString::fromLocal8Bit(p.readAll());
    return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool PgCluster::start(QString *why)
{
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        *why = QStringLiteral("no temporary directory");
        return false;
    }
    if (asRoot()) {
        QProcess::execute(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("postgres:postgres"), m_dir->path()});
    }
    const QString data = m_dir->path() + QStringLiteral("/data");
    QString out;
    if (!run(QStringLiteral("initdb"), {QStringLiteral("-D"), data, QStringLiteral("-A"), QStringLiteral("trust"),
                                        QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                                        QStringLiteral("--no-sync")}, &out)) {
        *why = QStringLiteral("initdb failed: ") + out.right(500);
        return false;
    }
    m_port = freeLoopbackPort();
    const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300")
                                .arg(m_port).arg(m_dir->path());
    if (!run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), data, QStringLiteral("-o"), options, QStringLiteral("-l"),
                                        m_dir->path() + QStringLiteral("/log.txt"), QStringLiteral("-w"), QStringLiteral("start")},
             &out)) {
        *why = QStringLiteral("pg_ctl start failed: ") + out.right(500);
        return false;
    }
    m_started = true;
    return true;
}

QString PgCluster::createDatabase(const QString &name)
{
    QString out;
    if (!run(QStringLiteral("createdb"), {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                                          QString::number(m_port), QStringLiteral("-U"), QStringLiteral("postgres"), name},
             &out))
        return {};
    return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(m_port).arg(name);
}

PgCluster::~PgCluster()
{
    if (m_started)
        run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_dir->path() + QStringLiteral("/data"), QStringLiteral("-m"),
                                       QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")});
}

} // namespace metodist::test
