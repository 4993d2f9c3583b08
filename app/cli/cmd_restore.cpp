// metodist-cli restore --profile F --from B: replaces a profile's content with a backup
// after validating it; the current profile is kept as a safety copy first.
#include "admin/profilebackup.h"
#include "args.h"
#include "command.h"
#include "storage/database.h"
#include "storage/migrator.h"

static CliCommandRegistration restoreCommand({
    QStringLiteral("restore"), QStringLiteral("--profile FILE --from BACKUP [--check]"),
    QStringLiteral("Restore a profile from a backup (validated; the current profile is kept as a safety copy)."),
    [](const QStringList &args) {
        CliArgs a(args);
        a.setFlagsWithoutValue({QStringLiteral("check")});
        const QString profile = a.value(QStringLiteral("profile")), from = a.value(QStringLiteral("from"));
        if (from.isEmpty() || (profile.isEmpty() && !a.flag(QStringLiteral("check")))) {
            cliErr() << "usage: metodist-cli restore --profile FILE --from BACKUP [--check]\n";
            return 2;
        }
        if (a.flag(QStringLiteral("check"))) { // validate only
            const auto info = metodist::ProfileBackup::validate(from);
            cliOut() << from << ": valid backup, schema " << info.schemaVersion << ", " << info.people << " people\n";
            return 0;
        }
        const auto restored = metodist::ProfileBackup::restore(profile, from);
        if (!restored.safetyCopy.isEmpty())
            cliOut() << "previous profile kept as " << restored.safetyCopy << '\n';
        cliOut() << profile << ": restored from " << from << ", schema " << restored.info.schemaVersion << ", "
                 << restored.info.people << " people\n";
        if (restored.info.schemaVersion < metodist::Migrator::latestVersion()) {
            // An older backup: bring it to this version's schema now (Database::open backs it up first).
            auto db = metodist::Database::open(profile);
            cliOut() << profile << ": upgraded to schema " << metodist::Migrator::currentVersion(db->db()) << '\n';
        }
        return 0;
    }});
