// The Auto-schedule dialog and the workshop load chart offscreen on a real profile (the
// groups fixture with a busy term): a run in the background shows its progress and a
// proposal (table and week); Accept writes it with outbox rows, Cancel writes nothing,
// Stop keeps the best found; the chart's bars sum to the session hours per room in SQL
// and its tooltips name the groups and instructors.
#include "groups/autoscheduledialog.h"
#include "groups/groupspage.h"
#include "groups/roomloadchart.h"
#include "groups/weekgrid.h"
#include "groupsfixture.h"
#include "shell/appcontext.h"
#include "storage/sql.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace metodist;

class TestAutoScheduleDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void acceptWrites();
    void cancelWritesNothing();
    void stopKeepsBest();
    void chartMatchesSql();

private:
    int count(const QString &table) const
    {
        return sql::scalar(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toInt();
    }
    std::unique_ptr<ui::AutoScheduleDialog> runDialog(int seconds, bool wait = true)
    {
        auto dialog = std::make_unique<ui::AutoScheduleDialog>(*m_context, QDate(2026, 9, 1), QDate(2026, 10, 31));
        dialog->setTimeLimit(seconds);
        dialog->show();
        dialog->findChild<QPushButton *>(QStringLiteral("start"))->click();
        if (wait)
            [&] { QTRY_VERIFY_WITH_TIMEOUT(!dialog->running(), 60000); }();
        return dialog;
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<testing::GroupsFixture> f;
    std::unique_ptr<ui::AppContext> m_context;
};

void TestAutoScheduleDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = Database::open(m_dir->filePath(QStringLiteral("p.metodist")));
    f = std::make_unique<testing::GroupsFixture>(*m_db);
    f->addTerm(8);
    m_context = std::make_unique<ui::AppContext>(*m_db);
}

void TestAutoScheduleDialog::cleanup()
{
    m_context.reset();
    f.reset();
    m_db.reset();
    m_dir.reset();
}

void TestAutoScheduleDialog::acceptWrites()
{
    const int sessions = count(QStringLiteral("session")), outbox = count(QStringLiteral("outbox"));
    auto dialog = runDialog(1);
    auto *groups = dialog->findChild<QListWidget *>(QStringLiteral("groups"));
    int ticked = 0;
    for (int i = 0; i < groups->count(); ++i)
        ticked += groups->item(i)->checkState() == Qt::Checked;
    QCOMPARE(ticked, 10);
    const AutoScheduleResult &r = dialog->proposal();
    QCOMPARE(r.hard(), 0);
    QVERIFY(r.sessions.size() > 40);
    QCOMPARE(dialog->findChild<QTableWidget *>(QStringLiteral("proposal"))->rowCount(), int(r.sessions.size()));
    QVERIFY(!dialog->findChild<ui::WeekGrid *>(QStringLiteral("proposalWeek"))->entries().isEmpty());
    QCOMPARE(dialog->findChild<QProgressBar *>(QStringLiteral("progress"))->value(), 1000);
    QCOMPARE(count(QStringLiteral("session")), sessions); // the review wrote nothing
    const QString shots = QStringLiteral(METODIST_BINARY_DIR "/screenshots");
    QDir().mkpath(shots);
    dialog->grab().save(shots + QStringLiteral("/groups_autoschedule.png"));

    auto *accept = dialog->findChild<QPushButton *>(QStringLiteral("accept"));
    QVERIFY(accept->isEnabled());
    accept->click();
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(count(QStringLiteral("session")), sessions + int(r.sessions.size()));
    QVERIFY(count(QStringLiteral("outbox")) >= outbox + 2 * int(r.sessions.size()));
    QCOMPARE(ConflictDetector(*m_db).scan(QDate(2026, 9, 1), QDate(2026, 12, 31)).size(), 0);
}

