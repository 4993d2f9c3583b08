#include "routeservice.h"

#include "storage/errors.h"
#include "storage/rows.h"
#include "storage/sql.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>

namespace metodist {

using namespace routes;

namespace {

QVariant dateOrNull(const QDate &d) { return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(); }
QVariant textOrNull(const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); }
// NOT NULL text columns: a null QString would bind as NULL.
QVariant textOrEmpty(const QString &s) { return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s); }
QDate dateOf(const QVariant &v) { return QDate::fromString(v.toString(), Qt::ISODate); }

const QStringList kItemStatuses = {QStringLiteral("planned"), QStringLiteral("in_progress"), QStringLiteral("done"),
                                   QStringLiteral("cancelled")};

std::vector<Deficit> toDeficits(const Catalogue &cat, const PersonDeficits &d)
{
    std::vector<Deficit> result;
    for (const auto &[competenceId, level] : d.levels) {
        const int index = cat.competenceIndex(competenceId);
        if (index >= 0 && level > 0)
            result.push_back({index, level});
    }
    return result;
}

} // namespace

int RouteRow::hours() const
{
    int sum = 0;
    for (const RouteItemRow &item : items)
        if (item.status != QLatin1String("cancelled"))
            sum += item.hours;
    return sum;
}

const Catalogue &RouteService::catalogue()
{
    if (m_catalogue)
        return *m_catalogue;
    auto cat = std::make_unique<Catalogue>();
    const QSqlDatabase db = m_db.db();
    {
        QSqlQuery q = sql::exec(db, QStringLiteral("SELECT id FROM competence ORDER BY sort_order, code, id"));
        while (q.next())
            cat->addCompetence(q.value(0).toString());
    }
    QHash<QString, std::vector<int>> links; // catalogue item id -> competences
    {
        QSqlQuery q = sql::exec(db, QStringLiteral("SELECT item_id, competence_id FROM catalogue_competence WHERE deleted = 0"));
        while (q.next())
            links[q.value(0).toString()].push_back(cat->addCompetence(q.value(1).toString()));
    }
    struct ModuleRow {
        QString id, title, programmeId;
        int hours;
    };
    std::vector<ModuleRow> modules;
    QHash<QString, std::vector<int>> moduleUnion; // programme id -> its modules' competences
    {
        QSqlQuery q = sql::exec(db, QStringLiteral(
            "SELECT m.id, m.title, m.hours, m.programme_id FROM programme_module m "
            "JOIN programme p ON p.id = m.programme_id "
            "WHERE m.deleted = 0 AND p.deleted = 0 AND p.status = 'active' ORDER BY m.programme_id, m.sort_order"));
        while (q.next()) {
            modules.push_back({q.value(0).toString(), q.value(1).toString(), q.value(3).toString(), q.value(2).toInt()});
            auto &u = moduleUnion[modules.back().programmeId];
            const auto own = links.value(modules.back().id);
            u.insert(u.end(), own.begin(), own.end());
        }
    }
    QHash<QString, int> programmeIndex;
    {
        QSqlQuery q = sql::exec(db, QStringLiteral(
            "SELECT id, title, hours, form, kind FROM programme WHERE deleted = 0 AND status = 'active' ORDER BY title, id"));
        while (q.next()) {
            CatalogueItem item;
            item.id = q.value(0).toString();
            item.kind = ItemKind::Programme;
            item.title = q.value(1).toString();
            item.hours = q.value(2).toInt();
            item.form = formBit(q.value(3).toString());
            item.subKind = q.value(4).toString();
            // A programme without its own competences develops those of its modules.
            item.competences = links.contains(item.id) ? links.value(item.id) : moduleUnion.value(item.id);
            programmeIndex.insert(item.id, cat->addItem(item));
        }
    }
    for (const ModuleRow &m : modules) {
        CatalogueItem item;
        item.id = m.id;
        item.kind = ItemKind::Module;
        item.title = m.title;
        item.hours = m.hours;
        item.parent = programmeIndex.value(m.programmeId, -1);
        item.form = item.parent >= 0 ? cat->item(item.parent).form : std::uint8_t(AnyForm);
        item.competences = links.value(m.id);
        cat->addItem(item);
    }
    {
        QSqlQuery q = sql::exec(db, QStringLiteral(
            "SELECT id, kind, title, starts_on, ends_on, hours, form FROM event WHERE deleted = 0 ORDER BY starts_on, id"));
        while (q.next()) {
            CatalogueItem item;
            item.id = q.value(0).toString();
            item.kind = ItemKind::Event;
            item.subKind = q.value(1).toString();
            item.title = q.value(2).toString();
            item.start = dateOf(q.value(3));
            item.end = dateOf(q.value(4));
            item.hours = q.value(5).toInt();
            item.form = formBit(q.value(6).toString());
            item.competences = links.value(item.id);
            cat->addItem(item);
        }
    }
    {
        QSqlQuery q = sql::exec(db, QStringLiteral(
            "SELECT id, kind, title, hours, programme_id FROM material WHERE deleted = 0 ORDER BY title, id"));
        while (q.next()) {
            CatalogueItem item;
            item.id = q.value(0).toString();
            item.kind = ItemKind::Material;
            item.subKind = q.value(1).toString();
            item.title = q.value(2).toString();
            item.hours = q.value(3).toInt();
            item.form = AnyForm; // self-study fits every form
            item.parent = programmeIndex.value(q.value(4).toString(), -1);
            item.competences = links.value(item.id);
            cat->addItem(item);
        }
    }
    m_catalogue = std::move(cat);
    return *m_catalogue;
}

