// metodist-cli sync --profile FILE --server URL --login L --password-stdin: one sync run
// (push the outbox, pull everything new) for batch use and tests. The token lives in
// memory only and is revoked at the end unless --keep-session is given.
#include "args.h"
#include "command.h"
#include "storage/database.h"
#include "sync/conflicts.h"
#include "sync/syncclient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>

#include <cstdio>

static CliCommandRegistration syncCommand({
    QStringLiteral("sync"),
    QStringLiteral("--profile FILE --server URL --login L --password-stdin [--batch N] [--page N] [--attempts N] [--retry-ms MS]"),
    QStringLiteral("Send local changes to metodist-server and receive everything new (password on stdin)."),
    [](const QStringList &args) {
        CliArgs a(args);
        a.setFlagsWithoutValue({QStringLiteral("password-stdin"), QStringLiteral("quiet")});
        const QString profile = a.value(QStringLiteral("profile"));
        const QString server = a.value(QStringLiteral("server"));
        const QString login = a.value(QStringLiteral("login"));
        if (profile.isEmpty() || server.isEmpty() || login.isEmpty() || !a.flag(QStringLiteral("password-stdin"))) {
            cliErr() << "usage: metodist-cli sync --profile FILE --server URL --login L --password-stdin\n";
            return 2;
        }
        QTextStream in(stdin);
        const QString password = in.readLine();
        auto db = metodist::Database::open(profile);
        metodist::MemoryTokenStore tokens;
        metodist::SyncClient client(*db, tokens);
        client.setServer(QUrl(server));
        client.setLogin(login);
        client.setPassword(password);
        client.setBatchSize(a.value(QStringLiteral("batch"), QStringLiteral("500")).toInt());
        client.setPageSize(a.value(QStringLiteral("page"), QStringLiteral("1000")).toInt());
        client.setRetry(a.value(QStringLiteral("attempts"), QStringLiteral("6")).toInt(),
                        a.value(QStringLiteral("retry-ms"), QStringLiteral("500")).toInt(), 30000);
        const bool quiet = a.flag(QStringLiteral("quiet"));
        QObject::connect(&client, &metodist::SyncClient::stateChanged, [quiet](metodist::SyncClient::State, const QString &m) {
            if (!quiet && !m.isEmpty())
                cliErr() << m << '\n', cliErr().flush();
        });
        bool ok = false;
        QString message;
        QEventLoop loop;
        QObject::connect(&client, &metodist::SyncClient::finished, &loop, [&](bool success, const QString &m) {
            ok = success;
            message = m;
            loop.quit();
        });
        QMetaObject::invokeMethod(&client, &metodist::SyncClient::start, Qt::QueuedConnection);
        loop.exec();
        if (!a.flag(QStringLiteral("keep-session"))) {
            // Revoke the session on the server (best effort: one attempt).
            QEventLoop out;
            bool loggedOut = false;
            QObject::connect(&client, &metodist::SyncClient::loggedOut, &out, [&] {
                loggedOut = true;
                out.quit();
            });
            client.logout();
            if (!loggedOut)
                out.exec();
        }
        const auto &s = client.stats();
        cliOut() << "{\"ok\":" << (ok ? "true" : "false") << ",\"sent\":" << s.pushed << ",\"merged\":" << s.merged
                 << ",\"conflicts\":" << s.conflicts << ",\"refused\":" << s.refused << ",\"received\":" << s.pulled
                 << ",\"batches\":" << s.batches << ",\"pages\":" << s.pages << ",\"retries\":" << s.retries << ",\"apply_ms\":" << s.applyMs
                 << ",\"open_conflicts\":" << metodist::SyncConflicts(*db).unresolvedCount() << "}\n";
        if (!ok)
            cliErr() << "error: " << message << '\n';
        return ok ? 0 : 1;
    }});
