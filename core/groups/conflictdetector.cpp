#include "conflictdetector.h"

#include "registry/personnamesql.h"
#include "storage/errors.h"
#include "storage/sql.h"

#include <QHash>
#include <QSet>

namespace metodist {

namespace {
// Learners who take part in a group: neither moved out nor withdrawn.
const char *const kAttending = "status IN ('enrolled', 'completed', 'not_completed')";

QDateTime parseIso(const QString &text)
{
    return QDateTime::fromString(text.left(16), QStringLiteral("yyyy-MM-dd'T'HH:mm"));
}
} // namespace

QString ConflictDetector::isoMinute(const QDateTime &t)
{
    return t.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm"));
}

QString ConflictDetector::kindName(Conflict::Kind kind)
{
    switch (kind) {
    case Conflict::Kind::InstructorBusy: return tr("Instructor double-booked");
    case Conflict::Kind::RoomBusy: return tr("Room double-booked");
    case Conflict::Kind::EquipmentBusy: return tr("Equipment double-booked");
    case Conflict::Kind::LearnerOverlap: return tr("Learner in two sessions");
    case Conflict::Kind::RoomTooSmall: return tr("Room too small");
    case Conflict::Kind::OutsideGroupDates: return tr("Outside the group's dates");
    case Conflict::Kind::OutsideAvailability: return tr("Outside instructor's availability");
    case Conflict::Kind::HoursExceeded: return tr("More hours than the programme");
    }
    return {};
}

SessionDraft ConflictDetector::load(const QString &sessionId) const
{
    auto q = sql::exec(m_db.db(),
                       QStringLiteral("SELECT group_id, starts_at, ends_at, COALESCE(room_id, ''), hours, topic, kind, "
                                      "COALESCE(module_id, '') FROM session WHERE id = ? AND deleted = 0"),
                       {sessionId});
    if (!q.next())
        throw Error(tr("Session %1 does not exist").arg(sessionId));
    SessionDraft s;
    s.id = sessionId;
    s.groupId = q.value(0).toString();
    s.startsAt = parseIso(q.value(1).toString());
    s.endsAt = parseIso(q.value(2).toString());
    s.roomId = q.value(3).toString();
    s.hours = q.value(4).toDouble();
    s.topic = q.value(5).toString();
    s.kind = q.value(6).toString();
    s.moduleId = q.value(7).toString();
    auto i = sql::exec(m_db.db(), QStringLiteral("SELECT instructor_id FROM session_instructor WHERE session_id = ? AND deleted = 0"),
                       {sessionId});
    while (i.next())
        s.instructorIds << i.value(0).toString();
    auto e = sql::exec(m_db.db(), QStringLiteral("SELECT equipment_id FROM session_equipment WHERE session_id = ? AND deleted = 0"),
                       {sessionId});
    while (e.next())
        s.equipmentIds << e.value(0).toString();
    return s;
}

// Sessions overlapping [start, end) start after start - longest session: the range the
// starts_at indexes can seek to.
QString ConflictDetector::lowerBound(const QDateTime &start) const
{
    if (m_maxSpanMinutes < 0) {
        const QVariant v = sql::scalar(m_db.db(), QStringLiteral("SELECT MAX((julianday(ends_at) - julianday(starts_at)) * 1440) "
                                                                 "FROM session WHERE deleted = 0"));
        m_maxSpanMinutes = v.isNull() ? 0 : int(v.toDouble() + 1.5);
    }
    return isoMinute(start.addSecs(-60LL * m_maxSpanMinutes));
}

QString ConflictDetector::describe(const QString &sessionId) const
{
    auto q = sql::exec(m_db.db(),
                       QStringLiteral("SELECT g.code, s.starts_at, s.ends_at FROM session s JOIN study_group g ON g.id = s.group_id "
                                      "WHERE s.id = ?"),
                       {sessionId});
    if (!q.next())
        return sessionId;
    return tr("group %1 on %2–%3").arg(q.value(0).toString(), q.value(1).toString().replace(QLatin1Char('T'), QLatin1Char(' ')),
                                          q.value(2).toString().mid(11, 5));
}

static QString describeDraftUncached(const Database &db, const SessionDraft &s)
{
    const QString code = sql::scalar(db.db(), QStringLiteral("SELECT code FROM study_group WHERE id = ?"), {s.groupId}).toString();
    return ConflictDetector::tr("group %1 on %2–%3")
        .arg(code, s.startsAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), s.endsAt.toString(QStringLiteral("HH:mm")));
}

