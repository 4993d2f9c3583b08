// The monitoring dashboard offscreen on a demo region: every chart shows what the core
// computes for the filter, each filter changes every chart, the figures open to rows
// that match a plain SQL count, and the targets typed into the table are stored.
#include "demo/demogenerator.h"
#include "io/xlsxreader.h"
#include "monitoring/dashboarddata.h"
#include "monitoring/dashboardview.h"
#include "monitoring/figurechartview.h"
#include "monitoring/figuredialog.h"
#include "monitoring/indicators.h"
#include "monitoring/monitoringpage.h"
#include "monitoring/targetseditor.h"
#include "monitoring/indicatortargets.h"
#include "shell/appcontext.h"
#include "storage/database.h"
#include "storage/errors.h"
#include "storage/sql.h"

#include <QApplication>
#include <QFile>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cmath>

using namespace metodist;
using namespace metodist::monitoring;

class TestMonitoringDashboard : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ui::AppContext> m_context;
    std::unique_ptr<ui::MonitoringPage> m_page;

    static constexpr int kYear = 2025;

    void showFilter(int from, int to, const QString &municipality = {}, const QString &organisation = {})
    {
        m_page->setFilter(from, to, municipality, organisation);
        QVERIFY(m_page->waitUntilIdle());
        QCOMPARE(m_page->snapshot().filter.toYear, to);
        QCOMPARE(m_page->snapshot().filter.municipalityId, municipality);
    }
    // Every chart against the core computation for the page's filter.
    void checkChartsMatchCore();

private Q_SLOTS:
    void initTestCase();
    void chartsMatchCoreForTheRegion();
    void filtersChangeEveryChart();
    void drillDownMatchesSql();
    void keyboardOpensFigures();
    void deficitDrillMatchesChart();
    void targetsPersist();
    void targetValidation();
};

void TestMonitoringDashboard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("demo.metodist"));
    DemoOptions options;
    options.staff = 900;
    options.seed = 11;
    options.today = QDate(kYear, 11, 1);
    generateDemoRegion(path, options);
    m_db = Database::open(path);
    m_context = std::make_unique<ui::AppContext>(*m_db);
    m_page = std::make_unique<ui::MonitoringPage>(*m_context);
    m_page->resize(1400, 900);
    m_page->show();
}

