#include "database.h"

#include "errors.h"
#include "migrator.h"
#include "sql.h"
#include "synctriggers.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

namespace metodist {

static QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("metodist-%1").arg(counter.fetchAndAddRelaxed(1));
}

Database::Database(QString path, QString connection)
    : m_path(std::move(path)), m_connection(std::move(connection)) {}

Database::~Database()
{
    m_prepared.clear(); // statements must go before their connection
    {
        QSqlDatabase connection = QSqlDatabase::database(m_connection, false);
        if (connection.isOpen()) {
            // Keeps the planner's statistics fresh; cheap, it analyses only what this connection used.
            QSqlQuery(connection).exec(QStringLiteral("PRAGMA optimize"));
            connection.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
}

std::unique_ptr<Database> Database::open(const QString &path, Mode mode)
{
    if (mode == Mode::ExistingOnly && !QFileInfo::exists(path))
        throw Error(tr("The profile file %1 does not exist.").arg(path));

    // SQLite's allocation statistics take a global mutex on every malloc/free (~7% of the CPU
    // of writing a first sync, bench_syncapply); nothing here reads them. Only possible before
    // SQLite initialises: later calls are refused harmlessly.
    static const int memstatusOff = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    Q_UNUSED(memstatusOff);
    const QString name = nextConnectionName();
    std::unique_ptr<Database> result(new Database(path, name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            throw Error(tr("Cannot open the profile file %1: %2").arg(path, db.lastError().text()));
        // Refuse a newer schema before anything writes to the file.
        Migrator::checkNotNewer(db, path);
        sql::exec(db, QStringLiteral("PRAGMA journal_mode = WAL"));
        sql::exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
        sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
        sql::exec(db, QStringLiteral("PRAGMA busy_timeout = 5000"));
        sql::exec(db, QStringLiteral("PRAGMA cache_size = -32000"));
        sql::exec(db, QStringLiteral("PRAGMA temp_store = MEMORY"));
        if (mode == Mode::Migrate) {
            if (Migrator::migrate(db, path) || !SyncTriggers::upToDate(db))
                SyncTriggers::install(db);
        } else if (Migrator::currentVersion(db) != Migrator::latestVersion()) {
            throw Error(tr("The profile file %1 has schema version %2; version %3 is needed.")
                            .arg(path).arg(Migrator::currentVersion(db)).arg(Migrator::latestVersion()));
        }
    }
    return result;
}

QSqlQuery &Database::prepared(const QString &statement) const
{
    auto it = m_prepared.find(statement);
    if (it == m_prepared.end())
        it = m_prepared.insert(statement, sql::prepare(db(), statement));
    return it.value();
}

std::unique_ptr<Database> Database::openAnother() const
{
    auto other = open(m_path, Mode::ExistingOnly);
    other->setUserId(m_userId);
    return other;
}

} // namespace metodist
