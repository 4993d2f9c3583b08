#include "tabledump.h"

#include "storage/database.h"
#include "storage/sql.h"
#include "storage/synctriggers.h"

#include <QSqlRecord>

namespace metodist::test {

TableDump dumpSyncedTables(const QString &profilePath)
{
    TableDump dump;
    auto db = Database::open(profilePath, Database::Mode::ExistingOnly);
    for (const QString &table : SyncTriggers::syncedTables(db->db())) {
        QStringList rows;
        QSqlQuery q = sql::exec(db->db(), QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table));
        while (q.next()) {
            QStringList cells;
            const QSqlRecord record = q.record();
            for (int i = 0; i < record.count(); ++i)
                cells << record.fieldName(i) + QLatin1Char('=')
                             + (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            rows << cells.join(QLatin1Char('|'));
        }
        dump.insert(table, rows);
    }
    return dump;
}

QString firstDifference(const TableDump &a, const TableDump &b)
{
    if (a.keys() != b.keys())
        return QStringLiteral("different table sets");
    for (auto it = a.begin(); it != a.end(); ++it) {
        const QStringList &other = b.value(it.key());
        if (it.value() == other)
            continue;
        for (int i = 0; i < std::max(it.value().size(), other.size()); ++i)
            if (it.value().value(i) != other.value(i))
                return QStringLiteral("%1 row %2:\n  A: %3\n  B: %4").arg(it.key()).arg(i).arg(it.value().value(i), other.value(i));
    }
    return {};
}

int totalRows(const TableDump &dump)
{
    int n = 0;
    for (const QStringList &rows : dump)
        n += rows.size();
    return n;
}

} // namespace metodist::test
