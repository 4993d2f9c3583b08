#include "serverprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QThread>

namespace metodist::test {

QString ServerProcess::executable()
{
    const QString fromEnv = qEnvironmentVariable("METODIST_SERVER");
    return fromEnv.isEmpty() ? QStringLiteral(METODIST_BINARY_DIR "/server/metodist-server") : fromEnv;
}

int ServerProcess::run(const QStringList &args, const QByteArray &stdinData, QString *output)
{
    QProcess p;
    p.start(executable(), args);
    p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    if (output)
        *output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QString ServerProcess::addUser(const QString &dbSpec, const QString &login, const QString &role, const QString &municipality,
                               const QString &password)
{
    QStringList args{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), dbSpec, QStringLiteral("--login"), login,
                     QStringLiteral("--role"), role};
    if (!municipality.isEmpty())
        args << QStringLiteral("--municipality") << municipality;
    QProcess p;
    p.start(executable(), args);
    p.write(password.toUtf8() + '\n');
    p.closeWriteChannel();
    p.waitForFinished(120000);
    if (p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

ServerProcess::~ServerProcess()
{
    if (running())
        stop();
}

bool ServerProcess::start(const QString &dbSpec, const QStringList &extraArgs, QString *why, int port)
{
    m_log.clear();
    m_process.start(executable(), QStringList{QStringLiteral("serve"), QStringLiteral("--db"), dbSpec, QStringLiteral("--listen"),
                                              QStringLiteral("127.0.0.1:%1").arg(port)} + extraArgs);
    static const QRegularExpression portRe(QStringLiteral("\"event\":\"listening\".*\"port\":(\\d+)"));
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000) {
        if (!m_process.waitForReadyRead(200) && m_process.state() != QProcess::Running)
            break;
        m_log += QString::fromUtf8(m_process.readAllStandardError());
        const auto match = portRe.match(m_log);
        if (match.hasMatch()) {
            const bool tls = m_log.contains(QLatin1String("\"tls\":true"));
            m_url = QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(tls ? QStringLiteral("https") : QStringLiteral("http"), match.captured(1)));
            return true;
        }
    }
    m_log += QString::fromUtf8(m_process.readAllStandardError());
    if (why)
        *why = QStringLiteral("metodist-server did not start: ") + m_log.right(1000);
    m_process.kill();
    m_process.waitForFinished();
    return false;
}

void ServerProcess::stop()
{
    drain();
    m_process.terminate();
    if (!m_process.waitForFinished(15000)) {
        m_process.kill();
        m_process.waitForFinished();
    }
    m_log += QString::fromUtf8(m_process.readAllStandardError());
}

void ServerProcess::drain()
{
    while (m_process.waitForReadyRead(100))
        m_log += QString::fromUtf8(m_process.readAllStandardError());
    m_log += QString::fromUtf8(m_process.readAllStandardError());
}

void ServerProcess::kill()
{
    drain();
    m_process.kill();
    m_process.waitForFinished();
    m_log += QString::fromUtf8(m_process.readAllStandardError());
}

HttpResult http(const QByteArray &method, const QUrl &url, const QByteArray &body, const QString &token)
{
    static QNetworkAccessManager *nam = new QNetworkAccessManager(QCoreApplication::instance());
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(60000);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply *reply = nam->sendCustomRequest(request, method, body);
    // Tests use self-signed certificates; production clients verify against the system CAs.
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply] { reply->ignoreSslErrors(); });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.raw = reply->readAll();
    result.json = QJsonDocument::fromJson(result.raw).object();
    reply->deleteLater();
    return result;
}

HttpResult httpJson(const QByteArray &method, const QUrl &url, const QJsonObject &body, const QString &token)
{
    return http(method, url, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

CliResult runCli(const QStringList &args, const QByteArray &stdinData, int timeoutMs)
{
    QString cli = qEnvironmentVariable("METODIST_CLI");
    if (cli.isEmpty())
        cli = QStringLiteral(METODIST_BINARY_DIR "/app/metodist-cli");
    QProcess p;
    p.start(cli, args);
    p.write(stdinData);
    p.closeWriteChannel();
    CliResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    r.rc = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    if (!lines.isEmpty())
        r.json = QJsonDocument::fromJson(lines.last().toUtf8()).object();
    return r;
}

} // namespace metodist::test
