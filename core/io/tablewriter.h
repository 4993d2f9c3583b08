#pragma once
// Writes TextTables to files people open in a spreadsheet. Throws metodist::Error.
#include "texttable.h"

#include <QCoreApplication>

namespace metodist {

class TableWriter {
    Q_DECLARE_TR_FUNCTIONS(TableWriter)
public:
    // One sheet per table; header row bold and frozen, columns sized to content.
    static void writeXlsx(const QString &path, const QList<TextTable> &tables);
    // UTF-8 with BOM and ';' separators: what Russian-locale Excel opens directly.
    static void writeCsv(const QString &path, const TextTable &table);
    // The bytes writeCsv() writes (for standard output).
    static QByteArray toCsv(const TextTable &table);
    // Picks the format by extension (.xlsx or .csv).
    static void write(const QString &path, const TextTable &table);
};

} // namespace metodist
