#pragma once
// Monitoring indicators (DOMAIN.md §7): each is a share numerator/denominator of two
// row sets defined in SQL over the register, computed for a period and a level.
// The Perm concept's six (seed 003 §4.2) and the Khabarovsk results (seed 002 §7);
// docs/monitoring/indicators.md gives every definition in words and as its query.
// Pure QtCore/QtSql: call it from a worker thread with that thread's own
// Database (Database::openAnother()).
#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace metodist::monitoring {

enum class Level { Region, Municipality, Organisation };
QString levelKey(Level level); // "region" / "municipality" / "organisation" as in indicator_target
std::optional<Level> levelFromKey(const QString &key);

struct Scope {
    QDate from;
    QDate to;
    Level level = Level::Region;
    QString levelId; // municipality or organisation id; empty for the region
};

// The parameter CTE the definitions below are written against, without WITH:
// "prm(f, t, lvl, lid, b35, s3) AS (SELECT ?, ?, ?, ?, ?, ?)", and its values for a scope.
QString scopeParameterCte();
QVariantList scopeParameterValues(const Scope &scope);

// What one counted row is (and so what a drill-down lists).
enum class Subject { Person, Organisation, Programme, Route };
QString subjectKey(Subject subject); // "person" / "organisation" / "programme" / "route"

// Both SQL texts select (id, label) rows. They may use the CTE
// `prm(f, t, lvl, lid, b35, s3)` (period from/to as ISO dates, level key, level id,
// the day 35 years and 3 years before `to`) that compute() puts in front.
// They are assembled from the parts below them: the numerator is the denominator's
// rows for which `conditionSql` holds, so one pass counts both.
struct IndicatorDefinition {
    QString code;  // stable: stored in indicator_target, used by the CLI and reports
    QString title;
    QString numeratorSql;
    QString denominatorSql;
    QString unit; // "%"
    QString origin;                  // the concept: "perm" (seed 003 §4.2) or "khabarovsk" (seed 002 §7)
    Subject subject = Subject::Person;
    QString selectSql;               // "<id>, <label> AS label"
    QString fromSql;                 // tables and joins; `prm` is joined in front
    QString whereSql;                // the denominator's condition, without the level
    QString conditionSql;            // what puts a denominator row into the numerator
    QString municipalityColumn;      // the unit a row belongs to at each level
    QString organisationColumn;
};

struct IndicatorValue {
    QString code;
    QString title;
    qint64 numerator = 0;
    qint64 denominator = 0;
    double value = 0; // percent; 0 when the denominator is empty: check hasData()
    std::optional<double> target;
    QDate from;    // the period and unit it was computed for
    QDate to;
    Level level = Level::Region;
    QString levelId;

    // An empty denominator means "no data", not 0 %.
    bool hasData() const { return denominator > 0; }
    std::optional<double> share() const { return hasData() ? std::optional<double>(value) : std::nullopt; }
};

struct DrillRow {
    QString id;
    QString label;
};

// Which rows of an indicator a drill-down lists.
enum class DrillSet {
    Numerator,   // counted
    NotCounted,  // in the denominator but not in the numerator
    Denominator, // everything considered
};

// One unit's value for the comparison of municipalities or organisations.
struct UnitValue {
    QString unitId;
    QString unitName;
    IndicatorValue value;
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
    static QList<DrillRow> drillDown(const Database &db, const IndicatorDefinition &def, const Scope &scope, DrillSet set);

    // One value per calendar year fromYear..toYear (1 January - 31 December) at the
    // scope's level and unit; the scope's dates are ignored.
    static QList<IndicatorValue> trend(const Database &db, const IndicatorDefinition &def, const Scope &scope,
                                       int fromYear, int toYear);
    // The value of every municipality (unitLevel Municipality) or organisation
    // (Organisation) inside the scope, in one query; units with no data included.
    // Sorted for comparison bars: highest value first, "no data" last, then by name.
    static QList<UnitValue> byUnit(const Database &db, const IndicatorDefinition &def, const Scope &scope,
                                   Level unitLevel);

    // "12.3" (one decimal) or a translated "no data" for an empty denominator.
    static QString formatValue(const IndicatorValue &value);
    // The scope of one calendar year at a level.
    static Scope yearScope(int year, Level level = Level::Region, const QString &levelId = {});
};

} // namespace metodist::monitoring
