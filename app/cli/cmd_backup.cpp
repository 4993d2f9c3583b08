// metodist-cli backup --profile F --out B: a consistent copy of a profile, even while
// the app has it open (SQLite's online backup; see core/admin/profilebackup.h).
#include "admin/profilebackup.h"
#include "args.h"
#include "command.h"

static CliCommandRegistration backupCommand({
    QStringLiteral("backup"), QStringLiteral("--profile FILE --out BACKUP"),
    QStringLiteral("Write a consistent backup copy of a profile (safe while the app runs)."),
    [](const QStringList &args) {
        const CliArgs a(args);
        const QString profile = a.value(QStringLiteral("profile")), out = a.value(QStringLiteral("out"));
        if (profile.isEmpty() || out.isEmpty()) {
            cliErr() << "usage: metodist-cli backup --profile FILE --out BACKUP\n";
            return 2;
        }
        const auto info = metodist::ProfileBackup::backup(profile, out);
        cliOut() << out << ": backup of " << profile << ", schema " << info.schemaVersion << ", " << info.people
                 << " people, " << info.bytes << " bytes\n";
        return 0;
    }});
