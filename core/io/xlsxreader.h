#pragma once
// The first worksheet of an .xlsx workbook as a Table: shared and inline strings,
// numbers as written in the file (dates stay Excel serial numbers; parseDate reads them).
#include "table.h"

namespace metodist::io {

class XlsxReader {
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
public:
    static Table read(const QString &path);
    // "A" -> 0, "AB" -> 27; the letters of a cell reference like "AB12".
    static int columnIndex(QStringView reference);
};

} // namespace metodist::io
