#include "person.h"

namespace metodist {

QString personFullName(const QString &last, const QString &first, const QString &middle)
{
    return QStringList{last, first, middle}.join(QLatin1Char(' ')).simplified();
}

QString Person::fullName() const
{
    return personFullName(lastName, firstName, middleName);
}

bool isYoungTeacher(const QDate &birthDate, const QDate &professionStart, const QDate &today)
{
    if (!birthDate.isValid() || !professionStart.isValid())
        return false;
    return birthDate > today.addYears(-35) && professionStart > today.addYears(-3);
}

QString foldForSearch(const QString &text)
{
    QString folded = text.toLower();
    folded.replace(QChar(0x0451), QChar(0x0435)); // ё -> е
    return folded.simplified();
}

QString personSortName(const QString &last, const QString &first, const QString &middle)
{
    return foldForSearch(last + QLatin1Char(' ') + first + QLatin1Char(' ') + middle);
}

QString personSearchKey(const QString &last, const QString &first, const QString &middle, const QString &snils)
{
    // Hyphens separate words ("петрова-водкина"), as the full-text index splits them.
    QString name = personSortName(last, first, middle);
    name.replace(QLatin1Char('-'), QLatin1Char(' '));
    return QLatin1Char(' ') + name + QLatin1Char(' ') + snils + QLatin1Char(' ');
}

} // namespace metodist
