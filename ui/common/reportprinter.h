#pragma once
// Everything printable goes through here: an HTML document laid out on A4, shown in
// a print preview, printed, or saved as PDF.
#include "io/texttable.h"

#include <QCoreApplication>
#include <QString>

class QWidget;
class QTextDocument;

namespace metodist::ui {

class ReportPrinter {
    Q_DECLARE_TR_FUNCTIONS(ReportPrinter)
public:
    // A4 page-ready document of the given HTML body (headings, tables, signatures).
    static QTextDocument *document(const QString &html, QObject *parent = nullptr);
    static void preview(QWidget *parent, const QString &title, const QString &html, bool landscape = false);
    // Throws metodist::Error when the file cannot be written.
    static void savePdf(const QString &path, const QString &html, bool landscape = false);
    // A heading and the table as HTML, with the date it was made.
    static QString tableHtml(const TextTable &table, const QString &subtitle = {});
};

} // namespace metodist::ui