RouteOptimiser &RouteService::optimiser()
{
    if (!m_optimiser)
        m_optimiser = std::make_unique<RouteOptimiser>(catalogue());
    return *m_optimiser;
}

PersonDeficits RouteService::latestDeficits(const QString &personId) const
{
    PersonDeficits result;
    result.personId = personId;
    QSqlQuery d = sql::exec(m_db.db(), QStringLiteral(
        "SELECT id, taken_on FROM diagnostic WHERE person_id = ? AND deleted = 0 ORDER BY taken_on DESC, id DESC LIMIT 1"),
        {personId});
    if (!d.next())
        return result;
    result.diagnosticId = d.value(0).toString();
    result.takenOn = dateOf(d.value(1));
    QSqlQuery s = sql::exec(m_db.db(), QStringLiteral(
        "SELECT competence_id, level FROM diagnostic_score WHERE diagnostic_id = ? AND deleted = 0 AND level > 0"),
        {result.diagnosticId});
    while (s.next())
        result.levels.append({s.value(0).toString(), s.value(1).toInt()});
    return result;
}

std::vector<int> RouteService::doneItems(const QString &personId)
{
    const Catalogue &cat = catalogue();
    std::vector<int> result;
    QSqlQuery q = sql::exec(m_db.db(), QStringLiteral(
        "SELECT ri.ref_id FROM route_item ri JOIN route r ON r.id = ri.route_id "
        "WHERE r.person_id = ? AND r.deleted = 0 AND ri.deleted = 0 AND ri.status = 'done' AND ri.ref_id IS NOT NULL "
        "UNION SELECT programme_id FROM certificate WHERE person_id = ? AND deleted = 0"),
        {personId, personId});
    while (q.next())
        if (const int index = cat.itemIndex(q.value(0).toString()); index >= 0)
            result.push_back(index);
    return result;
}

static Constraints baseConstraints(const RouteRequest &request)
{
    Constraints c;
    c.periodStart = request.periodStart.isValid() ? request.periodStart : QDate::currentDate();
    c.periodEnd = request.periodEnd.isValid() ? request.periodEnd : c.periodStart.addYears(1).addDays(-1);
    c.hoursBudget = std::max(0, request.hoursBudget);
    c.forms = formMask(request.acceptedForms);
    c.pronouncedNeedsCourse = request.pronouncedNeedsCourse;
    c.attachPreCourseMaterials = request.attachPreCourseMaterials;
    return c;
}

Constraints RouteService::constraintsFor(const QString &personId, const RouteRequest &request)
{
    Constraints c = baseConstraints(request);
    if (c.forms == 0)
        throw Error(tr("Accepted forms: «%1» names none of full_time, blended, distance.").arg(request.acceptedForms));
    if (c.periodEnd < c.periodStart)
        throw Error(tr("Route period: the end %1 is before the start %2.")
                        .arg(c.periodEnd.toString(Qt::ISODate), c.periodStart.toString(Qt::ISODate)));
    c.doneItems = doneItems(personId);
    return c;
}

