// The indicator set: each one as the parts of its SQL (see IndicatorDefinition).
// docs/monitoring/indicators.md repeats every part in words; keep both in step.
#include "indicators.h"

#include "registry/personnamesql.h"

namespace metodist::monitoring {

namespace {

const QString kPersonLabel = personFullNameSql(QStringLiteral("p"));

// Staff at the end of the period: living person rows not hired (into their current
// organisation) or started in the profession after `to`. The register keeps only the
// current placement, so a person counts in the unit they are in now, and only for
// periods ending on or after the day they came there (hire_date).
const QString kStaffWhere = QStringLiteral(
    "p.deleted = 0 AND (p.hire_date IS NULL OR p.hire_date <= prm.t) "
    "AND (p.profession_start_date IS NULL OR p.profession_start_date <= prm.t)");

// Young teacher (seed 003 §V) on `to`: under 35 and less than 3 full years in the
// profession. prm.b35 / prm.s3 are `to` minus 35 / 3 years, computed in C++ so that a
// 29 February `to` goes back to 28 February (SQLite's date() would give 1 March).
const QString kYoungWhere = QStringLiteral(" AND p.birth_date > prm.b35 AND p.profession_start_date > prm.s3");

// Completion of an enrolment e in group g of programme pr within the period: the
// recorded outcome date, else the end of the group.
const QString kCompletedIn = QStringLiteral(
    "e.deleted = 0 AND e.status = 'completed' AND g.deleted = 0 AND pr.deleted = 0 "
    "AND COALESCE(e.outcome_on, g.ends_on) BETWEEN prm.f AND prm.t");

const QString kCompletedEnrolment = QStringLiteral(
    "EXISTS (SELECT 1 FROM enrolment e JOIN study_group g ON g.id = e.group_id "
    "JOIN programme pr ON pr.id = g.programme_id WHERE e.person_id = p.id AND ") + kCompletedIn;

// A route built on a diagnostic, not cancelled, whose period overlaps the period.
const QString kRouteOnDiagnostic = QStringLiteral(
    "EXISTS (SELECT 1 FROM route r WHERE r.person_id = p.id AND r.deleted = 0 "
    "AND r.diagnostic_id IS NOT NULL AND r.status <> 'cancelled' "
    "AND r.period_start <= prm.t AND r.period_end >= prm.f)");

// A member of a community of the given kind, joined by the end of the period.
QString communityMember(const char *kind)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM community_member cm JOIN community c ON c.id = cm.community_id "
                          "WHERE cm.person_id = p.id AND cm.deleted = 0 AND c.deleted = 0 AND c.kind = '%1' "
                          "AND (cm.joined_on IS NULL OR cm.joined_on <= prm.t))")
        .arg(QLatin1String(kind));
}

IndicatorDefinition staff(const char *code, const char *origin, const QString &title, const QString &extraWhere,
                          const QString &condition)
{
    IndicatorDefinition d;
    d.code = QLatin1String(code);
    d.origin = QLatin1String(origin);
    d.title = title;
    d.subject = Subject::Person;
    d.selectSql = QStringLiteral("p.id, ") + kPersonLabel + QStringLiteral(" AS label");
    d.fromSql = QStringLiteral("person p");
    d.whereSql = kStaffWhere + extraWhere;
    d.conditionSql = condition;
    d.municipalityColumn = QStringLiteral("p.municipality_id");
    d.organisationColumn = QStringLiteral("p.organisation_id");
    return d;
}

// Programmes at a level belong to their provider organisation.
IndicatorDefinition programmes(const char *code, const char *origin, const QString &title, const QString &where,
                               const QString &condition)
{
    IndicatorDefinition d;
    d.code = QLatin1String(code);
    d.origin = QLatin1String(origin);
    d.title = title;
    d.subject = Subject::Programme;
    d.selectSql = QStringLiteral("pr.id, pr.title AS label");
    d.fromSql = QStringLiteral("programme pr LEFT JOIN organisation o ON o.id = pr.provider_org_id");
    d.whereSql = where;
    d.conditionSql = condition;
    d.municipalityColumn = QStringLiteral("o.municipality_id");
    d.organisationColumn = QStringLiteral("o.id");
    return d;
}

