#include "indicators.h"

#include "indicatortargets.h"
#include "storage/sql.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace metodist::monitoring {

QString levelKey(Level level)
{
    switch (level) {
    case Level::Municipality: return QStringLiteral("municipality");
    case Level::Organisation: return QStringLiteral("organisation");
    case Level::Region: break;
    }
    return QStringLiteral("region");
}

std::optional<Level> levelFromKey(const QString &key)
{
    if (key == QLatin1String("region"))
        return Level::Region;
    if (key == QLatin1String("municipality"))
        return Level::Municipality;
    if (key == QLatin1String("organisation"))
        return Level::Organisation;
    return std::nullopt;
}

QString subjectKey(Subject subject)
{
    switch (subject) {
    case Subject::Organisation: return QStringLiteral("organisation");
    case Subject::Programme: return QStringLiteral("programme");
    case Subject::Route: return QStringLiteral("route");
    case Subject::Person: break;
    }
    return QStringLiteral("person");
}

namespace {
QString iso(const QDate &d) { return d.toString(Qt::ISODate); }
} // namespace

QString scopeParameterCte()
{
    return QStringLiteral("prm(f, t, lvl, lid, b35, s3) AS (SELECT ?, ?, ?, ?, ?, ?)");
}

QVariantList scopeParameterValues(const Scope &scope)
{
    return {iso(scope.from), iso(scope.to), levelKey(scope.level),
            scope.level == Level::Region ? QVariant() : QVariant(scope.levelId),
            iso(scope.to.addYears(-35)), iso(scope.to.addYears(-3))};
}

namespace {

QVariantList params(const Scope &scope) { return scopeParameterValues(scope); }

QString withParams(const QString &body) { return QStringLiteral("WITH ") + scopeParameterCte() + u' ' + body; }

// The level as a plain equality (so an index on the unit column can serve it),
// instead of the level-generic OR of the public texts.
QString levelWhere(const IndicatorDefinition &def, Level level)
{
    switch (level) {
    case Level::Municipality: return QStringLiteral(" AND ") + def.municipalityColumn + QStringLiteral(" = prm.lid");
    case Level::Organisation: return QStringLiteral(" AND ") + def.organisationColumn + QStringLiteral(" = prm.lid");
    case Level::Region: break;
    }
    return {};
}

QString body(const IndicatorDefinition &def, Level level)
{
    return QStringLiteral(" FROM prm, ") + def.fromSql + QStringLiteral(" WHERE ") + def.whereSql + levelWhere(def, level);
}

QString hit(const IndicatorDefinition &def)
{
    return QStringLiteral("CASE WHEN (") + def.conditionSql + QStringLiteral(") THEN 1 END");
}

void fill(IndicatorValue &v, const IndicatorDefinition &def, const Scope &scope, qint64 num, qint64 den)
{
    v.code = def.code;
    v.title = def.title;
    v.numerator = num;
    v.denominator = den;
    v.value = den > 0 ? 100.0 * double(num) / double(den) : 0.0;
    v.from = scope.from;
    v.to = scope.to;
    v.level = scope.level;
    v.levelId = scope.level == Level::Region ? QString() : scope.levelId;
}

} // namespace

const IndicatorDefinition *Indicators::find(const QString &code)
{
    for (const auto &def : definitions())
        if (def.code == code)
            return &def;
    return nullptr;
}

namespace {

// Numerator and denominator in one pass. The statement is prepared once per connection
// and level (Database::prepared) and reset after use so it holds no read snapshot.
IndicatorValue counts(const Database &db, const IndicatorDefinition &def, const Scope &scope)
{
    QSqlQuery &q = db.prepared(withParams(QStringLiteral("SELECT COUNT(") + hit(def) + QStringLiteral("), COUNT(*)")
                                          + body(def, scope.level)));
    sql::bindAll(q, params(scope));
    sql::exec(q);
    IndicatorValue v;
    q.next();
    fill(v, def, scope, q.value(0).toLongLong(), q.value(1).toLongLong());
    q.finish();
    return v;
}

} // namespace

IndicatorValue Indicators::compute(const Database &db, const IndicatorDefinition &def, const Scope &scope)
{
    IndicatorValue v = counts(db, def, scope);
    v.target = IndicatorTargets::get(db, def.code, scope.to.year(), scope.level, v.levelId);
    return v;
}

QList<IndicatorValue> Indicators::computeAll(const Database &db, const Scope &scope)
{
    QList<IndicatorValue> out;
    for (const auto &def : definitions())
        out << compute(db, def, scope);
    return out;
}

QList<DrillRow> Indicators::drillDown(const Database &db, const IndicatorDefinition &def, const Scope &scope)
{
    return drillDown(db, def, scope, DrillSet::Numerator);
}

