#pragma once
// Qt Charts from ChartSpecs: the dashboard's live charts and the pictures in the
// printed reports come from the same code. Needs a QApplication (charts are widgets).
#include "monitoring/chartspec.h"

#include <QImage>
#include <QSize>

class QChart;

namespace metodist::ui {

class ChartFactory {
public:
    // A new chart (the caller owns it) without animations.
    static QChart *create(const monitoring::ChartSpec &spec);
    // The chart laid out at `size` (logical pixels), painted at twice the resolution.
    static QImage render(const monitoring::ChartSpec &spec, const QSize &size);
    // The size the report pictures are laid out at (the height of a ranking grows with it).
    static QSize reportSize(const monitoring::ChartSpec &spec);
};

} // namespace metodist::ui
