#include "reportprinter.h"

#include "storage/errors.h"

#include <QDate>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

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
    QPrinter printer(QPrinter::HighResolution);
    layoutFor(printer, landscape);
    printer.setDocName(title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview: %1").arg(title));
    dialog.resize(900, 1000);
    QTextDocument *doc = document(html, &dialog);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [doc](QPrinter *p) { doc->print(p); });
    dialog.exec();
}

void ReportPrinter::savePdf(const QString &path, const QString &html, bool landscape)
{
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly))
        throw Error(tr("Cannot write %1: %2").arg(path, probe.errorString()));
    probe.close();
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("Metodist"));
    layoutFor(writer, landscape);
    std::unique_ptr<QTextDocument> doc(document(html));
    doc->print(&writer);
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