QString levelFilter(const IndicatorDefinition &d)
{
    return QStringLiteral("(prm.lvl = 'region' OR (prm.lvl = 'municipality' AND %1 = prm.lid) "
                          "OR (prm.lvl = 'organisation' AND %2 = prm.lid))")
        .arg(d.municipalityColumn, d.organisationColumn);
}

// The public level-generic texts (drill-downs of old callers, the docs).
IndicatorDefinition finish(IndicatorDefinition d)
{
    d.unit = QStringLiteral("%");
    d.denominatorSql = QStringLiteral("SELECT %1 FROM prm, %2 WHERE %3 AND %4")
                           .arg(d.selectSql, d.fromSql, d.whereSql, levelFilter(d));
    d.numeratorSql = d.denominatorSql + QStringLiteral(" AND (") + d.conditionSql + QStringLiteral(")");
    return d;
}

QList<IndicatorDefinition> makeDefinitions()
{
    QList<IndicatorDefinition> defs;

    // Perm concept, seed 003 §4.2.
    defs << staff("diagnostic_share", "perm", Indicators::tr("Staff with a diagnostic in the period"), {},
                  QStringLiteral("EXISTS (SELECT 1 FROM diagnostic d WHERE d.person_id = p.id "
                                 "AND d.deleted = 0 AND d.taken_on BETWEEN prm.f AND prm.t)"));
    defs << staff("route_share", "perm", Indicators::tr("Staff with a route based on a diagnostic"), {}, kRouteOnDiagnostic);
    defs << staff("frdpp_completed_share", "perm", Indicators::tr("Staff who completed FR DPP programmes"), {},
                  kCompletedEnrolment + QStringLiteral(" AND pr.in_frdpp = 1)"));
    {
        IndicatorDefinition d;
        d.code = QStringLiteral("quality_managers_share");
        d.origin = QStringLiteral("perm");
        d.title = Indicators::tr("Organisations whose managers completed a quality-management programme");
        d.subject = Subject::Organisation;
        d.selectSql = QStringLiteral("o.id, o.name AS label");
        d.fromSql = QStringLiteral("organisation o");
        d.whereSql = QStringLiteral("o.deleted = 0 AND o.kind IN ('school', 'kindergarten', 'college')");
        // CROSS JOIN keeps the managers of the organisation as the outer loop: with the
        // period bound as parameters SQLite otherwise may build an automatic index over
        // all completed enrolments on every run (9x slower on a small region).
        d.conditionSql = QStringLiteral(
            "EXISTS (SELECT 1 FROM person m CROSS JOIN enrolment e ON e.person_id = m.id "
            "JOIN study_group g ON g.id = e.group_id JOIN programme pr ON pr.id = g.programme_id "
            "WHERE m.organisation_id = o.id AND m.deleted = 0 AND m.is_manager = 1 "
            "AND pr.quality_management = 1 AND ") + kCompletedIn + QStringLiteral(")");
        d.municipalityColumn = QStringLiteral("o.municipality_id");
        d.organisationColumn = QStringLiteral("o.id");
        defs << d;
    }
    defs << staff("young_teachers_supported_share", "perm", Indicators::tr("Young teachers in mentoring or a community"),
                  kYoungWhere,
                  QStringLiteral("EXISTS (SELECT 1 FROM mentoring_pair mp WHERE mp.mentee_person_id = p.id "
                                 "AND mp.deleted = 0 AND mp.status <> 'cancelled' AND mp.starts_on <= prm.t "
                                 "AND (mp.status = 'active' OR mp.ends_on >= prm.f)) "
                                 "OR EXISTS (SELECT 1 FROM community_member cm JOIN community c ON c.id = cm.community_id "
                                 "WHERE cm.person_id = p.id AND cm.deleted = 0 AND c.deleted = 0 "
                                 "AND (cm.joined_on IS NULL OR cm.joined_on <= prm.t))"));
    defs << programmes("iro_frdpp_programmes_share", "perm", Indicators::tr("IRO programmes included in FR DPP"),
                       QStringLiteral("pr.deleted = 0 AND pr.status = 'active' AND o.deleted = 0 "
                                      "AND o.kind = 'further_education'"),
                       QStringLiteral("pr.in_frdpp = 1"));

    // Khabarovsk concept, seed 002 §7: the expected results that the data can show.
    defs << staff("deficit_route_share", "khabarovsk", Indicators::tr("Staff with identified deficits who have a route"),
                  QStringLiteral(" AND EXISTS (SELECT 1 FROM diagnostic d JOIN diagnostic_score ds ON ds.diagnostic_id = d.id "
                                 "WHERE d.person_id = p.id AND d.deleted = 0 AND ds.deleted = 0 AND ds.level >= 1 "
                                 "AND d.taken_on BETWEEN prm.f AND prm.t)"),
                  kRouteOnDiagnostic);
    {
        IndicatorDefinition d;
        d.code = QStringLiteral("three_stage_routes_share");
        d.origin = QStringLiteral("khabarovsk");
        d.title = Indicators::tr("Routes following the three-stage model");
        d.subject = Subject::Route;
        d.selectSql = QStringLiteral("r.id, ") + kPersonLabel
                      + QStringLiteral(" || ' (' || r.period_start || ' - ' || r.period_end || ')' AS label");
        d.fromSql = QStringLiteral("route r JOIN person p ON p.id = r.person_id");
        d.whereSql = QStringLiteral("r.deleted = 0 AND r.status <> 'cancelled' AND r.period_start <= prm.t "
                                    "AND r.period_end >= prm.f AND ") + kStaffWhere;
        d.conditionSql = QStringLiteral("(SELECT COUNT(DISTINCT ri.stage) FROM route_item ri WHERE ri.route_id = r.id "
                                        "AND ri.deleted = 0 AND ri.status <> 'cancelled') = 3");
        d.municipalityColumn = QStringLiteral("p.municipality_id");
        d.organisationColumn = QStringLiteral("p.organisation_id");
        defs << d;
    }
    defs << staff("personalised_training_share", "khabarovsk",
                  Indicators::tr("Staff who completed a course chosen in their route"),
                  QStringLiteral(" AND ") + kCompletedEnrolment + QStringLiteral(")"),
                  kCompletedEnrolment + QStringLiteral(" AND e.route_item_id IS NOT NULL)"));
    defs << staff("methodical_active_share", "khabarovsk", Indicators::tr("Staff in the regional methodical active"), {},
                  communityMember("methodical_active")
                      + QStringLiteral(" OR EXISTS (SELECT 1 FROM role_assignment ra WHERE ra.person_id = p.id "
                                       "AND ra.deleted = 0 AND ra.role = 'regional_active' "
                                       "AND (ra.since IS NULL OR ra.since <= prm.t) "
                                       "AND (ra.until IS NULL OR ra.until >= prm.f))"));
    defs << staff("managerial_active_share", "khabarovsk", Indicators::tr("Managers in the regional managerial active"),
                  QStringLiteral(" AND p.is_manager = 1"), communityMember("managerial_active"));
    defs << programmes("network_programmes_share", "khabarovsk",
                       Indicators::tr("Programmes run in the period in the network form"),
                       QStringLiteral("pr.deleted = 0 AND EXISTS (SELECT 1 FROM study_group g WHERE g.programme_id = pr.id "
                                      "AND g.deleted = 0 AND g.status <> 'cancelled' "
                                      "AND g.starts_on <= prm.t AND g.ends_on >= prm.f)"),
                       QStringLiteral("pr.network_form = 1"));

    for (auto &d : defs)
        d = finish(d);
    return defs;
}

} // namespace

const QList<IndicatorDefinition> &Indicators::definitions()
{
    static const QList<IndicatorDefinition> defs = makeDefinitions();
    return defs;
}

} // namespace metodist::monitoring
