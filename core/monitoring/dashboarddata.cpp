#include "dashboarddata.h"

#include "registry/personnamesql.h"
#include "storage/errors.h"
#include "storage/sql.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace metodist::monitoring {

Level DashboardFilter::level() const
{
    return !organisationId.isEmpty() ? Level::Organisation : !municipalityId.isEmpty() ? Level::Municipality : Level::Region;
}

QString DashboardFilter::levelId() const
{
    return !organisationId.isEmpty() ? organisationId : municipalityId;
}

Scope DashboardFilter::scopeFor(int year) const
{
    return {QDate(year, 1, 1), QDate(year, 12, 31), level(), levelId()};
}

namespace {

// The parameter CTE the indicator definitions are written against, then the caller's CTEs.
QString withParams(const QString &body) { return QStringLiteral("WITH ") + scopeParameterCte() + QStringLiteral(", ") + body; }

QVariantList params(const Scope &scope) { return scopeParameterValues(scope); }

void step(const Progress &progress, int done, int total)
{
    if (progress && !progress(total > 0 ? 100 * done / total : 100))
        throw Cancelled{};
}

// Where a row of any set (person, organisation, programme) belongs: ids are UUIDs,
// unique across tables, so one left join per table finds the right one.
const QString kPlace = QStringLiteral(
    "LEFT JOIN person pp ON pp.id = s.id "
    "LEFT JOIN programme pg ON pg.id = s.id "
    "LEFT JOIN organisation po ON po.id = COALESCE(pp.organisation_id, pg.provider_org_id, s.id) "
    "LEFT JOIN municipality pm ON pm.id = COALESCE(pp.municipality_id, po.municipality_id) ");

// People of the scope with their latest diagnostic in the period (ties by id; taken_on
// is an ISO date, 10 characters) and, per area, the worst level on it.
const QString kWorstByArea = QStringLiteral(
    "staff AS (SELECT p.id FROM person p CROSS JOIN prm WHERE p.deleted = 0 "
    "  AND (prm.lvl = 'region' OR (prm.lvl = 'municipality' AND p.municipality_id = prm.lid) "
    "  OR (prm.lvl = 'organisation' AND p.organisation_id = prm.lid))), "
    "latest AS (SELECT d.person_id, substr(MAX(d.taken_on || d.id), 11) AS id FROM diagnostic d JOIN staff ON staff.id = d.person_id "
    "  CROSS JOIN prm WHERE d.deleted = 0 AND d.taken_on BETWEEN prm.f AND prm.t GROUP BY d.person_id), "
    "worst AS (SELECT l.person_id, c.area_id, MAX(s.level) AS lvl FROM latest l "
    "  JOIN diagnostic_score s ON s.diagnostic_id = l.id AND s.deleted = 0 "
    "  JOIN competence c ON c.id = s.competence_id GROUP BY l.person_id, c.area_id) ");

} // namespace

DashboardSnapshot DashboardData::snapshot(const Database &db, const DashboardFilter &filter, const Progress &progress)
{
    if (filter.fromYear <= 0 || filter.toYear < filter.fromYear)
        throw Error(tr("The years %1-%2 are not a range").arg(filter.fromYear).arg(filter.toYear));
    DashboardSnapshot s;
    s.filter = filter;
    const auto &defs = Indicators::definitions();
    const int total = int(defs.size()) + 1;
    int done = 0;
    for (const auto &def : defs) {
        const QList<IndicatorValue> line = Indicators::trend(db, def, filter.scope(), filter.fromYear, filter.toYear);
        s.current << line.last();
        s.trend << line;
        step(progress, ++done, total);
    }
    s.deficits = deficits(db, filter.scope());
    step(progress, total, total);
    return s;
}

QList<UnitValue> DashboardData::comparison(const Database &db, const IndicatorDefinition &def, const DashboardFilter &filter,
                                           const Progress &progress)
{
    QString municipality = filter.municipalityId;
    if (!filter.organisationId.isEmpty() && municipality.isEmpty())
        municipality = sql::scalar(db.db(), QStringLiteral("SELECT municipality_id FROM organisation WHERE id = ?"),
                                   {filter.organisationId}).toString();
    const bool orgs = !municipality.isEmpty();
    const Scope scope = Indicators::yearScope(filter.toYear, orgs ? Level::Municipality : Level::Region, municipality);
    QList<UnitValue> units = Indicators::byUnit(db, def, scope, orgs ? Level::Organisation : Level::Municipality);
    // Units where the indicator has nothing to count say nothing about it.
    units.erase(std::remove_if(units.begin(), units.end(), [](const UnitValue &u) { return !u.value.hasData(); }), units.end());
    step(progress, 1, 1);
    return units;
}

