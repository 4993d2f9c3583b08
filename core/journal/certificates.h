#pragma once
// Documents issued on completion: удостоверение о ПК (pk_certificate), диплом о ПП
// (pp_diploma) or справка об обучении (study_reference), numbered from per-year
// sequences, and the register of issued documents (also the source of the ФИС ФРДО sheet).
#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace metodist::journal {

struct CertificateRecord {
    QString id, enrolmentId, personId, programmeId, docKind, series, number, regNumber, issuedOn, status;
    QString lastName, firstName, middleName, birthDate, sex, snils;
    QString programmeTitle, programmeKind, programmeForm, groupCode, groupStartsOn, groupEndsOn;
    int programmeHours = 0;
};

class CertificateService {
    Q_DECLARE_TR_FUNCTIONS(CertificateService)
public:
    // The region's code that opens every series ("27" + two digits of the year).
    explicit CertificateService(Database &db, QString regionCode = QStringLiteral("27"))
        : m_db(db), m_regionCode(std::move(regionCode)) {}

    // Numbering (one sequence per year for the ДПО forms, one for справки):
    //   pk_certificate / pp_diploma: series RRYY, number 7 digits, reg "ПК-YYYY/NNNNN" or "ПП-…";
    //   study_reference: no series, number "СО-NNNNNN", reg "СО-YYYY/NNNNN".
    // Runs inside the caller's transaction. Throws when the enrolment already has one.
    CertificateRecord issue(const QString &enrolmentId, const QString &docKind, const QDate &issuedOn);
    // The register: documents issued in [from, to] (either may be invalid = open), by date.
    QList<CertificateRecord> registerOf(const QDate &from, const QDate &to, const QString &groupId = {}) const;
    static QString docKindTitle(const QString &docKind);

private:
    int nextNumber(bool reference, int year) const;
    Database &m_db;
    QString m_regionCode;
};

} // namespace metodist::journal
