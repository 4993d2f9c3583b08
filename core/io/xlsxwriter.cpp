#include "xlsxwriter.h"

#include "storage/errors.h"

#include <QDate>
#include <QFile>

#include <xlsxwriter.h>

namespace metodist::io {

XlsxWriter::XlsxWriter(const QString &path, bool inlineStrings) : m_path(path)
{
    lxw_workbook_options options = {};
    options.constant_memory = inlineStrings ? LXW_TRUE : LXW_FALSE;
    m_book = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    if (!m_book)
        throw Error(tr("Cannot create %1.").arg(path));
    m_bold = workbook_add_format(m_book);
    format_set_bold(m_bold);
    m_date = workbook_add_format(m_book);
    format_set_num_format(m_date, "dd.mm.yyyy");
}

XlsxWriter::~XlsxWriter()
{
    if (m_book)
        workbook_close(m_book);
}

void XlsxWriter::addSheet(const QString &name)
{
    m_sheet = workbook_add_worksheet(m_book, name.isEmpty() ? nullptr : name.left(31).toUtf8().constData());
    if (!m_sheet)
        throw Error(tr("Cannot add the sheet «%1» to %2.").arg(name, m_path));
}

void XlsxWriter::write(int row, int column, const QVariant &value, bool bold)
{
    if (!m_sheet)
        addSheet(QString());
    lxw_format *format = bold ? m_bold : nullptr;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column), value.toDouble(), format);
        return;
    case QMetaType::QDate: {
        const QDate d = value.toDate();
        lxw_datetime dt = {d.year(), d.month(), d.day(), 0, 0, 0.0};
        worksheet_write_datetime(m_sheet, lxw_row_t(row), lxw_col_t(column), &dt, m_date);
        return;
    }
    default:
        break;
    }
    if (value.isNull())
        return;
    worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(column), value.toString().toUtf8().constData(), format);
}

void XlsxWriter::setColumnWidth(int column, double width)
{
    if (!m_sheet)
        addSheet(QString());
    worksheet_set_column(m_sheet, lxw_col_t(column), lxw_col_t(column), width, nullptr);
}

void XlsxWriter::close()
{
    lxw_workbook *book = m_book;
    m_book = nullptr;
    const lxw_error error = workbook_close(book);
    if (error != LXW_NO_ERROR)
        throw Error(tr("Cannot write %1: %2").arg(m_path, QString::fromUtf8(lxw_strerror(error))));
}

} // namespace metodist::io
