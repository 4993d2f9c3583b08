#include "csvreader.h"

#include "storage/errors.h"
#include "textcodec.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

namespace metodist::io {

namespace {

// Parses records from text given piece by piece: feed() takes the complete records at
// the start of its text and says how much it used; the rest comes again with more text.
class CsvParser {
public:
    CsvParser(Table &table, QString fileName, QChar separator)
        : m_table(table), m_fileName(std::move(fileName)), m_sep(separator) {}

    // With last = true the end of text also ends the last record.
    qsizetype feed(QStringView text, bool last)
    {
        const QChar *const begin = text.data();
        const QChar *p = begin;
        const QChar *const end = begin + text.size();
        while (p < end) {
            const QChar *const recordStart = p;
            const int recordLine = m_line;
            m_cells.clear();
            if (!record(p, end, last)) {
                m_line = recordLine; // the record comes again, whole, with the next piece
                return recordStart - begin;
            }
            m_previous = m_cells;
            m_table.addRecord(recordLine, m_cells);
        }
        return text.size();
    }

private:
    // One record from p; false when the text ends before the record does (only if !last).
    bool record(const QChar *&p, const QChar *const end, bool last)
    {
        for (;;) {
            m_field.clear();
            if (p < end && *p == u'"') {
                ++p;
                const int openedLine = m_line;
                for (;;) {
                    if (p >= end) {
                        if (!last)
                            return false;
                        throw Error(CsvReader::tr("%1:%2: a quoted field is not closed.").arg(m_fileName).arg(openedLine));
                    }
                    if (*p == u'"') {
                        if (p + 1 >= end && !last)
                            return false; // a doubled quote may be split between pieces
                        if (p + 1 < end && p[1] == u'"') {
                            m_field.append(u'"');
                            p += 2;
                            continue;
                        }
                        ++p;
                        break;
                    }
                    if (*p == u'\n')
                        ++m_line;
                    if (*p == u'\r') {
                        if (p + 1 >= end && !last)
                            return false;
                        if (p + 1 < end && p[1] == u'\n') { // keep one '\n' for CRLF
                            ++p;
                            continue;
                        }
                    }
                    m_field.append(*p++);
                }
                // Tolerate text after the closing quote up to the separator (as spreadsheets do).
                while (p < end && *p != m_sep && *p != u'\n' && *p != u'\r')
                    m_field.append(*p++);
                take(m_field);
            } else {
                const QChar *start = p;
                while (p < end && *p != m_sep && *p != u'\n' && *p != u'\r')
                    ++p;
                take(QStringView(start, p - start));
            }
            if (p >= end)
                return last;
            if (*p == m_sep) {
                ++p;
                continue;
            }
            // A line break ends the record; CR LF counts once.
            if (*p == u'\r') {
                if (p + 1 >= end && !last)
                    return false;
                if (p + 1 < end && p[1] == u'\n')
                    ++p;
            }
            ++p;
            ++m_line;
            return true;
        }
    }

    // Exports repeat a cell of the previous record in most columns (a person's СНИЛС, name
    // and date on each of their 40 score rows): equal cells share the previous string
    // instead of allocating another. Short cells (scores, competence codes) repeat across
    // the file but seldom on the next record: a small direct-mapped cache per column
    // shares those too, so a region's 1.4 M records allocate a fraction of the memory.
    void take(QStringView text)
    {
        const qsizetype column = m_cells.size();
        if (column < m_previous.size() && m_previous.at(column) == text) {
            m_cells.append(m_previous.at(column));
        } else if (!text.isEmpty() && text.size() <= 8) {
            if (qsizetype(m_shortCells.size()) <= column)
                m_shortCells.resize(column + 1);
            uint hash = uint(text.size());
            for (const QChar ch : text)
                hash = hash * 31 + ch.unicode();
            QString &slot = m_shortCells[column][(hash ^ (hash >> 8)) & 255];
            if (slot != text)
                slot = text.toString();
            m_cells.append(slot);
        } else {
            m_cells.append(text.toString());
        }
    }

    Table &m_table;
    const QString m_fileName;
    const QChar m_sep;
    int m_line = 1;
    QStringList m_cells, m_previous;
    QString m_field;
    std::vector<std::array<QString, 256>> m_shortCells;
};

QString separatorName(QChar sep) { return sep == u'\t' ? QStringLiteral("tab") : QString(sep); }

// Reads, decodes and parses the file a few megabytes at a time from `offset`, so a 100 MB
// export never exists as one 100 MB byte array and one 200 MB string (read, not mapped: a
// mapped file cut short by another program would crash the app instead of failing).
// decode(bytes, out) appends the text of the next bytes to out and returns false when they
// cannot be in this encoding (then the table is incomplete).
template <typename Decode>
bool parseInPieces(QFile &file, qint64 offset, const QString &fileName, Table &table, Decode decode)
{
    constexpr qint64 kPiece = qint64(4) << 20;
    if (!file.seek(offset))
        throw Error(CsvReader::tr("Cannot read %1: %2").arg(fileName, file.errorString()));
    const qint64 size = std::max<qint64>(0, file.size() - offset);
    std::optional<CsvParser> parser;
    QByteArray piece(qsizetype(std::min(kPiece, size)), Qt::Uninitialized);
    QString text;
    qint64 at = 0;
    do {
        const qint64 got = file.read(piece.data(), std::min<qint64>(piece.size(), size - at));
        if (got < 0)
            throw Error(CsvReader::tr("Cannot read %1: %2").arg(fileName, file.errorString()));
        at += got;
        const bool last = got == 0 || at >= size;
        if (!decode(QByteArrayView(piece.constData(), got), text))
            return false;
        if (!parser) {
            const QChar sep = CsvReader::detectSeparator(text);
            table.format = separatorName(sep);
            // Rows reserved once from the first piece's line length (a region's file has 1.4 M).
            if (const qsizetype lines = QStringView(text).count(u'\n'); lines > 0 && got > 0)
                table.rows.reserve(qsizetype(double(lines) * double(size) / double(got) * 1.02) + 1);
            parser.emplace(table, fileName, sep);
        }
        text.remove(0, parser->feed(text, last));
        if (last)
            break;
    } while (true);
    return true;
}

} // namespace

Table CsvReader::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QString fileName = QFileInfo(path).fileName();
    const bool bom = file.peek(3) == QByteArrayView("\xEF\xBB\xBF");
    TextEncoding encoding = bom ? TextEncoding::Utf8Bom : TextEncoding::Utf8;
    Table table;
    table.fileName = fileName;
    QStringDecoder utf8(QStringConverter::Utf8);
    const bool isUtf8 = parseInPieces(file, bom ? 3 : 0, fileName, table, [&](QByteArrayView piece, QString &out) {
        out += utf8.decode(piece);
        return bom || !utf8.hasError(); // with a BOM it is UTF-8 whatever follows
    });
    if (!isUtf8) {
        encoding = TextEncoding::Windows1251;
        table = Table();
        table.fileName = fileName;
        parseInPieces(file, 0, fileName, table, [](QByteArrayView piece, QString &out) {
            out += decodeWindows1251(piece);
            return true;
        });
    }
    if (!table.hasHeader())
        throw Error(tr("%1: the file is empty.").arg(fileName));
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
    table.format = separatorName(sep);
    CsvParser(table, fileName, sep).feed(text, true);
    if (!table.hasHeader())
        throw Error(tr("%1: the file is empty.").arg(fileName));
    return table;
}

} // namespace metodist::io
