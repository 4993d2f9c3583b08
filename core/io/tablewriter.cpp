#include "tablewriter.h"

#include "storage/errors.h"

#include <QFile>
#include <QSaveFile>

#include <xlsxwriter.h>

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

void TableWriter::writeXlsx(const QString &path, const QList<TextTable> &tables)
{
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook *workbook = workbook_new(file.constData());
    if (!workbook)
        throw Error(tr("Cannot create %1.").arg(path));
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    format_set_bg_color(bold, 0xE8EEF7);
    for (int t = 0; t < tables.size(); ++t) {
        const TextTable &table = tables.at(t);
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, sheetName(table.title, t).toUtf8().constData());
        QList<int> widths(table.headers.size(), 8);
        for (int c = 0; c < table.headers.size(); ++c) {
            worksheet_write_string(sheet, 0, lxw_col_t(c), table.headers.at(c).toUtf8().constData(), bold);
            widths[c] = std::max(widths[c], int(table.headers.at(c).size()));
        }
        for (int r = 0; r < table.rows.size(); ++r) {
            const QStringList &row = table.rows.at(r);
            for (int c = 0; c < row.size(); ++c) {
                bool isNumber = false;
                const double number = row.at(c).toDouble(&isNumber);
                // Numbers stay numbers unless a leading zero would be lost (codes, СНИЛС).
                if (isNumber && !row.at(c).startsWith(QLatin1Char('0')) && row.at(c).size() < 11)
                    worksheet_write_number(sheet, lxw_row_t(r + 1), lxw_col_t(c), number, nullptr);
                else
                    worksheet_write_string(sheet, lxw_row_t(r + 1), lxw_col_t(c), row.at(c).toUtf8().constData(), nullptr);
                if (c < widths.size())
                    widths[c] = std::max(widths[c], int(std::min<qsizetype>(row.at(c).size(), 60)));
            }
        }
        for (int c = 0; c < widths.size(); ++c)
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths[c] + 2, nullptr);
        worksheet_freeze_panes(sheet, 1, 0);
        if (!table.headers.isEmpty())
            worksheet_autofilter(sheet, 0, 0, lxw_row_t(table.rows.size()), lxw_col_t(table.headers.size() - 1));
    }
    const lxw_error error = workbook_close(workbook);
    if (error != LXW_NO_ERROR)
        throw Error(tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(error))));
}

static QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(';')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void TableWriter::writeCsv(const QString &path, const TextTable &table)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(tr("Cannot write %1: %2").arg(path, file.errorString()));
    auto writeRow = [&file](const QStringList &row) {
        QStringList fields;
        for (const QString &v : row)
            fields << csvField(v);
        file.write(fields.join(QLatin1Char(';')).toUtf8() + "\r\n");
    };
    file.write("\xEF\xBB\xBF");
    writeRow(table.headers);
    for (const QStringList &row : table.rows)
        writeRow(row);
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