void TestAutoScheduleDialog::cancelWritesNothing()
{
    const int sessions = count(QStringLiteral("session")), outbox = count(QStringLiteral("outbox"));
    auto dialog = runDialog(1);
    QVERIFY(!dialog->proposal().sessions.isEmpty());
    dialog->reject();
    QCOMPARE(count(QStringLiteral("session")), sessions);
    QCOMPARE(count(QStringLiteral("outbox")), outbox);
}

void TestAutoScheduleDialog::stopKeepsBest()
{
    auto dialog = runDialog(120, false);
    QVERIFY(dialog->running());
    auto *progress = dialog->findChild<QProgressBar *>(QStringLiteral("progress"));
    QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0, 30000);
    dialog->findChild<QPushButton *>(QStringLiteral("stop"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->running(), 30000);
    QVERIFY(dialog->proposal().cancelled);
    QCOMPARE(dialog->proposal().hard(), 0);
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("accept"))->isEnabled());
}

void TestAutoScheduleDialog::chartMatchesSql()
{
    auto dialog = runDialog(1);
    dialog->acceptProposal();
    ui::GroupsPage page(*m_context);
    page.resize(1400, 800);
    page.show();
    page.activate();
    page.setPeriod(QDate(2026, 9, 1), QDate(2026, 10, 31));
    ui::RoomLoadChart *chart = page.loadChart();
    for (int kind = 0; kind < 2; ++kind) {
        chart->findChild<QComboBox *>(QStringLiteral("loadChartKind"))->setCurrentIndex(kind);
        auto *series = qobject_cast<QStackedBarSeries *>(chart->view()->chart()->series().value(0));
        QVERIFY(series);
        QHash<QString, double> charted;
        for (QBarSet *set : series->barSets())
            charted[set->label()] = set->sum();
        auto q = sql::exec(m_db->db(), QStringLiteral("SELECT r.name || ' · ' || si.name, SUM(s.hours) FROM session s JOIN room r ON r.id = s.room_id "
                                                      "JOIN site si ON si.id = r.site_id WHERE s.deleted = 0 AND s.starts_at >= '2026-09-01' "
                                                      "AND s.starts_at < '2026-11-01' AND (? = '' OR r.kind = ?) GROUP BY r.id"),
                           {kind == 0 ? QStringLiteral("workshop") : QString(), kind == 0 ? QStringLiteral("workshop") : QString()});
        int rooms = 0;
        while (q.next()) {
            ++rooms;
            QVERIFY2(charted.contains(q.value(0).toString()), qPrintable(q.value(0).toString()));
            QCOMPARE(charted.value(q.value(0).toString()), q.value(1).toDouble());
        }
        QCOMPARE(int(charted.size()), rooms);
        QVERIFY(rooms >= (kind == 0 ? 1 : 2));
    }
    // A tooltip names the groups and instructors of the room that week.
    const WeeklyRoomLoad &load = chart->load();
    bool named = false;
    for (int r = 0; r < load.rooms.size(); ++r)
        for (int w = 0; w < load.weeks.size(); ++w)
            if (load.rooms.at(r).hours.at(w) > 0) {
                const QString tip = chart->tooltip(r, w);
                QVERIFY2(tip.contains(QStringLiteral("DL-1")) || tip.contains(QStringLiteral("ML-1")) || tip.contains(QStringLiteral("T-")), qPrintable(tip));
                named = named || tip.contains(QStringLiteral("Smirnova")) || tip.contains(QStringLiteral("Orlova")) || tip.contains(QStringLiteral("Kuznetsov"));
            }
    QVERIFY(named);
    page.tabs()->setCurrentWidget(chart);
    const QString shots = QStringLiteral(METODIST_BINARY_DIR "/screenshots");
    QDir().mkpath(shots);
    QVERIFY(page.grab().save(shots + QStringLiteral("/groups_load_chart.png")));
}

QTEST_MAIN(TestAutoScheduleDialog)
#include "tst_autoscheduledialog.moc"