RouteProposal RouteService::propose(const QString &personId, const RouteRequest &request)
{
    RouteProposal result;
    result.deficits = latestDeficits(personId);
    const Constraints c = constraintsFor(personId, request);
    result.proposal = optimiser().propose(toDeficits(catalogue(), result.deficits), c);
    return result;
}

QList<RouteProposal> RouteService::alternatives(const QString &personId, const RouteRequest &request, int count)
{
    const PersonDeficits deficits = latestDeficits(personId);
    const Constraints c = constraintsFor(personId, request);
    QList<RouteProposal> result;
    for (Proposal &p : optimiser().alternatives(toDeficits(catalogue(), deficits), c, count))
        result.append({deficits, std::move(p)});
    return result;
}

QString RouteService::insertRoute(const RouteProposal &rp, const RouteRequest &request, const QString &municipalityId)
{
    const Catalogue &cat = catalogue();
    const Constraints c = baseConstraints(request);
    const Proposal &p = rp.proposal;
    const QString notes = tr("Proposed for %1 deficits: %2 covered, %3 with nothing in the catalogue, %4 beyond the "
                             "hours budget; %5 h.")
                              .arg(rp.deficits.levels.size())
                              .arg(p.covered.size() + p.alreadyCovered.size())
                              .arg(p.uncoverable.size())
                              .arg(p.leftByBudget.size())
                              .arg(p.hours);
    const QString routeId = Rows::insert(m_db, QStringLiteral("route"), {
        {QStringLiteral("person_id"), rp.deficits.personId},
        {QStringLiteral("municipality_id"), textOrNull(municipalityId)},
        {QStringLiteral("tutor_person_id"), textOrNull(request.tutorPersonId)},
        {QStringLiteral("diagnostic_id"), textOrNull(rp.deficits.diagnosticId)},
        {QStringLiteral("period_start"), c.periodStart.toString(Qt::ISODate)},
        {QStringLiteral("period_end"), c.periodEnd.toString(Qt::ISODate)},
        {QStringLiteral("hours_budget"), c.hoursBudget > 0 ? QVariant(c.hoursBudget) : QVariant()},
        {QStringLiteral("accepted_forms"), formList(c.forms)},
        {QStringLiteral("status"), QStringLiteral("draft")},
        {QStringLiteral("notes"), notes}});
    int order = 0;
    for (const ChosenItem &chosen : p.items) {
        const CatalogueItem &item = cat.item(chosen.item);
        Rows::insert(m_db, QStringLiteral("route_item"), {
            {QStringLiteral("route_id"), routeId},
            {QStringLiteral("municipality_id"), textOrNull(municipalityId)},
            {QStringLiteral("stage"), stageCode(chosen.stage)},
            {QStringLiteral("kind"), kindCode(item.kind)},
            {QStringLiteral("ref_id"), item.id},
            {QStringLiteral("competence_id"),
             chosen.primaryCompetence >= 0 ? QVariant(cat.competenceId(chosen.primaryCompetence)) : QVariant()},
            {QStringLiteral("title"), textOrEmpty(item.title)},
            {QStringLiteral("hours"), item.hours},
            {QStringLiteral("planned_start"), dateOrNull(item.start)},
            {QStringLiteral("planned_end"), dateOrNull(item.end.isValid() ? item.end : item.start)},
            {QStringLiteral("responsible_person_id"), textOrNull(request.tutorPersonId)},
            {QStringLiteral("status"), QStringLiteral("planned")},
            {QStringLiteral("sort_order"), order++}});
    }
    return routeId;
}

QString RouteService::saveProposal(const RouteProposal &proposal, const RouteRequest &request)
{
    const QVariant municipality = sql::scalar(
        m_db.db(), QStringLiteral("SELECT municipality_id FROM person WHERE id = ? AND deleted = 0"),
        {proposal.deficits.personId});
    if (!municipality.isValid())
        throw Error(tr("Route: no person %1 in the register.").arg(proposal.deficits.personId));
    sql::Transaction tx(m_db.db());
    const QString id = insertRoute(proposal, request, municipality.toString());
    tx.commit();
    return id;
}

static RouteItemRow itemFrom(const QSqlQuery &q)
{
    RouteItemRow item;
    item.id = q.value(0).toString();
    item.stage = q.value(1).toString();
    item.kind = q.value(2).toString();
    item.refId = q.value(3).toString();
    item.competenceId = q.value(4).toString();
    item.title = q.value(5).toString();
    item.hours = q.value(6).toInt();
    item.plannedStart = dateOf(q.value(7));
    item.plannedEnd = dateOf(q.value(8));
    item.responsiblePersonId = q.value(9).toString();
    item.status = q.value(10).toString();
    item.evidence = q.value(11).toString();
    item.sortOrder = q.value(12).toInt();
    return item;
}

