#include "dashboardview.h"

#include "chartfactory.h"
#include "figurechartview.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineSeries>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace metodist::ui {

using namespace monitoring;

namespace {
// One decimal, and no "-0.0" for a change that rounds to nothing.
QString pct(double v) { return QString::number(std::abs(v) < 0.05 ? 0.0 : v, 'f', 1); }

QAbstractBarSeries *barSeries(QChart *chart)
{
    for (auto *s : chart->series())
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
            return bars;
    return nullptr;
}

// Marks bar `index` of every set of the chart's bar series as the selected one.
void selectBar(QChart *chart, int index)
{
    if (auto *bars = barSeries(chart))
        for (auto *set : bars->barSets()) {
            set->setSelectedColor(set->color().darker(160));
            set->deselectAllBars();
            set->selectBar(index);
        }
}

// Enter on a row opens it as a double-click does.
class EnterFilter : public QObject {
public:
    using QObject::QObject;
    std::function<void()> onEnter;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                onEnter();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

DashboardView::DashboardView(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(0, 6, this)), m_comparisonHint(new QLabel(this)),
      m_values(new FigureChartView(this)), m_trend(new FigureChartView(this)), m_comparison(new FigureChartView(this)),
      m_deficits(new FigureChartView(this))
{
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Indicator"), tr("Value, %"), tr("Numerator / denominator"), tr("Target, %"),
                                        tr("Change, p.p.")});
    // The figures take what they need; the indicator's title gets the rest and wraps.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setToolTip(tr("Enter or double-click: who is counted and who is not"));
    m_values->setToolTip(tr("Click a bar, or choose it with the arrows and press Enter, to see who is counted"));
    m_trend->setToolTip(tr("Click a point to see who was counted that year"));
    m_comparison->setToolTip(tr("Click a bar to see who is counted there"));
    m_deficits->setToolTip(tr("Click a segment to see the people in it"));
    auto *enter = new EnterFilter(this);
    enter->onEnter = [this] {
        if (selectedIndicator() >= 0)
            Q_EMIT indicatorRequested(selectedIndicator(), 0);
    };
    m_table->installEventFilter(enter);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { Q_EMIT indicatorRequested(row, 0); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        drawTrend();
        if (selectedIndicator() >= 0)
            Q_EMIT indicatorChanged(selectedIndicator());
    });
    connect(m_values, &FigureChartView::activated, this, [this](int i) { Q_EMIT indicatorRequested(i, 0); });
    connect(m_trend, &FigureChartView::activated, this, [this](int i) {
        Q_EMIT indicatorRequested(selectedIndicator(), m_snapshot.filter.fromYear + i);
    });
    connect(m_comparison, &FigureChartView::activated, this, [this](int i) {
        if (i >= 0 && i < m_units.size())
            Q_EMIT unitRequested(selectedIndicator(), m_units[i].unitId, m_units[i].unitName);
    });
    // The deficit chart's items: area by area, three segments each.
    connect(m_deficits, &FigureChartView::activated, this, [this](int i) {
        const int area = i / 3;
        if (area < m_snapshot.deficits.size())
            Q_EMIT deficitRequested(m_snapshot.deficits[area].areaId, m_snapshot.deficits[area].name, 2 - i % 3);
    });

    m_comparisonHint->setWordWrap(true);
    auto *charts = new QGridLayout;
    charts->addWidget(m_values, 0, 0);
    charts->addWidget(m_trend, 0, 1);
    auto *comparisonBox = new QVBoxLayout;
    comparisonBox->addWidget(m_comparison, 1);
    comparisonBox->addWidget(m_comparisonHint);
    charts->addLayout(comparisonBox, 1, 0);
    charts->addWidget(m_deficits, 1, 1);
    auto *chartArea = new QWidget(this);
    chartArea->setLayout(charts);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(chartArea);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({720, 840});
    m_table->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    setTabOrder(m_table, m_values);
    setTabOrder(m_values, m_trend);
    setTabOrder(m_trend, m_comparison);
    setTabOrder(m_comparison, m_deficits);
}

int DashboardView::selectedIndicator() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void DashboardView::selectIndicator(int index)
{
    if (index >= 0 && index < m_table->rowCount())
        m_table->selectRow(index);
}

