#include "mentoring.h"

#include "registry/personnamesql.h"
#include "storage/rows.h"
#include "storage/sql.h"

namespace metodist::support {

static QString personName(const Database &db, const QString &id)
{
    return sql::scalar(db.db(), QStringLiteral("SELECT ") + personFullNameSql() + QStringLiteral(" FROM person WHERE id = ? AND deleted = 0"),
                       {id}).toString();
}

QString MentoringService::create(const MentoringPair &pair)
{
    if (pair.mentorId.isEmpty() || pair.menteeId.isEmpty())
        throw Error(tr("Mentoring pair: choose both the mentor and the mentee."));
    if (pair.mentorId == pair.menteeId)
        throw Error(tr("Mentoring pair: a person cannot mentor themselves."));
    if (!pair.startsOn.isValid())
        throw Error(tr("Mentoring pair: the start date is required."));
    if (pair.endsOn.isValid() && pair.endsOn < pair.startsOn)
        throw Error(tr("Mentoring pair: the end date %1 is before the start date %2.")
                        .arg(pair.endsOn.toString(QStringLiteral("dd.MM.yyyy")), pair.startsOn.toString(QStringLiteral("dd.MM.yyyy"))));
    const QString mentee = personName(m_db, pair.menteeId);
    if (mentee.isEmpty() || personName(m_db, pair.mentorId).isEmpty())
        throw Error(tr("Mentoring pair: the mentor or the mentee is not in the register."));

    // Periods [s1, e1] and [s2, e2] overlap when s1 <= e2 and s2 <= e1; an open end is +infinity.
    const QString start = pair.startsOn.toString(Qt::ISODate);
    const QString end = pair.endsOn.isValid() ? pair.endsOn.toString(Qt::ISODate) : QStringLiteral("9999-12-31");
    QSqlQuery clash = sql::exec(m_db.db(), QStringLiteral("SELECT ") + personFullNameSql(QStringLiteral("p")) + QStringLiteral(
        ", mp.starts_on, coalesce(mp.ends_on, '') "
        "FROM mentoring_pair mp JOIN person p ON p.id = mp.mentor_person_id "
        "WHERE mp.mentee_person_id = ? AND mp.deleted = 0 AND mp.status = 'active' "
        "AND mp.starts_on <= ? AND coalesce(nullif(mp.ends_on, ''), '9999-12-31') >= ? ORDER BY mp.starts_on LIMIT 1"),
        {pair.menteeId, end, start});
    if (clash.next()) {
        const QString until = clash.value(2).toString().isEmpty()
            ? tr("open-ended")
            : QDate::fromString(clash.value(2).toString(), Qt::ISODate).toString(QStringLiteral("dd.MM.yyyy"));
        throw Error(tr("Mentoring pair: %1 already has an active mentor for this period: %2, from %3 to %4. "
                       "End that pair first.")
                        .arg(mentee, clash.value(0).toString(),
                             QDate::fromString(clash.value(1).toString(), Qt::ISODate).toString(QStringLiteral("dd.MM.yyyy")), until));
    }
    const QVariant muni = sql::scalar(m_db.db(), QStringLiteral("SELECT municipality_id FROM person WHERE id = ?"), {pair.menteeId});
    return Rows::insert(m_db, QStringLiteral("mentoring_pair"),
                        {{QStringLiteral("municipality_id"), muni},
                         {QStringLiteral("mentor_person_id"), pair.mentorId},
                         {QStringLiteral("mentee_person_id"), pair.menteeId},
                         {QStringLiteral("starts_on"), start},
                         {QStringLiteral("ends_on"), pair.endsOn.isValid() ? QVariant(end) : QVariant()},
                         {QStringLiteral("goal"), pair.goal.trimmed()},
                         {QStringLiteral("status"), QStringLiteral("active")}});
}

void MentoringService::end(const QString &pairId, const QDate &endsOn, bool cancelled)
{
    const MentoringPair pair = get(pairId);
    if (pair.id.isEmpty())
        throw Error(tr("Mentoring pair %1 does not exist.").arg(pairId));
    if (pair.status != QLatin1String("active"))
        throw Error(tr("Mentoring pair: only an active pair can be ended; this one is %1.").arg(statusTitle(pair.status)));
    if (!endsOn.isValid() || endsOn < pair.startsOn)
        throw Error(tr("Mentoring pair: the end date must not be before the start date %1.")
                        .arg(pair.startsOn.toString(QStringLiteral("dd.MM.yyyy"))));
    Rows::update(m_db, QStringLiteral("mentoring_pair"), pairId,
                 {{QStringLiteral("ends_on"), endsOn.toString(Qt::ISODate)},
                  {QStringLiteral("status"), cancelled ? QStringLiteral("cancelled") : QStringLiteral("finished")}});
}

MentoringPair MentoringService::get(const QString &pairId) const
{
    MentoringPair pair;
    QSqlQuery q = sql::exec(m_db.db(), QStringLiteral(
        "SELECT id, mentor_person_id, mentee_person_id, starts_on, ends_on, goal, status FROM mentoring_pair "
        "WHERE id = ? AND deleted = 0"), {pairId});
    if (q.next()) {
        pair.id = q.value(0).toString();
        pair.mentorId = q.value(1).toString();
        pair.menteeId = q.value(2).toString();
        pair.startsOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        pair.endsOn = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        pair.goal = q.value(5).toString();
        pair.status = q.value(6).toString();
    }
    return pair;
}

StaffQuery MentoringService::youngWithoutMentorQuery(const StaffFilter &filter, int limit, int offset)
{
    StaffFilter young = filter;
    young.youngOnly = true;
    // The staff list's own query keeps one definition of a young teacher; the pairs are
    // checked on the page it returns.
    StaffQuery q = buildStaffPageQuery(young, StaffColumn::Name, false, -1, 0);
    q.sql = QStringLiteral("SELECT * FROM (%1) s WHERE NOT EXISTS (SELECT 1 FROM mentoring_pair mp "
                           "WHERE mp.mentee_person_id = s.id AND mp.deleted = 0 AND mp.status = 'active') LIMIT %2 OFFSET %3")
                .arg(q.sql).arg(limit).arg(offset);
    return q;
}

StaffQuery MentoringService::youngWithoutMentorCountQuery(const StaffFilter &filter)
{
    StaffFilter young = filter;
    young.youngOnly = true;
    StaffQuery q = buildStaffCountQuery(young);
    q.sql += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM mentoring_pair mp WHERE mp.mentee_person_id = p.id "
                            "AND mp.deleted = 0 AND mp.status = 'active')");
    return q;
}