void TestMonitoringDashboard::checkChartsMatchCore()
{
    const DashboardFilter f = m_page->snapshot().filter;
    const auto &defs = Indicators::definitions();
    ui::DashboardView *view = m_page->dashboard();
    // Values against targets: one bar per indicator, a target marker where one is set.
    const ChartSpec &values = view->valuesSpec();
    QCOMPARE(values.series.size(), 2);
    QCOMPARE(values.series[0].values.size(), defs.size());
    QCOMPARE(view->table()->rowCount(), int(defs.size()));
    for (int i = 0; i < defs.size(); ++i) {
        const IndicatorValue expected = Indicators::compute(*m_db, defs[i], f.scope());
        QCOMPARE(values.series[0].values[i], expected.value);
        QCOMPARE(std::isnan(values.series[1].values[i]), !expected.target.has_value());
        if (expected.target)
            QCOMPARE(values.series[1].values[i], *expected.target);
        QCOMPARE(view->table()->item(i, 3)->text(), QStringLiteral("%1 / %2").arg(expected.numerator).arg(expected.denominator));
    }
    // The trend of the chosen indicator, year by year.
    const int chosen = view->selectedIndicator();
    QVERIFY(chosen >= 0);
    const ChartSpec &trend = view->trendSpec();
    QCOMPARE(trend.categories.size(), f.toYear - f.fromYear + 1);
    for (int y = f.fromYear; y <= f.toYear; ++y)
        QCOMPARE(trend.series[0].values[y - f.fromYear], Indicators::compute(*m_db, defs[chosen], f.scopeFor(y)).value);
    // The comparison: the units one level down, each as the core computes it there, best first.
    const ChartSpec &ranking = view->comparisonSpec();
    QCOMPARE(ranking.categories.size(), view->units().size());
    const bool orgs = !f.municipalityId.isEmpty();
    for (int i = 0; i < view->units().size(); ++i) {
        const auto &unit = view->units()[i];
        const Scope scope{f.scope().from, f.scope().to, orgs ? Level::Organisation : Level::Municipality, unit.unitId};
        QCOMPARE(ranking.series[0].values[i], Indicators::compute(*m_db, defs[chosen], scope).value);
        if (orgs)
            QCOMPARE(sql::scalar(m_db->db(), QStringLiteral("SELECT municipality_id FROM organisation WHERE id = ?"), {unit.unitId}).toString(),
                     f.municipalityId);
        if (i > 0)
            QVERIFY(ranking.series[0].values[i - 1] >= ranking.series[0].values[i]);
    }
    // Deficits: people with a pronounced deficit in each area, counted here another way
    // (no later diagnostic in the period; any score at level 2 in the area).
    const ChartSpec &deficits = view->deficitSpec();
    QCOMPARE(deficits.series.size(), 3);
    const auto areas = sql::exec(m_db->db(), QStringLiteral("SELECT id FROM competence_area WHERE deleted = 0 ORDER BY sort_order, name"));
    QList<QString> areaIds;
    QSqlQuery q = areas;
    while (q.next())
        areaIds << q.value(0).toString();
    QCOMPARE(deficits.categories.size(), areaIds.size());
    const QString from = QStringLiteral("%1-01-01").arg(f.toYear), to = QStringLiteral("%1-12-31").arg(f.toYear);
    for (int a = 0; a < areaIds.size(); ++a) {
        const qint64 expected = sql::scalar(m_db->db(), QStringLiteral(
            "SELECT COUNT(DISTINCT d.person_id) FROM diagnostic d JOIN person p ON p.id = d.person_id "
            "JOIN diagnostic_score s ON s.diagnostic_id = d.id JOIN competence c ON c.id = s.competence_id "
            "WHERE d.deleted = 0 AND p.deleted = 0 AND s.deleted = 0 AND s.level = 2 AND c.area_id = ? "
            "AND d.taken_on BETWEEN ? AND ? AND (? = '' OR p.municipality_id = ?) AND (? = '' OR p.organisation_id = ?) "
            "AND NOT EXISTS (SELECT 1 FROM diagnostic l WHERE l.person_id = d.person_id AND l.deleted = 0 "
            "  AND l.taken_on BETWEEN ? AND ? AND (l.taken_on > d.taken_on OR (l.taken_on = d.taken_on AND l.id > d.id)))"),
            {areaIds[a], from, to, f.municipalityId, f.municipalityId, f.organisationId, f.organisationId, from, to}).toLongLong();
        QCOMPARE(qint64(deficits.series[0].values[a]), expected);
    }
}

void TestMonitoringDashboard::chartsMatchCoreForTheRegion()
{
    showFilter(kYear - 2, kYear);
    checkChartsMatchCore();
    // The demo region must exercise the charts: something counted, some deficits.
    double total = 0;
    for (double v : m_page->dashboard()->valuesSpec().series[0].values)
        total += v;
    QVERIFY(total > 0);
    double deficits = 0;
    for (double v : m_page->dashboard()->deficitSpec().series[0].values)
        deficits += v;
    QVERIFY(deficits > 0);
    QVERIFY(m_page->dashboard()->units().size() >= 2);
}

