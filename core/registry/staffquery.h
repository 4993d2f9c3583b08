#pragma once
// The SQL behind the staff list: filters and ordering that use the indexes, pages
// fetched with LIMIT so the cost of a screen does not grow with the register.
#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace metodist {

struct StaffFilter {
    QString text;            // words, each matched as a prefix of a name part; or СНИЛС digits
    QString municipalityId;
    QString organisationId;
    QString position;
    bool youngOnly = false;  // under 35 and under 3 years in the profession
    bool showDeleted = false;
    QDate today = QDate::currentDate();
};

enum class StaffColumn { Name, Organisation, Municipality, Position, BirthDate, ProfessionStart, Category, Snils, Count };

// How the name words are looked up. Common words fill a page within the first rows of
// the name order (Scan); rare ones would make that scan read the whole register, so
// they go through the full-text index and only their matches are sorted (Index).
enum class TextPlan { Scan, Index };

struct StaffQuery {
    QString sql;
    QVariantList values;
};

// Picks the plan for the filter's words: a page of matches within the first
// sqrt(page × register size) people in name order means they are common.
TextPlan chooseTextPlan(const QSqlDatabase &db, const StaffFilter &filter, int pageSize);

// SELECT of the columns in StaffColumn order, then id and deleted, one page at a time
// (limit -1: all rows, for exports).
StaffQuery buildStaffPageQuery(const StaffFilter &filter, StaffColumn sortColumn, bool descending, int limit, int offset,
                               TextPlan plan = TextPlan::Scan);
StaffQuery buildStaffCountQuery(const StaffFilter &filter);

} // namespace metodist
