#include "certificates.h"

#include "storage/errors.h"
#include "storage/rows.h"
#include "storage/sql.h"

#include <QRegularExpression>

namespace metodist::journal {

QString CertificateService::docKindTitle(const QString &docKind)
{
    if (docKind == QLatin1String("pk_certificate"))
        return tr("Certificate of qualification upgrade");
    if (docKind == QLatin1String("pp_diploma"))
        return tr("Diploma of professional retraining");
    return tr("Certificate of study");
}

int CertificateService::nextNumber(bool reference, int year) const
{
    // The numbers of one year's documents of the family; the largest running number + 1.
    QSqlQuery q = sql::exec(m_db.db(),
                            reference ? QStringLiteral("SELECT number FROM certificate WHERE doc_kind = 'study_reference' "
                                                       "AND issued_on >= ? AND issued_on < ?")
                                      : QStringLiteral("SELECT number FROM certificate WHERE doc_kind IN ('pk_certificate', 'pp_diploma') "
                                                       "AND issued_on >= ? AND issued_on < ?"),
                            {QStringLiteral("%1-01-01").arg(year), QStringLiteral("%1-01-01").arg(year + 1)});
    static const QRegularExpression digits(QStringLiteral("(\\d+)$"));
    int best = 0;
    while (q.next()) {
        const auto m = digits.match(q.value(0).toString());
        if (m.hasMatch())
            best = std::max(best, m.captured(1).toInt());
    }
    return best + 1;
}

CertificateRecord CertificateService::issue(const QString &enrolmentId, const QString &docKind, const QDate &issuedOn)
{
    if (docKind != QLatin1String("pk_certificate") && docKind != QLatin1String("pp_diploma") && docKind != QLatin1String("study_reference"))
        throw Error(tr("Unknown document kind \"%1\"").arg(docKind));
    if (!issuedOn.isValid())
        throw Error(tr("Document for enrolment %1: no date of issue").arg(enrolmentId));
    QSqlQuery e = sql::exec(m_db.db(),
                            QStringLiteral("SELECT e.person_id, g.programme_id, e.municipality_id FROM enrolment e "
                                           "JOIN study_group g ON g.id = e.group_id WHERE e.id = ? AND e.deleted = 0"),
                            {enrolmentId});
    if (!e.next())
        throw Error(tr("No enrolment %1").arg(enrolmentId));
    if (sql::scalar(m_db.db(), QStringLiteral("SELECT COUNT(*) FROM certificate WHERE enrolment_id = ? AND deleted = 0 AND status = 'original'"),
                    {enrolmentId}).toInt() > 0)
        throw Error(tr("Enrolment %1 already has a document").arg(enrolmentId));
    const bool reference = docKind == QLatin1String("study_reference");
    const int year = issuedOn.year();
    const int n = nextNumber(reference, year);
    CertificateRecord r;
    r.enrolmentId = enrolmentId;
    r.personId = e.value(0).toString();
    r.programmeId = e.value(1).toString();
    r.docKind = docKind;
    r.issuedOn = issuedOn.toString(Qt::ISODate);
    r.status = QStringLiteral("original");
    if (reference) {
        r.number = QStringLiteral("СО-%1").arg(n, 6, 10, QLatin1Char('0'));
        r.regNumber = QStringLiteral("СО-%1/%2").arg(year).arg(n, 5, 10, QLatin1Char('0'));
    } else {
        r.series = m_regionCode + QStringLiteral("%1").arg(year % 100, 2, 10, QLatin1Char('0'));
        r.number = QStringLiteral("%1").arg(n, 7, 10, QLatin1Char('0'));
        r.regNumber = QStringLiteral("%1-%2/%3")
                          .arg(docKind == QLatin1String("pp_diploma") ? QStringLiteral("ПП") : QStringLiteral("ПК"))
                          .arg(year).arg(n, 5, 10, QLatin1Char('0'));
    }
    r.id = Rows::insert(m_db, QStringLiteral("certificate"),
                        {{QStringLiteral("municipality_id"), e.value(2)},
                         {QStringLiteral("enrolment_id"), enrolmentId},
                         {QStringLiteral("person_id"), r.personId},
                         {QStringLiteral("programme_id"), r.programmeId},
                         {QStringLiteral("doc_kind"), docKind},
                         {QStringLiteral("series"), r.series},
                         {QStringLiteral("number"), r.number},
                         {QStringLiteral("reg_number"), r.regNumber},
                         {QStringLiteral("issued_on"), r.issuedOn},
                         {QStringLiteral("status"), r.status}});
    return r;
}

QList<CertificateRecord> CertificateService::registerOf(const QDate &from, const QDate &to, const QString &groupId) const
{
    QString where = QStringLiteral("c.deleted = 0");
    QVariantList values;
    if (from.isValid()) {
        where += QStringLiteral(" AND c.issued_on >= ?");
        values << from.toString(Qt::ISODate);
    }
    if (to.isValid()) {
        where += QStringLiteral(" AND c.issued_on <= ?");
        values << to.toString(Qt::ISODate);
    }
    if (!groupId.isEmpty()) {
        where += QStringLiteral(" AND e.group_id = ?");
        values << groupId;
    }
    QSqlQuery q = sql::exec(m_db.db(),
                            QStringLiteral("SELECT c.id, c.enrolment_id, c.person_id, c.programme_id, c.doc_kind, c.series, c.number, "
                                           "c.reg_number, c.issued_on, c.status, p.last_name, p.first_name, p.middle_name, "
                                           "COALESCE(p.birth_date, ''), COALESCE(p.sex, ''), COALESCE(p.snils, ''), pr.title, pr.kind, "
                                           "pr.form, pr.hours, COALESCE(g.code, ''), COALESCE(g.starts_on, ''), COALESCE(g.ends_on, '') "
                                           "FROM certificate c JOIN person p ON p.id = c.person_id "
                                           "JOIN programme pr ON pr.id = c.programme_id "
                                           "LEFT JOIN enrolment e ON e.id = c.enrolment_id "
                                           "LEFT JOIN study_group g ON g.id = e.group_id WHERE ")
                                + where + QStringLiteral(" ORDER BY c.issued_on, c.reg_number"),
                            values);
    QList<CertificateRecord> list;
    while (q.next()) {
        CertificateRecord r;
        int i = 0;
        for (QString *s : {&r.id, &r.enrolmentId, &r.personId, &r.programmeId, &r.docKind, &r.series, &r.number, &r.regNumber,
                           &r.issuedOn, &r.status, &r.lastName, &r.firstName, &r.middleName, &r.birthDate, &r.sex, &r.snils,
                           &r.programmeTitle, &r.programmeKind, &r.programmeForm})
            *s = q.value(i++).toString();
        r.programmeHours = q.value(i++).toInt();
        r.groupCode = q.value(i++).toString();
        r.groupStartsOn = q.value(i++).toString();
        r.groupEndsOn = q.value(i++).toString();
        list << r;
    }
    return list;
}

} // namespace metodist::journal
