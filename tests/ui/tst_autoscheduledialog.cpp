// The Auto-schedule dialog and the workshop load chart offscreen on a real profile (the
// groups fixture with a busy term): a run in the background shows its progress and a
// proposal (table and week); Accept writes it with outbox rows, Cancel writes nothing,
// Stop keeps the best found; equipment needs stated in the group list with the keyboard
// reach the engine (the group only gets rooms that have it; a need no room has is
// reported and nothing is proposed for that group) and are kept; the chart's bars sum to the session hours per room in SQL
// and its tooltips name the groups and instructors.
#include "groups/autoscheduledialog.h"
#include "groups/groupspage.h"
#include "groups/roomloadchart.h"
#include "groups/weekgrid.h"
#include "groupsfixture.h"
#include "shell/appcontext.h"
#include "storage/rows.h"
#include "storage/sql.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace metodist;

class TestAutoScheduleDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void acceptWrites();
    void cancelWritesNothing();
    void stopKeepsBest();
    void equipmentNeeds();
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
    QStringList m_term;
    std::unique_ptr<ui::AppContext> m_context;
};

void TestAutoScheduleDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the dialog keeps needs in QSettings: not the user's
}

void TestAutoScheduleDialog::init()
{
    QSettings().remove(QStringLiteral("autoSchedule"));
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = Database::open(m_dir->filePath(QStringLiteral("p.metodist")));
    f = std::make_unique<testing::GroupsFixture>(*m_db);
    m_term = f->addTerm(8);
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
    auto *groups = dialog->findChild<QTableWidget *>(QStringLiteral("groups"));
    int ticked = 0;
    for (int i = 0; i < groups->rowCount(); ++i)
        ticked += groups->item(i, 0)->checkState() == Qt::Checked;
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

void TestAutoScheduleDialog::equipmentNeeds()
{
    // A whiteboard only in the classroom (the workshop's is written off), a 3D printer in the
    // STEM workshop; one group needs the whiteboard, another kept a need for a laser cutter
    // from an earlier run, and no room has one.
    const QString board = Rows::insert(*m_db, QStringLiteral("equipment"), {{QStringLiteral("room_id"), f->classroom}, {QStringLiteral("name"), QStringLiteral("Interactive whiteboard")}});
    Rows::insert(*m_db, QStringLiteral("equipment"), {{QStringLiteral("room_id"), f->workshop2}, {QStringLiteral("name"), QStringLiteral("3D printer")}});
    const QString gone = Rows::insert(*m_db, QStringLiteral("equipment"), {{QStringLiteral("room_id"), f->workshop}, {QStringLiteral("name"), QStringLiteral("Interactive whiteboard")}});
    Rows::setDeleted(*m_db, QStringLiteral("equipment"), gone, true);
    const QString wants = m_term.at(0), impossible = m_term.at(1);
    QSettings().setValue(QStringLiteral("autoSchedule/equipmentNeeds/") + impossible, QStringList{QStringLiteral("Laser cutter")});

    auto dialog = std::make_unique<ui::AutoScheduleDialog>(*m_context, QDate(2026, 9, 1), QDate(2026, 10, 31));
    dialog->setTimeLimit(2);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
    // Offered: the names of the equipment in the rooms.
    QStringList inRooms;
    auto q = sql::exec(m_db->db(), QStringLiteral("SELECT DISTINCT e.name FROM equipment e JOIN room r ON r.id = e.room_id WHERE e.deleted = 0 AND r.deleted = 0"));
    while (q.next())
        inRooms << q.value(0).toString();
    QStringList offered = dialog->equipmentChoices();
    inRooms.sort();
    offered.sort();
    QCOMPARE(offered, inRooms);
    QCOMPARE(offered.size(), 3);

    auto *groups = dialog->findChild<QTableWidget *>(QStringLiteral("groups"));
    int row = -1, impossibleRow = -1;
    for (int i = 0; i < groups->rowCount(); ++i) {
        row = groups->item(i, 0)->data(Qt::UserRole).toString() == wants ? i : row;
        impossibleRow = groups->item(i, 0)->data(Qt::UserRole).toString() == impossible ? i : impossibleRow;
    }
    QVERIFY(row >= 0 && impossibleRow >= 0);
    QCOMPARE(groups->item(row, 0)->checkState(), Qt::Checked);
    QCOMPARE(groups->item(row, 1)->text(), QString());
    QCOMPARE(groups->item(impossibleRow, 1)->text(), QStringLiteral("Laser cutter")); // kept from before

    // F2 opens the list on the cell; Down to the whiteboard, Space ticks it, Enter keeps it.
    groups->setFocus();
    groups->setCurrentCell(row, 1);
    QTest::keyClick(groups, Qt::Key_F2);
    QPointer<QListWidget> editor = groups->findChild<QListWidget *>(QStringLiteral("equipmentNeedsEditor"));
    QVERIFY(editor);
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->count(), 3);
    while (editor->currentItem()->data(Qt::UserRole).toString() != QLatin1String("Interactive whiteboard")) {
        QVERIFY(editor->currentRow() < editor->count() - 1);
        QTest::keyClick(editor, Qt::Key_Down);
    }
    QCOMPARE(editor->currentItem()->checkState(), Qt::Unchecked);
    QTest::keyClick(editor, Qt::Key_Space);
    QCOMPARE(editor->currentItem()->checkState(), Qt::Checked);
    const QString shots = QStringLiteral(METODIST_BINARY_DIR "/screenshots");
    QDir().mkpath(shots);
    dialog->grab().save(shots + QStringLiteral("/groups_autoschedule_needs.png"));
    QTest::keyClick(editor, Qt::Key_Enter);
    QTRY_VERIFY(!editor);
    QVERIFY(dialog->isVisible()); // Enter did not reach the dialog's buttons
    QCOMPARE(groups->item(row, 1)->text(), QStringLiteral("Interactive whiteboard"));
    QCOMPARE(dialog->equipmentNeeds(wants), QStringList{QStringLiteral("Interactive whiteboard")});
    QCOMPARE(QSettings().value(QStringLiteral("autoSchedule/equipmentNeeds/") + wants).toStringList(), QStringList{QStringLiteral("Interactive whiteboard")});

    // Enter opens the other group's list: the laser cutter is there, ticked and marked; Esc changes nothing.
    groups->setCurrentCell(impossibleRow, 1);
    QTest::keyClick(groups, Qt::Key_Return);
    editor = groups->findChild<QListWidget *>(QStringLiteral("equipmentNeedsEditor"));
    QVERIFY(editor);
    QCOMPARE(editor->count(), 4);
    QListWidgetItem *laser = editor->item(3);
    QCOMPARE(laser->data(Qt::UserRole).toString(), QStringLiteral("Laser cutter"));
    QCOMPARE(laser->checkState(), Qt::Checked);
    QVERIFY(laser->text() != QLatin1String("Laser cutter") && laser->text().contains(QLatin1String("Laser cutter")));
    QTest::keyClick(editor, Qt::Key_Space); // untick ...
    QTest::keyClick(editor, Qt::Key_Escape); // ... and drop it
    QTRY_VERIFY(!editor);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->equipmentNeeds(impossible), QStringList{QStringLiteral("Laser cutter")});

    dialog->findChild<QPushButton *>(QStringLiteral("start"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->running(), 60000);
    const AutoScheduleResult &r = dialog->proposal();
    // Every proposed session of the group is in a room that has a whiteboard (per the equipment table) and uses it.
    const int needed = int(std::ceil(sql::scalar(m_db->db(), QStringLiteral("SELECT p.hours FROM study_group g JOIN programme p ON p.id = g.programme_id WHERE g.id = ?"),
                                                 {wants}).toDouble() / 4));
    QVERIFY(needed > 0);
    int placed = 0;
    for (const ProposedSession &s : r.sessions) {
        QVERIFY2(s.groupId != impossible, qPrintable(s.groupCode));
        if (s.groupId != wants)
            continue;
        ++placed;
        QCOMPARE(sql::scalar(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM equipment WHERE room_id = ? AND name = 'Interactive whiteboard' AND deleted = 0"), {s.roomId}).toInt(), 1);
        QCOMPARE(s.equipmentIds, QStringList{board});
    }
    QCOMPARE(placed, needed);
    // The other group is reported, naming the equipment, in the result and in the dialog.
    const QString code = sql::scalar(m_db->db(), QStringLiteral("SELECT code FROM study_group WHERE id = ?"), {impossible}).toString();
    bool reported = false;
    for (const QString &problem : r.problems)
        reported = reported || (problem.contains(code + QLatin1Char(':')) && problem.contains(QLatin1String("Laser cutter")));
    QVERIFY2(reported, qPrintable(r.problems.join(QLatin1Char('\n'))));
    const QString summary = dialog->findChild<QLabel *>(QStringLiteral("summary"))->text();
    QVERIFY2(summary.contains(code + QLatin1Char(':')) && summary.contains(QLatin1String("Laser cutter")), qPrintable(summary));

    // With a proposal to accept, Enter opens and closes the list without accepting it.
    auto *accept = dialog->findChild<QPushButton *>(QStringLiteral("accept"));
    QVERIFY(accept->isEnabled());
    groups->setFocus();
    groups->setCurrentCell(row, 1);
    QTest::keyClick(groups, Qt::Key_Return);
    editor = groups->findChild<QListWidget *>(QStringLiteral("equipmentNeedsEditor"));
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!editor);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QCOMPARE(dialog->equipmentNeeds(wants), QStringList{QStringLiteral("Interactive whiteboard")});

    // Accepted: what is written for the group is in the whiteboard's room, with the whiteboard.
    accept->click();
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    auto w = sql::exec(m_db->db(), QStringLiteral("SELECT COUNT(*), SUM(NOT EXISTS (SELECT 1 FROM equipment e WHERE e.room_id = s.room_id AND e.deleted = 0 "
                                                  "AND e.name = 'Interactive whiteboard')), SUM(EXISTS (SELECT 1 FROM session_equipment se WHERE "
                                                  "se.session_id = s.id AND se.equipment_id = ? AND se.deleted = 0)) FROM session s WHERE s.group_id = ? AND s.deleted = 0"),
                       {board, wants});
    QVERIFY(w.next());
    QCOMPARE(w.value(0).toInt(), needed);
    QCOMPARE(w.value(1).toInt(), 0);
    QCOMPARE(w.value(2).toInt(), needed);
    QCOMPARE(sql::scalar(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM session WHERE group_id = ? AND deleted = 0"), {impossible}).toInt(), 0);

    // A new dialog shows the needs again.
    ui::AutoScheduleDialog again(*m_context, QDate(2026, 9, 1), QDate(2026, 10, 31));
    QCOMPARE(again.equipmentNeeds(wants), QStringList{QStringLiteral("Interactive whiteboard")});
    QCOMPARE(again.equipmentNeeds(impossible), QStringList{QStringLiteral("Laser cutter")});
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
