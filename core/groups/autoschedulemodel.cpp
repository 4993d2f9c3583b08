#include "groups/autoschedulemodel.h"

#include "storage/errors.h"
#include "storage/sql.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace metodist {

namespace {
const char *const kAttending = "status IN ('enrolled', 'completed', 'not_completed')";

QDateTime parseIso(const QString &text)
{
    return QDateTime::fromString(text.left(16), QStringLiteral("yyyy-MM-dd'T'HH:mm"));
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

QVariantList asValues(const QStringList &ids)
{
    QVariantList values;
    for (const QString &id : ids)
        values << id;
    return values;
}

struct Availability {
    int weekday;
    QString start, end;
    QDate from, to;
};

struct RoomRow {
    QString id, name, kind, municipality;
    int capacity = 0;
    QHash<QString, QStringList> equipment;
};

struct GroupRow {
    ModelGroup model;
    QString programmeId, form, municipality;
};
} // namespace

QDateTime ScheduleModel::start(int period) const
{
    const int ppd = int(timeSlots.size());
    return QDateTime(days.at(period / ppd), timeSlots.at(period % ppd).start);
}

QDateTime ScheduleModel::end(int period) const
{
    const int ppd = int(timeSlots.size());
    return QDateTime(days.at(period / ppd), timeSlots.at(period % ppd).end);
}

static QList<GroupRow> loadGroups(const Database &db, const QStringList &ids, const AutoScheduleRequest &request, double slotHours)
{
    QList<GroupRow> groups;
    for (const QString &id : ids) {
        auto q = sql::exec(db.db(),
                           QStringLiteral("SELECT g.code, g.starts_on, g.ends_on, COALESCE(g.municipality_id, ''), p.id, p.title, p.hours, p.form, "
                                          "(SELECT COUNT(*) FROM enrolment e WHERE e.group_id = g.id AND e.deleted = 0 AND e.%1), "
                                          "(SELECT COALESCE(SUM(hours), 0) FROM session s WHERE s.group_id = g.id AND s.deleted = 0), "
                                          "(SELECT COUNT(*) FROM session s WHERE s.group_id = g.id AND s.deleted = 0) "
                                          "FROM study_group g JOIN programme p ON p.id = g.programme_id WHERE g.id = ? AND g.deleted = 0")
                               .arg(QLatin1String(kAttending)),
                           {id});
        if (!q.next())
            throw Error(AutoScheduler::tr("Group %1 does not exist").arg(id));
        GroupRow g;
        g.model.id = id;
        g.model.code = q.value(0).toString();
        g.model.startsOn = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        g.model.endsOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        g.municipality = q.value(3).toString();
        g.programmeId = q.value(4).toString();
        g.model.programmeTitle = q.value(5).toString();
        g.form = q.value(7).toString();
        g.model.learners = q.value(8).toInt();
        g.model.hoursHeld = q.value(9).toDouble();
        g.model.sessionsHeld = q.value(10).toInt();
        g.model.remainingHours = std::max(0.0, q.value(6).toDouble() - g.model.hoursHeld);
        g.model.sessions = int(std::ceil(g.model.remainingHours / slotHours - 1e-9));
        g.model.equipmentNeeds = request.equipmentNeeds.value(id);
        auto m = sql::exec(db.db(),
                           QStringLiteral("SELECT id, title, hours FROM programme_module WHERE programme_id = ? AND deleted = 0 ORDER BY sort_order, title"),
                           {g.programmeId});
        while (m.next())
            g.model.modules << ModelModule{m.value(0).toString(), m.value(1).toString(), m.value(2).toDouble()};
        groups << g;
    }
    return groups;
}

static QList<RoomRow> loadRooms(const Database &db)
{
    QList<RoomRow> rooms;
    QHash<QString, qsizetype> index;
    auto q = sql::exec(db.db(), QStringLiteral("SELECT r.id, r.name || ' (' || s.name || ')', r.kind, COALESCE(r.municipality_id, ''), r.capacity "
                                               "FROM room r JOIN site s ON s.id = r.site_id WHERE r.deleted = 0 ORDER BY s.name, r.name"));
    while (q.next()) {
        index.insert(q.value(0).toString(), rooms.size());
        rooms << RoomRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toInt(), {}};
    }
    auto e = sql::exec(db.db(), QStringLiteral("SELECT room_id, name, id FROM equipment WHERE deleted = 0 AND room_id IS NOT NULL ORDER BY id"));
    while (e.next())
        if (index.contains(e.value(0).toString()))
            rooms[index.value(e.value(0).toString())].equipment[e.value(1).toString()] << e.value(2).toString();
    return rooms;
}

