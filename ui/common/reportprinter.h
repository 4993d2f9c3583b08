#pragma once
// Everything printable goes through here: an HTML document laid out on A4, shown in
// a print preview, printed, or saved as PDF.
#include "io/texttable.h"

#include <QCoreApplication>
#include <QString>

class QImage;
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
    // The same for a document made elsewhere (e.g. with pictures added as resources).
    static void preview(QWidget *parent, const QString &title, QTextDocument &doc, bool landscape = false);
    static void savePdf(const QString &path, QTextDocument &doc, bool landscape = false);
    // One A4 page of the document as print() lays it out, as a picture (previews, screenshots).
    static QImage pageImage(const QTextDocument &doc, int page, bool landscape = false, int dpi = 110);
    static int pageCount(const QTextDocument &doc, bool landscape = false);
    // A heading and the table as HTML, with the date it was made.
    static QString tableHtml(const TextTable &table, const QString &subtitle = {});
};

} // namespace metodist::ui
