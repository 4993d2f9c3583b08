#include "applicationservice.h"

#include "storage/errors.h"
#include "storage/ids.h"
#include "storage/rows.h"
#include "storage/sql.h"

#include <QHash>
#include <QSet>

namespace metodist {

namespace {

QVariant textOrNull(const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); }
QVariant textOrEmpty(const QString &s) { return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s); }

} // namespace

bool ApplicationService::canMove(const QString &from, const QString &to)
{
    static const QHash<QString, QStringList> allowed = {
        {QStringLiteral("submitted"), {QStringLiteral("under_review"), QStringLiteral("rejected")}},
        {QStringLiteral("under_review"), {QStringLiteral("approved"), QStringLiteral("rejected")}},
        {QStringLiteral("approved"), {QStringLiteral("enrolled"), QStringLiteral("rejected")}},
    };
    return allowed.value(from).contains(to);
}

void ApplicationService::checkTarget(const QString &targetKind, const QString &targetId) const
{
    if (targetKind == QLatin1String("programme")) {
        const QVariant status = sql::scalar(m_db.db(), QStringLiteral("SELECT status FROM programme WHERE id = ? AND deleted = 0"), {targetId});
        if (!status.isValid())
            throw Error(tr("Application: no programme %1 in the catalogue.").arg(targetId));
        if (status.toString() != QLatin1String("active"))
            throw Error(tr("Application: the programme %1 is %2, not open for applications.").arg(targetId, status.toString()));
    } else if (targetKind == QLatin1String("event")) {
        if (!sql::scalar(m_db.db(), QStringLiteral("SELECT 1 FROM event WHERE id = ? AND deleted = 0"), {targetId}).isValid())
            throw Error(tr("Application: no event %1 in the catalogue.").arg(targetId));
    } else {
        throw Error(tr("Application: the target kind «%1» is neither programme nor event.").arg(targetKind));
    }
}

QString ApplicationService::submitIndividual(const QString &personId, const QString &targetKind, const QString &targetId,
                                             const QDate &submittedOn, const QString &comment)
{
    QSqlQuery q = sql::exec(m_db.db(), QStringLiteral("SELECT organisation_id, municipality_id FROM person WHERE id = ? AND deleted = 0"),
                            {personId});
    if (!q.next())
        throw Error(tr("Application: no person %1 in the register.").arg(personId));
    Application a;
    a.kind = QStringLiteral("individual");
    a.organisationId = q.value(0).toString();
    a.municipalityId = q.value(1).toString();
    a.targetKind = targetKind;
    a.targetId = targetId;
    a.submittedOn = submittedOn;
    a.personIds = {personId};
    return submit(a, comment);
}

QString ApplicationService::submitMass(const QString &organisationId, const QString &targetKind, const QString &targetId,
                                       const QStringList &personIds, const QDate &submittedOn, const QString &comment)
{
    const QVariant municipality = sql::scalar(
        m_db.db(), QStringLiteral("SELECT municipality_id FROM organisation WHERE id = ? AND deleted = 0"), {organisationId});
    if (!municipality.isValid())
        throw Error(tr("Application: no organisation %1 in the register.").arg(organisationId));
    if (personIds.isEmpty())
        throw Error(tr("Application: a mass application lists at least one person."));
    for (const QString &person : personIds) {
        const QVariant org = sql::scalar(m_db.db(), QStringLiteral("SELECT organisation_id FROM person WHERE id = ? AND deleted = 0"), {person});
        if (!org.isValid())
            throw Error(tr("Application: no person %1 in the register.").arg(person));
        if (org.toString() != organisationId)
            throw Error(tr("Application: person %1 does not work in the sending organisation.").arg(person));
    }
    Application a;
    a.kind = QStringLiteral("mass");
    a.organisationId = organisationId;
    a.municipalityId = municipality.toString();
    a.targetKind = targetKind;
    a.targetId = targetId;
    a.submittedOn = submittedOn;
    a.personIds = QStringList(QSet<QString>(personIds.begin(), personIds.end()).values());
    a.personIds.sort();
    return submit(a, comment);
}

QString ApplicationService::submit(Application a, const QString &comment)
{
    checkTarget(a.targetKind, a.targetId);
    if (!a.submittedOn.isValid())
        throw Error(tr("Application: the submission date is missing."));
    sql::Transaction tx(m_db.db());
    // Nobody applies twice to the same target while an earlier application is alive.
    for (const QString &person : a.personIds) {
        const QVariant other = sql::scalar(m_db.db(), QStringLiteral(
            "SELECT a.id FROM application a JOIN application_person ap ON ap.application_id = a.id AND ap.deleted = 0 "
            "WHERE ap.person_id = ? AND a.target_kind = ? AND a.target_id = ? AND a.deleted = 0 AND a.status <> 'rejected' LIMIT 1"),
            {person, a.targetKind, a.targetId});
        if (other.isValid())
            throw Error(tr("Application: person %1 already has application %2 to this %3.").arg(person, other.toString(), a.targetKind));
    }
    a.id = Rows::insert(m_db, QStringLiteral("application"), {
        {QStringLiteral("kind"), a.kind},
        {QStringLiteral("organisation_id"), textOrNull(a.organisationId)},
        {QStringLiteral("municipality_id"), textOrNull(a.municipalityId)},
        {QStringLiteral("target_kind"), a.targetKind},
        {QStringLiteral("target_id"), a.targetId},
        {QStringLiteral("status"), QStringLiteral("submitted")},
        {QStringLiteral("submitted_on"), a.submittedOn.toString(Qt::ISODate)}});
    for (const QString &person : a.personIds)
        Rows::insert(m_db, QStringLiteral("application_person"), {
            {QStringLiteral("application_id"), a.id},
            {QStringLiteral("person_id"), person},
            {QStringLiteral("municipality_id"), textOrNull(a.municipalityId)}});
    Rows::insert(m_db, QStringLiteral("application_status_change"), {
        {QStringLiteral("application_id"), a.id},
        {QStringLiteral("municipality_id"), textOrNull(a.municipalityId)},
        {QStringLiteral("status"), QStringLiteral("submitted")},
        {QStringLiteral("changed_at"), nowMs()},
        {QStringLiteral("comment"), textOrEmpty(comment)}});
    tx.commit();
    return a.id;
}

