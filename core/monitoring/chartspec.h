#pragma once
// A chart as data: what the dashboard draws with Qt Charts and what the reports render
// into their pages. Built here from the dashboard figures so both show the same thing.
#include "monitoring/dashboarddata.h"

#include <QCoreApplication>
#include <QStringList>

namespace metodist::monitoring {

struct ChartSeries {
    QString name;
    QList<double> values; // NaN: no value (e.g. no target that year)
};

struct ChartSpec {
    enum class Kind {
        BarsWithTargets, // series[0] bars, series[1] target markers
        Lines,           // one line per series over the categories (years)
        Ranking,         // horizontal bars, series[0], categories sorted best first
        Stacked          // stacked bars, one set per series
    };
    Kind kind = Kind::BarsWithTargets;
    QString resource; // name of the picture in a report document
    QString title;
    QStringList categories;
    QList<ChartSeries> series;
    bool percent = true; // value axis 0..100 %
};

class ChartSpecs {
    Q_DECLARE_TR_FUNCTIONS(ChartSpecs)
public:
    // Categories are the indicators' numbers 1..n (titles are in the table next to it).
    static ChartSpec valuesAgainstTargets(const QList<IndicatorValue> &values);
    // The indicators given by index (all when empty) over the snapshot's years; with one
    // indicator the targets per year are a second line.
    static ChartSpec trend(const DashboardSnapshot &snapshot, const QList<int> &indicators = {});
    static ChartSpec ranking(const QString &title, const QList<UnitValue> &units);
    static ChartSpec deficits(const QList<DeficitArea> &areas);
};

} // namespace metodist::monitoring
