#include "indicators.h"

#include "storage/sql.h"

#include <QSqlQuery>

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

namespace {

// Row sets shared by several indicators. `prm` is the parameter CTE (see the header).
const QString kStaff = QStringLiteral(
    "SELECT p.id, p.last_name || ' ' || p.first_name || ' ' || p.middle_name AS label "
    "FROM person p CROSS JOIN prm WHERE p.deleted = 0 "
    "AND (prm.lvl = 'region' OR (prm.lvl = 'municipality' AND p.municipality_id = prm.lid) "
    "OR (prm.lvl = 'organisation' AND p.organisation_id = prm.lid))");
const QString kOrgLevel = QStringLiteral(
    "(prm.lvl = 'region' OR (prm.lvl = 'municipality' AND o.municipality_id = prm.lid) "
    "OR (prm.lvl = 'organisation' AND o.id = prm.lid))");
const QString kEducationalOrgs = QStringLiteral(
    "SELECT o.id, o.name AS label FROM organisation o CROSS JOIN prm WHERE o.deleted = 0 "
    "AND o.kind IN ('school', 'kindergarten', 'college') AND ") + kOrgLevel;
// Completion date: the recorded outcome date, else the end of the group.
const QString kCompletedIn = QStringLiteral(
    "e.deleted = 0 AND e.status = 'completed' AND g.deleted = 0 AND pr.deleted = 0 "
    "AND COALESCE(e.outcome_on, g.ends_on) BETWEEN prm.f AND prm.t");
const QString kYoung = kStaff + QStringLiteral(
    " AND p.birth_date > date(prm.t, '-35 years') AND p.profession_start_date > date(prm.t, '-3 years')");
const QString kIroProgrammes = QStringLiteral(
    "SELECT pr.id, pr.title AS label FROM programme pr JOIN organisation o ON o.id = pr.provider_org_id "
    "CROSS JOIN prm WHERE pr.deleted = 0 AND pr.status = 'active' AND o.deleted = 0 "
    "AND o.kind = 'further_education' AND ") + kOrgLevel;

QList<IndicatorDefinition> makeDefinitions()
{
    const QString pct = QStringLiteral("%");
    return {
        {QStringLiteral("diagnostic_share"), Indicators::tr("Staff with a diagnostic in the period"),
         kStaff + QStringLiteral(" AND EXISTS (SELECT 1 FROM diagnostic d WHERE d.person_id = p.id "
                                 "AND d.deleted = 0 AND d.taken_on BETWEEN prm.f AND prm.t)"),
         kStaff, pct},
        {QStringLiteral("route_share"), Indicators::tr("Staff with a route based on a diagnostic"),
         kStaff + QStringLiteral(" AND EXISTS (SELECT 1 FROM route r WHERE r.person_id = p.id AND r.deleted = 0 "
                                 "AND r.diagnostic_id IS NOT NULL AND r.status <> 'cancelled' "
                                 "AND r.period_start <= prm.t AND r.period_end >= prm.f)"),
         kStaff, pct},
        {QStringLiteral("frdpp_completed_share"), Indicators::tr("Staff who completed FR DPP programmes"),
         kStaff + QStringLiteral(" AND EXISTS (SELECT 1 FROM enrolment e JOIN study_group g ON g.id = e.group_id "
                                 "JOIN programme pr ON pr.id = g.programme_id WHERE e.person_id = p.id "
                                 "AND pr.in_frdpp = 1 AND ") + kCompletedIn + QStringLiteral(")"),
         kStaff, pct},
        {QStringLiteral("quality_managers_share"),
         Indicators::tr("Organisations whose managers completed a quality-management programme"),
         kEducationalOrgs + QStringLiteral(
             " AND EXISTS (SELECT 1 FROM person m JOIN enrolment e ON e.person_id = m.id "
             "JOIN study_group g ON g.id = e.group_id JOIN programme pr ON pr.id = g.programme_id "
             "WHERE m.organisation_id = o.id AND m.deleted = 0 AND m.is_manager = 1 "
             "AND pr.quality_management = 1 AND ") + kCompletedIn + QStringLiteral(")"),
         kEducationalOrgs, pct},
        {QStringLiteral("young_teachers_supported_share"),
         Indicators::tr("Young teachers in mentoring or a community"),
         kYoung + QStringLiteral(
             " AND (EXISTS (SELECT 1 FROM mentoring_pair mp WHERE mp.mentee_person_id = p.id "
             "AND mp.deleted = 0 AND mp.status = 'active') "
             "OR EXISTS (SELECT 1 FROM community_member cm JOIN community c ON c.id = cm.community_id "
             "WHERE cm.person_id = p.id AND cm.deleted = 0 AND c.deleted = 0))"),
         kYoung, pct},
        {QStringLiteral("iro_frdpp_programmes_share"), Indicators::tr("IRO programmes included in FR DPP"),
         kIroProgrammes + QStringLiteral(" AND pr.in_frdpp = 1"), kIroProgrammes, pct},
    };
}

QVariantList params(const Scope &scope)
{
    return {scope.from.toString(Qt::ISODate), scope.to.toString(Qt::ISODate), levelKey(scope.level),
            scope.level == Level::Region ? QVariant() : QVariant(scope.levelId)};
}

QString withParams(const QString &body)
{
    return QStringLiteral("WITH prm(f, t, lvl, lid) AS (SELECT ?, ?, ?, ?) ") + body;
}

qint64 count(const Database &db, const QString &setSql, const Scope &scope)
{
    return sql::scalar(db.db(), withParams(QStringLiteral("SELECT COUNT(*) FROM (") + setSql + QStringLiteral(")")),
                       params(scope))
        .toLongLong();
}

} // namespace

const QList<IndicatorDefinition> &Indicators::definitions()
{
    static const QList<IndicatorDefinition> defs = makeDefinitions();
    return defs;
}

const IndicatorDefinition *Indicators::find(const QString &code)
{
    for (const auto &def : definitions())
        if (def.code == code)
            return &def;
    return nullptr;
}

IndicatorValue Indicators::compute(const Database &db, const IndicatorDefinition &def, const Scope &scope)
{
    IndicatorValue v;
    v.code = def.code;
    v.title = def.title;
    v.numerator = count(db, def.numeratorSql, scope);
    v.denominator = count(db, def.denominatorSql, scope);
    v.value = v.denominator > 0 ? 100.0 * double(v.numerator) / double(v.denominator) : 0.0;
    auto q = sql::exec(db.db(),
                       QStringLiteral("SELECT target_value FROM indicator_target WHERE deleted = 0 "
                                      "AND indicator_code = ? AND year = ? AND level = ? "
                                      "AND COALESCE(level_id, '') = ? ORDER BY updated_at DESC LIMIT 1"),
                       {def.code, scope.to.year(), levelKey(scope.level),
                        scope.level == Level::Region ? QString() : scope.levelId});
    if (q.next())
        v.target = q.value(0).toDouble();
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
    auto q = sql::exec(db.db(), withParams(def.numeratorSql + QStringLiteral(" ORDER BY label")), params(scope));
    QList<DrillRow> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString().trimmed()});
    return rows;
}

} // namespace metodist::monitoring
