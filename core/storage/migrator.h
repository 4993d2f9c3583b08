#pragma once
// Numbered SQL migrations from :/migrations (NNNN_name.sql). PRAGMA user_version holds
// the version; schema_migrations records when each was applied. Each migration runs
// in its own transaction, after a backup copy of the file is made.
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace metodist {

class Migrator {
    Q_DECLARE_TR_FUNCTIONS(Migrator)
public:
    struct Script {
        int version;
        QString name;
        QString sql;
    };
    static QList<Script> scripts();
    static int latestVersion();
    static int currentVersion(const QSqlDatabase &db);
    // Throws when the file was written by a newer Metodist.
    static void checkNotNewer(const QSqlDatabase &db, const QString &path);
    // Applies what is missing up to `target` (default: latest). Returns true when any
    // migration ran. Backs the file up to "<path>.v<N>.bak" first when it had data.
    static bool migrate(const QSqlDatabase &db, const QString &path, int target = -1);
    // The backup file made before migrating from version `fromVersion`.
    static QString backupPath(const QString &path, int fromVersion);
};

} // namespace metodist
