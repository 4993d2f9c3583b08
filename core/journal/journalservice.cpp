#include "journalservice.h"

#include "certificates.h"
#include "registry/personnamesql.h"
#include "storage/errors.h"
#include "storage/rows.h"
#include "storage/sql.h"

#include <QHash>

namespace metodist::journal {

namespace {

const char *const kGroupColumns =
    "SELECT g.id, g.code, g.programme_id, p.title, p.kind, p.grading, g.starts_on, g.ends_on, g.status, p.hours, "
    "p.completion_attendance FROM study_group g JOIN programme p ON p.id = g.programme_id ";

GroupInfo groupFrom(const QSqlQuery &q)
{
    GroupInfo g;
    int i = 0;
    for (QString *s : {&g.id, &g.code, &g.programmeId, &g.programmeTitle, &g.programmeKind, &g.grading, &g.startsOn, &g.endsOn, &g.status})
        *s = q.value(i++).toString();
    g.programmeHours = q.value(i++).toInt();
    g.completionAttendance = q.value(i++).toDouble();
    return g;
}

bool validAttendance(const QString &a)
{
    return a.isEmpty() || a == QLatin1String("present") || a == QLatin1String("absent") || a == QLatin1String("excused")
           || a == QLatin1String("late");
}

} // namespace

QString attendanceCode(const QString &attendance)
{
    if (attendance == QLatin1String("present"))
        return QStringLiteral("+");
    if (attendance == QLatin1String("absent"))
        return QStringLiteral("н");
    if (attendance == QLatin1String("excused"))
        return QStringLiteral("у");
    if (attendance == QLatin1String("late"))
        return QStringLiteral("о");
    return {};
}

QList<GroupInfo> JournalService::groups(const QString &instructorPersonId) const
{
    QString statement = QString::fromLatin1(kGroupColumns) + QStringLiteral("WHERE g.deleted = 0 ");
    QVariantList values;
    if (!instructorPersonId.isEmpty()) {
        statement += QStringLiteral("AND g.id IN (SELECT s.group_id FROM instructor i "
                                    "JOIN session_instructor si ON si.instructor_id = i.id AND si.deleted = 0 "
                                    "JOIN session s ON s.id = si.session_id AND s.deleted = 0 "
                                    "WHERE i.person_id = ? AND i.deleted = 0) ");
        values << instructorPersonId;
    }
    statement += QStringLiteral("ORDER BY g.starts_on DESC, g.code");
    QSqlQuery q = sql::exec(m_db.db(), statement, values);
    QList<GroupInfo> list;
    while (q.next())
        list << groupFrom(q);
    return list;
}

GroupInfo JournalService::group(const QString &groupId) const
{
    QSqlQuery q = sql::exec(m_db.db(), QString::fromLatin1(kGroupColumns) + QStringLiteral("WHERE g.id = ?"), {groupId});
    if (!q.next())
        throw Error(tr("No study group %1").arg(groupId));
    return groupFrom(q);
}

JournalGrid JournalService::load(const QString &groupId) const
{
    JournalGrid grid;
    grid.group = group(groupId);
    const QSqlDatabase db = m_db.db();
    QSqlQuery s = sql::exec(db, QStringLiteral("SELECT id, starts_at, topic, kind, hours FROM session "
                                               "WHERE group_id = ? AND deleted = 0 ORDER BY starts_at, id"),
                            {groupId});
    QHash<QString, int> sessionIndex;
    while (s.next()) {
        sessionIndex.insert(s.value(0).toString(), int(grid.sessions.size()));
        grid.sessions << SessionColumn{s.value(0).toString(), s.value(1).toString(), s.value(2).toString(), s.value(3).toString(),
                                       s.value(4).toDouble()};
    }
    QSqlQuery l = sql::exec(db, QStringLiteral("SELECT e.id, e.person_id, e.municipality_id, ") + personFullNameSql(QStringLiteral("p"))
                                    + QStringLiteral(", e.status, e.final_title, e.final_result FROM enrolment e JOIN person p ON p.id = e.person_id "
                                                     "WHERE e.group_id = ? AND e.deleted = 0 ORDER BY p.sort_name, e.id"),
                            {groupId});
    QHash<QString, int> learnerIndex;
    while (l.next()) {
        LearnerRow r;
        int i = 0;
        for (QString *v : {&r.enrolmentId, &r.personId, &r.municipalityId, &r.name, &r.status, &r.finalTitle, &r.finalResult})
            *v = l.value(i++).toString();
        learnerIndex.insert(r.personId, int(grid.learners.size()));
        grid.learners << r;
    }
    grid.cells.resize(grid.learners.size() * grid.sessions.size());
    // The one query for the cells: the group's sessions by session_group, each one's
    // marks through the unique (session_id, person_id) index.
    QSqlQuery m = sql::exec(db, QStringLiteral("SELECT m.session_id, m.person_id, m.id, COALESCE(m.attendance, ''), m.grade "
                                               "FROM session s JOIN journal_mark m ON m.session_id = s.id "
                                               "WHERE s.group_id = ? AND s.deleted = 0 AND m.deleted = 0"),
                            {groupId});
    while (m.next()) {
        const int si = sessionIndex.value(m.value(0).toString(), -1);
        const int li = learnerIndex.value(m.value(1).toString(), -1);
        if (si < 0 || li < 0)
            continue;
        grid.cell(li, si) = Mark{m.value(2).toString(), m.value(3).toString(), m.value(4).toString()};
    }
    return grid;
}

void JournalService::setMarks(const QString &groupId, const QList<MarkEdit> &edits)
{
    if (edits.isEmpty())
        return;
    const GroupInfo g = group(groupId);
    const QSqlDatabase db = m_db.db();
    sql::Transaction tx(db);
    QSqlQuery find = sql::prepare(db, QStringLiteral("SELECT m.id, s.group_id FROM session s LEFT JOIN journal_mark m "
                                                     "ON m.session_id = s.id AND m.person_id = ? WHERE s.id = ?"));
    QSqlQuery muni = sql::prepare(db, QStringLiteral("SELECT municipality_id FROM enrolment WHERE group_id = ? AND person_id = ? AND deleted = 0"));
    for (const MarkEdit &edit : edits) {
        const QString where = tr("session %1, learner %2").arg(edit.sessionId, edit.personId);
        if (!validAttendance(edit.attendance))
            throw Error(tr("Journal of %1, %2: attendance \"%3\" is not present, absent, excused or late")
                            .arg(g.code, where, edit.attendance));
        const QString problem = CompletionRules::gradeProblem(g.grading, edit.grade);
        if (!problem.isEmpty())
            throw Error(tr("Journal of %1, %2: %3").arg(g.code, where, problem));
        sql::bindAll(find, {edit.personId, edit.sessionId});
        sql::exec(find);
        if (!find.next() || find.value(1).toString() != groupId)
            throw Error(tr("Journal of %1: session %2 is not one of the group's").arg(g.code, edit.sessionId));
        const QString markId = find.value(0).toString();
        find.finish();
        sql::bindAll(muni, {groupId, edit.personId});
        sql::exec(muni);
        if (!muni.next())
            throw Error(tr("Journal of %1: %2 is not enrolled in the group").arg(g.code, edit.personId));
        const QVariant municipality = muni.value(0);
        muni.finish();
        const QVariant attendance = edit.attendance.isEmpty() ? QVariant() : QVariant(edit.attendance);
        const bool empty = edit.attendance.isEmpty() && edit.grade.isEmpty();
        if (markId.isEmpty()) {
            if (empty)
                continue;
            Rows::insert(m_db, QStringLiteral("journal_mark"),
                         {{QStringLiteral("municipality_id"), municipality},
                          {QStringLiteral("session_id"), edit.sessionId},
                          {QStringLiteral("person_id"), edit.personId},
                          {QStringLiteral("attendance"), attendance},
                          {QStringLiteral("grade"), edit.grade}});
        } else {
            // The row stays (the cell index is unique); an emptied cell becomes a tombstone.
            Rows::update(m_db, QStringLiteral("journal_mark"), markId,
                         {{QStringLiteral("attendance"), attendance},
                          {QStringLiteral("grade"), edit.grade},
                          {QStringLiteral("deleted"), empty ? 1 : 0}});
        }
    }
    tx.commit();
}

void JournalService::setFinal(const QString &enrolmentId, const QString &title, const QString &result)
{
    QSqlQuery q = sql::exec(m_db.db(), QStringLiteral("SELECT p.grading, g.code FROM enrolment e JOIN study_group g ON g.id = e.group_id "
                                                      "JOIN programme p ON p.id = g.programme_id WHERE e.id = ?"),
                            {enrolmentId});
    if (!q.next())
        throw Error(tr("No enrolment %1").arg(enrolmentId));
    const QString problem = CompletionRules::gradeProblem(q.value(0).toString(), result);
    if (!problem.isEmpty())
        throw Error(tr("Final attestation in %1, enrolment %2: %3").arg(q.value(1).toString(), enrolmentId, problem));
    Rows::update(m_db, QStringLiteral("enrolment"), enrolmentId,
                 {{QStringLiteral("final_title"), title.trimmed()}, {QStringLiteral("final_result"), result.trimmed()}});
}

CompletionReport JournalService::evaluate(const QString &groupId, const QDate &asOf) const
{
    const JournalGrid grid = load(groupId);
    const QString day = asOf.isValid() ? asOf.toString(Qt::ISODate) : QDate::currentDate().toString(Qt::ISODate);
    CompletionReport report;
    for (int l = 0; l < grid.learners.size(); ++l) {
        const LearnerRow &learner = grid.learners.at(l);
        // Those who left earlier keep their status; an earlier decision may be revised.
        if (learner.status == QLatin1String("transferred") || learner.status == QLatin1String("withdrawn"))
            continue;
        LearnerOutcome o;
        o.enrolmentId = learner.enrolmentId;
        o.personId = learner.personId;
        o.name = learner.name;
        o.previousStatus = learner.status;
        for (int s = 0; s < grid.sessions.size(); ++s) {
            if (grid.sessions.at(s).startsAt.left(10) > day)
                continue;
            ++o.count.held;
            const QString &a = grid.cell(l, s).attendance;
            if (a == QLatin1String("present"))
                ++o.count.present;
            else if (a == QLatin1String("late"))
                ++o.count.late;
            else if (a == QLatin1String("excused"))
                ++o.count.excused;
            else
                ++o.count.absent;
        }
        o.decision = CompletionRules::decide(o.count, grid.group.completionAttendance, grid.group.grading, learner.finalResult);
        if (o.decision.status == QLatin1String("completed"))
            ++report.completed;
        else if (o.decision.status == QLatin1String("expelled"))
            ++report.expelled;
        else
            ++report.notCompleted;
        report.outcomes << o;
    }
    return report;
}

CompletionReport JournalService::complete(const QString &groupId, const QDate &asOf)
{
    const QDate day = asOf.isValid() ? asOf : QDate::currentDate();
    CompletionReport report = evaluate(groupId, day);
    const GroupInfo g = group(groupId);
    const QSqlDatabase db = m_db.db();
    sql::Transaction tx(db);
    CertificateService certificates(m_db);
    QSqlQuery hasDoc = sql::prepare(db, QStringLiteral("SELECT id, doc_kind, series, number, reg_number FROM certificate "
                                                       "WHERE enrolment_id = ? AND deleted = 0 AND status = 'original'"));
    QSqlQuery items = sql::prepare(db, QStringLiteral("SELECT ri.id FROM route r JOIN route_item ri ON ri.route_id = r.id "
                                                      "WHERE r.person_id = ? AND r.deleted = 0 AND ri.deleted = 0 "
                                                      "AND ri.kind = 'programme' AND ri.ref_id = ? "
                                                      "AND ri.status NOT IN ('cancelled', 'done')"));
    for (const LearnerOutcome &o : std::as_const(report.outcomes)) {
        Rows::update(m_db, QStringLiteral("enrolment"), o.enrolmentId,
                     {{QStringLiteral("status"), o.decision.status}, {QStringLiteral("outcome_on"), day.toString(Qt::ISODate)}});
        const bool done = o.decision.status == QLatin1String("completed");
        const QString kind = done ? (g.programmeKind == QLatin1String("PP") ? QStringLiteral("pp_diploma") : QStringLiteral("pk_certificate"))
                                  : QStringLiteral("study_reference");
        // A document already issued for the enrolment stays (re-running completion is safe).
        sql::bindAll(hasDoc, {o.enrolmentId});
        sql::exec(hasDoc);
        QString evidence;
        if (hasDoc.next()) {
            evidence = tr("%1 %2 %3, reg. %4 (certificate %5)")
                           .arg(CertificateService::docKindTitle(hasDoc.value(1).toString()), hasDoc.value(2).toString(),
                                hasDoc.value(3).toString(), hasDoc.value(4).toString(), hasDoc.value(0).toString());
            hasDoc.finish();
        } else {
            hasDoc.finish();
            const CertificateRecord c = certificates.issue(o.enrolmentId, kind, day);
            ++report.certificates;
            evidence = tr("%1 %2 %3, reg. %4 (certificate %5)")
                           .arg(CertificateService::docKindTitle(c.docKind), c.series, c.number, c.regNumber, c.id);
        }
        if (!done)
            continue;
        sql::bindAll(items, {o.personId, g.programmeId});
        sql::exec(items);
        QStringList ids;
        while (items.next())
            ids << items.value(0).toString();
        items.finish();
        for (const QString &id : std::as_const(ids)) {
            Rows::update(m_db, QStringLiteral("route_item"), id,
                         {{QStringLiteral("status"), QStringLiteral("done")}, {QStringLiteral("evidence"), evidence.simplified()}});
            ++report.routeItemsClosed;
        }
    }
    Rows::update(m_db, QStringLiteral("study_group"), groupId, {{QStringLiteral("status"), QStringLiteral("finished")}});
    tx.commit();
    return report;
}

} // namespace metodist::journal
