#pragma once
// What the monitoring dashboard and the reports show, computed from the indicator
// definitions (indicators.h) for one filter: the current year against targets, the
// same indicators year by year, the comparison of the units one level down, the
// structure of deficits by competence area, and the rows behind every figure.
// Runs on any thread with that thread's own Database (Database::openAnother()).
#include "monitoring/indicators.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace metodist::monitoring {

// The one filter every chart follows. The organisation wins over the municipality.
struct DashboardFilter {
    int fromYear = 0;
    int toYear = 0; // the "current" year of the values, comparison and deficits
    QString municipalityId;
    QString organisationId;

    Level level() const;
    QString levelId() const;
    Scope scopeFor(int year) const; // the calendar year at the filter's level
    Scope scope() const { return scopeFor(toYear); }
};

// People diagnosed in the period by their worst level within a competence area
// (on their latest diagnostic of the period).
struct DeficitArea {
    QString areaId;
    QString name;
    qint64 pronounced = 0;
    qint64 partial = 0;
    qint64 none = 0;
};

// One row behind a figure: a person, organisation or programme of the denominator,
// and whether the numerator counts it.
struct FigureRow {
    QString id;
    QString label;
    QString organisation;
    QString municipality;
    bool counted = false;
};

// An organisation's staff by their worst deficit on their latest diagnostic of the period.
struct OrganisationDeficits {
    QString id;
    QString name;
    QString municipality;
    qint64 staff = 0;
    qint64 diagnosed = 0;
    qint64 pronounced = 0; // people with at least one pronounced deficit
    qint64 partial = 0;    // people whose worst is a partial deficit
    QStringList topAreas;  // areas with the most people with a pronounced deficit there
};

struct DashboardSnapshot {
    DashboardFilter filter;
    QList<IndicatorValue> current;         // one per definition, year toYear
    QList<QList<IndicatorValue>> trend;    // [indicator][year - fromYear]
    QList<DeficitArea> deficits;
};

// Reports progress 0..100; returning false cancels (the call then throws Cancelled).
using Progress = std::function<bool(int percent)>;

struct Cancelled {};

class DashboardData {
    Q_DECLARE_TR_FUNCTIONS(DashboardData)
public:
    // Throws metodist::Error for an empty or reversed year range.
    static DashboardSnapshot snapshot(const Database &db, const DashboardFilter &filter, const Progress &progress = {});
    // The indicator in each unit one level below the filter (region: municipalities;
    // municipality or organisation: the organisations of the municipality), best first.
    static QList<UnitValue> comparison(const Database &db, const IndicatorDefinition &def, const DashboardFilter &filter,
                                       const Progress &progress = {});
    static QList<DeficitArea> deficits(const Database &db, const Scope &scope);
    // Educational organisations of the scope (the region or a municipality), by municipality and name.
    static QList<OrganisationDeficits> deficitsByOrganisation(const Database &db, const Scope &scope);
    // The denominator's rows with the numerator's flag: who is counted and who is not.
    static QList<FigureRow> figureRows(const Database &db, const IndicatorDefinition &def, const Scope &scope);
    // People diagnosed in an area (the bar); counted = their worst level there is `level`
    // (2 pronounced, 1 partial, 0 none).
    static QList<FigureRow> deficitRows(const Database &db, const QString &areaId, int level, const Scope &scope);
};

} // namespace metodist::monitoring
