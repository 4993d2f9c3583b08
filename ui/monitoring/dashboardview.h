#pragma once
// The dashboard: the indicator table and four charts (values against targets, the
// trend of the chosen indicator, the comparison of units, the deficit structure).
// Shows what the page computed; every figure asks the page to open what is behind it.
#include "monitoring/chartspec.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace metodist::ui {

class FigureChartView;

class DashboardView : public QWidget {
    Q_OBJECT
public:
    explicit DashboardView(QWidget *parent = nullptr);

    void showSnapshot(const monitoring::DashboardSnapshot &snapshot);
    // All units, best first; the chart shows the ends of a long list.
    void showComparison(const QList<monitoring::UnitValue> &all);
    int selectedIndicator() const;
    void selectIndicator(int index);

    QTableWidget *table() const { return m_table; }
    FigureChartView *valuesChart() const { return m_values; }
    FigureChartView *trendChart() const { return m_trend; }
    FigureChartView *comparisonChart() const { return m_comparison; }
    FigureChartView *deficitChart() const { return m_deficits; }
    // The specs the charts were drawn from (tests compare them with the core).
    const monitoring::ChartSpec &valuesSpec() const { return m_valuesSpec; }
    const monitoring::ChartSpec &trendSpec() const { return m_trendSpec; }
    const monitoring::ChartSpec &comparisonSpec() const { return m_comparisonSpec; }
    const monitoring::ChartSpec &deficitSpec() const { return m_deficitSpec; }
    const QList<monitoring::UnitValue> &units() const { return m_units; } // as charted

Q_SIGNALS:
    void indicatorChanged(int index);
    // The rows behind an indicator in a year (year 0: the current year).
    void indicatorRequested(int index, int year);
    void unitRequested(int index, const QString &unitId, const QString &unitName);
    // level: 2 pronounced, 1 partial, 0 none.
    void deficitRequested(const QString &areaId, const QString &areaName, int level);

private:
    void fillTable();
    void drawTrend();

    QTableWidget *m_table;
    QLabel *m_comparisonHint;
    FigureChartView *m_values;
    FigureChartView *m_trend;
    FigureChartView *m_comparison;
    FigureChartView *m_deficits;
    monitoring::DashboardSnapshot m_snapshot;
    QList<monitoring::UnitValue> m_units;
    monitoring::ChartSpec m_valuesSpec, m_trendSpec, m_comparisonSpec, m_deficitSpec;
};

} // namespace metodist::ui
