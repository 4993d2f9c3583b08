// Groups and schedule, journal and documents: two academic years of groups of the
// active programmes, sessions placed so no room or instructor is booked twice,
// enrolments through applications (route learners first), journal marks for the
// sessions already held, outcomes by the completion rule, certificates and
// satisfaction surveys.
#include "democontext.h"

#include "storage/sql.h"

#include <QSet>
#include <algorithm>
#include <cmath>

namespace metodist::demo {

namespace {

struct Plan {
    QDate start;
    int programme = 0;
    int muni = -1; // a municipal group, or -1 for a regional one
    int order = 0;
};

struct Slot {
    QDate day;
    int slot = 0;
    int room = -1;
    int instructor = -1;
};

const char *const kSlotTimes[3][2] = {{"09:00", "12:15"}, {"13:00", "16:15"}, {"16:30", "19:45"}};

class GroupWriter {
public:
    explicit GroupWriter(Context &ctx)
        : ctx(ctx), random(ctx.random(6)), applications(ctx),
          groupTable(ctx, QStringLiteral("study_group"),
                     {QStringLiteral("programme_id"), QStringLiteral("code"), QStringLiteral("starts_on"), QStringLiteral("ends_on"),
                      QStringLiteral("capacity"), QStringLiteral("status"), QStringLiteral("curator_person_id")}),
          sessionTable(ctx, QStringLiteral("session"),
                       {QStringLiteral("group_id"), QStringLiteral("starts_at"), QStringLiteral("ends_at"), QStringLiteral("module_id"),
                        QStringLiteral("topic"), QStringLiteral("kind"), QStringLiteral("room_id"), QStringLiteral("hours")}),
          sessionInstructorTable(ctx, QStringLiteral("session_instructor"), {QStringLiteral("session_id"), QStringLiteral("instructor_id")}),
          sessionEquipmentTable(ctx, QStringLiteral("session_equipment"), {QStringLiteral("session_id"), QStringLiteral("equipment_id")}),
          enrolmentTable(ctx, QStringLiteral("enrolment"),
                         {QStringLiteral("group_id"), QStringLiteral("person_id"), QStringLiteral("application_id"),
                          QStringLiteral("route_item_id"), QStringLiteral("enrolled_on"), QStringLiteral("status"),
                          QStringLiteral("outcome_on"), QStringLiteral("final_title"), QStringLiteral("final_result")}),
          markTable(ctx, QStringLiteral("journal_mark"),
                    {QStringLiteral("session_id"), QStringLiteral("person_id"), QStringLiteral("attendance"), QStringLiteral("grade")}),
          certificateTable(ctx, QStringLiteral("certificate"),
                           {QStringLiteral("enrolment_id"), QStringLiteral("person_id"), QStringLiteral("programme_id"),
                            QStringLiteral("doc_kind"), QStringLiteral("series"), QStringLiteral("number"),
                            QStringLiteral("reg_number"), QStringLiteral("issued_on"), QStringLiteral("status")}),
          surveyTable(ctx, QStringLiteral("survey_response"),
                      {QStringLiteral("survey_code"), QStringLiteral("person_id"), QStringLiteral("group_id"),
                       QStringLiteral("answered_on"), QStringLiteral("answers"), QStringLiteral("satisfaction")})
    {
        orgsByMuni.resize(ctx.munis.size());
        learnerBusy.resize(ctx.persons.size());
        roomsByMuni.resize(ctx.munis.size());
        for (int o = 0; o < ctx.orgs.size(); ++o) {
            const Organisation &org = ctx.orgs.at(o);
            const bool learners = org.kind == OrgKind::School || org.kind == OrgKind::Kindergarten || org.kind == OrgKind::College;
            if (learners && org.staff.size() > 1 && org.muni >= 0) {
                orgsByMuni[org.muni] << o;
                learnerOrgs << o;
            }
        }
        for (int r = 0; r < ctx.rooms.size(); ++r) {
            if (ctx.rooms.at(r).capacity < 25)
                continue;
            if (ctx.rooms.at(r).muni < 0)
                regionalRooms << r;
            else
                roomsByMuni[ctx.rooms.at(r).muni] << r;
        }
        for (int p : ctx.roles.value(QStringLiteral("methodologist")))
            (ctx.persons.at(p).muni < 0 ? regionalCurators : municipalCurators[ctx.persons.at(p).muni]) << p;
    }

