#include "heatmapexport.h"

#include "heatmapmodel.h"
#include "io/xlsxwriter.h"
#include "storage/errors.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace metodist::ui {

void HeatMapExport::toXlsx(const HeatMapData &data, const QString &title, const QString &path)
{
    io::XlsxWriter w(path);
    w.addSheet(tr("Deficit shares"));
    w.write(0, 0, title, true);
    w.write(1, 0, tr("Group"), true);
    w.setColumnWidth(0, 40);
    for (int c = 0; c < data.competenceCodes.size(); ++c)
        w.write(1, c + 1, data.competenceCodes.at(c), true);
    for (int r = 0; r < data.groupNames.size(); ++r) {
        w.write(r + 2, 0, data.groupNames.at(r));
        for (int c = 0; c < data.competenceCodes.size(); ++c) {
            const HeatCell &cell = data.cells.at(r).at(c);
            if (cell.measured > 0)
                w.write(r + 2, c + 1, qRound(cell.share() * 1000) / 10.0); // percent, one decimal
        }
    }
    w.addSheet(tr("Counts"));
    w.write(0, 0, tr("Group"), true);
    w.write(0, 1, tr("Competence"), true);
    w.write(0, 2, tr("Name"), true);
    w.write(0, 3, tr("Measured"), true);
    w.write(0, 4, tr("With deficit"), true);
    int row = 1;
    for (int r = 0; r < data.groupNames.size(); ++r)
        for (int c = 0; c < data.competenceCodes.size(); ++c) {
            const HeatCell &cell = data.cells.at(r).at(c);
            if (cell.measured == 0)
                continue;
            w.write(row, 0, data.groupNames.at(r));
            w.write(row, 1, data.competenceCodes.at(c));
            w.write(row, 2, data.competenceNames.at(c));
            w.write(row, 3, cell.measured);
            w.write(row, 4, cell.deficit);
            ++row;
        }
    w.close();
}

void HeatMapExport::paint(const HeatMapData &data, const QString &title, QPagedPaintDevice *device, int resolution)
{
    QPainter p(device);
    const double mm = resolution / 25.4;
    const QRectF page(0, 0, device->width(), device->height());
    const double nameWidth = 55 * mm;
    const int columns = int(data.competenceCodes.size());
    const double cellWidth = columns > 0 ? (page.width() - nameWidth) / columns : 0;
    const double rowHeight = 5.5 * mm;
    QFont font = p.font();
    font.setPointSizeF(6);
    p.setFont(font);
    QFont titleFont = font;
    titleFont.setPointSizeF(11);
    titleFont.setBold(true);

    int r = 0;
    do {
        double y = 0;
        p.setFont(titleFont);
        p.drawText(QRectF(0, y, page.width(), 8 * mm), Qt::AlignLeft | Qt::AlignVCenter, title);
        y += 9 * mm;
        p.setFont(font);
        for (int c = 0; c < columns; ++c) {
            p.save();
            p.translate(nameWidth + c * cellWidth + cellWidth / 2, y + 14 * mm);
            p.rotate(-90);
            p.drawText(QRectF(0, -cellWidth / 2, 14 * mm, cellWidth), Qt::AlignLeft | Qt::AlignVCenter, data.competenceCodes.at(c));
            p.restore();
        }
        y += 15 * mm;
        for (; r < data.groupNames.size() && y + rowHeight <= page.height(); ++r, y += rowHeight) {
            p.setPen(Qt::black);
            p.drawText(QRectF(0, y, nameWidth - mm, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                       p.fontMetrics().elidedText(data.groupNames.at(r), Qt::ElideRight, int(nameWidth - mm)));
            for (int c = 0; c < columns; ++c) {
                const HeatCell &cell = data.cells.at(r).at(c);
                const QRectF box(nameWidth + c * cellWidth, y, cellWidth, rowHeight);
                p.fillRect(box, HeatMapModel::colorFor(cell.share(), cell.measured > 0));
                p.setPen(QColor(0xBB, 0xBB, 0xBB));
                p.drawRect(box);
                p.setPen(Qt::black);
                if (cell.measured > 0)
                    p.drawText(box, Qt::AlignCenter, QString::number(qRound(cell.share() * 100)));
            }
        }
        if (r < data.groupNames.size())
            device->newPage();
    } while (r < data.groupNames.size());
}

void HeatMapExport::toPdf(const HeatMapData &data, const QString &title, const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
    writer.setResolution(150);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Metodist"));
    paint(data, title, &writer, writer.resolution());
}

} // namespace metodist::ui
