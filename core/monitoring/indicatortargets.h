#pragma once
// Targets per indicator, year and unit (table indicator_target), entered by the user.
// Values are in percent like the indicators. A unit has at most one living target per
// indicator and year: set() updates it in place, remove() tombstones it.
#include "indicators.h"

#include <QHash>

namespace metodist::monitoring {

struct IndicatorTarget {
    QString id;
    QString code;
    int year = 0;
    Level level = Level::Region;
    QString levelId; // empty for the region
    double value = 0;
};

class IndicatorTargets {
    Q_DECLARE_TR_FUNCTIONS(IndicatorTargets)
public:
    static std::optional<double> get(const Database &db, const QString &code, int year, Level level,
                                     const QString &levelId = {});
    // Unit id -> target for every unit of a level (the region under an empty id).
    static QHash<QString, double> forLevel(const Database &db, const QString &code, int year, Level level);
    // Living targets, optionally of one indicator and / or year (0 = any), ordered.
    static QList<IndicatorTarget> list(const Database &db, const QString &code = {}, int year = 0);
    // Creates or replaces the target; returns its row id. Throws metodist::Error for an
    // unknown indicator or unit, a year outside 2000-2100 or a value outside 0-100.
    static QString set(const Database &db, const QString &code, int year, Level level, const QString &levelId,
                       double value);
    // Removes the target if there is one; returns whether there was.
    static bool remove(const Database &db, const QString &code, int year, Level level, const QString &levelId = {});
};

} // namespace metodist::monitoring