QList<DrillRow> Indicators::drillDown(const Database &db, const IndicatorDefinition &def, const Scope &scope, DrillSet set)
{
    QString filter;
    if (set == DrillSet::Numerator)
        filter = QStringLiteral(" AND ") + hit(def) + QStringLiteral(" IS NOT NULL");
    else if (set == DrillSet::NotCounted)
        filter = QStringLiteral(" AND ") + hit(def) + QStringLiteral(" IS NULL");
    auto q = sql::exec(db.db(),
                       withParams(QStringLiteral("SELECT ") + def.selectSql + body(def, scope.level) + filter
                                  + QStringLiteral(" ORDER BY label, 1")),
                       params(scope));
    QList<DrillRow> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString().trimmed()});
    return rows;
}

Scope Indicators::yearScope(int year, Level level, const QString &levelId)
{
    return {QDate(year, 1, 1), QDate(year, 12, 31), level, level == Level::Region ? QString() : levelId};
}

QList<IndicatorValue> Indicators::trend(const Database &db, const IndicatorDefinition &def, const Scope &scope,
                                        int fromYear, int toYear)
{
    QList<IndicatorValue> out;
    const QString unit = scope.level == Level::Region ? QString() : scope.levelId;
    QHash<int, double> targets;
    for (const IndicatorTarget &t : IndicatorTargets::list(db, def.code))
        if (t.level == scope.level && t.levelId == unit)
            targets.insert(t.year, t.value);
    for (int year = fromYear; year <= toYear; ++year) {
        IndicatorValue v = counts(db, def, yearScope(year, scope.level, scope.levelId));
        if (targets.contains(year))
            v.target = targets.value(year);
        out << v;
    }
    return out;
}

QList<UnitValue> Indicators::byUnit(const Database &db, const IndicatorDefinition &def, const Scope &scope, Level unitLevel)
{
    // The units inside the scope, with their names.
    QString unitsSql;
    QVariantList unitParams;
    if (unitLevel == Level::Municipality) {
        unitsSql = QStringLiteral("SELECT id, name FROM municipality WHERE deleted = 0");
        if (scope.level == Level::Municipality) {
            unitsSql += QStringLiteral(" AND id = ?");
            unitParams << scope.levelId;
        } else if (scope.level == Level::Organisation) {
            unitsSql += QStringLiteral(" AND id = (SELECT municipality_id FROM organisation WHERE id = ?)");
            unitParams << scope.levelId;
        }
    } else if (unitLevel == Level::Organisation) {
        unitsSql = QStringLiteral("SELECT id, name FROM organisation WHERE deleted = 0");
        if (scope.level == Level::Municipality) {
            unitsSql += QStringLiteral(" AND municipality_id = ?");
            unitParams << scope.levelId;
        } else if (scope.level == Level::Organisation) {
            unitsSql += QStringLiteral(" AND id = ?");
            unitParams << scope.levelId;
        }
    } else {
        return {{QString(), tr("Region"), compute(db, def, {scope.from, scope.to, Level::Region, {}})}};
    }
    QList<UnitValue> out;
    QHash<QString, int> index;
    auto units = sql::exec(db.db(), unitsSql + QStringLiteral(" ORDER BY name, id"), unitParams);
    while (units.next()) {
        index.insert(units.value(0).toString(), int(out.size()));
        UnitValue u;
        u.unitId = units.value(0).toString();
        u.unitName = units.value(1).toString();
        fill(u.value, def, {scope.from, scope.to, unitLevel, u.unitId}, 0, 0);
        out << u;
    }

    // One grouped pass over the scope.
    const QString column = unitLevel == Level::Municipality ? def.municipalityColumn : def.organisationColumn;
    auto q = sql::exec(db.db(),
                       withParams(QStringLiteral("SELECT ") + column + QStringLiteral(", COUNT(") + hit(def)
                                  + QStringLiteral("), COUNT(*)") + body(def, scope.level) + QStringLiteral(" GROUP BY 1")),
                       params(scope));
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toString());
        if (it == index.constEnd())
            continue; // rows of a deleted unit or with none
        UnitValue &u = out[*it];
        fill(u.value, def, {scope.from, scope.to, unitLevel, u.unitId}, q.value(1).toLongLong(), q.value(2).toLongLong());
    }
    const auto targets = IndicatorTargets::forLevel(db, def.code, scope.to.year(), unitLevel);
    for (UnitValue &u : out)
        if (targets.contains(u.unitId))
            u.value.target = targets.value(u.unitId);
    std::stable_sort(out.begin(), out.end(), [](const UnitValue &a, const UnitValue &b) {
        if (a.value.hasData() != b.value.hasData())
            return a.value.hasData();
        return a.value.hasData() && a.value.value > b.value.value;
    });
    return out;
}

QString Indicators::formatValue(const IndicatorValue &value)
{
    return value.hasData() ? QString::number(value.value, 'f', 1) : tr("no data");
}

} // namespace metodist::monitoring
