#include "reportprinter.h"

#include "storage/errors.h"

#include <QDate>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>
#include <QTextFrame>

namespace metodist::ui {

QTextDocument *ReportPrinter::document(const QString &html, QObject *parent)
{
    auto *doc = new QTextDocument(parent);
    doc->setDefaultStyleSheet(QStringLiteral(
        "body { font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; font-size: 9pt; }"
        "h1 { font-size: 14pt; } h2 { font-size: 11pt; }"
        "table { border-collapse: collapse; } th { background: #e8eef7; }"
        "th, td { border: 1px solid #888; padding: 2px 4px; }"
        ".muted { color: #555; }"));
    doc->setHtml(html);
    return doc;
}

static void layoutFor(QPagedPaintDevice &device, bool landscape)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
}

void ReportPrinter::preview(QWidget *parent, const QString &title, const QString &html, bool landscape)
{
    std::unique_ptr<QTextDocument> doc(document(html));
    preview(parent, title, *doc, landscape);
}

void ReportPrinter::preview(QWidget *parent, const QString &title, QTextDocument &doc, bool landscape)
{
    QPrinter printer(QPrinter::HighResolution);
    layoutFor(printer, landscape);
    printer.setDocName(title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview: %1").arg(title));
    dialog.resize(900, 1000);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&doc](QPrinter *p) { doc.print(p); });
    dialog.exec();
}

void ReportPrinter::savePdf(const QString &path, const QString &html, bool landscape)
{
    std::unique_ptr<QTextDocument> doc(document(html));
    savePdf(path, *doc, landscape);
}

void ReportPrinter::savePdf(const QString &path, QTextDocument &doc, bool landscape)
{
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly))
        throw Error(tr("Cannot write %1: %2").arg(path, probe.errorString()));
    probe.close();
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("Metodist"));
    layoutFor(writer, landscape);
    doc.print(&writer);
}

// The copy print() would lay out: A4 less our margins, in the document's 96-dpi units,
// with the 2 cm frame margin QTextDocument::print() adds.
static std::unique_ptr<QTextDocument> paginated(const QTextDocument &source, bool landscape, QSizeF *pageSize)
{
    const QPageLayout layout(QPageSize(QPageSize::A4), landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                             QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    const QRectF inches = layout.paintRect(QPageLayout::Inch);
    *pageSize = QSizeF(inches.width() * 96, inches.height() * 96);
    std::unique_ptr<QTextDocument> doc(source.clone());
    QTextFrameFormat frame = doc->rootFrame()->frameFormat();
    frame.setMargin(2 / 2.54 * 96);
    doc->rootFrame()->setFrameFormat(frame);
    doc->setPageSize(*pageSize);
    return doc;
}

int ReportPrinter::pageCount(const QTextDocument &source, bool landscape)
{
    QSizeF size;
    return paginated(source, landscape, &size)->pageCount();
}

QImage ReportPrinter::pageImage(const QTextDocument &source, int page, bool landscape, int dpi)
{
    QSizeF size;
    const auto doc = paginated(source, landscape, &size);
    const QSizeF paper = QPageSize(QPageSize::A4).size(QPageSize::Inch);
    const QSizeF sheet = landscape ? paper.transposed() : paper;
    QImage image(QSize(int(sheet.width() * dpi), int(sheet.height() * dpi)), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const double margin = 15 / 25.4 * dpi;
    painter.translate(margin, margin);
    painter.scale(dpi / 96.0, dpi / 96.0);
    painter.translate(0, -page * size.height());
    doc->drawContents(&painter, QRectF(QPointF(0, page * size.height()), size));
    return image;
}

QString ReportPrinter::tableHtml(const TextTable &table, const QString &subtitle)
{
    QString html = QStringLiteral("<h1>%1</h1>").arg(table.title.toHtmlEscaped());
    if (!subtitle.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(subtitle.toHtmlEscaped());
    html += QStringLiteral("<p class='muted'>%1</p>")
                .arg(tr("Made %1, %2 rows").arg(QDate::currentDate().toString(QStringLiteral("dd.MM.yyyy"))).arg(table.rows.size()));
    html += QStringLiteral("<table width='100%' cellspacing='0'><tr>");
    for (const QString &h : table.headers)
        html += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const QStringList &row : table.rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row)
            html += QStringLiteral("<td>%1</td>").arg(cell.toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace metodist::ui
