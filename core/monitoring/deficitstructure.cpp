#include "deficitstructure.h"

#include "storage/sql.h"

#include <QHash>
#include <QSqlQuery>

namespace metodist::monitoring {

namespace {

// (person, area, level) of each diagnosed person of the scope: the latest diagnostic
// of the period that scored the area decides (ties: the larger id).
QString levelsSql(Level level)
{
    QString unit;
    if (level == Level::Municipality)
        unit = QStringLiteral(" AND p.municipality_id = prm.lid");
    else if (level == Level::Organisation)
        unit = QStringLiteral(" AND p.organisation_id = prm.lid");
    return QStringLiteral(
               "WITH prm(f, t, lid) AS (SELECT ?, ?, ?), "
               "per_diag AS (SELECT d.person_id, c.area_id, d.id AS did, d.taken_on, MAX(ds.level) AS lvl "
               "  FROM prm, person p JOIN diagnostic d ON d.person_id = p.id "
               "  JOIN diagnostic_score ds ON ds.diagnostic_id = d.id JOIN competence c ON c.id = ds.competence_id "
               "  WHERE p.deleted = 0 AND (p.hire_date IS NULL OR p.hire_date <= prm.t) "
               "  AND (p.profession_start_date IS NULL OR p.profession_start_date <= prm.t)")
           + unit
           + QStringLiteral(
               "  AND d.deleted = 0 AND ds.deleted = 0 AND c.deleted = 0 AND d.taken_on BETWEEN prm.f AND prm.t "
               "  GROUP BY d.id, c.area_id), "
               "ranked AS (SELECT person_id, area_id, lvl, ROW_NUMBER() OVER "
               "  (PARTITION BY person_id, area_id ORDER BY taken_on DESC, did DESC) AS rn FROM per_diag) "
               "SELECT person_id, area_id, lvl FROM ranked WHERE rn = 1");
}

QVariantList params(const Scope &scope)
{
    return {scope.from.toString(Qt::ISODate), scope.to.toString(Qt::ISODate),
            scope.level == Level::Region ? QVariant() : QVariant(scope.levelId)};
}

} // namespace

QList<AreaDeficit> DeficitStructure::compute(const Database &db, const Scope &scope)
{
    QList<AreaDeficit> out;
    QHash<QString, int> index;
    auto areas = sql::exec(db.db(), QStringLiteral("SELECT id, code, name FROM competence_area WHERE deleted = 0 "
                                                   "ORDER BY sort_order, code, id"));
    while (areas.next()) {
        index.insert(areas.value(0).toString(), int(out.size()));
        out.append({areas.value(0).toString(), areas.value(1).toString(), areas.value(2).toString()});
    }
    auto q = sql::exec(db.db(),
                       QStringLiteral("SELECT area_id, COUNT(*), COUNT(CASE WHEN lvl = 2 THEN 1 END), "
                                      "COUNT(CASE WHEN lvl = 1 THEN 1 END) FROM (")
                           + levelsSql(scope.level) + QStringLiteral(") GROUP BY area_id"),
                       params(scope));
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toString());
        if (it == index.constEnd())
            continue;
        AreaDeficit &a = out[*it];
        a.diagnosed = q.value(1).toLongLong();
        a.pronounced = q.value(2).toLongLong();
        a.partial = q.value(3).toLongLong();
    }
    return out;
}

QList<DrillRow> DeficitStructure::people(const Database &db, const Scope &scope, const QString &areaId, int level)
{
    QVariantList values = params(scope);
    values << areaId << level;
    auto q = sql::exec(db.db(),
                       QStringLiteral("SELECT p.id, p.last_name || ' ' || p.first_name || ' ' || p.middle_name AS label FROM (")
                           + levelsSql(scope.level)
                           + QStringLiteral(") x JOIN person p ON p.id = x.person_id WHERE x.area_id = ? AND x.lvl = ? "
                                            "ORDER BY label, p.id"),
                       values);
    QList<DrillRow> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString().trimmed()});
    return rows;
}

} // namespace metodist::monitoring
