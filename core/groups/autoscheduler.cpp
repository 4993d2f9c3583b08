#include "groups/autoscheduler.h"

#include "groups/autoschedulemodel.h"
#include "groups/groupservice.h"
#include "groups/timetabling/solver.h"
#include "storage/errors.h"
#include "storage/ids.h"
#include "storage/rows.h"
#include "storage/sql.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <chrono>

namespace metodist {

QList<ScheduleSlot> AutoScheduleRequest::defaultSlots()
{
    // The institute's day: three blocks of four academic hours (as the demo timetable).
    return {{QTime(9, 0), QTime(12, 15), 4}, {QTime(13, 0), QTime(16, 15), 4}, {QTime(16, 30), QTime(19, 45), 4}};
}

SessionDraft ProposedSession::draft(const QString &id) const
{
    SessionDraft d;
    d.id = id;
    d.groupId = groupId;
    d.startsAt = startsAt;
    d.endsAt = endsAt;
    d.roomId = roomId;
    d.instructorIds = instructorIds;
    d.equipmentIds = equipmentIds;
    d.hours = hours;
    d.topic = topic;
    d.kind = kind;
    d.moduleId = moduleId;
    return d;
}

QStringList AutoScheduler::unscheduledGroups(const QDate &from, const QDate &to) const
{
    auto q = sql::exec(m_db.db(),
                       QStringLiteral("SELECT g.id FROM study_group g JOIN programme p ON p.id = g.programme_id "
                                      "WHERE g.deleted = 0 AND g.status IN ('forming', 'running') AND g.starts_on <= ? AND g.ends_on >= ? "
                                      "AND (SELECT COALESCE(SUM(s.hours), 0) FROM session s WHERE s.group_id = g.id AND s.deleted = 0) < p.hours "
                                      "ORDER BY g.starts_on, g.code"),
                       {to.toString(Qt::ISODate), from.toString(Qt::ISODate)});
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

// The placed lectures of one group in time order become its next sessions: hours
// until the programme's are used, modules in order, the last one the attestation.
static void describeSessions(const ModelGroup &g, const QList<ProposedSession *> &sessions, bool complete)
{
    double before = g.hoursHeld;
    double left = g.remainingHours;
    for (int k = 0; k < sessions.size(); ++k) {
        ProposedSession &s = *sessions.at(k);
        s.hours = std::min(s.hours, left);
        left -= s.hours;
        QString title = g.programmeTitle;
        double end = 0;
        for (const ModelModule &m : g.modules) {
            end += m.hours;
            if (before < end - 1e-9 || &m == &g.modules.last()) {
                s.moduleId = m.id;
                title = m.title;
                break;
            }
        }
        before += s.hours;
        const int number = g.sessionsHeld + k + 1;
        s.kind = complete && k == sessions.size() - 1 ? QStringLiteral("attestation")
                 : number % 2 ? QStringLiteral("lecture") : QStringLiteral("practice");
        s.topic = AutoScheduler::tr("%1: session %2").arg(title).arg(number);
    }
}

AutoScheduleResult AutoScheduler::run(const AutoScheduleRequest &request, const std::atomic<bool> *stop, const Progress &progress)
{
    const auto started = std::chrono::steady_clock::now();
    auto since = [&started] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count(); };
    QStringList ids = request.groupIds;
    if (ids.isEmpty()) {
        if (!request.from.isValid() || !request.to.isValid())
            throw Error(tr("Choose groups, or a period to find the groups without a full timetable in"));
        ids = unscheduledGroups(request.from, request.to);
    }
    const ScheduleModel model = buildScheduleModel(m_db, request, ids);
    AutoScheduleResult result;
    result.buildSeconds = since();
    result.groupIds = ids;
    result.problems = model.problems;
    result.from = model.days.first();
    result.to = model.days.last();
    for (const ModelGroup &g : model.groups)
        result.wanted += std::max(0, g.sessions);

    timetabling::SolverOptions options;
    options.timeLimitSeconds = request.timeLimitSeconds;
    options.seed = request.seed;
    options.cancel = stop;
    if (progress)
        options.progress = [&](const timetabling::SolverProgress &p) {
            progress({p.elapsedSeconds, request.timeLimitSeconds, p.hard, p.soft});
        };
    timetabling::SolverResult solved;
    if (!model.instance.courses.empty())
        solved = timetabling::solve(model.instance, options);
    result.solveSeconds = solved.seconds;
    result.cancelled = solved.cancelled;
    result.engineHard = solved.cost.hard() - solved.cost.lectures;
    result.softMinDays = solved.cost.minWorkingDays;
    result.softCompactness = solved.cost.curriculumCompactness;
    result.softRoomStability = solved.cost.roomStability;

    QHash<int, const ModelGroup *> groupOfCourse;
    for (const ModelGroup &g : model.groups)
        if (g.course >= 0)
            groupOfCourse.insert(g.course, &g);
    QMap<int, QList<int>> periodsOfCourse;
    QHash<int, QList<int>> roomsOfCourse;
    // A held room whose pin the engine left unplaced (stopped before it was feasible):
    // a lecture there would double-book it, so it counts as unplaced too.
    QSet<qint64> heldFree;
    for (const timetabling::Assignment &a : solved.solution.lectures)
        if (a.course >= model.realCourses && a.period < 0)
            heldFree.insert(qint64(model.pinPeriod.at(a.course - model.realCourses)) * 100000 + model.pinRoom.at(a.course - model.realCourses));
    for (const timetabling::Assignment &a : solved.solution.lectures)
        if (a.course < model.realCourses && a.period >= 0 && !heldFree.contains(qint64(a.period) * 100000 + a.room))
            periodsOfCourse[a.course] << a.period * 100000 + a.room;
    for (auto it = periodsOfCourse.begin(); it != periodsOfCourse.end(); ++it) {
        const ModelGroup &g = *groupOfCourse.value(it.key());
        QList<int> placed = it.value();
        std::sort(placed.begin(), placed.end());
        const qsizetype first = result.sessions.size();
        for (int code : placed) {
            const int period = code / 100000, room = code % 100000;
            ProposedSession s;
            s.groupId = g.id;
            s.groupCode = g.code;
            s.startsAt = model.start(period);
            s.endsAt = model.end(period);
            s.roomId = model.rooms.at(room).id;
            s.roomName = model.rooms.at(room).name;
            if (!g.instructorId.isEmpty()) {
                s.instructorIds << g.instructorId;
                s.instructorNames = g.instructorName;
            }
            for (const QString &need : g.equipmentNeeds)
                s.equipmentIds << model.rooms.at(room).equipment.value(need).value(0);
            s.hours = model.timeSlots.at(period % model.timeSlots.size()).hours;
            result.sessions << s;
        }
        QList<ProposedSession *> mine;
        for (qsizetype i = first; i < result.sessions.size(); ++i)
            mine << &result.sessions[i];
        describeSessions(g, mine, placed.size() == g.sessions);
    }
    for (const ModelGroup &g : model.groups) {
        if (g.course < 0) {
            result.unplaced += std::max(0, g.sessions);
            continue;
        }
        const qsizetype placed = periodsOfCourse.value(g.course).size();
        if (placed < g.sessions) {
            result.unplaced += g.sessions - int(placed);
            result.problems << tr("Group %1: %2 of %3 sessions could not be placed").arg(g.code).arg(g.sessions - placed).arg(g.sessions);
        }
    }
    std::sort(result.sessions.begin(), result.sessions.end(), [](const ProposedSession &a, const ProposedSession &b) {
        return a.startsAt != b.startsAt ? a.startsAt < b.startsAt : a.groupCode < b.groupCode;
    });
    if (!result.sessions.isEmpty()) {
        const double before = since();
        result.conflicts = verify(result.sessions);
        result.verified = true;
        result.verifySeconds = since() - before;
    }
    result.seconds = since();
    return result;
}

void AutoScheduler::insert(const QList<ProposedSession> &sessions, QStringList &ids)
{
    QHash<QString, QVariant> municipality;
    for (const ProposedSession &s : sessions) {
        if (!municipality.contains(s.groupId))
            municipality.insert(s.groupId, sql::scalar(m_db.db(), QStringLiteral("SELECT municipality_id FROM study_group WHERE id = ?"), {s.groupId}));
        const QString id = newId();
        GroupService(m_db).insertSession(s.draft(id), municipality.value(s.groupId));
        ids << id;
    }
}

QStringList AutoScheduler::apply(const QList<ProposedSession> &sessions)
{
    QStringList ids;
    sql::Transaction tx(m_db.db());
    insert(sessions, ids);
    tx.commit();
    return ids;
}

QList<Conflict> AutoScheduler::verify(const QList<ProposedSession> &sessions)
{
    QStringList ids;
    sql::Transaction tx(m_db.db()); // never committed: the trial write is rolled back
    insert(sessions, ids);
    ConflictDetector detector(m_db);
    QList<Conflict> out;
    QSet<QString> seen;
    for (qsizetype i = 0; i < sessions.size(); ++i)
        for (const Conflict &c : detector.check(sessions.at(i).draft(ids.at(i)))) {
            const QString key = c.kind == Conflict::Kind::HoursExceeded ? QStringLiteral("h|") + c.resourceId
                                : c.otherSessionId.isEmpty() ? QString()
                                : QString::number(int(c.kind)) + QLatin1Char('|') + std::min(c.sessionId, c.otherSessionId) + QLatin1Char('|')
                                      + std::max(c.sessionId, c.otherSessionId) + QLatin1Char('|') + c.resourceId;
            if (!key.isEmpty()) {
                if (seen.contains(key))
                    continue;
                seen.insert(key);
            }
            out << c;
        }
    return out;
}

} // namespace metodist
