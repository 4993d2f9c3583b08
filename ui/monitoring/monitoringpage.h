#pragma once
// The monitoring section: the indicators of DOMAIN.md §7 for a period and a level,
// as a table and a bar chart against targets, with drill-down and exports.
#include "io/texttable.h"
#include "monitoring/indicators.h"
#include "shell/sectionpage.h"

#include <functional>

class QChartView;
class QComboBox;
class QDateEdit;
class QTableWidget;

namespace metodist::ui {

class MonitoringPage : public SectionPage {
    Q_OBJECT
public:
    explicit MonitoringPage(AppContext &context, QWidget *parent = nullptr);
    void activate() override;

    void setPeriod(const QDate &from, const QDate &to);
    monitoring::Scope scope() const;
    const QList<monitoring::IndicatorValue> &values() const { return m_values; }
    QTableWidget *table() const { return m_table; }
    // Reads the chosen period and level and recomputes every indicator.
    void refresh();
    // The rows behind an indicator's numerator as a table (also shown on double-click).
    TextTable drillTable(int row) const;
    TextTable indicatorTable() const;

private:
    void loadLevels();
    void fillChart();
    void showDrillDown(int row);
    void exportXlsx();
    bool guarded(const std::function<void()> &f);

    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_level;
    QTableWidget *m_table;
    QChartView *m_chart;
    QList<monitoring::IndicatorValue> m_values;
    bool m_loaded = false;
};

} // namespace metodist::ui