QList<DeficitArea> DashboardData::deficits(const Database &db, const Scope &scope)
{
    auto q = sql::exec(db.db(), withParams(kWorstByArea + QStringLiteral(
        "SELECT a.id, a.name, COALESCE(SUM(w.lvl = 2), 0), COALESCE(SUM(w.lvl = 1), 0), COALESCE(SUM(w.lvl = 0), 0) "
        "FROM competence_area a LEFT JOIN worst w ON w.area_id = a.id WHERE a.deleted = 0 "
        "GROUP BY a.id ORDER BY a.sort_order, a.name")), params(scope));
    QList<DeficitArea> areas;
    while (q.next())
        areas.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                      q.value(4).toLongLong()});
    return areas;
}

QList<OrganisationDeficits> DashboardData::deficitsByOrganisation(const Database &db, const Scope &scope)
{
    auto q = sql::exec(db.db(), withParams(kWorstByArea + QStringLiteral(
        ", per AS (SELECT person_id, MAX(lvl) AS lvl FROM worst GROUP BY person_id) "
        "SELECT o.id, o.name, COALESCE(m.name, ''), COUNT(p.id), COUNT(l.person_id), "
        "COALESCE(SUM(per.lvl = 2), 0), COALESCE(SUM(per.lvl = 1), 0) "
        "FROM organisation o CROSS JOIN prm LEFT JOIN municipality m ON m.id = o.municipality_id "
        "JOIN person p ON p.organisation_id = o.id AND p.deleted = 0 "
        "LEFT JOIN latest l ON l.person_id = p.id LEFT JOIN per ON per.person_id = p.id "
        "WHERE o.deleted = 0 AND o.kind IN ('school', 'kindergarten', 'college') "
        "AND (prm.lvl = 'region' OR (prm.lvl = 'municipality' AND o.municipality_id = prm.lid) "
        "OR (prm.lvl = 'organisation' AND o.id = prm.lid)) "
        "GROUP BY o.id ORDER BY m.name, o.name")), params(scope));
    QList<OrganisationDeficits> orgs;
    QHash<QString, qsizetype> index;
    while (q.next()) {
        index.insert(q.value(0).toString(), orgs.size());
        orgs.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                     q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toLongLong(), {}});
    }
    auto areas = sql::exec(db.db(), withParams(kWorstByArea + QStringLiteral(
        "SELECT p.organisation_id, a.name, COUNT(*) AS n FROM worst w JOIN person p ON p.id = w.person_id "
        "JOIN competence_area a ON a.id = w.area_id WHERE w.lvl = 2 "
        "GROUP BY p.organisation_id, a.id ORDER BY p.organisation_id, n DESC, a.sort_order")), params(scope));
    while (areas.next()) {
        const auto it = index.constFind(areas.value(0).toString());
        if (it != index.constEnd() && orgs[*it].topAreas.size() < 3)
            orgs[*it].topAreas << areas.value(1).toString();
    }
    return orgs;
}

QList<FigureRow> DashboardData::figureRows(const Database &db, const IndicatorDefinition &def, const Scope &scope)
{
    auto q = sql::exec(db.db(), withParams(
        QStringLiteral("num AS (") + def.numeratorSql + QStringLiteral("), den AS (") + def.denominatorSql
        + QStringLiteral(") SELECT s.id, s.label, po.name, pm.name, s.id IN (SELECT id FROM num) FROM den s ") + kPlace
        + QStringLiteral("ORDER BY s.label")), params(scope));
    QList<FigureRow> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString().trimmed(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toBool()});
    return rows;
}

QList<FigureRow> DashboardData::deficitRows(const Database &db, const QString &areaId, int level, const Scope &scope)
{
    auto q = sql::exec(db.db(), withParams(kWorstByArea + QStringLiteral(
        ", s AS (SELECT p.id, ") + personFullNameSql(QStringLiteral("p")) + QStringLiteral(" AS label, w.lvl "
        "FROM worst w JOIN person p ON p.id = w.person_id WHERE w.area_id = ?) "
        "SELECT s.id, s.label, po.name, pm.name, s.lvl = ? FROM s ") + kPlace
        + QStringLiteral("ORDER BY s.label")), params(scope) + QVariantList{areaId, level});
    QList<FigureRow> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString().trimmed(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toBool()});
    return rows;
}

} // namespace metodist::monitoring