static bool roomFits(const RoomRow &room, const GroupRow &g, bool onlineExists)
{
    if (!room.municipality.isEmpty() && room.municipality != g.municipality)
        return false;
    const bool online = room.kind == QLatin1String("online");
    if (g.form == QLatin1String("distance") && onlineExists)
        return online;
    if (online)
        return false;
    if (room.capacity < g.model.learners)
        return false;
    for (const QString &need : g.model.equipmentNeeds)
        if (!room.equipment.contains(need))
            return false;
    return true;
}

ScheduleModel buildScheduleModel(const Database &db, const AutoScheduleRequest &request, const QStringList &groupIds)
{
    using timetabling::Course;
    if (groupIds.isEmpty())
        throw Error(AutoScheduler::tr("No groups to schedule: choose groups, or none of them lacks sessions in the period"));
    if (request.timeSlots.isEmpty())
        throw Error(AutoScheduler::tr("No time slots for a working day"));
    ScheduleModel model;
    model.timeSlots = request.timeSlots;
    double slotHours = request.timeSlots.first().hours;
    for (const ScheduleSlot &s : request.timeSlots)
        slotHours = std::min(slotHours, s.hours);
    if (slotHours <= 0)
        throw Error(AutoScheduler::tr("A time slot must count for some hours"));
    const int ppd = int(request.timeSlots.size());

    QList<GroupRow> groups = loadGroups(db, groupIds, request, slotHours);
    QDate from = request.from, to = request.to;
    for (const GroupRow &g : groups) {
        if (!request.from.isValid() && (!from.isValid() || g.model.startsOn < from))
            from = g.model.startsOn;
        if (!request.to.isValid() && (!to.isValid() || g.model.endsOn > to))
            to = g.model.endsOn;
    }
    for (QDate d = from; d.isValid() && d <= to; d = d.addDays(1))
        if (d.dayOfWeek() <= (request.saturdays ? 6 : 5))
            model.days << d;
    if (model.days.isEmpty())
        throw Error(AutoScheduler::tr("The period %1 – %2 has no working days").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    const int periods = int(model.days.size()) * ppd;
    QHash<QDate, int> dayIndex;
    for (int d = 0; d < model.days.size(); ++d)
        dayIndex.insert(model.days.at(d), d);
    auto periodsOf = [&](const QDateTime &s, const QDateTime &e) {
        QList<int> out;
        const int d = dayIndex.value(s.date(), -1);
        if (d < 0)
            return out;
        for (int k = 0; k < ppd; ++k)
            if (s < QDateTime(s.date(), request.timeSlots.at(k).end) && e > QDateTime(s.date(), request.timeSlots.at(k).start))
                out << d * ppd + k;
        return out;
    };

    // Existing sessions of the period: who and what they hold.
    const QVariantList range{from.toString(Qt::ISODate), to.addDays(1).toString(Qt::ISODate)};
    QHash<QString, QList<int>> roomBusy, groupBusy, sessionPeriods;
    auto es = sql::exec(db.db(), QStringLiteral("SELECT id, group_id, starts_at, ends_at, COALESCE(room_id, '') FROM session "
                                                "WHERE deleted = 0 AND starts_at >= ? AND starts_at < ?"),
                        range);
    while (es.next()) {
        const QList<int> ps = periodsOf(parseIso(es.value(2).toString()), parseIso(es.value(3).toString()));
        if (ps.isEmpty())
            continue;
        sessionPeriods.insert(es.value(0).toString(), ps);
        groupBusy[es.value(1).toString()] << ps;
        if (!es.value(4).toString().isEmpty())
            roomBusy[es.value(4).toString()] << ps;
    }
    QHash<QString, QSet<int>> instructorBusy;
    auto ei = sql::exec(db.db(), QStringLiteral("SELECT si.session_id, si.instructor_id FROM session s JOIN session_instructor si "
                                                "ON si.session_id = s.id AND si.deleted = 0 WHERE s.deleted = 0 AND s.starts_at >= ? AND s.starts_at < ?"),
                        range);
    while (ei.next())
        for (int p : sessionPeriods.value(ei.value(0).toString()))
            instructorBusy[ei.value(1).toString()].insert(p);

    // Groups that share a learner with a scheduled group, and learners in several scheduled groups.
    const QString in = placeholders(groupIds.size());
    QHash<QString, QSet<QString>> related;
    auto rel = sql::exec(db.db(),
                         QStringLiteral("SELECT DISTINCT e1.group_id, e2.group_id FROM enrolment e1 JOIN enrolment e2 ON e2.person_id = e1.person_id "
                                        "AND e2.group_id <> e1.group_id AND e2.deleted = 0 AND e2.%1 WHERE e1.group_id IN (%2) AND e1.deleted = 0 AND e1.%1")
                             .arg(QLatin1String(kAttending), in),
                         asValues(groupIds));
    while (rel.next())
        related[rel.value(0).toString()].insert(rel.value(1).toString());
    std::map<QStringList, int> learnerSets;
    {
        auto le = sql::exec(db.db(),
                            QStringLiteral("SELECT person_id, group_id FROM enrolment WHERE group_id IN (%1) AND deleted = 0 AND %2 ORDER BY person_id, group_id")
                                .arg(in, QLatin1String(kAttending)),
                            asValues(groupIds));
        QString person;
        QStringList set;
        auto flush = [&] {
            if (set.size() > 1)
                learnerSets.emplace(set, 0);
            set.clear();
        };
        while (le.next()) {
            if (le.value(0).toString() != person)
                flush();
            person = le.value(0).toString();
            set << le.value(1).toString();
        }
        flush();
    }

    // Instructors: when each can teach (availability, not busy) over the whole period.
    QStringList instructorIds, instructorNames;
    QHash<QString, QList<Availability>> availability;
    auto ir = sql::exec(db.db(), QStringLiteral("SELECT id, full_name FROM instructor WHERE deleted = 0 ORDER BY full_name, id"));
    while (ir.next()) {
        instructorIds << ir.value(0).toString();
        instructorNames << ir.value(1).toString();
    }
    auto ar = sql::exec(db.db(), QStringLiteral("SELECT instructor_id, weekday, start_time, end_time, date_from, date_to FROM instructor_availability WHERE deleted = 0"));
    while (ar.next())
        availability[ar.value(0).toString()] << Availability{ar.value(1).toInt(), ar.value(2).toString(), ar.value(3).toString(),
                                                             QDate::fromString(ar.value(4).toString(), Qt::ISODate),
                                                             QDate::fromString(ar.value(5).toString(), Qt::ISODate)};
    std::vector<std::vector<bool>> canTeach(instructorIds.size(), std::vector<bool>(periods, true));
    for (int i = 0; i < instructorIds.size(); ++i) {
        const QList<Availability> rows = availability.value(instructorIds.at(i));
        const QSet<int> busy = instructorBusy.value(instructorIds.at(i));
        for (int p = 0; p < periods; ++p) {
            bool ok = rows.isEmpty(); // no availability rows: any time (as ConflictDetector)
            const QDate day = model.days.at(p / ppd);
            const QString s = request.timeSlots.at(p % ppd).start.toString(QStringLiteral("HH:mm"));
            const QString e = request.timeSlots.at(p % ppd).end.toString(QStringLiteral("HH:mm"));
            for (const Availability &a : rows)
                if (a.weekday == day.dayOfWeek() && a.start <= s && a.end >= e && (!a.from.isValid() || a.from <= day)
                    && (!a.to.isValid() || a.to >= day))
                    ok = true;
            canTeach[i][p] = ok && !busy.contains(p);
        }
    }

    // Rooms that may host at least one group.
    const QList<RoomRow> rooms = loadRooms(db);
    bool onlineExists = false;
    for (const RoomRow &r : rooms)
        onlineExists = onlineExists || r.kind == QLatin1String("online");
    QList<QList<int>> allowed(groups.size());
    QHash<int, int> roomIndex; // rooms row -> instance room
    for (int gi = 0; gi < groups.size(); ++gi)
        for (int r = 0; r < rooms.size(); ++r)
            if (roomFits(rooms.at(r), groups.at(gi), onlineExists)) {
                if (!roomIndex.contains(r)) {
                    roomIndex.insert(r, int(model.rooms.size()));
                    model.rooms << ModelRoom{rooms.at(r).id, rooms.at(r).name, rooms.at(r).equipment};
                    model.instance.rooms.push_back({rooms.at(r).id, rooms.at(r).kind == QLatin1String("online") ? 100000 : rooms.at(r).capacity, 0});
                }
                allowed[gi] << roomIndex.value(r);
            }

    timetabling::Instance &inst = model.instance;
    inst.name = QStringLiteral("metodist");
    inst.days = int(model.days.size());
    inst.periodsPerDay = ppd;
    inst.enforceRoomConstraints = true;
    for (auto &[set, index] : learnerSets) {
        index = int(inst.teachers.size());
        inst.teachers.push_back(QStringLiteral("learners:") + set.join(QLatin1Char('+')));
    }
    QHash<QString, int> teacherOfInstructor;
    std::vector<int> load(instructorIds.size(), 0);

    for (int gi = 0; gi < groups.size(); ++gi) {
        GroupRow &g = groups[gi];
        ModelGroup &m = g.model;
        if (m.sessions <= 0) {
            model.problems << AutoScheduler::tr("Group %1 already has all %2 hours of its programme").arg(m.code).arg(m.hoursHeld);
            continue;
        }
        if (allowed.at(gi).isEmpty()) {
            int largest = 0;
            for (const RoomRow &r : rooms)
                if (r.municipality.isEmpty() || r.municipality == g.municipality)
                    largest = std::max(largest, r.capacity);
            model.problems << (m.equipmentNeeds.isEmpty()
                                   ? AutoScheduler::tr("Group %1 has %2 learners but no room it may use holds them (the largest has %3 seats)")
                                         .arg(m.code).arg(m.learners).arg(largest)
                                   : AutoScheduler::tr("Group %1: no room it may use has %2 seats and the equipment %3")
                                         .arg(m.code).arg(m.learners).arg(m.equipmentNeeds.join(QStringLiteral(", "))));
            continue;
        }
        // The group's own periods: its dates, minus its own and its learners' other sessions.
        std::vector<bool> open(periods, false);
        const QList<int> own = groupBusy.value(m.id);
        QSet<int> blocked(own.cbegin(), own.cend());
        for (const QString &other : related.value(m.id))
            for (int p : groupBusy.value(other))
                blocked.insert(p);
        int openCount = 0;
        for (int p = 0; p < periods; ++p) {
            const QDate day = model.days.at(p / ppd);
            open[p] = day >= m.startsOn && day <= m.endsOn && !blocked.contains(p);
            openCount += open[p];
        }
        // The instructor: one who can teach in enough of those periods, preferring who
        // already teaches the group, then the programme, then the least loaded.
        QHash<QString, QPair<int, int>> taught;
        auto tq = sql::exec(db.db(),
                            QStringLiteral("SELECT si.instructor_id, SUM(s.group_id = ?), COUNT(*) FROM session s JOIN study_group g ON g.id = s.group_id "
                                           "JOIN session_instructor si ON si.session_id = s.id AND si.deleted = 0 "
                                           "WHERE g.programme_id = ? AND s.deleted = 0 GROUP BY si.instructor_id"),
                            {m.id, g.programmeId});
        while (tq.next())
            taught.insert(tq.value(0).toString(), {tq.value(1).toInt(), tq.value(2).toInt()});
        std::tuple<int, int, int, int> bestKey{-1, -1, -1, -1};
        int best = -1;
        for (int i = 0; i < instructorIds.size(); ++i) {
            int free = 0;
            for (int p = 0; p < periods; ++p)
                free += open[p] && canTeach[i][p];
            const int left = free - load[i];
            const std::tuple<int, int, int, int> key{left >= m.sessions ? 1 : 0, taught.value(instructorIds.at(i)).first,
                                                     std::min(taught.value(instructorIds.at(i)).second, 20), left};
            if (best < 0 || key > bestKey) {
                best = i;
                bestKey = key;
            }
        }
        Course course;
        course.name = m.id;
        course.lectures = m.sessions;
        course.students = m.learners;
        std::vector<bool> unavailable(periods, true);
        QSet<int> openDays;
        int usable = 0;
        for (int p = 0; p < periods; ++p)
            if (open[p] && (best < 0 || canTeach[best][p])) {
                unavailable[p] = false;
                openDays.insert(p / ppd);
                ++usable;
            }
        if (usable == 0) {
            model.problems << AutoScheduler::tr("Group %1: no free time in %2 – %3 (its dates, its learners' other groups and the instructors' availability)")
                                  .arg(m.code, std::max(from, m.startsOn).toString(Qt::ISODate), std::min(to, m.endsOn).toString(Qt::ISODate));
            continue;
        }
        if (usable < m.sessions)
            model.problems << AutoScheduler::tr("Group %1 needs %2 sessions but only %3 time slots are free for it")
                                  .arg(m.code).arg(m.sessions).arg(usable);
        course.minWorkingDays = std::min<int>((m.sessions + 1) / 2, int(openDays.size()));
        if (best >= 0) {
            load[best] += m.sessions;
            m.instructorId = instructorIds.at(best);
            m.instructorName = instructorNames.at(best);
            if (!teacherOfInstructor.contains(m.instructorId)) {
                teacherOfInstructor.insert(m.instructorId, int(inst.teachers.size()));
                inst.teachers.push_back(m.instructorId);
            }
            course.teachers.push_back(teacherOfInstructor.value(m.instructorId));
        }
        for (const auto &[set, index] : learnerSets)
            if (set.contains(m.id))
                course.teachers.push_back(index);
        m.course = int(inst.courses.size());
        inst.courses.push_back(course);
        inst.unavailable.push_back(unavailable);
        for (int r = 0; r < int(model.rooms.size()); ++r)
            if (!allowed.at(gi).contains(r))
                inst.roomConstraints.push_back({m.course, r});
        inst.curricula.push_back({m.code, {m.course}});
    }
    model.realCourses = int(inst.courses.size());
    for (const GroupRow &g : groups)
        model.groups << g.model;

    // A room held by an existing session: a one-lecture course pinned there.
    for (int r = 0; r < model.rooms.size(); ++r) {
        QList<int> busy = roomBusy.value(model.rooms.at(r).id);
        std::sort(busy.begin(), busy.end());
        busy.erase(std::unique(busy.begin(), busy.end()), busy.end());
        for (int p : busy) {
            Course pin;
            pin.name = QStringLiteral("held:%1:%2").arg(r).arg(p);
            pin.lectures = 1;
            const int c = int(inst.courses.size());
            inst.courses.push_back(pin);
            model.pinRoom << r;
            model.pinPeriod << p;
            std::vector<bool> unavailable(periods, true);
            unavailable[p] = false;
            inst.unavailable.push_back(unavailable);
            for (int other = 0; other < model.rooms.size(); ++other)
                if (other != r)
                    inst.roomConstraints.push_back({c, other});
        }
    }
    return model;
}

} // namespace metodist
