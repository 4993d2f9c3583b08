// metodist-server: the central store the clients sync with.
//   metodist-server serve --db sqlite:PATH|postgresql://user@host:port/db --listen HOST:PORT
//                         [--cert FILE --key FILE] [--token-ttl SECONDS] [--max-body BYTES] [--config FILE]
//   metodist-server user add|passwd|disable|enable --db ... --login L [--role R] [--municipality ID]
//   (passwords are read from the first line of stdin, never from the command line)
#include "api.h"
#include "serverlog.h"
#include "servethreads.h"
#include "shutdown.h"
#include "storage/errors.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QSettings>
#include <QSslCertificate>
#include <QSslKey>
#include <QTextStream>

#include <cstdio>

using namespace metodist;
using namespace metodist::server;

namespace {

class Options {
public:
    explicit Options(const QStringList &args) : m_args(args)
    {
        const QString config = raw(QStringLiteral("config"));
        if (!config.isEmpty()) {
            if (!QFile::exists(config))
                throw Error(QStringLiteral("--config %1: no such file").arg(config));
            QSettings settings(config, QSettings::IniFormat);
            for (const QString &key : settings.allKeys())
                m_config.insert(key, settings.value(key).toString());
        }
    }
    QString value(const QString &name, const QString &fallback = {}) const
    {
        const QString v = raw(name);
        return !v.isNull() ? v : m_config.value(name, fallback);
    }

private:
    QString raw(const QString &name) const
    {
        const qsizetype i = m_args.indexOf(QStringLiteral("--") + name);
        return (i >= 0 && i + 1 < m_args.size()) ? m_args.at(i + 1) : QString();
    }
    QStringList m_args;
    QHash<QString, QString> m_config;
};

QString readPassword()
{
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (line.isEmpty())
        throw Error(QStringLiteral("expected the password on the first line of stdin"));
    return line;
}

int usage()
{
    std::fputs("usage:\n"
               "  metodist-server serve --db sqlite:PATH|postgresql://user@host:port/db --listen HOST:PORT\n"
               "                        [--cert FILE --key FILE] [--token-ttl SECONDS] [--max-body BYTES] [--config FILE]\n"
               "                        [--threads N]   (PostgreSQL: request threads, default 4)\n"
               "  metodist-server user add --db DB --login L --role R [--municipality ID]   (password on stdin)\n"
               "  metodist-server user passwd|disable|enable --db DB --login L\n",
               stderr);
    return 2;
}

int userCommand(const QStringList &args)
{
    if (args.isEmpty())
        return usage();
    const QString action = args.first();
    const Options options(args.mid(1));
    const QString spec = options.value(QStringLiteral("db"));
    const QString login = options.value(QStringLiteral("login"));
    if (spec.isEmpty() || login.isEmpty())
        return usage();
    ServerDb db(spec);
    Users users(db);
    if (action == QLatin1String("add")) {
        const QString id = users.add(login, options.value(QStringLiteral("role")),
                                     options.value(QStringLiteral("municipality")), readPassword());
        std::printf("%s\n", qPrintable(id));
    } else if (action == QLatin1String("passwd")) {
        users.setPassword(login, readPassword());
    } else if (action == QLatin1String("disable") || action == QLatin1String("enable")) {
        users.setDisabled(login, action == QLatin1String("disable"));
    } else {
        return usage();
    }
    logEvent(QStringLiteral("info"), QStringLiteral("user_") + action, {{QStringLiteral("login"), login}});
    return 0;
}

int serve(QCoreApplication &app, const QStringList &args)
{
    const Options options(args);
    const QString spec = options.value(QStringLiteral("db"));
    const QString listen = options.value(QStringLiteral("listen"), QStringLiteral("127.0.0.1:8443"));
    if (spec.isEmpty())
        return usage();
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const int port = listen.mid(colon + 1).toInt(&portOk);
    QHostAddress address(listen.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']')));
    if (colon < 0 || !portOk || port < 0 || port > 65535 || address.isNull())
        throw Error(QStringLiteral("--listen %1: expected ADDRESS:PORT").arg(listen));
    const QString cert = options.value(QStringLiteral("cert"));
    const QString key = options.value(QStringLiteral("key"));

    ApiOptions apiOptions;
    apiOptions.tokenTtlSeconds = options.value(QStringLiteral("token-ttl"), QStringLiteral("43200")).toLongLong();
    apiOptions.maxBodyBytes = options.value(QStringLiteral("max-body"), QString::number(16 * 1024 * 1024)).toLongLong();
    apiOptions.testCommitDelayMs = options.value(QStringLiteral("test-commit-delay-ms"), QStringLiteral("0")).toInt();
    if (apiOptions.tokenTtlSeconds <= 0 || apiOptions.maxBodyBytes <= 0)
        throw Error(QStringLiteral("--token-ttl and --max-body must be positive"));

    TlsSetup tls;
    if (!cert.isEmpty() || !key.isEmpty()) {
        QFile certFile(cert), keyFile(key);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            throw Error(QStringLiteral("Cannot read --cert %1 / --key %2").arg(cert, key));
        const QSslCertificate certificate(&certFile, QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        QSslKey usableKey(keyPem, QSsl::Rsa, QSsl::Pem);
        if (usableKey.isNull())
            usableKey = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (certificate.isNull() || usableKey.isNull())
            throw Error(QStringLiteral("--cert %1 / --key %2: not a PEM certificate and RSA/EC key").arg(cert, key));
        tls = {certificate, usableKey};
    } else if (!address.isLoopback()) {
        // Tokens and passwords must never cross a network in clear text.
        throw Error(QStringLiteral("--listen %1 is not a loopback address: give --cert and --key for HTTPS "
                                   "(plain HTTP is allowed on 127.0.0.1/::1 only)").arg(listen));
    }

    ServerDb db(spec); // migrates the store before any thread opens its own connection
    // PostgreSQL: several threads, one connection each. SQLite: one writer anyway, one thread.
    bool threadsOk = false;
    const int threads = db.isPostgres() ? options.value(QStringLiteral("threads"), QStringLiteral("4")).toInt(&threadsOk) : 1;
    if (db.isPostgres() && (!threadsOk || threads < 1 || threads > 64))
        throw Error(QStringLiteral("--threads must be 1..64"));
    std::unique_ptr<Api> api;
    std::unique_ptr<ServeThreads> pool;
    quint16 actual = 0;
    if (threads > 1) {
        pool = std::make_unique<ServeThreads>(spec, apiOptions, tls, address, static_cast<quint16>(port), threads);
        actual = pool->port();
    } else {
        api = std::make_unique<Api>(db, apiOptions);
        if (tls.enabled())
            api->http().sslSetup(tls.certificate, tls.key);
        actual = api->http().listen(address, static_cast<quint16>(port));
        if (actual == 0)
            throw Error(QStringLiteral("Cannot listen on %1").arg(listen));
    }
    logEvent(QStringLiteral("info"), QStringLiteral("listening"),
             {{QStringLiteral("address"), address.toString()}, {QStringLiteral("port"), actual},
              {QStringLiteral("tls"), tls.enabled()}, {QStringLiteral("db"), db.isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite")},
              {QStringLiteral("threads"), threads}, {QStringLiteral("version"), QStringLiteral(METODIST_VERSION)}});
    // Requests are handled synchronously on their thread, so quitting on a signal never
    // cuts a transaction in half.
    installShutdownHandler(&app);
    const int rc = app.exec();
    pool.reset(); // each thread finishes the request it is in first
    logEvent(QStringLiteral("info"), QStringLiteral("stopped"));
    return rc;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("metodist-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(METODIST_VERSION));
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty())
        return usage();
    const QString command = args.takeFirst();
    try {
        if (command == QLatin1String("serve"))
            return serve(app, args);
        if (command == QLatin1String("user"))
            return userCommand(args);
        if (command == QLatin1String("--version")) {
            std::printf("metodist-server %s\n", METODIST_VERSION);
            return 0;
        }
        return usage();
    } catch (const Error &e) {
        logEvent(QStringLiteral("error"), QStringLiteral("fatal"), {{QStringLiteral("message"), e.message()}});
        return 1;
    }
}
