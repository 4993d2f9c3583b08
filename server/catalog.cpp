#include "catalog.h"

#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/synctriggers.h"

namespace metodist::server {

Catalog::Catalog()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    m_schema = Migrator::currentVersion(db->db());
    for (const QString &table : SyncTriggers::syncedTables(db->db()))
        m_columns.insert(table, SyncTriggers::dataColumns(db->db(), table));
}

} // namespace metodist::server
