#pragma once
#include <QDate>
#include <QString>
#include <QStringList>

namespace metodist {

// A member of staff (педагогический или руководящий работник) as the card edits it.
struct Person {
    QString id; // empty for a new person
    QString organisationId;
    QString municipalityId; // scope key, taken from the organisation
    QString lastName;
    QString firstName;
    QString middleName;
    QString sex; // "M", "F" or empty
    QDate birthDate;
    QDate professionStartDate;
    QDate hireDate;
    QString position;
    QStringList subjects;
    QString category = QStringLiteral("none");
    bool isManager = false;
    QString snils; // 11 digits
    QString email;
    QString phone;
    QStringList roles; // codes of RegistryTypes::roles()
    bool deleted = false;

    QString fullName() const;
};

// "last first middle", spaces collapsed (no trailing space without a middle name).
QString personFullName(const QString &last, const QString &first, const QString &middle);

// Under 35 and in the first three years of the profession, as of `today`.
bool isYoungTeacher(const QDate &birthDate, const QDate &professionStart, const QDate &today);

// The lower-case " last first middle snils" used for word-prefix search (ё folded to е).
QString personSearchKey(const QString &last, const QString &first, const QString &middle, const QString &snils);
QString personSortName(const QString &last, const QString &first, const QString &middle);
// Lower case with ё folded, as search text is compared.
QString foldForSearch(const QString &text);

} // namespace metodist
