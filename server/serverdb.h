#pragma once
// The server's own store: SQLite ("sqlite:PATH") or PostgreSQL ("postgresql://user[:pw]@host:port/db")
// through QtSql with the same SQL. Its schema is small and generic (see serverschema.cpp):
// synced rows are kept as JSON per (table_name, id) with one global revision sequence.
#include <QSqlDatabase>
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
    bool isPostgres() const { return m_postgres; }
    int schemaVersion() const;
    static int latestSchemaVersion();

private:
    void migrate();
    QString m_connection;
    bool m_postgres = false;
};

} // namespace metodist::server