static RouteRow routeFrom(const QSqlQuery &q)
{
    RouteRow r;
    r.id = q.value(0).toString();
    r.personId = q.value(1).toString();
    r.municipalityId = q.value(2).toString();
    r.tutorPersonId = q.value(3).toString();
    r.diagnosticId = q.value(4).toString();
    r.periodStart = dateOf(q.value(5));
    r.periodEnd = dateOf(q.value(6));
    r.hoursBudget = q.value(7).toInt();
    r.acceptedForms = q.value(8).toString();
    r.status = q.value(9).toString();
    r.agreedOn = dateOf(q.value(10));
    r.agreedBy = q.value(11).toString();
    r.notes = q.value(12).toString();
    return r;
}

static const char *kRouteColumns =
    "id, person_id, municipality_id, tutor_person_id, diagnostic_id, period_start, period_end, "
    "hours_budget, accepted_forms, status, agreed_on, agreed_by, notes";

RouteRow RouteService::loadRoute(const QString &routeId) const
{
    QSqlQuery q = sql::exec(m_db.db(),
                            QStringLiteral("SELECT %1 FROM route WHERE id = ? AND deleted = 0").arg(QLatin1String(kRouteColumns)),
                            {routeId});
    if (!q.next())
        throw Error(tr("No route %1.").arg(routeId));
    RouteRow route = routeFrom(q);
    QSqlQuery items = sql::exec(m_db.db(), QStringLiteral(
        "SELECT id, stage, kind, ref_id, competence_id, title, hours, planned_start, planned_end, "
        "responsible_person_id, status, evidence, sort_order FROM route_item WHERE route_id = ? AND deleted = 0 "
        "ORDER BY CASE stage WHEN 'pre' THEN 0 WHEN 'course' THEN 1 ELSE 2 END, sort_order"),
        {routeId});
    while (items.next())
        route.items.append(itemFrom(items));
    return route;
}

QList<RouteRow> RouteService::routesOf(const QString &personId) const
{
    QList<RouteRow> result;
    QSqlQuery q = sql::exec(m_db.db(),
                            QStringLiteral("SELECT %1 FROM route WHERE person_id = ? AND deleted = 0 ORDER BY period_start DESC")
                                .arg(QLatin1String(kRouteColumns)),
                            {personId});
    while (q.next())
        result.append(routeFrom(q));
    return result;
}

static QString routeStatus(const Database &db, const QString &routeId)
{
    const QVariant status = sql::scalar(db.db(), QStringLiteral("SELECT status FROM route WHERE id = ? AND deleted = 0"), {routeId});
    if (!status.isValid())
        throw Error(QCoreApplication::translate("RouteService", "No route %1.").arg(routeId));
    return status.toString();
}

QString RouteService::addItem(const QString &routeId, RouteItemRow item)
{
    const QString status = routeStatus(m_db, routeId);
    if (status == QLatin1String("completed") || status == QLatin1String("cancelled"))
        throw Error(tr("Route %1 is %2: its items can no longer change.").arg(routeId, status));
    if (!kItemStatuses.contains(item.status))
        throw Error(tr("Route item status: «%1» is not one of %2.").arg(item.status, kItemStatuses.join(QStringLiteral(", "))));
    const QVariant municipality = sql::scalar(m_db.db(), QStringLiteral("SELECT municipality_id FROM route WHERE id = ?"), {routeId});
    sql::Transaction tx(m_db.db());
    const int order = sql::scalar(m_db.db(), QStringLiteral("SELECT COALESCE(MAX(sort_order), -1) + 1 FROM route_item WHERE route_id = ?"),
                                  {routeId}).toInt();
    const QString id = Rows::insert(m_db, QStringLiteral("route_item"), {
        {QStringLiteral("id"), item.id},
        {QStringLiteral("route_id"), routeId},
        {QStringLiteral("municipality_id"), municipality},
        {QStringLiteral("stage"), item.stage},
        {QStringLiteral("kind"), item.kind},
        {QStringLiteral("ref_id"), textOrNull(item.refId)},
        {QStringLiteral("competence_id"), textOrNull(item.competenceId)},
        {QStringLiteral("title"), textOrEmpty(item.title)},
        {QStringLiteral("hours"), item.hours},
        {QStringLiteral("planned_start"), dateOrNull(item.plannedStart)},
        {QStringLiteral("planned_end"), dateOrNull(item.plannedEnd)},
        {QStringLiteral("responsible_person_id"), textOrNull(item.responsiblePersonId)},
        {QStringLiteral("status"), item.status},
        {QStringLiteral("evidence"), textOrEmpty(item.evidence)},
        {QStringLiteral("sort_order"), order}});
    tx.commit();
    return id;
}

