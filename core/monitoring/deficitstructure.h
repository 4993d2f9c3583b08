#pragma once
// Structure of professional deficits (DOMAIN.md §2, §7): for each competence area,
// how many of the staff diagnosed in the period have a pronounced or a partial
// deficit in it. Scores are read only through `diagnostic_score` (a table now, a view
// over diagnostic.scores later). Pure QtCore/QtSql, like Indicators.
#include "indicators.h"

namespace metodist::monitoring {

struct AreaDeficit {
    QString areaId;
    QString areaCode;
    QString areaName;
    qint64 diagnosed = 0;  // staff with a score in this area in the period (the denominator)
    qint64 pronounced = 0; // ... whose level in the area is 2
    qint64 partial = 0;    // ... whose level in the area is 1
    bool hasData() const { return diagnosed > 0; }
    double pronouncedShare() const { return hasData() ? 100.0 * double(pronounced) / double(diagnosed) : 0.0; }
    double partialShare() const { return hasData() ? 100.0 * double(partial) / double(diagnosed) : 0.0; }
};

class DeficitStructure {
public:
    // A person's level in an area is the highest level among the area's competences in
    // their latest diagnostic of the period that scored the area. Staff and units as in
    // Indicators (the placement at the end of the period). All living areas, in order.
    static QList<AreaDeficit> compute(const Database &db, const Scope &scope);
    // The people behind one figure: level 2 (pronounced), 1 (partial) or 0 (none).
    static QList<DrillRow> people(const Database &db, const Scope &scope, const QString &areaId, int level);
};

} // namespace metodist::monitoring
