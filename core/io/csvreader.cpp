#include "csvreader.h"

#include "storage/errors.h"
#include "textcodec.h"

#include <QFile>
#include <QFileInfo>

#include <array>
#include <vector>

namespace metodist::io {

Table CsvReader::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    TextEncoding encoding;
    const QString text = decodeText(bytes, &encoding);
    Table table = parse(text, QFileInfo(path).fileName());
    table.format = QStringLiteral("CSV (%1, «%2»)").arg(encodingName(encoding), table.format);
    return table;
}

QChar CsvReader::detectSeparator(QStringView text)
{
    // Count candidates on the first record, outside quotes.
    int semicolons = 0, commas = 0, tabs = 0;
    bool quoted = false;
    for (QChar ch : text) {
        if (ch == u'"')
            quoted = !quoted;
        else if (!quoted && (ch == u'\n' || ch == u'\r'))
            break;
        else if (!quoted && ch == u';')
            ++semicolons;
        else if (!quoted && ch == u',')
            ++commas;
        else if (!quoted && ch == u'\t')
            ++tabs;
    }
    if (tabs > semicolons && tabs > commas)
        return u'\t';
    return semicolons >= commas && semicolons > 0 ? QChar(u';') : QChar(u',');
}

Table CsvReader::parse(const QString &text, const QString &fileName, QChar separator)
{
    Table table;
    table.fileName = fileName;
    const QChar sep = separator.isNull() ? detectSeparator(text) : separator;
    table.format = sep == u'\t' ? QStringLiteral("tab") : QString(sep);

    const QChar *p = text.constData();
    const QChar *const end = p + text.size();
    int line = 1;
    QStringList cells;
    QString field;
    // Exports repeat a cell of the previous record in most columns (a person's СНИЛС, name
    // and date on each of their 40 score rows): equal cells share the previous string
    // instead of allocating another, which halves the time to read a region's file.
    QStringList previous;
    // Short cells (scores, competence codes) repeat across the file but seldom on the next
    // record: a small direct-mapped cache per column shares those too, so a region's file
    // of 1.4 M records allocates (and the kernel zeroes) a fraction of the memory.
    std::vector<std::array<QString, 256>> shortCells;
    auto take = [&](QStringView text) {
        const qsizetype column = cells.size();
        if (column < previous.size() && previous.at(column) == text) {
            cells.append(previous.at(column));
        } else if (!text.isEmpty() && text.size() <= 8) {
            if (qsizetype(shortCells.size()) <= column)
                shortCells.resize(column + 1);
            uint hash = uint(text.size());
            for (const QChar ch : text)
                hash = hash * 31 + ch.unicode();
            QString &slot = shortCells[column][(hash ^ (hash >> 8)) & 255];
            if (slot != text)
                slot = text.toString();
            cells.append(slot);
        } else {
            cells.append(text.toString());
        }
    };
    while (p < end) {
        // One record.
        const int recordLine = line;
        cells.clear();
        bool endOfRecord = false;
        while (!endOfRecord) {
            field.clear();
            if (p < end && *p == u'"') {
                ++p;
                const int openedLine = line;
                for (;;) {
                    if (p >= end)
                        throw Error(tr("%1:%2: a quoted field is not closed.").arg(fileName).arg(openedLine));
                    if (*p == u'"') {
                        if (p + 1 < end && p[1] == u'"') {
                            field.append(u'"');
                            p += 2;
                            continue;
                        }
                        ++p;
                        break;
                    }
                    if (*p == u'\n')
                        ++line;
                    if (*p == u'\r' && p + 1 < end && p[1] == u'\n') { // keep one '\n' for CRLF
                        ++p;
                        continue;
                    }
                    field.append(*p++);
                }
                // Tolerate text after the closing quote up to the separator (as spreadsheets do).
                while (p < end && *p != sep && *p != u'\n' && *p != u'\r')
                    field.append(*p++);
                take(field);
            } else {
                const QChar *start = p;
                while (p < end && *p != sep && *p != u'\n' && *p != u'\r')
                    ++p;
                take(QStringView(start, p - start));
            }
            if (p >= end) {
                endOfRecord = true;
            } else if (*p == sep) {
                ++p;
            } else { // line break
                if (*p == u'\r' && p + 1 < end && p[1] == u'\n')
                    ++p;
                ++p;
                ++line;
                endOfRecord = true;
            }
        }
        previous = cells;
        table.addRecord(recordLine, cells);
    }
    if (!table.hasHeader())
        throw Error(tr("%1: the file is empty.").arg(fileName));
    return table;
}

} // namespace metodist::io
