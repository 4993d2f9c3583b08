#pragma once
// What the clients sync: the synced tables of the client schema compiled into this
// build (resources/migrations) and their data columns. The server accepts changes to
// these tables and columns only, and serves the client schema range it knows.
#include <QHash>
#include <QStringList>

namespace metodist::server {

class Catalog {
public:
    Catalog(); // builds the client schema in memory once
    int clientSchemaMin() const { return m_schema; }
    int clientSchemaMax() const { return m_schema; }
    bool hasTable(const QString &table) const { return m_columns.contains(table); }
    // Data columns of a table (includes municipality_id and deleted).
    QStringList columns(const QString &table) const { return m_columns.value(table); }
    QStringList tables() const { return m_columns.keys(); }

private:
    int m_schema = 0;
    QHash<QString, QStringList> m_columns;
};

} // namespace metodist::server
