#pragma once
// A rectangular sheet read from a CSV or XLSX file: a header row and data rows, each
// row remembering its number in the file so problems can point at it.
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace metodist::io {

struct TableRow {
    int line = 0;        // 1-based row number as a person sees it (CSV: line where the record starts)
    QStringList cells;
    // A reference, not a copy: checks of 1.4 M rows compare cells without touching reference counts.
    const QString &cell(int column) const
    {
        static const QString missing;
        return column >= 0 && column < cells.size() ? cells.at(column) : missing;
    }
};

struct Table {
    QString fileName;    // for messages: the file's name without its folder
    QString format;      // "CSV (UTF-8, ;)", "XLSX", ...
    QStringList header;
    int headerLine = 1;
    QList<TableRow> rows;

    // Index of a header (trimmed, case-insensitive), or -1.
    int column(const QString &name) const;
    // A record as read from the file: blank ones are skipped, the first other one
    // becomes the header (trimmed), the rest are data rows.
    void addRecord(int line, QStringList cells);
    bool hasHeader() const { return m_hasHeader; }

private:
    bool m_hasHeader = false;
};

class TableReader {
    Q_DECLARE_TR_FUNCTIONS(TableReader)
public:
    // Reads a .csv/.txt or .xlsx file by its suffix. Throws metodist::Error naming the file.
    static Table read(const QString &path);
};

} // namespace metodist::io
