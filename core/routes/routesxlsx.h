#pragma once
// XLSX export of the routes of an organisation (or of everyone): one sheet of routes with
// their totals and coverage, one of their items, for those who continue in a spreadsheet.
#include "storage/database.h"

#include <QCoreApplication>

namespace metodist {

class RoutesXlsx {
    Q_DECLARE_TR_FUNCTIONS(RoutesXlsx)
public:
    // Returns the number of routes written; throws Error when the file cannot be written.
    // An empty organisationId exports every route in the profile.
    static int exportOrganisation(Database &db, const QString &organisationId, const QString &path);
};

} // namespace metodist