void TestMonitoringDashboard::filtersChangeEveryChart()
{
    showFilter(kYear - 2, kYear);
    const auto region = m_page->dashboard()->valuesSpec();
    const auto regionDeficits = m_page->dashboard()->deficitSpec();
    const auto regionUnits = m_page->dashboard()->units();
    // The municipality with the most staff.
    const QString muni = sql::scalar(m_db->db(), QStringLiteral(
        "SELECT municipality_id FROM person WHERE deleted = 0 GROUP BY municipality_id ORDER BY COUNT(*) DESC LIMIT 1")).toString();
    showFilter(kYear - 2, kYear, muni);
    checkChartsMatchCore();
    const auto &view = *m_page->dashboard();
    QVERIFY(view.valuesSpec().series[0].values != region.series[0].values);
    QVERIFY(view.deficitSpec().series[0].values != regionDeficits.series[0].values);
    QVERIFY(view.units().size() != regionUnits.size() || view.units().value(0).unitId != regionUnits.value(0).unitId);

    // An organisation of it, and a shorter trend.
    const QString org = sql::scalar(m_db->db(), QStringLiteral(
        "SELECT organisation_id FROM person WHERE deleted = 0 AND municipality_id = ? "
        "GROUP BY organisation_id ORDER BY COUNT(*) DESC LIMIT 1"), {muni}).toString();
    showFilter(kYear - 1, kYear, muni, org);
    QCOMPARE(m_page->snapshot().filter.level(), Level::Organisation);
    QCOMPARE(view.trendSpec().categories.size(), 2);
    checkChartsMatchCore();

    // Another indicator chosen in the table: trend and comparison follow it.
    showFilter(kYear - 2, kYear);
    m_page->dashboard()->selectIndicator(1);
    QVERIFY(m_page->waitUntilIdle());
    QCOMPARE(view.selectedIndicator(), 1);
    checkChartsMatchCore();
    m_page->dashboard()->selectIndicator(0);
    QVERIFY(m_page->waitUntilIdle());
}

