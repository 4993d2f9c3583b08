#include "table.h"

#include "csvreader.h"
#include "xlsxreader.h"

#include <QFileInfo>

#include <algorithm>

namespace metodist::io {

int Table::column(const QString &name) const
{
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return -1;
    for (int i = 0; i < header.size(); ++i)
        if (header.at(i).trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

void Table::addRecord(int line, QStringList cells)
{
    const bool blank = std::all_of(cells.cbegin(), cells.cend(), [](const QString &c) { return c.trimmed().isEmpty(); });
    if (blank)
        return;
    if (m_hasHeader) {
        rows.append(TableRow{line, std::move(cells)});
        return;
    }
    for (QString &c : cells)
        c = c.trimmed();
    header = std::move(cells);
    headerLine = line;
    m_hasHeader = true;
}

Table TableReader::read(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return XlsxReader::read(path);
    return CsvReader::read(path);
}

} // namespace metodist::io