void ConflictDetector::busy(const SessionDraft &s, QList<Conflict> &out) const
{
    const QString start = isoMinute(s.startsAt), end = isoMinute(s.endsAt), lb = lowerBound(s.startsAt);
    const QString me = m_me;
    const QString overlap = QStringLiteral(" AND o.deleted = 0 AND o.id <> ? AND o.starts_at >= ? AND o.starts_at < ? AND o.ends_at > ?");
    if (!s.roomId.isEmpty()) {
        auto q = sql::exec(m_db.db(),
                           QStringLiteral("SELECT o.id, r.name FROM session o JOIN room r ON r.id = o.room_id WHERE o.room_id = ?") + overlap
                               + QStringLiteral(" ORDER BY o.starts_at"),
                           {s.roomId, s.id, lb, end, start});
        while (q.next())
            out.append({Conflict::Kind::RoomBusy, s.id, q.value(0).toString(), s.roomId, q.value(1).toString(),
                        tr("Room %1 is booked for %2 and for %3 at the same time").arg(q.value(1).toString(), me, describe(q.value(0).toString()))});
    }
    for (const QString &instructor : s.instructorIds) {
        auto q = sql::exec(m_db.db(),
                           QStringLiteral("SELECT o.id, i.full_name FROM session o CROSS JOIN session_instructor si ON si.session_id = o.id "
                                          "JOIN instructor i ON i.id = si.instructor_id WHERE si.instructor_id = ? AND si.deleted = 0")
                               + overlap + QStringLiteral(" ORDER BY o.starts_at"),
                           {instructor, s.id, lb, end, start});
        while (q.next())
            out.append({Conflict::Kind::InstructorBusy, s.id, q.value(0).toString(), instructor, q.value(1).toString(),
                        tr("Instructor %1 is booked for %2 and for %3 at the same time").arg(q.value(1).toString(), me, describe(q.value(0).toString()))});
    }
    for (const QString &equipment : s.equipmentIds) {
        auto q = sql::exec(m_db.db(),
                           QStringLiteral("SELECT o.id, e.name FROM session o CROSS JOIN session_equipment se ON se.session_id = o.id "
                                          "JOIN equipment e ON e.id = se.equipment_id WHERE se.equipment_id = ? AND se.deleted = 0")
                               + overlap + QStringLiteral(" ORDER BY o.starts_at"),
                           {equipment, s.id, lb, end, start});
        while (q.next())
            out.append({Conflict::Kind::EquipmentBusy, s.id, q.value(0).toString(), equipment, q.value(1).toString(),
                        tr("Equipment %1 is needed by %2 and by %3 at the same time").arg(q.value(1).toString(), me, describe(q.value(0).toString()))});
    }
}

void ConflictDetector::learners(const SessionDraft &s, QList<Conflict> &out) const
{
    auto q = sql::exec(m_db.db(),
                       QStringLiteral("SELECT o.id, p.id, ") + personFullNameSql(QStringLiteral("p")) + QStringLiteral(" "
                                      "FROM enrolment e1 "
                                      "JOIN enrolment e2 ON e2.person_id = e1.person_id AND e2.group_id <> e1.group_id AND e2.deleted = 0 AND e2.%1 "
                                      "JOIN session o ON o.group_id = e2.group_id AND o.deleted = 0 AND o.id <> ? "
                                      " AND o.starts_at >= ? AND o.starts_at < ? AND o.ends_at > ? "
                                      "JOIN person p ON p.id = e1.person_id "
                                      "WHERE e1.group_id = ? AND e1.deleted = 0 AND e1.%1 ORDER BY o.starts_at, p.last_name")
                           .arg(QLatin1String(kAttending)),
                       {s.id, lowerBound(s.startsAt), isoMinute(s.endsAt), isoMinute(s.startsAt), s.groupId});
    const QString me = m_me;
    while (q.next()) {
        const QString name = q.value(2).toString().trimmed();
        out.append({Conflict::Kind::LearnerOverlap, s.id, q.value(0).toString(), q.value(1).toString(), name,
                    tr("Learner %1 has %2 and %3 at the same time").arg(name, me, describe(q.value(0).toString()))});
    }
}

