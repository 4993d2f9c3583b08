#include "chartspec.h"

#include <limits>

namespace metodist::monitoring {

namespace {
constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
} // namespace

ChartSpec ChartSpecs::valuesAgainstTargets(const QList<IndicatorValue> &values)
{
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::BarsWithTargets;
    spec.resource = QStringLiteral("chart-values.png");
    spec.title = tr("Values against targets");
    ChartSeries value{tr("Value, %"), {}};
    ChartSeries target{tr("Target, %"), {}};
    for (int i = 0; i < values.size(); ++i) {
        spec.categories << QString::number(i + 1);
        value.values << values[i].value;
        target.values << values[i].target.value_or(kNone);
    }
    spec.series = {value, target};
    return spec;
}

ChartSpec ChartSpecs::trend(const DashboardSnapshot &snapshot, const QList<int> &indicators)
{
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::Lines;
    spec.resource = QStringLiteral("chart-trend.png");
    for (int y = snapshot.filter.fromYear; y <= snapshot.filter.toYear; ++y)
        spec.categories << QString::number(y);
    QList<int> chosen = indicators;
    if (chosen.isEmpty())
        for (int i = 0; i < snapshot.trend.size(); ++i)
            chosen << i;
    spec.title = chosen.size() == 1 && chosen[0] < snapshot.current.size()
                     ? tr("Trend: %1").arg(snapshot.current[chosen[0]].title)
                     : tr("Trend over the years");
    for (int i : chosen) {
        if (i < 0 || i >= snapshot.trend.size())
            continue;
        // Several lines: the number and the start of the title (the legend has little room).
        QString name = QString::number(i + 1) + QStringLiteral(". ") + snapshot.current[i].title;
        if (name.size() > 26)
            name = name.left(25).trimmed() + QChar(0x2026);
        ChartSeries line{chosen.size() == 1 ? tr("Value, %") : name, {}};
        ChartSeries target{tr("Target, %"), {}};
        for (const auto &v : snapshot.trend[i]) {
            line.values << v.value;
            target.values << v.target.value_or(kNone);
        }
        spec.series << line;
        if (chosen.size() == 1)
            spec.series << target;
    }
    return spec;
}

ChartSpec ChartSpecs::ranking(const QString &title, const QList<UnitValue> &units)
{
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::Ranking;
    spec.resource = QStringLiteral("chart-ranking.png");
    spec.title = title;
    ChartSeries value{tr("Value, %"), {}};
    for (const auto &u : units) {
        spec.categories << u.unitName;
        value.values << u.value.value;
    }
    spec.series = {value};
    return spec;
}

ChartSpec ChartSpecs::deficits(const QList<DeficitArea> &areas)
{
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::Stacked;
    spec.resource = QStringLiteral("chart-deficits.png");
    spec.title = tr("Deficits by competence area (people)");
    spec.percent = false;
    ChartSeries pronounced{tr("Pronounced deficit"), {}};
    ChartSeries partial{tr("Partial deficit"), {}};
    ChartSeries none{tr("No deficit"), {}};
    for (const auto &a : areas) {
        spec.categories << a.name;
        pronounced.values << double(a.pronounced);
        partial.values << double(a.partial);
        none.values << double(a.none);
    }
    spec.series = {pronounced, partial, none};
    return spec;
}

} // namespace metodist::monitoring
