#include "staffquery.h"

#include "person.h"
#include "personnamesql.h"
#include "storage/sql.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace metodist {

// The words of the search text as the full-text index tokenises them.
static QStringList searchWords(const QString &text)
{
    QString folded = foldForSearch(text);
    for (QChar &c : folded)
        if (!c.isLetterOrNumber())
            c = QLatin1Char(' ');
    return folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// A СНИЛС typed in any format ("123-456-789 01", "123456") is a digit prefix.
static QString snilsDigits(const QString &text)
{
    QString digits = text;
    digits.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    const bool allDigits = !digits.isEmpty() && std::all_of(digits.begin(), digits.end(), [](QChar c) { return c.isDigit(); });
    return allDigits ? digits : QString();
}

static QString ftsMatch(const QStringList &words)
{
    QStringList terms;
    for (QString word : words)
        terms << QLatin1Char('"') + word.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QStringLiteral("\"*");
    return terms.join(QLatin1Char(' '));
}

static QString likeEscape(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return text;
}

static QString whereClause(const StaffFilter &f, TextPlan plan, QVariantList &values)
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
        // Unary + keeps the planner walking the ordering index (young people are a few
        // percent, spread evenly) instead of sorting everyone born after the date.
        where << QStringLiteral("+p.birth_date > ? AND +p.profession_start_date > ?");
        values << f.today.addYears(-35).toString(Qt::ISODate) << f.today.addYears(-3).toString(Qt::ISODate);
    }
    if (const QString digits = snilsDigits(f.text); !digits.isEmpty()) {
        // A range over the СНИЛС index: '9' + 1 is ':' in ASCII, so the bound is exact.
        QString upper = digits;
        upper[upper.size() - 1] = QChar(upper.back().unicode() + 1);
        where << QStringLiteral("p.snils >= ? AND p.snils < ?");
        values << digits << upper;
    } else if (const QStringList words = searchWords(f.text); !words.isEmpty()) {
        if (plan == TextPlan::Index) {
            where << QStringLiteral("p.rowid IN (SELECT rowid FROM person_fts WHERE person_fts MATCH ?)");
            values << ftsMatch(words);
        } else {
            for (const QString &word : words) {
                where << QStringLiteral("p.search_key LIKE ? ESCAPE '\\'");
                values << QStringLiteral("% ") + likeEscape(word) + QLatin1Char('%');
            }
        }
    }
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

static QString orderBy(StaffColumn column, bool descending, TextPlan plan)
{
    const QString dir = descending ? QStringLiteral(" DESC") : QString();
    // With the index plan the matches are few: sort them rather than walk an index.
    const QString p = plan == TextPlan::Index ? QStringLiteral("+p.") : QStringLiteral("p.");
    switch (column) {
    case StaffColumn::Organisation: return QStringLiteral("o.name") + dir + QStringLiteral(", p.sort_name");
    case StaffColumn::Municipality: return QStringLiteral("m.name") + dir + QStringLiteral(", p.sort_name");
    case StaffColumn::Position: return p + QStringLiteral("position") + dir + QStringLiteral(", p.sort_name");
    case StaffColumn::BirthDate: return p + QStringLiteral("birth_date") + dir + QStringLiteral(", p.sort_name");
    case StaffColumn::ProfessionStart: return p + QStringLiteral("profession_start_date") + dir + QStringLiteral(", p.sort_name");
    case StaffColumn::Category: return p + QStringLiteral("category") + dir + QStringLiteral(", p.sort_name");
    case StaffColumn::Snils: return p + QStringLiteral("snils") + dir;
    case StaffColumn::Name:
    case StaffColumn::Count: break;
    }
    return p + QStringLiteral("sort_name") + dir;
}

TextPlan chooseTextPlan(const QSqlDatabase &db, const StaffFilter &filter, int pageSize)
{
    const QStringList words = searchWords(filter.text);
    if (words.isEmpty() || !snilsDigits(filter.text).isEmpty())
        return TextPlan::Scan;
    // Probe the name order (a covering index) for at most the break-even number of
    // people: if a page of matches turns up, scanning wins; if not, the words are rare.
    const double size = sql::scalar(db, QStringLiteral("SELECT coalesce(max(rowid), 0) FROM person")).toDouble();
    const int breakEven = int(std::sqrt(double(pageSize) * size)) + pageSize;
    QStringList likes;
    QVariantList values{breakEven};
    for (const QString &word : words) {
        likes << QStringLiteral("search_key LIKE ? ESCAPE '\\'");
        values << QStringLiteral("% ") + likeEscape(word) + QLatin1Char('%');
    }
    values << pageSize;
    const int found = sql::scalar(db, QStringLiteral(
        "SELECT count(*) FROM (SELECT 1 FROM (SELECT search_key FROM person WHERE deleted = 0 ORDER BY sort_name LIMIT ?) "
        "WHERE %1 LIMIT ?)").arg(likes.join(QStringLiteral(" AND "))), values).toInt();
    return found < pageSize ? TextPlan::Index : TextPlan::Scan;
}

StaffQuery buildStaffPageQuery(const StaffFilter &filter, StaffColumn sortColumn, bool descending, int limit, int offset, TextPlan plan)
{
    static const QString columns = QStringLiteral("SELECT ") + personFullNameSql(QStringLiteral("p")) + QStringLiteral(
        ", o.name, m.name, p.position, "
        "p.birth_date, p.profession_start_date, p.category, p.snils, p.id, p.deleted "
        "FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id "
        "LEFT JOIN municipality m ON m.id = p.municipality_id");
    StaffQuery q;
    const QString order = orderBy(sortColumn, descending, plan);
    if (sortColumn == StaffColumn::Organisation || sortColumn == StaffColumn::Municipality) {
        q.sql = columns + whereClause(filter, plan, q.values) + QStringLiteral(" ORDER BY ") + order + QStringLiteral(" LIMIT ? OFFSET ?");
        q.values << limit << offset;
        return q;
    }
    // Two steps: the page's rowids from the ordering index alone (it covers the common
    // filters, so no row is read for the people skipped), then only those rows.
    q.sql = columns + QStringLiteral(" WHERE p.rowid IN (SELECT p.rowid FROM person p") + whereClause(filter, plan, q.values)
        + QStringLiteral(" ORDER BY ") + order + QStringLiteral(" LIMIT ? OFFSET ?) ORDER BY ") + order;
    q.values << limit << offset;
    return q;
}

StaffQuery buildStaffCountQuery(const StaffFilter &filter)
{
    StaffQuery q;
    q.sql = QStringLiteral("SELECT count(*) FROM person p") + whereClause(filter, TextPlan::Index, q.values);
    return q;
}

} // namespace metodist
