#include "groupsscreenshots.h"

#include "groupspage.h"
#include "roomloadchart.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QDir>
#include <QTabWidget>

namespace metodist::ui {

QStringList saveGroupsScreenshots(QWidget &window, GroupsPage &page, const Database &database, const QString &dir, const std::function<void(int)> &settle)
{
    QStringList files;
    const QSqlDatabase db = database.db();
    // The week with most workshop sessions, and eight weeks from it for the chart.
    const QString busiest = sql::scalar(db, QStringLiteral(
        "SELECT date(substr(s.starts_at, 1, 10), 'weekday 0', '-6 days') w FROM session s JOIN room r ON r.id = s.room_id "
        "WHERE s.deleted = 0 AND r.kind = 'workshop' GROUP BY w ORDER BY COUNT(*) DESC, w LIMIT 1")).toString();
    const QDate monday = QDate::fromString(busiest, Qt::ISODate);
    if (!monday.isValid())
        return files;
    auto save = [&](const QString &name) {
        settle(600);
        const QString file = QDir(dir).filePath(name);
        if (window.grab().save(file))
            files << file;
    };
    page.setPeriod(monday.addDays(-21), monday.addDays(34));
    page.tabs()->setCurrentWidget(page.loadChart());
    save(QStringLiteral("groups-load-chart.png"));

    const QVariantList week{monday.toString(Qt::ISODate), monday.addDays(7).toString(Qt::ISODate)};
    // Subjects picked through one of their groups, so the week's chooser names them.
    auto q = sql::exec(db, QStringLiteral(
        "SELECT si.instructor_id, MIN(s.group_id) FROM session s JOIN session_instructor si ON si.session_id = s.id AND si.deleted = 0 "
        "WHERE s.deleted = 0 AND s.starts_at >= ? AND s.starts_at < ? GROUP BY si.instructor_id ORDER BY COUNT(*) DESC, si.instructor_id LIMIT 1"),
        week);
    const QString instructor = q.next() ? q.value(0).toString() : QString();
    const QString instructorGroup = instructor.isEmpty() ? QString() : q.value(1).toString();
    // A learner with the most sessions that week (through any of their groups).
    auto l = sql::exec(db, QStringLiteral(
        "SELECT e.person_id, MIN(s.group_id) FROM session s JOIN enrolment e ON e.group_id = s.group_id AND e.deleted = 0 AND e.status IN ('enrolled', 'completed', 'not_completed') "
        "WHERE s.deleted = 0 AND s.starts_at >= ? AND s.starts_at < ? GROUP BY e.person_id ORDER BY COUNT(*) DESC, e.person_id LIMIT 1"),
        week);
    const QString learner = l.next() ? l.value(0).toString() : QString();
    const QString learnerGroup = learner.isEmpty() ? QString() : l.value(1).toString();
    page.tabs()->setCurrentIndex(1);
    if (!instructor.isEmpty()) {
        page.selectGroup(instructorGroup);
        page.showWeek(GroupsPage::WeekOf::Instructor, instructor, monday);
        save(QStringLiteral("groups-instructor-week.png"));
    }
    if (!learner.isEmpty()) {
        page.selectGroup(learnerGroup);
        page.showWeek(GroupsPage::WeekOf::Learner, learner, monday);
        save(QStringLiteral("groups-learner-week.png"));
    }
    return files;
}

} // namespace metodist::ui
