#include "tablewriter.h"

#include "storage/errors.h"

#include <QFile>
#include <QSaveFile>

#include "xlsxwriter.h"

#include <algorithm>

namespace metodist {

static QString sheetName(QString title, int index)
{
    // Excel sheet names: at most 31 characters, none of []:*?/\ .
    for (const QChar c : QStringLiteral("[]:*?/\\"))
        title.replace(c, QLatin1Char(' '));
    title = title.trimmed().left(31);
    return title.isEmpty() ? QStringLiteral("Sheet%1").arg(index + 1) : title;
}

// Numbers stay numbers unless a leading zero would be lost (codes, СНИЛС, INN).
static QVariant cellValue(const QString &text)
{
    bool isNumber = false;
    const double number = text.toDouble(&isNumber);
    if (isNumber && !text.startsWith(QLatin1Char('0')) && text.size() < 11)
        return number;
    return text;
}

void TableWriter::writeXlsx(const QString &path, const QList<TextTable> &tables)
{
    io::XlsxWriter writer(path);
    for (int t = 0; t < tables.size(); ++t) {
        const TextTable &table = tables.at(t);
        writer.addSheet(sheetName(table.title, t));
        QList<int> widths(table.headers.size(), 8);
        for (int c = 0; c < table.headers.size(); ++c) {
            writer.write(0, c, table.headers.at(c), true);
            widths[c] = std::max(widths[c], int(table.headers.at(c).size()));
        }
        for (int r = 0; r < table.rows.size(); ++r) {
            const QStringList &row = table.rows.at(r);
            for (int c = 0; c < row.size(); ++c) {
                writer.write(r + 1, c, cellValue(row.at(c)));
                if (c < widths.size())
                    widths[c] = std::max(widths[c], int(std::min<qsizetype>(row.at(c).size(), 60)));
            }
        }
        for (int c = 0; c < widths.size(); ++c)
            writer.setColumnWidth(c, widths[c] + 2);
        writer.freezeHeaderWithFilter(int(table.rows.size()), int(table.headers.size()));
    }
    writer.close();
}

static QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(';')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray TableWriter::toCsv(const TextTable &table)
{
    QByteArray out("\xEF\xBB\xBF");
    auto writeRow = [&out](const QStringList &row) {
        QStringList fields;
        for (const QString &v : row)
            fields << csvField(v);
        out += fields.join(QLatin1Char(';')).toUtf8() + "\r\n";
    };
    writeRow(table.headers);
    for (const QStringList &row : table.rows)
        writeRow(row);
    return out;
}

void TableWriter::writeCsv(const QString &path, const TextTable &table)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(toCsv(table));
    if (!file.commit())
        throw Error(tr("Cannot write %1: %2").arg(path, file.errorString()));
}

void TableWriter::write(const QString &path, const TextTable &table)
{
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        writeCsv(path, table);
    else
        writeXlsx(path, {table});
}

} // namespace metodist