    void write(const Plan &plan);
    void finish()
    {
        ctx.summary.groups = groupTable.count();
        ctx.summary.sessions = sessionTable.count();
        ctx.summary.enrolments = enrolmentTable.count();
        ctx.summary.journalMarks = markTable.count();
        ctx.summary.certificates = certificateTable.count();
    }

private:
    QList<Slot> schedule(const Plan &plan, int sessions, const QList<int> &rooms, const QList<int> &instructors, bool distance, bool blended);
    QList<int> chooseLearners(const Plan &plan, QList<PendingCourse> &fromRoutes, int target, const QDate &starts, const QDate &ends);
    // A learner takes one course at a time: no two of their groups overlap.
    bool isFree(int person, const QDate &starts, const QDate &ends) const
    {
        for (const auto &range : learnerBusy.at(person))
            if (range.first <= ends.toJulianDay() && starts.toJulianDay() <= range.second)
                return false;
        return true;
    }

    Context &ctx;
    Random random;
    Applications applications;
    Table groupTable, sessionTable, sessionInstructorTable, sessionEquipmentTable, enrolmentTable, markTable, certificateTable, surveyTable;
    QList<QList<int>> orgsByMuni;
    QList<int> learnerOrgs;
    QList<QList<int>> roomsByMuni;
    QList<int> regionalRooms;
    QList<int> regionalCurators;
    QHash<int, QList<int>> municipalCurators;
    QSet<quint64> roomBusy;
    QSet<quint64> instructorBusy;
    QList<QList<QPair<qint64, qint64>>> learnerBusy;
    QHash<int, int> groupsPerYear;
    QHash<int, int> certificatesPerYear;
};

QList<Slot> GroupWriter::schedule(const Plan &plan, int sessions, const QList<int> &rooms, const QList<int> &instructors,
                                  bool distance, bool blended)
{
    QList<Slot> result;
    QDate day = plan.start;
    const int preferred = random.below(3);
    const bool intensive = random.chance(0.5);
    for (int s = 0; s < sessions; ++s) {
        const bool online = distance || (blended && s % 2 == 1 && s + 1 < sessions);
        Slot found;
        found.room = -2;
        for (int attempt = 0; attempt < 40 && found.room == -2; ++attempt) {
            const QDate d = workingDayFrom(day);
            const quint64 dayKey = quint64(d.toJulianDay()) * 4;
            for (int k = 0; k < 3 && found.room == -2; ++k) {
                const int slot = (preferred + k) % 3;
                const quint64 key = dayKey + quint64(slot);
                int instructor = -1;
                for (int i : instructors)
                    if ((ctx.instructors.at(i).weekdays & (1 << d.dayOfWeek())) && !instructorBusy.contains((quint64(i) << 32) | key)) {
                        instructor = i;
                        break;
                    }
                if (instructor < 0 && !instructors.isEmpty())
                    continue;
                int room = -1;
                if (!online) {
                    for (int r : rooms)
                        if (!roomBusy.contains((quint64(r) << 32) | key)) {
                            room = r;
                            break;
                        }
                    if (room < 0)
                        continue;
                    roomBusy.insert((quint64(room) << 32) | key);
                }
                if (instructor >= 0)
                    instructorBusy.insert((quint64(instructor) << 32) | key);
                found = Slot{d, slot, room, instructor};
            }
            if (found.room == -2)
                day = d.addDays(1);
        }
        if (found.room == -2) // no free place in 40 working days: held online, no instructor yet
            found = Slot{workingDayFrom(day), preferred, -1, -1};
        result << found;
        day = found.day.addDays(intensive ? 1 : random.range(2, 7));
    }
    return result;
}

QList<int> GroupWriter::chooseLearners(const Plan &plan, QList<PendingCourse> &fromRoutes, int target, const QDate &starts, const QDate &ends)
{
    QList<PendingCourse> &queue = ctx.pendingCourses[plan.programme];
    QSet<int> inGroup;
    QList<int> learners;
    for (int i = 0; i < queue.size() && learners.size() < target * 2 / 3;) {
        const PendingCourse &pending = queue.at(i);
        const bool fits = pending.from <= plan.start.addDays(60) && (plan.muni < 0 || ctx.persons.at(pending.person).muni == plan.muni);
        if (fits && !inGroup.contains(pending.person) && isFree(pending.person, starts, ends)) {
            inGroup.insert(pending.person);
            learners << pending.person;
            fromRoutes << pending;
            queue.removeAt(i);
        } else {
            ++i;
        }
    }
    return learners;
}

void GroupWriter::write(const Plan &plan)
{
    const Programme &prog = ctx.programmes.at(plan.programme);
    const QString groupId = ctx.next(TGroup);
    const QVariant scope = ctx.muniId(plan.muni);
    const int year = plan.start.month() >= 9 ? plan.start.year() : plan.start.year() - 1;
    const int number = ++groupsPerYear[year];
    const QString code = QStringLiteral("%1-%2/%3").arg(prog.pp ? QStringLiteral("ПП") : QStringLiteral("ПК"))
                             .arg(year % 100, 2, 10, QLatin1Char('0')).arg(number, 4, 10, QLatin1Char('0'));

    // Rooms: the home room first, then a few alternatives of the same pool.
    const QList<int> &pool = plan.muni >= 0 && !roomsByMuni.at(plan.muni).isEmpty() ? roomsByMuni.at(plan.muni) : regionalRooms;
    QList<int> rooms;
    for (int k = 0; k < 4 && !pool.isEmpty(); ++k)
        rooms << pool.at(random.below(int(pool.size())));
    QList<int> instructors;
    for (int k = 0, n = random.range(2, 3); k < n && !ctx.instructors.isEmpty(); ++k)
        instructors << random.below(int(ctx.instructors.size()));
    const int sessions = std::clamp(int(std::lround(prog.hours / 3.6)), 4, 24);
    const bool cancelled = plan.start > ctx.today && random.chance(0.02);
    const QList<Slot> placed = cancelled ? QList<Slot>() : schedule(plan, sessions, rooms, instructors,
                                                                   prog.form == QLatin1String("distance"),
                                                                   prog.form == QLatin1String("blended"));
    const QDate starts = placed.isEmpty() ? plan.start : placed.first().day;
    const QDate ends = placed.isEmpty() ? plan.start.addDays(14) : placed.last().day;
    QString status = cancelled ? QStringLiteral("cancelled")
                   : ends < ctx.today ? QStringLiteral("finished")
                   : starts <= ctx.today ? QStringLiteral("running") : QStringLiteral("forming");
    const QList<int> &curators = plan.muni >= 0 && !municipalCurators.value(plan.muni).isEmpty() ? municipalCurators[plan.muni] : regionalCurators;
    groupTable.add(groupId, scope,
                   {prog.id, code, isoDate(starts), isoDate(ends), 25, status,
                    curators.isEmpty() ? QVariant() : QVariant(ctx.personId(curators.at(random.below(int(curators.size())))))});
    if (cancelled)
        return;

    // Sessions.
    struct Held {
        QString id;
        bool past;
        bool graded;
        QString kind;
    };
    QList<Held> held;
    for (int s = 0; s < placed.size(); ++s) {
        const Slot &slot = placed.at(s);
        // The final attestation module gets the last session; the others share the rest.
        const bool last = s == placed.size() - 1;
        const int modules = int(prog.modules.size());
        const int module = last || modules == 1 ? modules - 1 : s * (modules - 1) / std::max<int>(1, int(placed.size()) - 1);
        const QString moduleTitle = prog.moduleTitles.at(module);
        const QString kind = last ? QStringLiteral("attestation")
                           : moduleTitle == QStringLiteral("Стажировка") ? QStringLiteral("internship")
                           : s % 2 ? QStringLiteral("practice") : QStringLiteral("lecture");
        const QString id = ctx.next(TSession);
        const QString date = isoDate(slot.day);
        sessionTable.add(id, scope,
                         {groupId, date + QLatin1Char('T') + QLatin1String(kSlotTimes[slot.slot][0]),
                          date + QLatin1Char('T') + QLatin1String(kSlotTimes[slot.slot][1]), prog.modules.at(module),
                          QStringLiteral("%1: занятие %2").arg(moduleTitle).arg(s + 1), kind,
                          slot.room < 0 ? QVariant() : QVariant(ctx.rooms.at(slot.room).id), 4.0});
        if (slot.instructor >= 0)
            sessionInstructorTable.add(ctx.next(TSessionInstructor), scope, {id, ctx.instructors.at(slot.instructor).id});
        if (slot.room >= 0 && kind == QLatin1String("practice") && !ctx.rooms.at(slot.room).equipment.isEmpty() && random.chance(0.5))
            sessionEquipmentTable.add(ctx.next(TSessionEquipment), scope,
                                      {id, ctx.rooms.at(slot.room).equipment.at(random.below(int(ctx.rooms.at(slot.room).equipment.size())))});
        held << Held{id, slot.day < ctx.today, kind != QLatin1String("lecture"), kind};
    }

    // Learners: route learners first, then people sent by their organisations.
    QList<PendingCourse> fromRoutes;
    const int target = random.range(22, 25);
    QList<int> learners = chooseLearners(plan, fromRoutes, target, starts, ends);
    QHash<int, QString> applicationOf, routeItemOf;
    const bool started = starts <= ctx.today;
    for (const PendingCourse &pending : fromRoutes) {
        const QDate submitted = std::min(starts.addDays(-random.range(10, 40)), ctx.today);
        applicationOf[pending.person] = applications.add(false, ctx.persons.at(pending.person).org, QStringLiteral("programme"), prog.id,
                                                         {pending.person}, started || random.chance(0.5) ? QStringLiteral("enrolled") : QStringLiteral("approved"),
                                                         submitted);
        routeItemOf[pending.person] = pending.routeItemId;
    }
    QSet<int> inGroup(learners.begin(), learners.end());
    const QList<int> &orgs = plan.muni >= 0 && !orgsByMuni.at(plan.muni).isEmpty() ? orgsByMuni.at(plan.muni) : learnerOrgs;
    for (int attempt = 0; attempt < 40 && learners.size() < target && !orgs.isEmpty(); ++attempt) {
        const Organisation &org = ctx.orgs.at(orgs.at(random.below(int(orgs.size()))));
        QList<int> chunk;
        for (int k = 0, n = std::min<int>(random.range(1, 5), target - int(learners.size())); k < n; ++k) {
            const int person = org.staff.at(1 + random.below(int(org.staff.size()) - 1)); // not the head
            if (!inGroup.contains(person) && isFree(person, starts, ends)) {
                inGroup.insert(person);
                chunk << person;
            }
        }
        if (chunk.isEmpty())
            continue;
        const QDate submitted = std::min(starts.addDays(-random.range(10, 40)), ctx.today);
        const QString app = applications.add(chunk.size() > 1, ctx.persons.at(chunk.first()).org, QStringLiteral("programme"), prog.id, chunk,
                                             started || random.chance(0.5) ? QStringLiteral("enrolled") : QStringLiteral("approved"), submitted);
        for (int p : chunk)
            applicationOf[p] = app;
        learners << chunk;
    }
    if (random.chance(0.3) && !orgs.isEmpty()) {
        const int orgIndex = orgs.at(random.below(int(orgs.size())));
        const Organisation &org = ctx.orgs.at(orgIndex);
        applications.add(false, orgIndex, QStringLiteral("programme"), prog.id,
                         {org.staff.at(random.below(int(org.staff.size())))}, QStringLiteral("rejected"),
                         std::min(starts.addDays(-random.range(10, 40)), ctx.today),
                         QStringLiteral("Не относится к целевой категории программы."));
    }

    for (int person : learners)
        learnerBusy[person] << qMakePair(starts.toJulianDay(), ends.toJulianDay());

    // Enrolments, marks and outcomes.
    const bool finished = status == QLatin1String("finished");
    const Competence &mainCompetence = ctx.competences.at(prog.competences.first());
    for (int person : learners) {
        const QString enrolmentId = ctx.next(TEnrolment);
        const QString pid = ctx.personId(person);
        const QVariant muni = ctx.personMuni(person);
        const double absence = random.chance(0.06) ? 0.25 + 0.3 * random.unit() : 0.02 + 0.08 * random.unit();
        const bool leaves = random.chance(0.025);
        const int leaveAfter = leaves ? random.below(int(held.size())) : int(held.size());
        int attended = 0, marked = 0;
        QDate leftOn;
        QString finalResult;
        const bool passes = random.chance(0.95);
        for (int s = 0; s < held.size(); ++s) {
            const Held &session = held.at(s);
            if (!session.past)
                break;
            if (s > leaveAfter) {
                leftOn = placed.at(s).day;
                break;
            }
            const double r = random.unit();
            const QString attendance = r < absence * 0.6 ? QStringLiteral("absent")
                                     : r < absence ? QStringLiteral("excused")
                                     : r < absence + 0.04 ? QStringLiteral("late") : QStringLiteral("present");
            const bool present = attendance == QLatin1String("present") || attendance == QLatin1String("late");
            QString grade;
            if (present && session.graded) {
                const bool attestation = session.kind == QLatin1String("attestation");
                if (prog.grading == QLatin1String("five_point"))
                    grade = attestation && !passes ? QStringLiteral("2") : QString::number(random.range(3, 5));
                else if (prog.grading == QLatin1String("points"))
                    grade = attestation && !passes ? QString::number(random.range(20, 49)) : QString::number(random.range(55, 100));
                else
                    grade = attestation && !passes ? QStringLiteral("fail") : QStringLiteral("pass");
                if (attestation)
                    finalResult = grade;
            }
            attended += present ? 1 : 0;
            ++marked;
            markTable.add(ctx.next(TMark), muni, {session.id, pid, attendance, grade});
        }
        QString enrolmentStatus = QStringLiteral("enrolled");
        QVariant outcomeOn;
        QString finalTitle;
        if (leaves && leftOn.isValid()) {
            enrolmentStatus = random.chance(0.2) ? QStringLiteral("transferred") : QStringLiteral("withdrawn");
            outcomeOn = isoDate(leftOn);
            finalResult.clear();
        } else if (finished) {
            const bool enough = marked > 0 && double(attended) / double(marked) >= prog.completion;
            const bool passed = enough && !finalResult.isEmpty() && finalResult != QLatin1String("fail") && finalResult != QLatin1String("2")
                                && !(prog.grading == QLatin1String("points") && finalResult.toInt() < 50);
            enrolmentStatus = passed ? QStringLiteral("completed") : random.chance(0.3) ? QStringLiteral("expelled") : QStringLiteral("not_completed");
            outcomeOn = isoDate(ends);
            finalTitle = QStringLiteral("Проект: %1").arg(mainCompetence.name);
        }
        enrolmentTable.add(enrolmentId, muni,
                           {groupId, pid, applicationOf.value(person), routeItemOf.contains(person) ? QVariant(routeItemOf.value(person)) : QVariant(),
                            isoDate(std::min(starts.addDays(-random.range(1, 10)), ctx.today)), enrolmentStatus, outcomeOn, finalTitle, finalResult});
        if (!finished)
            continue;
        const QDate issued = std::min(ends.addDays(random.range(1, 10)), ctx.today);
        if (enrolmentStatus == QLatin1String("completed")) {
            const int n = ++certificatesPerYear[issued.year()];
            certificateTable.add(ctx.next(TCertificate), muni,
                                 {enrolmentId, pid, prog.id, prog.pp ? QStringLiteral("pp_diploma") : QStringLiteral("pk_certificate"),
                                  QStringLiteral("27%1").arg(issued.year() % 100, 2, 10, QLatin1Char('0')),
                                  QStringLiteral("%1").arg(n, 7, 10, QLatin1Char('0')),
                                  QStringLiteral("%1-%2/%3").arg(prog.pp ? QStringLiteral("ПП") : QStringLiteral("ПК")).arg(issued.year()).arg(n, 5, 10, QLatin1Char('0')),
                                  isoDate(issued), random.chance(0.005) ? QStringLiteral("duplicate") : QStringLiteral("original")});
            if (routeItemOf.contains(person))
                ctx.completedRouteItems << routeItemOf.value(person);
            if (random.chance(0.4)) {
                const int satisfaction = 1 + random.weighted({2, 4, 12, 40, 42});
                surveyTable.add(ctx.next(TSurvey), muni,
                                {QStringLiteral("course_satisfaction"), pid, groupId, isoDate(std::min(ends.addDays(random.range(0, 7)), ctx.today)),
                                 QStringLiteral("{\"content\":%1,\"instructors\":%2,\"organisation\":%3,\"usefulness\":%4}")
                                     .arg(std::clamp(satisfaction + random.range(-1, 1), 1, 5)).arg(std::clamp(satisfaction + random.range(-1, 1), 1, 5))
                                     .arg(std::clamp(satisfaction + random.range(-1, 1), 1, 5)).arg(satisfaction),
                                 satisfaction});
            }
        } else if (enrolmentStatus != QLatin1String("enrolled") && random.chance(0.5)) {
            const int n = ++certificatesPerYear[issued.year()];
            certificateTable.add(ctx.next(TCertificate), muni,
                                 {enrolmentId, pid, prog.id, QStringLiteral("study_reference"), QString(),
                                  QStringLiteral("СО-%1").arg(n, 6, 10, QLatin1Char('0')),
                                  QStringLiteral("СО-%1/%2").arg(issued.year()).arg(n, 5, 10, QLatin1Char('0')), isoDate(issued),
                                  QStringLiteral("original")});
        }
    }
}

} // namespace

void generateGroups(Context &ctx)
{
    ctx.progress(44, Context::tr("Groups and schedule"));
    Random random = ctx.random(7);
    QList<int> active;
    for (int p = 0; p < ctx.programmes.size(); ++p)
        if (ctx.programmes.at(p).active)
            active << p;
    if (active.isEmpty())
        return;
    QList<Plan> plans;
    const int perYear = ctx.scaled(1500, 3);
    // Two whole past academic years and the current one.
    for (int y = 0; y < 3; ++y) {
        const QDate yearStart = ctx.yearStart.addYears(y - 2);
        QList<int> order = active;
        random.shuffle(order);
        for (int g = 0; g < perYear; ++g) {
            Plan plan;
            plan.programme = order.at(g % order.size());
            // Spread over 8 September .. late May.
            plan.start = workingDayFrom(yearStart.addDays(7 + g * 255 / perYear + random.below(7)));
            plan.muni = random.chance(0.2) ? random.below(int(ctx.munis.size())) : -1;
            plan.order = int(plans.size());
            plans << plan;
        }
    }
    std::stable_sort(plans.begin(), plans.end(), [](const Plan &a, const Plan &b) { return a.start < b.start; });
    GroupWriter writer(ctx);
    for (int i = 0; i < plans.size(); ++i) {
        writer.write(plans.at(i));
        if (i % 50 == 49)
            ctx.progress(44 + 44 * i / int(plans.size()), Context::tr("Groups, journals and certificates"));
    }
    writer.finish();
    // Completed courses mark their route items done.
    QSqlQuery done = sql::prepare(ctx.db, QStringLiteral("UPDATE route_item SET status = 'done', "
                                                         "evidence = 'Удостоверение о повышении квалификации' WHERE id = ?"));
    for (const QString &id : ctx.completedRouteItems) {
        done.bindValue(0, id);
        sql::exec(done);
    }
}

} // namespace metodist::demo
