#include "serverdb.h"

#include "serverschema.h"
#include "storage/errors.h"
#include "storage/ids.h"
#include "storage/sql.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QUrl>

namespace metodist::server {

static QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("metodist-server-%1").arg(counter.fetchAndAddRelaxed(1));
}

ServerDb::ServerDb(const QString &spec) : m_connection(nextConnectionName())
{
    QSqlDatabase db;
    if (spec.startsWith(QLatin1String("sqlite:"))) {
        const QString path = spec.mid(7);
        if (path.isEmpty())
            throw Error(QStringLiteral("--db sqlite:PATH needs a file path"));
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(path);
        if (!db.open())
            throw Error(QStringLiteral("Cannot open %1: %2").arg(path, db.lastError().text()));
        sql::exec(db, QStringLiteral("PRAGMA journal_mode = WAL"));
        sql::exec(db, QStringLiteral("PRAGMA synchronous = FULL"));
        sql::exec(db, QStringLiteral("PRAGMA busy_timeout = 10000"));
    } else if (spec.startsWith(QLatin1String("postgresql://")) || spec.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(spec);
        if (!url.isValid() || url.path().size() < 2)
            throw Error(QStringLiteral("--db %1: expected postgresql://user[:password]@host:port/database").arg(spec));
        m_postgres = true;
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setDatabaseName(url.path().mid(1));
        db.setUserName(url.userName());
        const QString password = url.password().isEmpty() ? qEnvironmentVariable("PGPASSWORD") : url.password();
        if (!password.isEmpty())
            db.setPassword(password);
        if (!db.open())
            throw Error(QStringLiteral("Cannot connect to PostgreSQL %1:%2/%3: %4")
                            .arg(url.host()).arg(url.port(5432)).arg(url.path().mid(1), db.lastError().text()));
    } else {
        throw Error(QStringLiteral("--db must be sqlite:PATH or postgresql://user@host:port/db, not '%1'").arg(spec));
    }
    migrate();
}

ServerDb::~ServerDb()
{
    m_prepared.clear(); // statements go before their connection
    {
        QSqlDatabase connection = QSqlDatabase::database(m_connection, false);
        if (connection.isOpen())
            connection.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlQuery ServerDb::exec(const QString &statement, const QVariantList &values)
{
    // SQLite prepares in-process; a cached statement left unfinished there would also hold
    // its read snapshot open.
    if (!m_postgres)
        return sql::exec(db(), statement, values);
    auto it = m_prepared.find(statement);
    if (it == m_prepared.end())
        it = m_prepared.insert(statement, sql::prepare(db(), statement));
    sql::bindAll(*it, values);
    sql::exec(*it);
    return *it;
}

QVariant ServerDb::scalar(const QString &statement, const QVariantList &values)
{
    QSqlQuery q = exec(statement, values);
    return q.next() ? q.value(0) : QVariant();
}

int ServerDb::latestSchemaVersion() { return serverMigrations().last().version; }

int ServerDb::schemaVersion() const
{
    return sql::scalar(db(), QStringLiteral("SELECT MAX(version) FROM server_migrations")).toInt();
}

void ServerDb::migrate()
{
    QSqlDatabase connection = db();
    sql::exec(connection, QStringLiteral("CREATE TABLE IF NOT EXISTS server_migrations ("
                                         "version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)"));
    const int current = schemaVersion();
    if (current > latestSchemaVersion())
        throw Error(QStringLiteral("The server store has schema %1; this metodist-server knows up to %2. "
                                   "Update metodist-server.").arg(current).arg(latestSchemaVersion()));
    for (const ServerMigration &migration : serverMigrations()) {
        if (migration.version <= current)
            continue;
        sql::Transaction tx(connection);
        for (const QString &statement : migration.statements)
            sql::exec(connection, statement);
        sql::exec(connection, QStringLiteral("INSERT INTO server_migrations(version, applied_at) VALUES (?, ?)"),
                  {migration.version, nowMs()});
        tx.commit();
    }
}

} // namespace metodist::server
