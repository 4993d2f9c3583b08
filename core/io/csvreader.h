#pragma once
// CSV as spreadsheets and other platforms write it: the encoding is detected
// (UTF-8 with or without BOM, Windows-1251), the separator too (';', ',' or tab,
// by the header line), fields may be quoted with doubled quotes and line breaks inside.
#include "table.h"

namespace metodist::io {

class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    static Table read(const QString &path);
    // Parses decoded text; separator 0 = detect. fileName is used in messages only.
    static Table parse(const QString &text, const QString &fileName, QChar separator = QChar());
    static QChar detectSeparator(QStringView text);
};

} // namespace metodist::io