void DashboardView::showSnapshot(const DashboardSnapshot &snapshot)
{
    const int selected = std::max(0, selectedIndicator());
    m_snapshot = snapshot;
    fillTable();

    m_valuesSpec = ChartSpecs::valuesAgainstTargets(snapshot.current);
    m_valuesSpec.title = tr("Values against targets, %1").arg(snapshot.filter.toYear);
    QChart *values = ChartFactory::create(m_valuesSpec);
    m_values->setFigureChart(values, int(m_valuesSpec.categories.size()), [values](int i) { selectBar(values, i); });
    if (auto *bars = barSeries(values))
        connect(bars, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet *) { Q_EMIT indicatorRequested(index, 0); });

    m_deficitSpec = ChartSpecs::deficits(snapshot.deficits);
    QChart *deficits = ChartFactory::create(m_deficitSpec);
    const int areas = int(m_deficitSpec.categories.size());
    // Horizontal bars are drawn bottom-up (the chart reverses the order): map back.
    m_deficits->setFigureChart(deficits, areas * 3, [deficits, areas](int i) {
        if (auto *bars = barSeries(deficits)) {
            for (auto *set : bars->barSets())
                set->deselectAllBars();
            QBarSet *set = bars->barSets().value(i % 3);
            if (set) {
                set->setSelectedColor(set->color().darker(160));
                set->selectBar(areas - 1 - i / 3);
            }
        }
    });
    if (auto *bars = barSeries(deficits))
        connect(bars, &QAbstractBarSeries::clicked, this, [this, areas](int index, QBarSet *set) {
            const int area = areas - 1 - index;
            const int level = 2 - int(barSeries(m_deficits->chart())->barSets().indexOf(set));
            if (area >= 0 && area < m_snapshot.deficits.size())
                Q_EMIT deficitRequested(m_snapshot.deficits[area].areaId, m_snapshot.deficits[area].name, level);
        });

    selectIndicator(std::min(selected, m_table->rowCount() - 1));
    drawTrend();
}

void DashboardView::fillTable()
{
    const QSignalBlocker blocker(m_table);
    const auto &values = m_snapshot.current;
    m_table->setRowCount(int(values.size()));
    for (int row = 0; row < values.size(); ++row) {
        const IndicatorValue &v = values[row];
        const auto &line = m_snapshot.trend.value(row);
        QList<QTableWidgetItem *> items{
            new QTableWidgetItem(QString::number(row + 1)), new QTableWidgetItem(v.title), new QTableWidgetItem(pct(v.value)),
            new QTableWidgetItem(QStringLiteral("%1 / %2").arg(v.numerator).arg(v.denominator)),
            new QTableWidgetItem(v.target ? pct(*v.target) : QString()),
            new QTableWidgetItem(line.size() >= 2 ? pct(v.value - line[line.size() - 2].value) : QString())};
        items[1]->setData(Qt::UserRole, v.code);
        items[2]->setData(Qt::UserRole, v.value);
        for (int c : {0, 2, 3, 4, 5})
            items[c]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (v.target && v.value < *v.target)
            items[2]->setForeground(Qt::darkRed);
        for (int c = 0; c < items.size(); ++c)
            m_table->setItem(row, c, items[c]);
    }
    for (int c : {0, 2, 3, 4, 5})
        m_table->resizeColumnToContents(c);
    m_table->resizeRowsToContents(); // the titles wrap
}

void DashboardView::drawTrend()
{
    const int selected = selectedIndicator();
    if (selected < 0 || m_snapshot.trend.isEmpty())
        return;
    m_trendSpec = ChartSpecs::trend(m_snapshot, {selected});
    QChart *trend = ChartFactory::create(m_trendSpec);
    auto *line = trend->series().isEmpty() ? nullptr : qobject_cast<QLineSeries *>(trend->series().first());
    const int from = m_snapshot.filter.fromYear;
    m_trend->setFigureChart(trend, int(m_trendSpec.categories.size()), [line, from](int i) {
        if (!line)
            return;
        line->deselectAllPoints();
        for (int p = 0; p < line->count(); ++p)
            if (qRound(line->at(p).x()) == from + i)
                line->selectPoint(p);
    });
    if (line)
        connect(line, &QLineSeries::clicked, this, [this](const QPointF &point) {
            Q_EMIT indicatorRequested(selectedIndicator(), qRound(point.x()));
        });
}

void DashboardView::showComparison(const QList<UnitValue> &all)
{
    // Fifty bars do not read: the best and the worst kMaxEnd each (the reports list all).
    constexpr int kMaxEnd = 5;
    QList<UnitValue> units = all;
    if (all.size() > 2 * kMaxEnd)
        units = all.mid(0, kMaxEnd) + all.mid(all.size() - kMaxEnd);
    m_units = units;
    const int selected = selectedIndicator();
    const QString title = selected >= 0 && selected < m_snapshot.current.size() ? m_snapshot.current[selected].title : QString();
    const bool orgs = m_snapshot.filter.level() != Level::Region;
    m_comparisonSpec = ChartSpecs::ranking(orgs ? tr("Organisations: %1").arg(title) : tr("Municipalities: %1").arg(title), units);
    QChart *chart = ChartFactory::create(m_comparisonSpec);
    const int n = int(units.size());
    m_comparison->setFigureChart(chart, n, [chart, n](int i) { selectBar(chart, n - 1 - i); });
    if (auto *bars = barSeries(chart))
        connect(bars, &QAbstractBarSeries::clicked, this, [this, n](int index, QBarSet *) {
            const int unit = n - 1 - index;
            if (unit >= 0 && unit < m_units.size())
                Q_EMIT unitRequested(selectedIndicator(), m_units[unit].unitId, m_units[unit].unitName);
        });
    m_comparisonHint->setText(units.isEmpty()               ? tr("Nothing to compare: no unit has anyone to count")
                              : units.size() < all.size() ? tr("The best %1 and the worst %1 of %2").arg(kMaxEnd).arg(all.size())
                                                          : QString());
    m_comparisonHint->setVisible(!m_comparisonHint->text().isEmpty());
}

} // namespace metodist::ui
