#pragma once
// Targets per indicator, year and unit (table indicator_target), entered by the user.
// Values are in percent like the indicators. A unit has at most one living target per
// indicator and year: set() updates it in place, remove() tombstones it.
#include "indicators.h"

#include <QHash>

#include <optional>

namespace metodist::monitoring {

// One cell of a targets table being saved.
struct TargetEntry {
    QString code;
    int year = 0;
    std::optional<double> value; // empty: no target (an existing one is removed)
};

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

    // A whole table of one unit at once (the targets editor): every entry is checked
    // first and the first bad one throws; then all are written in one transaction.
    // Returns how many targets were created, changed or removed.
    static int saveAll(const Database &db, Level level, const QString &levelId, const QList<TargetEntry> &entries);
    // "code/year" -> value of the living targets of one unit over the years given.
    static QHash<QString, double> load(const Database &db, Level level, const QString &levelId, int fromYear, int toYear);
    static QString key(const QString &code, int year) { return code + QLatin1Char('/') + QString::number(year); }
    // Why an entry cannot be saved (unknown indicator, year or value out of range), or empty.
    static QString problem(const QString &code, int year, std::optional<double> value);

private:
    // The sync scope key of the unit's rows; throws when the unit does not exist.
    static QVariant scopeOf(const Database &db, const QString &code, Level level, const QString &levelId);
    // Creates, replaces or (no value) removes inside the caller's transaction; true when changed.
    static bool write(const Database &db, const QString &code, int year, Level level, const QString &levelId,
                      std::optional<double> value, const QVariant &scope, QString *id = nullptr);
};

} // namespace metodist::monitoring