void RouteService::setItemStatus(const QString &itemId, const QString &status, const QString &evidence)
{
    if (!kItemStatuses.contains(status))
        throw Error(tr("Route item status: «%1» is not one of %2.").arg(status, kItemStatuses.join(QStringLiteral(", "))));
    QVariantMap fields{{QStringLiteral("status"), status}};
    if (!evidence.isNull())
        fields.insert(QStringLiteral("evidence"), evidence);
    Rows::update(m_db, QStringLiteral("route_item"), itemId, fields);
}

void RouteService::removeItem(const QString &itemId)
{
    Rows::setDeleted(m_db, QStringLiteral("route_item"), itemId, true);
}

bool RouteService::canMove(const QString &from, const QString &to)
{
    static const QHash<QString, QStringList> allowed = {
        {QStringLiteral("draft"), {QStringLiteral("agreed"), QStringLiteral("cancelled")}},
        {QStringLiteral("agreed"), {QStringLiteral("in_progress"), QStringLiteral("draft"), QStringLiteral("cancelled")}},
        {QStringLiteral("in_progress"), {QStringLiteral("completed"), QStringLiteral("cancelled")}},
    };
    return allowed.value(from).contains(to);
}

void RouteService::setStatus(const QString &routeId, const QString &status)
{
    sql::Transaction tx(m_db.db());
    const QString current = routeStatus(m_db, routeId);
    if (!canMove(current, status))
        throw Error(tr("Route %1: the status cannot change from «%2» to «%3».").arg(routeId, current, status));
    QVariantMap fields{{QStringLiteral("status"), status}};
    if (status == QLatin1String("agreed")) {
        const int items = sql::scalar(m_db.db(), QStringLiteral(
            "SELECT COUNT(*) FROM route_item WHERE route_id = ? AND deleted = 0 AND status <> 'cancelled'"), {routeId}).toInt();
        if (items == 0)
            throw Error(tr("Route %1: a route without items cannot be agreed.").arg(routeId));
        fields.insert(QStringLiteral("agreed_on"), QDate::currentDate().toString(Qt::ISODate));
        fields.insert(QStringLiteral("agreed_by"), m_db.userId());
    } else if (status == QLatin1String("draft")) {
        fields.insert(QStringLiteral("agreed_on"), QVariant());
        fields.insert(QStringLiteral("agreed_by"), QVariant());
    } else if (status == QLatin1String("completed")) {
        const int open = sql::scalar(m_db.db(), QStringLiteral(
            "SELECT COUNT(*) FROM route_item WHERE route_id = ? AND deleted = 0 AND status IN ('planned', 'in_progress')"),
            {routeId}).toInt();
        if (open > 0)
            throw Error(tr("Route %1: %2 item(s) are neither done nor cancelled; the route cannot be completed.")
                            .arg(routeId).arg(open));
    }
    Rows::update(m_db, QStringLiteral("route"), routeId, fields);
    tx.commit();
}

