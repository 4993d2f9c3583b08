#include "expertiseservice.h"

#include "storage/errors.h"
#include "storage/rows.h"
#include "storage/sql.h"

namespace metodist {

// comment is NOT NULL: a null QString would bind as NULL.
static QVariant text(const QString &s) { return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s); }

QString ExpertiseService::assignExpert(const QString &programmeId, const QString &expertPersonId)
{
    sql::Transaction tx(m_db.db());
    if (!sql::scalar(m_db.db(), QStringLiteral("SELECT 1 FROM programme WHERE id = ? AND deleted = 0"), {programmeId}).isValid())
        throw Error(tr("Expertise: no programme %1 in the catalogue.").arg(programmeId));
    if (!sql::scalar(m_db.db(), QStringLiteral(
            "SELECT 1 FROM role_assignment WHERE person_id = ? AND role = 'expert' AND deleted = 0 "
            "AND (until IS NULL OR until >= date('now'))"), {expertPersonId}).isValid())
        throw Error(tr("Expertise: person %1 is not an expert (no expert role).").arg(expertPersonId));
    if (sql::scalar(m_db.db(), QStringLiteral(
            "SELECT 1 FROM programme_expertise WHERE programme_id = ? AND expert_person_id = ? AND deleted = 0"),
            {programmeId, expertPersonId}).isValid())
        throw Error(tr("Expertise: person %1 is already an expert of this programme.").arg(expertPersonId));
    const QString id = Rows::insert(m_db, QStringLiteral("programme_expertise"), {
        {QStringLiteral("programme_id"), programmeId},
        {QStringLiteral("expert_person_id"), expertPersonId},
        {QStringLiteral("verdict"), QStringLiteral("pending")}});
    updateProgrammeStatus(programmeId);
    tx.commit();
    return id;
}

void ExpertiseService::recordVerdict(const QString &expertiseId, const QString &verdict, const QString &comment,
                                     const QDate &decidedOn)
{
    static const QStringList verdicts = {QStringLiteral("approved"), QStringLiteral("revise"), QStringLiteral("rejected")};
    if (!verdicts.contains(verdict))
        throw Error(tr("Expertise verdict: «%1» is not one of %2.").arg(verdict, verdicts.join(QStringLiteral(", "))));
    if (verdict != QLatin1String("approved") && comment.trimmed().isEmpty())
        throw Error(tr("Expertise verdict «%1»: a comment saying why is required.").arg(verdict));
    sql::Transaction tx(m_db.db());
    const QVariant programme = sql::scalar(m_db.db(), QStringLiteral(
        "SELECT programme_id FROM programme_expertise WHERE id = ? AND deleted = 0"), {expertiseId});
    if (!programme.isValid())
        throw Error(tr("No expertise %1.").arg(expertiseId));
    Rows::update(m_db, QStringLiteral("programme_expertise"), expertiseId, {
        {QStringLiteral("verdict"), verdict},
        {QStringLiteral("comment"), text(comment.trimmed())},
        {QStringLiteral("decided_on"), decidedOn.toString(Qt::ISODate)}});
    updateProgrammeStatus(programme.toString());
    tx.commit();
}

void ExpertiseService::updateProgrammeStatus(const QString &programmeId)
{
    int pending = 0, revise = 0, rejected = 0, approved = 0;
    for (const ExpertVerdict &v : verdicts(programmeId)) {
        pending += v.verdict == QLatin1String("pending");
        revise += v.verdict == QLatin1String("revise");
        rejected += v.verdict == QLatin1String("rejected");
        approved += v.verdict == QLatin1String("approved");
    }
    QString status = QStringLiteral("none");
    if (rejected > 0)
        status = QStringLiteral("rejected");
    else if (pending > 0 || revise > 0)
        status = QStringLiteral("in_review");
    else if (approved > 0)
        status = QStringLiteral("approved");
    if (programmeStatus(programmeId) != status)
        Rows::update(m_db, QStringLiteral("programme"), programmeId, {{QStringLiteral("expertise_status"), status}});
}

QList<ExpertVerdict> ExpertiseService::verdicts(const QString &programmeId) const
{
    QList<ExpertVerdict> result;
    QSqlQuery q = sql::exec(m_db.db(), QStringLiteral(
        "SELECT id, expert_person_id, verdict, comment, decided_on FROM programme_expertise "
        "WHERE programme_id = ? AND deleted = 0 ORDER BY rowid"), {programmeId});
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       QDate::fromString(q.value(4).toString(), Qt::ISODate)});
    return result;
}

QString ExpertiseService::programmeStatus(const QString &programmeId) const
{
    return sql::scalar(m_db.db(), QStringLiteral("SELECT expertise_status FROM programme WHERE id = ?"), {programmeId}).toString();
}

} // namespace metodist
