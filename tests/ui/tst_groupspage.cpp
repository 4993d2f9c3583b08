// The groups page offscreen on a small demo region: the groups of a period, the workshop
// load heat grid, a group's, an instructor's and a learner's week, a drag that shows the
// conflicts before the drop, a move that makes a room conflict listed in the conflicts
// tab, the exports, and screenshots for review.
#include "demo/demogenerator.h"
#include "groups/conflictdetector.h"
#include "groups/groupspage.h"
#include "groups/weekgrid.h"
#include "shell/appcontext.h"
#include "storage/sql.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace metodist;

class TestGroupsPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void weekLoadAndConflicts();
};

void TestGroupsPage::weekLoadAndConflicts()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.metodist"));
    DemoOptions options;
    options.staff = 1500;
    options.seed = 1;
    options.today = QDate(2026, 11, 15);
    generateDemoRegion(path, options);
    auto db = Database::open(path);

    // Two sessions of one group in the same room in the same week, not overlapping, in the
    // week with most sessions (for the screenshots).
    const QString busiest = sql::scalar(db->db(), QStringLiteral(
        "SELECT strftime('%Y-%W', starts_at) w FROM session WHERE deleted = 0 GROUP BY w ORDER BY COUNT(*) DESC LIMIT 1")).toString();
    auto q = sql::exec(db->db(), QStringLiteral(
        "SELECT a.id, b.id, a.group_id, a.starts_at FROM session a JOIN session b ON b.group_id = a.group_id AND b.room_id = a.room_id "
        "AND b.starts_at >= a.ends_at AND substr(b.starts_at, 1, 10) > substr(a.starts_at, 1, 10) "
        "AND strftime('%Y-%W', b.starts_at) = strftime('%Y-%W', a.starts_at) "
        "WHERE a.deleted = 0 AND b.deleted = 0 AND a.room_id IS NOT NULL "
        "ORDER BY strftime('%Y-%W', a.starts_at) <> ?, a.starts_at LIMIT 1"), {busiest});
    QVERIFY(q.next());
    const QString a = q.value(0).toString(), b = q.value(1).toString(), group = q.value(2).toString();
    ConflictDetector detector(*db);
    const SessionDraft sa = detector.load(a), sb = detector.load(b);
    const QDate monday = sa.startsAt.date().addDays(1 - sa.startsAt.date().dayOfWeek());

    ui::AppContext context(*db);
    ui::GroupsPage page(context);
    page.resize(1600, 900);
    page.show();
    page.activate();
    page.setPeriod(monday, monday.addDays(27));
    auto *groups = page.findChild<QTableWidget *>(QStringLiteral("groups"));
    QVERIFY(groups->rowCount() > 0);

    // The load chart: workshops by days, some booked.
    auto *load = page.findChild<QTableWidget *>(QStringLiteral("load"));
    QCOMPARE(load->columnCount(), 28);
    QVERIFY(load->rowCount() > 0);
    double booked = 0;
    for (int r = 0; r < load->rowCount(); ++r)
        for (int c = 0; c < load->columnCount(); ++c)
            if (load->item(r, c))
                booked += load->item(r, c)->data(Qt::UserRole).toDouble();
    QVERIFY(booked > 0);
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("loadSummary"))->text().contains(QLatin1Char('%')));
    const QString shots = QStringLiteral(METODIST_BINARY_DIR "/screenshots");
    QDir().mkpath(shots);
    page.tabs()->setCurrentIndex(3);
    QVERIFY(page.grab().save(shots + QStringLiteral("/groups_load.png")));

    // Weeks: the group, one of its instructors, one of its learners.
    page.selectGroup(group);
    page.tabs()->setCurrentIndex(1);
    auto *week = page.findChild<ui::WeekGrid *>(QStringLiteral("week"));
    QCOMPARE(week->monday(), monday);
    QVERIFY(week->entries().size() >= 2);
    QVERIFY(page.findChild<QTableWidget *>(QStringLiteral("timetable"))->rowCount() >= 2);
    QVERIFY(page.grab().save(shots + QStringLiteral("/groups_week.png")));
    if (!sa.instructorIds.isEmpty()) {
        page.showWeek(ui::GroupsPage::WeekOf::Instructor, sa.instructorIds.first(), sa.startsAt.date());
        QVERIFY(!week->entries().isEmpty());
        QVERIFY(page.grab().save(shots + QStringLiteral("/groups_instructor_week.png")));
    }
    const QString learner = sql::scalar(db->db(), QStringLiteral("SELECT person_id FROM enrolment WHERE group_id = ? AND status = 'enrolled' LIMIT 1"),
                                        {group}).toString();
    if (!learner.isEmpty()) {
        page.showWeek(ui::GroupsPage::WeekOf::Learner, learner, sa.startsAt.date());
        QVERIFY(!week->entries().isEmpty());
    }
    page.showWeek(ui::GroupsPage::WeekOf::Group, group, sa.startsAt.date());

    // Dragging b over a shows the conflicts before the drop; back to its place, nothing moves.
    TimetableEntry ea, eb;
    for (const TimetableEntry &e : week->entries()) {
        if (e.sessionId == a)
            ea = e;
        if (e.sessionId == b)
            eb = e;
    }
    QVERIFY(!ea.sessionId.isEmpty() && !eb.sessionId.isEmpty());
    const QPoint grab = week->rectOf(eb).topLeft() + QPoint(5, 3);
    QTest::mousePress(week, Qt::LeftButton, {}, grab);
    QTest::mouseMove(week, week->rectOf(ea).topLeft() + QPoint(5, 3));
    auto *dragInfo = page.findChild<QLabel *>(QStringLiteral("dragInfo"));
    QVERIFY2(dragInfo->text().contains(sa.roomId.isEmpty() ? QString() : QStringLiteral("Room")), qPrintable(dragInfo->text()));
    QTest::mouseMove(week, grab);
    QTest::mouseRelease(week, Qt::LeftButton, {}, grab);
    QCOMPARE(detector.load(b).startsAt, sb.startsAt);

    // The move made: a room conflict between a and b in the conflicts of the period.
    auto *conflicts = page.findChild<QTableWidget *>(QStringLiteral("conflicts"));
    auto roomConflicts = [&] {
        int n = 0;
        for (int r = 0; r < conflicts->rowCount(); ++r) {
            const QString id = conflicts->item(r, 0)->data(Qt::UserRole).toString();
            n += conflicts->item(r, 0)->text() == ConflictDetector::kindName(Conflict::Kind::RoomBusy) && (id == a || id == b);
        }
        return n;
    };
    page.refreshConflicts();
    QCOMPARE(roomConflicts(), 0);
    QVERIFY(page.moveSession(b, sa.startsAt, sa.startsAt.addSecs(sb.startsAt.secsTo(sb.endsAt)), true));
    QCOMPARE(detector.load(b).startsAt, sa.startsAt);
    QCOMPARE(roomConflicts(), 1);
    page.tabs()->setCurrentIndex(2);
    QVERIFY(page.grab().save(shots + QStringLiteral("/groups_conflicts.png")));

    // The common timetable of the period lists every session, b among them.
    page.tabs()->setCurrentIndex(4);
    auto *common = page.findChild<QTableWidget *>(QStringLiteral("common"));
    const int inPeriod = sql::scalar(db->db(), QStringLiteral("SELECT COUNT(*) FROM session WHERE deleted = 0 AND starts_at >= ? AND starts_at < ?"),
                                     {monday.toString(Qt::ISODate), monday.addDays(28).toString(Qt::ISODate)}).toInt();
    QCOMPARE(common->rowCount(), inPeriod);
    bool listed = false;
    for (int r = 0; r < common->rowCount(); ++r)
        listed = listed || common->item(r, 0)->data(Qt::UserRole).toString() == b;
    QVERIFY(listed);
    QCOMPARE(page.timetableTable().rows.size(), inPeriod);

    // Exports of the group's timetable.
    page.tabs()->setCurrentIndex(0);
    const QString pdf = dir.filePath(QStringLiteral("t.pdf")), xlsx = dir.filePath(QStringLiteral("t.xlsx")), ics = dir.filePath(QStringLiteral("t.ics"));
    page.exportPdf(pdf);
    page.exportXlsx(xlsx);
    page.exportIcs(ics);
    auto head = [](const QString &p, int n) {
        QFile f(p);
        return f.open(QIODevice::ReadOnly) ? f.read(n) : QByteArray();
    };
    QCOMPARE(head(pdf, 5), QByteArray("%PDF-"));
    QCOMPARE(head(xlsx, 2), QByteArray("PK"));
    QCOMPARE(head(ics, 17), QByteArray("BEGIN:VCALENDAR\r\n"));
}

QTEST_MAIN(TestGroupsPage)
#include "tst_groupspage.moc"