void ConflictDetector::perSession(const SessionDraft &s, QList<Conflict> &out) const
{
    auto g = sql::exec(m_db.db(),
                       QStringLiteral("SELECT g.code, g.starts_on, g.ends_on, p.title, p.hours, "
                                      "(SELECT COUNT(*) FROM enrolment e WHERE e.group_id = g.id AND e.deleted = 0 AND e.%1), "
                                      "(SELECT COALESCE(SUM(hours), 0) FROM session x WHERE x.group_id = g.id AND x.deleted = 0 AND x.id <> ?) "
                                      "FROM study_group g JOIN programme p ON p.id = g.programme_id WHERE g.id = ?")
                           .arg(QLatin1String(kAttending)),
                       {s.id, s.groupId});
    if (!g.next())
        throw Error(tr("Group %1 does not exist").arg(s.groupId));
    const QString code = g.value(0).toString();
    const QDate from = QDate::fromString(g.value(1).toString(), Qt::ISODate), to = QDate::fromString(g.value(2).toString(), Qt::ISODate);
    const int learners = g.value(5).toInt();
    const QString me = m_me;
    if (s.startsAt.date() < from || s.endsAt.date() > to)
        out.append({Conflict::Kind::OutsideGroupDates, s.id, {}, s.groupId, code,
                    tr("Session of %1 is outside the group's dates %2–%3").arg(me, g.value(1).toString(), g.value(2).toString())});
    const double total = g.value(6).toDouble() + s.hours;
    if (total > g.value(4).toDouble() + 1e-9)
        out.append({Conflict::Kind::HoursExceeded, s.id, {}, s.groupId, code,
                    tr("Group %1 has %2 hours of sessions but programme \"%3\" has %4").arg(code).arg(total).arg(g.value(3).toString()).arg(g.value(4).toInt())});
    if (!s.roomId.isEmpty()) {
        auto r = sql::exec(m_db.db(), QStringLiteral("SELECT name, capacity, kind FROM room WHERE id = ?"), {s.roomId});
        if (r.next() && r.value(2).toString() != QLatin1String("online") && r.value(1).toInt() < learners)
            out.append({Conflict::Kind::RoomTooSmall, s.id, {}, s.roomId, r.value(0).toString(),
                        tr("Room %1 has %2 seats but group %3 has %4 learners (%5)")
                            .arg(r.value(0).toString()).arg(r.value(1).toInt()).arg(code).arg(learners).arg(me)});
    }
    availability(s, out);
}

// An instructor without availability rows is available any time.
void ConflictDetector::availability(const SessionDraft &s, QList<Conflict> &out) const
{
    const QString date = s.startsAt.date().toString(Qt::ISODate);
    const QString begin = s.startsAt.toString(QStringLiteral("HH:mm")), end = s.endsAt.toString(QStringLiteral("HH:mm"));
    for (const QString &instructor : s.instructorIds) {
        auto q = sql::exec(m_db.db(),
                           QStringLiteral("SELECT COUNT(*), SUM(weekday = ? AND start_time <= ? AND end_time >= ? "
                                          " AND (date_from IS NULL OR date_from <= ?) AND (date_to IS NULL OR date_to >= ?)), "
                                          " (SELECT full_name FROM instructor WHERE id = ?) "
                                          "FROM instructor_availability WHERE instructor_id = ? AND deleted = 0"),
                           {s.startsAt.date().dayOfWeek(), begin, end, date, date, instructor, instructor});
        q.next();
        const bool sameDay = s.startsAt.date() == s.endsAt.date();
        if (q.value(0).toInt() > 0 && (!sameDay || q.value(1).toInt() == 0)) {
            const QString name = q.value(2).toString();
            out.append({Conflict::Kind::OutsideAvailability, s.id, {}, instructor, name,
                        tr("Session of %1 is outside the availability of instructor %2").arg(m_me, name)});
        }
    }
}

