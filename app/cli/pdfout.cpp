#include "pdfout.h"

#include <QFileInfo>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

bool writeHtmlPdf(const QString &html, const QString &path, const QString &title)
{
    {
        QPdfWriter writer(path);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Metodist"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        QTextDocument document;
        document.setHtml(html);
        document.print(&writer); // paginates to the writer's page; an unwritable path only warns
    }
    return QFileInfo(path).size() > 0; // the writer has closed the file by now
}
