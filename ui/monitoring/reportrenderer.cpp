#include "reportrenderer.h"

#include "chartfactory.h"
#include "common/reportprinter.h"
#include "io/tablewriter.h"
#include "storage/errors.h"

#include <QTextDocument>
#include <QUrl>

namespace metodist::ui {

std::unique_ptr<QTextDocument> ReportRenderer::document(const monitoring::ReportDocument &report)
{
    std::unique_ptr<QTextDocument> doc(ReportPrinter::document(report.html));
    doc->setMetaInformation(QTextDocument::DocumentTitle, report.title);
    for (const auto &chart : report.charts)
        doc->addResource(QTextDocument::ImageResource, QUrl(chart.resource),
                         ChartFactory::render(chart, ChartFactory::reportSize(chart)));
    // The pictures arrived after the HTML was parsed: lay it out again with them.
    doc->setHtml(report.html);
    return doc;
}

void ReportRenderer::save(const monitoring::ReportDocument &report, const QString &path)
{
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        savePdf(report, path);
    else if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        saveXlsx(report, path);
    else
        throw Error(tr("%1: the report is written as .pdf or .xlsx").arg(path));
}

void ReportRenderer::savePdf(const monitoring::ReportDocument &report, const QString &path)
{
    const auto doc = document(report);
    ReportPrinter::savePdf(path, *doc, report.landscape);
}

void ReportRenderer::saveXlsx(const monitoring::ReportDocument &report, const QString &path)
{
    TableWriter::writeXlsx(path, report.tables);
}

} // namespace metodist::ui
