// metodist-cli migrate FILE: creates or upgrades a profile file and prints its version.
#include "args.h"
#include "command.h"
#include "storage/database.h"
#include "storage/migrator.h"

static CliCommandRegistration migrateCommand({
    QStringLiteral("migrate"), QStringLiteral("FILE"),
    QStringLiteral("Create or upgrade a profile file to the current schema (backs it up first)."),
    [](const QStringList &args) {
        const QStringList files = CliArgs(args).positional();
        if (files.size() != 1) {
            cliErr() << "usage: metodist-cli migrate FILE\n";
            return 2;
        }
        auto db = metodist::Database::open(files.first());
        cliOut() << files.first() << ": schema " << metodist::Migrator::currentVersion(db->db()) << '\n';
        return 0;
    }});
