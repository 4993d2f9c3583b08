// The monitoring page offscreen on a demo region: the table lists every indicator and
// shows the same figures as the core computation; behind each, the denominator's rows
// with the numerator's ones marked.
#include "demo/demogenerator.h"
#include "monitoring/dashboarddata.h"
#include "monitoring/dashboardview.h"
#include "monitoring/indicators.h"
#include "monitoring/monitoringpage.h"
#include "shell/appcontext.h"
#include "storage/database.h"

#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace metodist;

class TestMonitoringPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tableMatchesCore();
};

void TestMonitoringPage::tableMatchesCore()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.metodist"));
    DemoOptions options;
    options.staff = 800;
    options.seed = 5;
    options.today = QDate(2025, 11, 1);
    generateDemoRegion(path, options);
    auto db = Database::open(path);

    ui::AppContext context(*db);
    ui::MonitoringPage page(context);
    page.resize(1200, 800);
    page.show();
    page.setFilter(2025, 2025);
    QVERIFY(page.waitUntilIdle()); // computed in a worker thread

    const auto &defs = monitoring::Indicators::definitions();
    QTableWidget *table = page.dashboard()->table();
    QCOMPARE(table->rowCount(), int(defs.size()));
    const monitoring::Scope scope = page.snapshot().filter.scope();
    QCOMPARE(scope.level, monitoring::Level::Region);
    bool anyNonZero = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        const auto expected = monitoring::Indicators::compute(*db, defs[row], scope);
        QCOMPARE(table->item(row, 1)->data(Qt::UserRole).toString(), defs[row].code);
        QCOMPARE(table->item(row, 1)->text(), defs[row].title);
        QCOMPARE(table->item(row, 2)->data(Qt::UserRole).toDouble(), expected.value);
        QCOMPARE(table->item(row, 2)->text(), QString::number(expected.value, 'f', 1));
        QCOMPARE(table->item(row, 3)->text(), QStringLiteral("%1 / %2").arg(expected.numerator).arg(expected.denominator));
        const auto rows = monitoring::DashboardData::figureRows(*db, defs[row], scope);
        QCOMPARE(rows.size(), qsizetype(expected.denominator));
        QCOMPARE(std::count_if(rows.begin(), rows.end(), [](const auto &r) { return r.counted; }), qsizetype(expected.numerator));
        qInfo("%s: %lld / %lld = %.1f%%", qPrintable(expected.code), expected.numerator, expected.denominator, expected.value);
        anyNonZero = anyNonZero || expected.numerator > 0;
    }
    QVERIFY(anyNonZero); // the demo region must exercise at least one indicator
}

QTEST_MAIN(TestMonitoringPage)
#include "tst_monitoringpage.moc"
