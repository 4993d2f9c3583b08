#include "routecardprint.h"

#include "storage/errors.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPageLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace metodist::ui {

static void setUpA4(QPrinter &printer)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setPageMargins(QMarginsF(20, 15, 10, 15), QPageLayout::Millimeter); // a binding margin on the left
}

void printRouteCard(QPrinter *printer, const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    doc.print(printer);
}

void writeRouteCardPdf(const QString &path, const QString &html)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setCreator(QStringLiteral("Metodist"));
    setUpA4(printer);
    printRouteCard(&printer, html);
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        throw Error(QCoreApplication::translate("RouteCard", "Cannot write the PDF file %1.").arg(path));
}

void previewRouteCard(QWidget *parent, const QString &html)
{
    QPrinter printer(QPrinter::HighResolution);
    setUpA4(printer);
    QPrintPreviewDialog preview(&printer, parent);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [&html](QPrinter *p) { printRouteCard(p, html); });
    preview.exec();
}

} // namespace metodist::ui
