#pragma once
// A real metodist-server process for tests (path from $METODIST_SERVER), listening on a
// free 127.0.0.1 port it chooses itself (read back from its "listening" log line).
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace metodist::test {

class ServerProcess {
public:
    static QString executable();
    // Runs `metodist-server user add ...` with the password on stdin; returns the user id.
    static QString addUser(const QString &dbSpec, const QString &login, const QString &role,
                           const QString &municipality, const QString &password);
    // Any other one-shot command; returns the exit code.
    static int run(const QStringList &args, const QByteArray &stdinData = {}, QString *output = nullptr);

    ~ServerProcess();
    bool start(const QString &dbSpec, const QStringList &extraArgs = {}, QString *why = nullptr, int port = 0);
    void stop();          // SIGTERM and wait
    void kill();          // SIGKILL, as in a crash
    QUrl url() const { return m_url; }
    QString log() const { return m_log; }
    void drain(); // read what the server has logged so far
    bool running() const { return m_process.state() == QProcess::Running; }

private:
    QProcess m_process;
    QUrl m_url;
    QString m_log;
};

struct HttpResult {
    int status = 0;
    QByteArray raw;
    QJsonObject json;
};

// Synchronous HTTP for tests (runs a local event loop).
HttpResult http(const QByteArray &method, const QUrl &url, const QByteArray &body = {}, const QString &token = {});
HttpResult httpJson(const QByteArray &method, const QUrl &url, const QJsonObject &body, const QString &token = {});

struct CliResult {
    int rc = -1;
    QString out, err;
    QJsonObject json; // last stdout line parsed as JSON, when it is
};
// metodist-cli (path from $METODIST_CLI) with stdin data.
CliResult runCli(const QStringList &args, const QByteArray &stdinData = {}, int timeoutMs = 120000);

} // namespace metodist::test
