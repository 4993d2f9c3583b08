#pragma once
// Indicator targets per year entered by the user (indicator_target), for one level:
// the region, a municipality or an organisation. Values are percent, 0..100.
#include "monitoring/indicators.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <optional>

namespace metodist::monitoring {

struct TargetEntry {
    QString code;
    int year = 0;
    std::optional<double> value; // empty: no target (an existing one is removed)
};

class TargetStore {
    Q_DECLARE_TR_FUNCTIONS(TargetStore)
public:
    // "code/year" -> value of the live targets at the level, for the years given.
    static QHash<QString, double> load(const Database &db, Level level, const QString &levelId, int fromYear, int toYear);
    static QString key(const QString &code, int year) { return code + QLatin1Char('/') + QString::number(year); }
    // Checks every entry first (known indicator, year 2000..2100, 0 <= value <= 100) and
    // throws metodist::Error naming the first bad one; then writes all in one transaction.
    // Returns how many rows were inserted, changed or removed.
    static int save(const Database &db, Level level, const QString &levelId, const QList<TargetEntry> &entries);
    // The reason an entry is not acceptable, or empty.
    static QString problem(const TargetEntry &entry);
};

} // namespace metodist::monitoring