void TestMonitoringDashboard::drillDownMatchesSql()
{
    showFilter(kYear - 2, kYear);
    m_page->openIndicator(0); // staff with a diagnostic in the period
    ui::FigureDialog *dialog = m_page->figureDialog();
    QVERIFY(dialog);
    const QString from = QStringLiteral("%1-01-01").arg(kYear), to = QStringLiteral("%1-12-31").arg(kYear);
    const int staff = sql::scalar(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM person WHERE deleted = 0")).toInt();
    const int diagnosed = sql::scalar(m_db->db(), QStringLiteral(
        "SELECT COUNT(DISTINCT d.person_id) FROM diagnostic d JOIN person p ON p.id = d.person_id "
        "WHERE d.deleted = 0 AND p.deleted = 0 AND d.taken_on BETWEEN ? AND ?"), {from, to}).toInt();
    QVERIFY(diagnosed > 0 && diagnosed < staff);
    QCOMPARE(dialog->visibleRows(), staff);
    dialog->setShow(ui::FigureDialog::Counted);
    QCOMPARE(dialog->visibleRows(), diagnosed);
    dialog->setShow(ui::FigureDialog::NotCounted);
    QCOMPARE(dialog->visibleRows(), staff - diagnosed);
    // Nobody "not counted" has a diagnostic in the year.
    const TextTable shown = dialog->table();
    QCOMPARE(shown.rows.size(), staff - diagnosed);
    // Sorted by name, and sortable by any column.
    for (int i = 1; i < shown.rows.size(); ++i)
        QVERIFY(QString::localeAwareCompare(shown.rows[i - 1][0], shown.rows[i][0]) <= 0);
    dialog->view()->sortByColumn(1, Qt::DescendingOrder);
    const TextTable byOrg = dialog->table();
    for (int i = 1; i < byOrg.rows.size(); ++i)
        QVERIFY(QString::localeAwareCompare(byOrg.rows[i - 1][1], byOrg.rows[i][1]) >= 0);
    // XLSX of what is shown: a header and one row per person.
    const QString xlsx = m_dir.filePath(QStringLiteral("figure.xlsx"));
    dialog->exportXlsx(xlsx);
    const io::Table read = io::XlsxReader::read(xlsx);
    QCOMPARE(read.rows.size(), staff - diagnosed);
    QCOMPARE(read.header.size(), 4);

    // A municipality's bar in the comparison: the same indicator there.
    const auto units = m_page->dashboard()->units();
    QVERIFY(!units.isEmpty());
    m_page->openUnit(0, units[0].unitId, units[0].unitName);
    dialog = m_page->figureDialog();
    QVERIFY(dialog);
    dialog->setShow(ui::FigureDialog::Counted);
    QCOMPARE(dialog->visibleRows(), int(units[0].value.numerator));
    dialog->setShow(ui::FigureDialog::All);
    QCOMPARE(dialog->visibleRows(), int(units[0].value.denominator));
    // A point of the trend: the year before, as the core counts it then.
    m_page->openIndicator(0, kYear - 1);
    dialog = m_page->figureDialog();
    const auto before = Indicators::compute(*m_db, Indicators::definitions()[0], Indicators::yearScope(kYear - 1));
    QCOMPARE(dialog->visibleRows(), int(before.denominator));
    dialog->setShow(ui::FigureDialog::Counted);
    QCOMPARE(dialog->visibleRows(), int(before.numerator));
    dialog->close();
}

void TestMonitoringDashboard::keyboardOpensFigures()
{
    showFilter(kYear - 2, kYear);
    ui::DashboardView *view = m_page->dashboard();
    // Enter on a table row.
    view->table()->setFocus();
    view->selectIndicator(2);
    QTest::keyClick(view->table(), Qt::Key_Return);
    QVERIFY(m_page->figureDialog());
    QCOMPARE(m_page->figureDialog()->windowTitle(), Indicators::definitions()[2].title);
    m_page->figureDialog()->close();
    QApplication::processEvents();
    // Arrows and Enter on the values chart: the second bar.
    ui::FigureChartView *chart = view->valuesChart();
    chart->setFocus();
    chart->setCurrent(0);
    QTest::keyClick(chart, Qt::Key_Right);
    QCOMPARE(chart->current(), 1);
    QTest::keyClick(chart, Qt::Key_Return);
    QVERIFY(m_page->figureDialog());
    QCOMPARE(m_page->figureDialog()->windowTitle(), Indicators::definitions()[1].title);
    m_page->figureDialog()->close();
}

void TestMonitoringDashboard::deficitDrillMatchesChart()
{
    showFilter(kYear - 2, kYear);
    const ChartSpec spec = m_page->dashboard()->deficitSpec();
    const auto &areas = m_page->snapshot().deficits;
    int checked = 0;
    for (int a = 0; a < areas.size(); ++a) {
        for (int level : {2, 1, 0}) {
            m_page->openDeficit(areas[a].areaId, areas[a].name, level);
            ui::FigureDialog *dialog = m_page->figureDialog();
            QVERIFY(dialog);
            QCOMPARE(dialog->visibleRows(), int(areas[a].pronounced + areas[a].partial + areas[a].none));
            dialog->setShow(ui::FigureDialog::Counted);
            QCOMPARE(double(dialog->visibleRows()), spec.series[2 - level].values[a]);
            dialog->close();
            ++checked;
        }
    }
    QVERIFY(checked > 0);
}

void TestMonitoringDashboard::targetsPersist()
{
    showFilter(kYear - 1, kYear);
    ui::TargetsEditor *editor = m_page->targets();
    QTableWidget *table = editor->table();
    QCOMPARE(table->rowCount(), int(Indicators::definitions().size()));
    QCOMPARE(table->columnCount(), 3); // the filter's years and the next one
    const int col = kYear - (kYear - 1);
    const QString code = Indicators::definitions()[0].code;
    table->item(0, col)->setText(QStringLiteral("55,5"));
    table->item(1, 2)->setText(QStringLiteral("12"));   // next year
    table->item(2, col)->setText(QString());            // removes the demo's target
    QVERIFY(editor->isModified());
    QVERIFY(editor->save());
    QVERIFY(!editor->isModified());
    QVERIFY(m_page->waitUntilIdle());

    // Stored where Indicators::compute and another connection find it.
    auto other = m_db->openAnother();
    const auto stored = IndicatorTargets::load(*other, Level::Region, {}, kYear - 1, kYear + 1);
    QCOMPARE(stored.value(IndicatorTargets::key(code, kYear)), 55.5);
    QCOMPARE(stored.value(IndicatorTargets::key(Indicators::definitions()[1].code, kYear + 1)), 12.0);
    QVERIFY(!stored.contains(IndicatorTargets::key(Indicators::definitions()[2].code, kYear)));
    QCOMPARE(sql::scalar(other->db(), QStringLiteral("SELECT COUNT(*) FROM indicator_target WHERE deleted = 0 AND level = 'region' "
                                                     "AND indicator_code = ? AND year = ?"), {code, kYear}).toInt(), 1);
    // The change went to the outbox like every synced change.
    QVERIFY(sql::scalar(other->db(), QStringLiteral("SELECT COUNT(*) FROM outbox WHERE table_name = 'indicator_target'")).toInt() > 0);
    // The dashboard shows the new target.
    QCOMPARE(m_page->dashboard()->valuesSpec().series[1].values[0], 55.5);
    QVERIFY(std::isnan(m_page->dashboard()->valuesSpec().series[1].values[2]));

    // A municipality's own targets are separate from the region's.
    const QString muni = sql::scalar(m_db->db(), QStringLiteral("SELECT id FROM municipality ORDER BY name LIMIT 1")).toString();
    showFilter(kYear - 1, kYear, muni);
    table->item(0, col)->setText(QStringLiteral("70"));
    QVERIFY(editor->save());
    QCOMPARE(IndicatorTargets::load(*m_db, Level::Municipality, muni, kYear, kYear).value(IndicatorTargets::key(code, kYear)), 70.0);
    QCOMPARE(IndicatorTargets::load(*m_db, Level::Region, {}, kYear, kYear).value(IndicatorTargets::key(code, kYear)), 55.5);
    QVERIFY(m_page->waitUntilIdle());
}

void TestMonitoringDashboard::targetValidation()
{
    // The store refuses what is not a percent, an unknown indicator or year, and writes nothing.
    const QString code = Indicators::definitions()[0].code;
    const int before = sql::scalar(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM indicator_target")).toInt();
    QVERIFY_THROWS_EXCEPTION(Error, IndicatorTargets::saveAll(*m_db, Level::Region, {}, {{code, kYear, 40.0}, {code, kYear + 1, 150.0}}));
    QVERIFY_THROWS_EXCEPTION(Error, IndicatorTargets::saveAll(*m_db, Level::Region, {}, {{code, kYear, -1.0}}));
    QVERIFY_THROWS_EXCEPTION(Error, IndicatorTargets::saveAll(*m_db, Level::Region, {}, {{QStringLiteral("no_such"), kYear, 10.0}}));
    QVERIFY_THROWS_EXCEPTION(Error, IndicatorTargets::saveAll(*m_db, Level::Region, {}, {{code, 1900, 10.0}}));
    QVERIFY_THROWS_EXCEPTION(Error, IndicatorTargets::saveAll(*m_db, Level::Municipality, {}, {{code, kYear, 10.0}}));
    QCOMPARE(sql::scalar(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM indicator_target")).toInt(), before);

    // The editor marks a bad cell at once and refuses to save it.
    showFilter(kYear - 1, kYear);
    ui::TargetsEditor *editor = m_page->targets();
    editor->table()->item(0, 0)->setText(QStringLiteral("abc"));
    QVERIFY(!editor->table()->item(0, 0)->toolTip().isEmpty());
    editor->table()->item(1, 0)->setText(QStringLiteral("101"));
    QVERIFY(!editor->table()->item(1, 0)->toolTip().isEmpty());
    QTimer::singleShot(300, [] {
        if (QWidget *box = QApplication::activeModalWidget())
            box->close();
    });
    QVERIFY(!editor->save());
    QVERIFY(editor->isModified());
    QCOMPARE(sql::scalar(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM indicator_target")).toInt(), before);
}

QTEST_MAIN(TestMonitoringDashboard)
#include "tst_monitoringdashboard.moc"
