#include "migrator.h"

#include "errors.h"
#include "ids.h"
#include "sql.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace metodist {

QList<Migrator::Script> Migrator::scripts()
{
    static const QList<Script> cached = [] {
        QList<Script> list;
        static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(.+)\\.sql$"));
        const QDir dir(QStringLiteral(":/migrations"));
        for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
            const auto match = pattern.match(file);
            if (!match.hasMatch())
                continue;
            QFile f(dir.filePath(file));
            if (!f.open(QIODevice::ReadOnly))
                throw Error(QStringLiteral("Cannot read migration %1").arg(file));
            list.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())});
        }
        for (int i = 0; i < list.size(); ++i)
            if (list[i].version != i + 1)
                throw Error(QStringLiteral("Migrations must be numbered 1..N without gaps; found %1")
                                .arg(list[i].version));
        return list;
    }();
    return cached;
}

int Migrator::latestVersion() { return int(scripts().size()); }

int Migrator::currentVersion(const QSqlDatabase &db)
{
    return sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
}

void Migrator::checkNotNewer(const QSqlDatabase &db, const QString &path)
{
    const int version = currentVersion(db);
    if (version > latestVersion())
        throw Error(tr("The profile %1 was written by a newer version of Metodist (schema %2; "
                       "this version knows up to %3). Update Metodist to open it; the file was not changed.")
                        .arg(path).arg(version).arg(latestVersion()));
}

QString Migrator::backupPath(const QString &path, int fromVersion)
{
    return QStringLiteral("%1.v%2.bak").arg(path).arg(fromVersion);
}

// Splits a migration into statements; our migrations keep ';' out of string literals
// and trigger bodies, which keeps this simple and exact.
static QStringList statements(const QString &script)
{
    QStringList result;
    QString current;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            result << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        result << current.trimmed();
    return result;
}

bool Migrator::migrate(const QSqlDatabase &db, const QString &path, int target)
{
    checkNotNewer(db, path);
    if (target < 0)
        target = latestVersion();
    const int from = currentVersion(db);
    if (from >= target)
        return false;

    if (from > 0 && path != QLatin1String(":memory:")) {
        // A consistent copy even in WAL mode: VACUUM INTO writes a fresh single file.
        const QString backup = backupPath(path, from);
        QFile::remove(backup);
        sql::exec(db, QStringLiteral("VACUUM INTO ?"), {backup});
    }

    QSqlDatabase connection = db;
    for (const Script &script : scripts()) {
        if (script.version <= from || script.version > target)
            continue;
        sql::Transaction tx(connection);
        sql::exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                     "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)"));
        for (const QString &statement : statements(script.sql)) {
            try {
                sql::exec(db, statement);
            } catch (const Error &e) {
                throw Error(tr("Migration %1 (%2) failed: %3").arg(script.version).arg(script.name, e.message()));
            }
        }
        sql::exec(db, QStringLiteral("INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, ?, ?)"),
                  {script.version, script.name, nowMs()});
        sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(script.version));
        tx.commit();
    }
    return true;
}

} // namespace metodist
