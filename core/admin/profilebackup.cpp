#include "profilebackup.h"

#include "storage/errors.h"
#include "storage/migrator.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <sqlite3.h>

namespace metodist {

namespace {

// One raw SQLite connection, closed on scope exit. The backup API needs the C handle; a
// connection of our own also keeps the app's QtSql connections out of the copy.
class Handle {
public:
    Handle(const QString &path, int flags)
    {
        const QByteArray name = QFile::encodeName(path);
        m_rc = sqlite3_open_v2(name.constData(), &m_db, flags, nullptr);
        if (m_db)
            sqlite3_busy_timeout(m_db, 5000);
    }
    ~Handle() { sqlite3_close_v2(m_db); }
    Handle(const Handle &) = delete;
    Handle &operator=(const Handle &) = delete;
    bool ok() const { return m_rc == SQLITE_OK; }
    sqlite3 *get() const { return m_db; }
    QString error() const { return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory"); }

private:
    sqlite3 *m_db = nullptr;
    int m_rc = SQLITE_ERROR;
};

// Runs a statement; returns the first column of every row. Sets *error on failure.
QStringList query(sqlite3 *db, const char *statement, QString *error)
{
    QStringList rows;
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, statement, -1, &st, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return rows;
    }
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        rows << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    if (rc != SQLITE_DONE)
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(st);
    return rows;
}

// Copies every page of src into dst. Returns false when cancelled (dst rolled back).
bool copyPages(sqlite3 *src, sqlite3 *dst, const ProfileBackup::Progress &progress, const QString &what)
{
    sqlite3_backup *backup = sqlite3_backup_init(dst, "main", src, "main");
    if (!backup)
        throw Error(ProfileBackup::tr("Cannot start copying %1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(dst))));
    int rc = SQLITE_OK;
    int busyWaits = 0;
    while (true) {
        rc = sqlite3_backup_step(backup, 256);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            // Another connection writes right now; wait a little (up to ~10 s in all).
            if (++busyWaits > 500)
                break;
            QThread::msleep(20);
            continue;
        }
        if (rc != SQLITE_OK && rc != SQLITE_DONE)
            break;
        const int total = sqlite3_backup_pagecount(backup);
        // Once the last step is done the copy is committed: too late to cancel.
        if (progress && !progress(total - sqlite3_backup_remaining(backup), total) && rc != SQLITE_DONE) {
            sqlite3_backup_finish(backup);
            return false;
        }
        if (rc == SQLITE_DONE)
            break;
    }
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        const QString reason = rc == SQLITE_BUSY || rc == SQLITE_LOCKED
                                   ? ProfileBackup::tr("the file stayed locked by another program")
                                   : QString::fromUtf8(sqlite3_errstr(rc));
        throw Error(ProfileBackup::tr("Copying %1 failed: %2").arg(what, reason));
    }
    return true;
}

} // namespace

QString ProfileBackup::safetyCopyPath(const QString &profile)
{
    return QStringLiteral("%1.before-restore-%2.bak")
        .arg(profile, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

ProfileBackup::Info ProfileBackup::backup(const QString &profile, const QString &out, const Progress &progress)
{
    if (!QFileInfo(profile).isFile())
        throw Error(tr("The profile file %1 does not exist.").arg(profile));
    if (QFileInfo(out).absoluteFilePath() == QFileInfo(profile).absoluteFilePath())
        throw Error(tr("The backup file must differ from the profile file %1.").arg(profile));
    // Written beside the target and renamed at the end: a cancelled or failed backup never
    // leaves a half-written file under the name the user chose.
    const QString part = out + QStringLiteral(".part");
    QFile::remove(part);
    {
        Handle src(profile, SQLITE_OPEN_READWRITE);
        if (!src.ok())
            throw Error(tr("Cannot open the profile file %1: %2").arg(profile, src.error()));
        Handle dst(part, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        if (!dst.ok())
            throw Error(tr("Cannot create the backup file %1: %2").arg(out, dst.error()));
        bool finished = false;
        try {
            finished = copyPages(src.get(), dst.get(), progress, profile);
        } catch (...) {
            QFile::remove(part);
            throw;
        }
        if (!finished) {
            QFile::remove(part);
            throw Error(tr("The backup was cancelled; %1 was not written.").arg(out));
        }
        // A backup is one self-contained file, not a WAL pair.
        QString error;
        query(dst.get(), "PRAGMA journal_mode = DELETE", &error);
        if (!error.isEmpty())
            throw Error(tr("Cannot finish the backup file %1: %2").arg(out, error));
    }
    QFile::remove(out);
    if (!QFile::rename(part, out)) {
        QFile::remove(part);
        throw Error(tr("Cannot write the backup file %1.").arg(out));
    }
    return validate(out);
}

ProfileBackup::Info ProfileBackup::validate(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(tr("Cannot read %1: %2").arg(file, f.errorString()));
    const QByteArray header = f.read(16);
    const qint64 bytes = f.size();
    f.close();
    if (header != QByteArray("SQLite format 3\0", 16))
        throw Error(tr("%1 is not a Metodist backup: it is not an SQLite database file.").arg(file));

    Handle db(file, SQLITE_OPEN_READONLY);
    if (!db.ok())
        throw Error(tr("Cannot open %1: %2").arg(file, db.error()));
    QString error;
    const QStringList integrity = query(db.get(), "PRAGMA integrity_check(5)", &error);
    if (!error.isEmpty())
        throw Error(tr("%1 is damaged and cannot be restored: %2").arg(file, error));
    if (integrity != QStringList{QStringLiteral("ok")})
        throw Error(tr("%1 is damaged and cannot be restored (integrity check: %2).")
                        .arg(file, integrity.join(QStringLiteral("; "))));

    const QStringList tables = query(db.get(),
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('schema_migrations', 'person', 'outbox', 'settings')",
        &error);
    if (!error.isEmpty() || tables.size() != 4)
        throw Error(tr("%1 is not a Metodist profile: it lacks the profile's tables (schema_migrations, person, outbox, settings).")
                        .arg(file));

    Info info;
    info.bytes = bytes;
    info.schemaVersion = query(db.get(), "PRAGMA user_version", &error).value(0).toInt();
    const int recorded = query(db.get(), "SELECT max(version) FROM schema_migrations", &error).value(0).toInt();
    if (info.schemaVersion > Migrator::latestVersion())
        throw Error(tr("%1 was made by a newer version of Metodist (schema %2; this version knows up to %3). "
                       "Update Metodist to restore it.")
                        .arg(file).arg(info.schemaVersion).arg(Migrator::latestVersion()));
    if (info.schemaVersion < 1 || recorded != info.schemaVersion)
        throw Error(tr("%1 is not a consistent Metodist profile: its schema version is %2 but its migrations record %3.")
                        .arg(file).arg(info.schemaVersion).arg(recorded));
    info.people = query(db.get(), "SELECT count(*) FROM person WHERE deleted = 0", &error).value(0).toLongLong();
    if (!error.isEmpty())
        throw Error(tr("%1 cannot be read: %2").arg(file, error));
    return info;
}

ProfileBackup::Restored ProfileBackup::restore(const QString &profile, const QString &from, const Progress &progress)
{
    if (QFileInfo(from).absoluteFilePath() == QFileInfo(profile).absoluteFilePath())
        throw Error(tr("The backup file must differ from the profile file %1.").arg(profile));
    Restored result;
    result.info = validate(from);
    if (QFileInfo(profile).isFile()) {
        result.safetyCopy = safetyCopyPath(profile);
        backup(profile, result.safetyCopy);
    }
    Handle src(from, SQLITE_OPEN_READONLY);
    if (!src.ok())
        throw Error(tr("Cannot open %1: %2").arg(from, src.error()));
    Handle dst(profile, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (!dst.ok())
        throw Error(tr("Cannot open the profile file %1: %2").arg(profile, dst.error()));
    // The pages go in as one write transaction on the profile: all or nothing.
    if (!copyPages(src.get(), dst.get(), progress, from))
        throw Error(tr("The restore was cancelled; the profile %1 was not changed.").arg(profile));
    QString ignored;
    query(dst.get(), "PRAGMA wal_checkpoint(TRUNCATE)", &ignored); // best effort: fold the WAL in now
    return result;
}

} // namespace metodist
