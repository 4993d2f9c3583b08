#pragma once
// Monitoring indicators (DOMAIN.md §7): each is a share numerator/denominator of two
// row sets defined in SQL over the register, computed for a period and a level.
#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace metodist::monitoring {

enum class Level { Region, Municipality, Organisation };
QString levelKey(Level level); // "region" / "municipality" / "organisation" as in indicator_target

struct Scope {
    QDate from;
    QDate to;
    Level level = Level::Region;
    QString levelId; // municipality or organisation id; empty for the region
};

// Both SQL texts select (id, label) rows. They may use the CTE `prm(f, t, lvl, lid)`
// (period from/to as ISO dates, level key, level id) that compute() puts in front.
struct IndicatorDefinition {
    QString code;
    QString title;
    QString numeratorSql;
    QString denominatorSql;
    QString unit; // "%"
};

struct IndicatorValue {
    QString code;
    QString title;
    qint64 numerator = 0;
    qint64 denominator = 0;
    double value = 0; // percent; 0 when the denominator is empty
    std::optional<double> target;
};

struct DrillRow {
    QString id;
    QString label;
};

class Indicators {
    Q_DECLARE_TR_FUNCTIONS(Indicators)
public:
    static const QList<IndicatorDefinition> &definitions();
    static const IndicatorDefinition *find(const QString &code);
    static IndicatorValue compute(const Database &db, const IndicatorDefinition &def, const Scope &scope);
    static QList<IndicatorValue> computeAll(const Database &db, const Scope &scope);
    // The people / organisations / programmes counted in the numerator.
    static QList<DrillRow> drillDown(const Database &db, const IndicatorDefinition &def, const Scope &scope);
};

} // namespace metodist::monitoring
