#pragma once
// The heat map on paper and in a spreadsheet: XLSX through core/io's writer, PDF and
// print preview by painting the table page by page.
#include "diagnostics/heatmap.h"

#include <QCoreApplication>

class QPagedPaintDevice;
class QPrinter;

namespace metodist::ui {

class HeatMapExport {
    Q_DECLARE_TR_FUNCTIONS(HeatMapExport)
public:
    // Throws metodist::Error when the file cannot be written.
    static void toXlsx(const HeatMapData &data, const QString &title, const QString &path);
    static void toPdf(const HeatMapData &data, const QString &title, const QString &path);
    static void paint(const HeatMapData &data, const QString &title, QPagedPaintDevice *device, int resolution);
};

} // namespace metodist::ui
