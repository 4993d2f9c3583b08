#pragma once
// Backup and restore of a profile file while the app may have it open. Both go through
// SQLite's online backup API on their own connections: a backup is a consistent snapshot
// (it restarts by itself when a writer changes the source mid-copy), and a restore writes
// the backup's pages into the live profile in one transaction, so other connections
// simply see the restored content and nothing is swapped under an open file.
// A restore first validates the file (SQLite header, integrity_check, a Metodist schema
// no newer than this build) and first copies the current profile to a safety file.
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace metodist {

class ProfileBackup {
    Q_DECLARE_TR_FUNCTIONS(ProfileBackup)
public:
    // done/total in pages; return false to cancel (the target is then left as it was).
    using Progress = std::function<bool(int done, int total)>;

    struct Info {
        int schemaVersion = 0;  // PRAGMA user_version of the file
        qint64 bytes = 0;
        qint64 people = 0;      // live person rows, to show what is being restored
    };

    // Writes a consistent single-file copy of `profile` to `out` (replacing it).
    // Throws metodist::Error naming the file and the reason.
    static Info backup(const QString &profile, const QString &out, const Progress &progress = {});

    // Checks that `file` can be restored: a SQLite database that passes integrity_check,
    // holds a Metodist profile and is not newer than this build. Throws with the reason.
    static Info validate(const QString &file);

    struct Restored {
        Info info;
        QString safetyCopy; // the profile as it was before, or empty when there was none
    };
    // Validates `from`, copies the current `profile` to a safety file next to it, then
    // replaces the profile's content with the backup's. On any failure the profile is unchanged.
    static Restored restore(const QString &profile, const QString &from, const Progress &progress = {});

    // "<profile>.before-restore-<yyyyMMdd-HHmmss>.bak"
    static QString safetyCopyPath(const QString &profile);
};

} // namespace metodist
