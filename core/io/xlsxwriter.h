#pragma once
// Writing simple .xlsx workbooks (tables with a bold header) through libxlsxwriter,
// for exports and for tests that need a real spreadsheet file.
#include <QCoreApplication>
#include <QString>
#include <QVariant>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace metodist::io {

class XlsxWriter {
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)
public:
    // inlineStrings: write strings inline (libxlsxwriter's constant-memory mode) instead of
    // through the shared-string table; rows must then be written in order.
    explicit XlsxWriter(const QString &path, bool inlineStrings = false);
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter &) = delete;
    XlsxWriter &operator=(const XlsxWriter &) = delete;

    void addSheet(const QString &name);
    // Numbers as numbers, QDate as a dd.mm.yyyy-formatted date, everything else as text.
    void write(int row, int column, const QVariant &value, bool bold = false);
    void setColumnWidth(int column, double width);
    // Writes the file; throws metodist::Error on failure.
    void close();

private:
    QString m_path;
    lxw_workbook *m_book = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_date = nullptr;
};

} // namespace metodist::io
