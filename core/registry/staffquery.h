#pragma once
// The SQL behind the staff list: filters and ordering that use the indexes, pages
// fetched with LIMIT so the cost of a screen does not grow with the register.
#include <QDate>
#include <QString>
#include <QVariantList>

namespace metodist {

struct StaffFilter {
    QString text;            // words, each matched as a prefix of a name part or СНИЛС digits
    QString municipalityId;
    QString organisationId;
    QString position;
    bool youngOnly = false;  // under 35 and under 3 years in the profession
    bool showDeleted = false;
    QDate today = QDate::currentDate();
};

enum class StaffColumn { Name, Organisation, Municipality, Position, BirthDate, ProfessionStart, Category, Snils, Count };

struct StaffQuery {
    QString sql;
    QVariantList values;
};

// SELECT of the columns in StaffColumn order, then id and deleted, one page at a time.
StaffQuery buildStaffPageQuery(const StaffFilter &filter, StaffColumn sortColumn, bool descending, int limit, int offset);
StaffQuery buildStaffCountQuery(const StaffFilter &filter);

} // namespace metodist
