#include "staffquery.h"

#include "person.h"

#include <QStringList>

#include <algorithm>

namespace metodist {

static QString likeEscape(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return text;
}

static QString whereClause(const StaffFilter &f, QVariantList &values)
{
    QStringList where;
    if (!f.showDeleted)
        where << QStringLiteral("p.deleted = 0");
    if (!f.municipalityId.isEmpty()) {
        where << QStringLiteral("p.municipality_id = ?");
        values << f.municipalityId;
    }
    if (!f.organisationId.isEmpty()) {
        where << QStringLiteral("p.organisation_id = ?");
        values << f.organisationId;
    }
    if (!f.position.isEmpty()) {
        where << QStringLiteral("p.position = ?");
        values << f.position;
    }
    if (f.youngOnly) {
        where << QStringLiteral("p.birth_date > ? AND p.profession_start_date > ?");
        values << f.today.addYears(-35).toString(Qt::ISODate) << f.today.addYears(-3).toString(Qt::ISODate);
    }
    QStringList words = foldForSearch(f.text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // A СНИЛС typed as "123-456-789 01" is one number, not two words.
    QString digits = f.text;
    digits.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    if (!digits.isEmpty() && std::all_of(digits.begin(), digits.end(), [](QChar c) { return c.isDigit(); }))
        words = QStringList{digits};
    for (QString word : words) {
        word.remove(QLatin1Char('-'));
        if (word.isEmpty())
            continue;
        where << QStringLiteral("p.search_key LIKE ? ESCAPE '\\'");
        values << QStringLiteral("% ") + likeEscape(word) + QLatin1Char('%');
    }
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

static QString orderBy(StaffColumn column, bool descending)
{
    const QString dir = descending ? QStringLiteral(" DESC") : QString();
    switch (column) {
    case StaffColumn::Organisation: return QStringLiteral("o.name") + dir + QStringLiteral(", p.sort_name");
    case StaffColumn::Municipality: return QStringLiteral("m.name") + dir + QStringLiteral(", p.sort_name");
    case StaffColumn::Position: return QStringLiteral("p.position") + dir + QStringLiteral(", p.sort_name");
    case StaffColumn::BirthDate: return QStringLiteral("p.birth_date") + dir + QStringLiteral(", p.sort_name");
    case StaffColumn::ProfessionStart: return QStringLiteral("p.profession_start_date") + dir + QStringLiteral(", p.sort_name");
    case StaffColumn::Category: return QStringLiteral("p.category") + dir + QStringLiteral(", p.sort_name");
    case StaffColumn::Snils: return QStringLiteral("p.snils") + dir;
    case StaffColumn::Name:
    case StaffColumn::Count: break;
    }
    return QStringLiteral("p.sort_name") + dir;
}

StaffQuery buildStaffPageQuery(const StaffFilter &filter, StaffColumn sortColumn, bool descending, int limit, int offset)
{
    StaffQuery q;
    q.sql = QStringLiteral(
                "SELECT trim(p.last_name || ' ' || p.first_name || ' ' || p.middle_name), o.name, m.name, p.position, "
                "p.birth_date, p.profession_start_date, p.category, p.snils, p.id, p.deleted "
                "FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id "
                "LEFT JOIN municipality m ON m.id = p.municipality_id")
        + whereClause(filter, q.values) + QStringLiteral(" ORDER BY ") + orderBy(sortColumn, descending)
        + QStringLiteral(" LIMIT ? OFFSET ?");
    q.values << limit << offset;
    return q;
}

StaffQuery buildStaffCountQuery(const StaffFilter &filter)
{
    StaffQuery q;
    q.sql = QStringLiteral("SELECT count(*) FROM person p") + whereClause(filter, q.values);
    return q;
}

} // namespace metodist