RouteCoverage RouteService::coverage(const QString &routeId) const
{
    RouteCoverage result;
    QSqlQuery r = sql::exec(m_db.db(), QStringLiteral("SELECT person_id, diagnostic_id FROM route WHERE id = ? AND deleted = 0"), {routeId});
    if (!r.next())
        throw Error(tr("No route %1.").arg(routeId));
    QString diagnosticId = r.value(1).toString();
    if (diagnosticId.isEmpty())
        diagnosticId = latestDeficits(r.value(0).toString()).diagnosticId;

    // Competences each live item addresses: its own mark and what the catalogue says of its
    // reference (a programme also through its modules).
    QHash<QString, QStringList> itemsOf; // competence -> item ids
    QSet<QString> byCourse;              // competences addressed by a programme or module
    QSqlQuery items = sql::exec(m_db.db(), QStringLiteral(
        "SELECT ri.id, ri.kind, ri.competence_id, cc.competence_id FROM route_item ri "
        "LEFT JOIN catalogue_competence cc ON cc.deleted = 0 AND ri.ref_id IS NOT NULL AND (cc.item_id = ri.ref_id "
        "  OR cc.item_id IN (SELECT m.id FROM programme_module m WHERE m.programme_id = ri.ref_id AND m.deleted = 0)) "
        "WHERE ri.route_id = ? AND ri.deleted = 0 AND ri.status <> 'cancelled'"),
        {routeId});
    while (items.next()) {
        const QString id = items.value(0).toString();
        const bool course = items.value(1).toString() == QLatin1String("programme")
            || items.value(1).toString() == QLatin1String("module");
        for (int column : {2, 3}) {
            const QString competence = items.value(column).toString();
            if (competence.isEmpty())
                continue;
            QStringList &list = itemsOf[competence];
            if (!list.contains(id))
                list.append(id);
            if (course)
                byCourse.insert(competence);
        }
    }
    QSqlQuery d = sql::exec(m_db.db(), QStringLiteral(
        "SELECT s.competence_id, s.level, COALESCE(c.name, s.competence_id) FROM diagnostic_score s "
        "LEFT JOIN competence c ON c.id = s.competence_id "
        "WHERE s.diagnostic_id = ? AND s.deleted = 0 AND s.level > 0 ORDER BY s.level DESC, c.sort_order, c.code"),
        {diagnosticId});
    while (d.next()) {
        RouteCoverage::Line line;
        line.competenceId = d.value(0).toString();
        line.level = d.value(1).toInt();
        line.competenceName = d.value(2).toString();
        line.itemIds = itemsOf.value(line.competenceId);
        line.byCourse = byCourse.contains(line.competenceId);
        if (!line.covered())
            (line.level >= 2 ? result.uncoveredPronounced : result.uncoveredPartial) += 1;
        result.lines.append(line);
    }
    return result;
}

