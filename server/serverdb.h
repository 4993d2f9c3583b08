#pragma once
// The server's own store: SQLite ("sqlite:PATH") or PostgreSQL ("postgresql://user[:pw]@host:port/db")
// through QtSql with the same SQL. Its schema is small and generic (see serverschema.cpp):
// synced rows are kept as JSON per (table_name, id) with one global revision sequence.
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <QString>

namespace metodist::server {

class ServerDb {
public:
    // Opens (and migrates) the store named by spec. Throws metodist::Error.
    explicit ServerDb(const QString &spec);
    ~ServerDb();
    ServerDb(const ServerDb &) = delete;
    ServerDb &operator=(const ServerDb &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }
    // sql::exec / sql::scalar for the per-request statements: on PostgreSQL each statement is
    // prepared once per connection and reused, instead of a PREPARE and a DEALLOCATE round
    // trip around every execution (most of a small request's time). Read the result before
    // running the same statement again.
    QSqlQuery exec(const QString &statement, const QVariantList &values = {});
    QVariant scalar(const QString &statement, const QVariantList &values = {});
    bool isPostgres() const { return m_postgres; }
    int schemaVersion() const;
    static int latestSchemaVersion();

private:
    void migrate();
    QString m_connection;
    bool m_postgres = false;
    QHash<QString, QSqlQuery> m_prepared;
};

} // namespace metodist::server