QString MentoringService::pairListSql(bool activeOnly)
{
    return QStringLiteral(
        "SELECT %2, coalesce(ao.name, ''), "
        "%3, coalesce(bo.name, ''), "
        "mp.starts_on, coalesce(mp.ends_on, ''), mp.goal, mp.status, b.birth_date, b.profession_start_date, mp.id "
        "FROM mentoring_pair mp JOIN person a ON a.id = mp.mentor_person_id JOIN person b ON b.id = mp.mentee_person_id "
        "LEFT JOIN organisation ao ON ao.id = a.organisation_id LEFT JOIN organisation bo ON bo.id = b.organisation_id "
        "WHERE mp.deleted = 0%1 ORDER BY mp.status = 'active' DESC, mp.starts_on DESC, b.sort_name")
        .arg(activeOnly ? QStringLiteral(" AND mp.status = 'active'") : QString(), personFullNameSql(QStringLiteral("a")),
             personFullNameSql(QStringLiteral("b")));
}

QString MentoringService::statusTitle(const QString &status)
{
    if (status == QLatin1String("active"))
        return tr("active");
    if (status == QLatin1String("finished"))
        return tr("finished");
    if (status == QLatin1String("cancelled"))
        return tr("cancelled");
    return status;
}

} // namespace metodist::support