RouteService::BatchResult RouteService::buildBatch(const BatchScope &scope, const RouteRequest &request, bool dryRun,
                                                   const Progress &progress, const std::atomic_bool *cancel)
{
    QElapsedTimer total;
    total.start();
    BatchResult result;
    const Catalogue &cat = catalogue();
    RouteOptimiser &opt = optimiser();
    const Constraints base = baseConstraints(request);
    if (base.forms == 0)
        throw Error(tr("Accepted forms: «%1» names none of full_time, blended, distance.").arg(request.acceptedForms));
    if (base.periodEnd < base.periodStart)
        throw Error(tr("Route period: the end is before the start."));

    QString where = QStringLiteral("1 = 1");
    QVariantList args;
    if (scope.kind == BatchScope::Municipality) {
        where = QStringLiteral("p.municipality_id = ?");
        args << scope.id;
    } else if (scope.kind == BatchScope::Organisation) {
        where = QStringLiteral("p.organisation_id = ?");
        args << scope.id;
    }
    const QSqlDatabase db = m_db.db();

    struct PersonWork {
        QString id;
        QString municipalityId;
        QString diagnosticId;
        std::vector<Deficit> deficits;
        std::vector<int> done;
    };
    std::vector<PersonWork> people;
    QHash<QString, int> personIndex;
    {
        QSqlQuery q = sql::exec(db, QStringLiteral("SELECT p.id, p.municipality_id FROM person p WHERE p.deleted = 0 AND %1 ORDER BY p.id").arg(where), args);
        while (q.next()) {
            personIndex.insert(q.value(0).toString(), int(people.size()));
            people.push_back({q.value(0).toString(), q.value(1).toString(), {}, {}, {}});
        }
    }
    result.people = int(people.size());
    QHash<QString, int> diagnosticOwner; // latest diagnostic id -> person index
    {
        QSqlQuery q = sql::exec(db, QStringLiteral(
            "SELECT d.person_id, d.id FROM diagnostic d JOIN person p ON p.id = d.person_id "
            "WHERE d.deleted = 0 AND p.deleted = 0 AND %1 ORDER BY d.person_id, d.taken_on DESC, d.id DESC").arg(where), args);
        while (q.next()) {
            const int i = personIndex.value(q.value(0).toString(), -1);
            if (i >= 0 && people[size_t(i)].diagnosticId.isEmpty()) {
                people[size_t(i)].diagnosticId = q.value(1).toString();
                diagnosticOwner.insert(people[size_t(i)].diagnosticId, i);
            }
        }
    }
    {
        QSqlQuery q = sql::exec(db, QStringLiteral(
            "SELECT s.diagnostic_id, s.competence_id, s.level FROM diagnostic_score s "
            "JOIN diagnostic d ON d.id = s.diagnostic_id JOIN person p ON p.id = d.person_id "
            "WHERE s.deleted = 0 AND s.level > 0 AND d.deleted = 0 AND p.deleted = 0 AND %1").arg(where), args);
        while (q.next()) {
            const int i = diagnosticOwner.value(q.value(0).toString(), -1);
            const int competence = cat.competenceIndex(q.value(1).toString());
            if (i >= 0 && competence >= 0)
                people[size_t(i)].deficits.push_back({competence, q.value(2).toInt()});
        }
    }
    QSet<QString> existing;
    {
        QVariantList a{base.periodEnd.toString(Qt::ISODate), base.periodStart.toString(Qt::ISODate)};
        a << args;
        QSqlQuery q = sql::exec(db, QStringLiteral(
            "SELECT DISTINCT r.person_id FROM route r JOIN person p ON p.id = r.person_id "
            "WHERE r.deleted = 0 AND r.status <> 'cancelled' AND r.period_start <= ? AND r.period_end >= ? AND %1").arg(where), a);
        while (q.next())
            existing.insert(q.value(0).toString());
    }
    {
        QVariantList a = args;
        a << args;
        QSqlQuery q = sql::exec(db, QStringLiteral(
            "SELECT r.person_id, ri.ref_id FROM route_item ri JOIN route r ON r.id = ri.route_id JOIN person p ON p.id = r.person_id "
            "WHERE ri.deleted = 0 AND r.deleted = 0 AND ri.status = 'done' AND ri.ref_id IS NOT NULL AND %1 "
            "UNION ALL SELECT c.person_id, c.programme_id FROM certificate c JOIN person p ON p.id = c.person_id "
            "WHERE c.deleted = 0 AND %1").arg(where), a);
        while (q.next()) {
            const int i = personIndex.value(q.value(0).toString(), -1);
            const int item = cat.itemIndex(q.value(1).toString());
            if (i >= 0 && item >= 0)
                people[size_t(i)].done.push_back(item);
        }
    }

    std::optional<sql::Transaction> tx;
    if (!dryRun)
        tx.emplace(db);
    QElapsedTimer optimiserTimer;
    const int count = int(people.size());
    for (int i = 0; i < count; ++i) {
        if (cancel && cancel->load()) {
            result.cancelled = true;
            result.built = 0;
            result.totalSeconds = double(total.nsecsElapsed()) / 1e9;
            return result; // the transaction rolls back
        }
        if (progress && (i % 200 == 0))
            progress(i, count);
        PersonWork &w = people[size_t(i)];
        if (w.deficits.empty()) {
            ++result.noDiagnostic;
            continue;
        }
        if (existing.contains(w.id)) {
            ++result.existing;
            continue;
        }
        Constraints c = base;
        c.doneItems = std::move(w.done);
        optimiserTimer.start();
        RouteProposal rp;
        rp.proposal = opt.propose(w.deficits, c);
        result.optimiserSeconds += double(optimiserTimer.nsecsElapsed()) / 1e9;
        if (rp.proposal.items.empty()) {
            ++result.nothingToPropose;
            continue;
        }
        rp.deficits.personId = w.id;
        rp.deficits.diagnosticId = w.diagnosticId;
        for (const Deficit &d : w.deficits)
            rp.deficits.levels.append({cat.competenceId(d.competence), d.level});
        ++result.built;
        result.deficits += qint64(w.deficits.size());
        result.covered += qint64(rp.proposal.covered.size() + rp.proposal.alreadyCovered.size());
        result.uncoverable += qint64(rp.proposal.uncoverable.size());
        result.leftByBudget += qint64(rp.proposal.leftByBudget.size());
        result.items += qint64(rp.proposal.items.size());
        result.hours += rp.proposal.hours;
        if (!dryRun)
            insertRoute(rp, request, w.municipalityId);
    }
    if (tx)
        tx->commit();
    if (progress)
        progress(count, count);
    result.totalSeconds = double(total.nsecsElapsed()) / 1e9;
    return result;
}

} // namespace metodist
