#pragma once
// Full contents of every synced table of a profile file, for "nothing lost, nothing
// duplicated" checks: table -> rows (all columns, ordered by id) as text.
#include <QMap>
#include <QStringList>

namespace metodist::test {

using TableDump = QMap<QString, QStringList>;
TableDump dumpSyncedTables(const QString &profilePath);
// Empty when equal; else the first table/row that differs.
QString firstDifference(const TableDump &a, const TableDump &b);
int totalRows(const TableDump &dump);

} // namespace metodist::test