QList<Conflict> ConflictDetector::check(const SessionDraft &session) const
{
    if (!session.startsAt.isValid() || !session.endsAt.isValid() || session.endsAt <= session.startsAt)
        throw Error(tr("A session must end after it starts (%1 – %2)").arg(isoMinute(session.startsAt), isoMinute(session.endsAt)));
    QList<Conflict> out;
    m_me = describeDraftUncached(m_db, session);
    busy(session, out);
    learners(session, out);
    perSession(session, out);
    return out;
}

QList<Conflict> ConflictDetector::scan(const QDate &from, const QDate &to) const
{
    // The period's sessions with their instructors and equipment in three range queries
    // instead of three lookups per session.
    const QVariantList range{from.toString(Qt::ISODate), to.addDays(1).toString(Qt::ISODate)};
    const QString inPeriod = QStringLiteral("s.deleted = 0 AND s.starts_at >= ? AND s.starts_at < ?");
    auto q = sql::exec(m_db.db(),
                       QStringLiteral("SELECT s.id, s.group_id, s.starts_at, s.ends_at, COALESCE(s.room_id, ''), s.hours, s.topic, s.kind, "
                                      "COALESCE(s.module_id, '') FROM session s WHERE ") + inPeriod + QStringLiteral(" ORDER BY s.starts_at, s.id"),
                       range);
    QList<SessionDraft> sessions;
    QHash<QString, qsizetype> index;
    while (q.next()) {
        SessionDraft d;
        d.id = q.value(0).toString();
        d.groupId = q.value(1).toString();
        d.startsAt = parseIso(q.value(2).toString());
        d.endsAt = parseIso(q.value(3).toString());
        d.roomId = q.value(4).toString();
        d.hours = q.value(5).toDouble();
        d.topic = q.value(6).toString();
        d.kind = q.value(7).toString();
        d.moduleId = q.value(8).toString();
        index.insert(d.id, sessions.size());
        sessions << d;
    }
    for (const auto &[table, column] : {std::pair{"session_instructor", "instructor_id"}, std::pair{"session_equipment", "equipment_id"}}) {
        auto links = sql::exec(m_db.db(),
                               QStringLiteral("SELECT l.session_id, l.%1 FROM session s JOIN %2 l ON l.session_id = s.id AND l.deleted = 0 WHERE ")
                                       .arg(QLatin1String(column), QLatin1String(table))
                                   + inPeriod,
                               range);
        while (links.next()) {
            SessionDraft &d = sessions[index.value(links.value(0).toString())];
            (qstrcmp(table, "session_instructor") == 0 ? d.instructorIds : d.equipmentIds) << links.value(1).toString();
        }
    }
    QList<Conflict> out;
    QSet<QString> seen;
    for (const SessionDraft &d : sessions) {
        for (const Conflict &c : check(d)) {
            QString key;
            if (c.kind == Conflict::Kind::HoursExceeded)
                key = QStringLiteral("h|") + c.resourceId; // once per group
            else if (!c.otherSessionId.isEmpty())
                key = QString::number(int(c.kind)) + QLatin1Char('|') + qMin(c.sessionId, c.otherSessionId) + QLatin1Char('|')
                      + qMax(c.sessionId, c.otherSessionId) + QLatin1Char('|') + c.resourceId;
            if (!key.isEmpty()) {
                if (seen.contains(key))
                    continue;
                seen.insert(key);
            }
            out.append(c);
        }
    }
    return out;
}

} // namespace metodist