void ApplicationService::setStatus(const QString &applicationId, const QString &status, const QString &comment)
{
    sql::Transaction tx(m_db.db());
    QSqlQuery q = sql::exec(m_db.db(), QStringLiteral("SELECT status, municipality_id FROM application WHERE id = ? AND deleted = 0"),
                            {applicationId});
    if (!q.next())
        throw Error(tr("No application %1.").arg(applicationId));
    const QString current = q.value(0).toString();
    const QVariant municipality = q.value(1);
    if (!canMove(current, status))
        throw Error(tr("Application %1: the status cannot change from «%2» to «%3».").arg(applicationId, current, status));
    QVariantMap fields{{QStringLiteral("status"), status}};
    if (status == QLatin1String("rejected")) {
        if (comment.trimmed().isEmpty())
            throw Error(tr("Application %1: a rejection needs a reason.").arg(applicationId));
        fields.insert(QStringLiteral("reject_reason"), textOrEmpty(comment.trimmed()));
    }
    Rows::update(m_db, QStringLiteral("application"), applicationId, fields);
    // Changes within the same millisecond still sort in order.
    const qint64 last = sql::scalar(m_db.db(), QStringLiteral(
        "SELECT COALESCE(MAX(changed_at), 0) FROM application_status_change WHERE application_id = ?"), {applicationId}).toLongLong();
    Rows::insert(m_db, QStringLiteral("application_status_change"), {
        {QStringLiteral("application_id"), applicationId},
        {QStringLiteral("municipality_id"), municipality},
        {QStringLiteral("status"), status},
        {QStringLiteral("changed_at"), std::max(nowMs(), last + 1)},
        {QStringLiteral("comment"), textOrEmpty(comment.trimmed())}});
    tx.commit();
}

Application ApplicationService::load(const QString &applicationId) const
{
    QSqlQuery q = sql::exec(m_db.db(), QStringLiteral(
        "SELECT id, kind, organisation_id, municipality_id, target_kind, target_id, status, reject_reason, submitted_on "
        "FROM application WHERE id = ? AND deleted = 0"), {applicationId});
    if (!q.next())
        throw Error(tr("No application %1.").arg(applicationId));
    Application a;
    a.id = q.value(0).toString();
    a.kind = q.value(1).toString();
    a.organisationId = q.value(2).toString();
    a.municipalityId = q.value(3).toString();
    a.targetKind = q.value(4).toString();
    a.targetId = q.value(5).toString();
    a.status = q.value(6).toString();
    a.rejectReason = q.value(7).toString();
    a.submittedOn = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    QSqlQuery p = sql::exec(m_db.db(), QStringLiteral(
        "SELECT person_id FROM application_person WHERE application_id = ? AND deleted = 0 ORDER BY person_id"), {applicationId});
    while (p.next())
        a.personIds << p.value(0).toString();
    return a;
}

QList<ApplicationStatusChange> ApplicationService::history(const QString &applicationId) const
{
    QList<ApplicationStatusChange> result;
    QSqlQuery q = sql::exec(m_db.db(), QStringLiteral(
        "SELECT status, changed_at, comment, updated_by FROM application_status_change "
        "WHERE application_id = ? AND deleted = 0 ORDER BY changed_at, rowid"), {applicationId});
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()});
    return result;
}

QList<PendingApplication> ApplicationService::pending(const QString &municipalityId, int limit) const
{
    QVariantList args;
    QString where = QStringLiteral("a.deleted = 0 AND a.status IN ('submitted', 'under_review', 'approved')");
    if (!municipalityId.isEmpty()) {
        where += QStringLiteral(" AND a.municipality_id = ?");
        args << municipalityId;
    }
    args << limit;
    QSqlQuery q = sql::exec(m_db.db(), QStringLiteral(
        "SELECT a.id, a.kind, a.status, a.target_kind, a.target_id, "
        "  COALESCE(pr.title, ev.title, a.target_id), COALESCE(o.name, ''), a.submitted_on, "
        "  (SELECT COUNT(*) FROM application_person ap WHERE ap.application_id = a.id AND ap.deleted = 0) "
        "FROM application a "
        "LEFT JOIN programme pr ON a.target_kind = 'programme' AND pr.id = a.target_id "
        "LEFT JOIN event ev ON a.target_kind = 'event' AND ev.id = a.target_id "
        "LEFT JOIN organisation o ON o.id = a.organisation_id "
        "WHERE %1 ORDER BY a.submitted_on, a.id LIMIT ?").arg(where), args);
    QList<PendingApplication> result;
    while (q.next()) {
        PendingApplication p;
        p.id = q.value(0).toString();
        p.kind = q.value(1).toString();
        p.status = q.value(2).toString();
        p.targetKind = q.value(3).toString();
        p.targetId = q.value(4).toString();
        p.targetTitle = q.value(5).toString();
        p.organisationName = q.value(6).toString();
        p.submittedOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        p.people = q.value(8).toInt();
        result.append(p);
    }
    return result;
}

} // namespace metodist
