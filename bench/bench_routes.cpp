// Routes for a whole region: the optimiser over N people (default 35,000) against a
// catalogue of the region's size (400 programmes with modules, events, materials, 40
// competences), and the exact GLPK integer program on a sample as the baseline.
//   bench_routes [--people N] [--sample S] [--budget H] [--seed X] [--tiny] [--no-profile]
//                [--profile-out PATH] [--no-save]
// Data is generated in memory here (deterministic), so the figure is the optimiser's.
#include "diagnostics/scoresjson.h"
#include "routes/exactroutesolver.h"
#include "routes/routeoptimiser.h"
#include "routes/routeservice.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/synctriggers.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace metodist::routes;

namespace {

int argValue(const QStringList &args, const QString &name, int fallback)
{
    const int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

// 40 competences in 7 areas; programmes develop 2-6 competences mostly of one area and
// are split into 3-6 modules; events and materials develop 1-2 competences.
Catalogue regionCatalogue(QRandomGenerator &rng, int *programmes, int *modules, int *events, int *materials)
{
    Catalogue cat;
    const int competences = 40, areas = 7;
    for (int c = 0; c < competences; ++c)
        cat.addCompetence(QStringLiteral("comp-%1").arg(c));
    auto inArea = [&](int area) {
        const int first = area * competences / areas, last = (area + 1) * competences / areas;
        return first + rng.bounded(last - first);
    };
    static const int pkHours[] = {16, 24, 32, 36, 40, 72, 72, 108};
    static const int ppHours[] = {250, 280, 300, 520};
    const QDate yearStart(2026, 9, 1);
    *programmes = *modules = *events = *materials = 0;
    for (int p = 0; p < 400; ++p) {
        CatalogueItem prog;
        prog.id = QStringLiteral("prog-%1").arg(p);
        prog.kind = ItemKind::Programme;
        const bool pp = rng.bounded(10) == 0;
        prog.hours = pp ? ppHours[rng.bounded(4)] : pkHours[rng.bounded(8)];
        prog.form = std::uint8_t(1u << rng.bounded(3));
        const int area = rng.bounded(areas);
        const int k = pp ? 5 + rng.bounded(4) : 2 + rng.bounded(5);
        for (int j = 0; j < k; ++j)
            prog.competences.push_back(rng.bounded(5) == 0 ? rng.bounded(competences) : inArea(area));
        const std::vector<int> progCompetences = prog.competences;
        const int index = cat.addItem(prog);
        ++*programmes;
        const int parts = 3 + rng.bounded(4);
        for (int m = 0; m < parts; ++m) {
            CatalogueItem mod;
            mod.id = QStringLiteral("mod-%1-%2").arg(p).arg(m);
            mod.kind = ItemKind::Module;
            mod.hours = std::max(4, prog.hours / parts);
            mod.form = prog.form;
            mod.parent = index;
            const std::vector<int> &own = cat.item(index).competences;
            mod.competences.push_back(own[size_t(rng.bounded(int(own.size())))]);
            if (rng.bounded(2))
                mod.competences.push_back(own[size_t(rng.bounded(int(own.size())))]);
            cat.addItem(mod);
            ++*modules;
        }
        for (int m = 0; m < 2; ++m) { // pre-course materials of the programme
            CatalogueItem mat;
            mat.id = QStringLiteral("pre-%1-%2").arg(p).arg(m);
            mat.kind = ItemKind::Material;
            mat.hours = 2 + rng.bounded(5);
            mat.parent = index;
            mat.competences.push_back(progCompetences[size_t(rng.bounded(int(progCompetences.size())))]);
            cat.addItem(mat);
            ++*materials;
        }
    }
    static const char *eventKinds[] = {"seminar", "master_class", "internship", "conference",
                                       "competition", "community", "mentoring"};
    for (int e = 0; e < 600; ++e) {
        CatalogueItem ev;
        ev.id = QStringLiteral("event-%1").arg(e);
        ev.kind = ItemKind::Event;
        ev.subKind = QString::fromLatin1(eventKinds[rng.bounded(7)]);
        ev.hours = 2 + 2 * rng.bounded(8);
        ev.form = std::uint8_t(1u << rng.bounded(3));
        ev.start = yearStart.addDays(rng.bounded(300));
        ev.end = ev.start.addDays(rng.bounded(3));
        const int area = rng.bounded(areas);
        ev.competences = {inArea(area)};
        if (rng.bounded(2))
            ev.competences.push_back(inArea(area));
        cat.addItem(ev);
        ++*events;
    }
    for (int m = 0; m < 400; ++m) {
        CatalogueItem mat;
        mat.id = QStringLiteral("mat-%1").arg(m);
        mat.kind = ItemKind::Material;
        mat.hours = 1 + rng.bounded(8);
        mat.competences = {rng.bounded(competences)};
        cat.addItem(mat);
        ++*materials;
    }
    return cat;
}

// A person's deficits: an area they are weak in, plus scattered ones.
std::vector<Deficit> personDeficits(QRandomGenerator &rng)
{
    std::vector<Deficit> d;
    const int weakFirst = rng.bounded(7) * 40 / 7;
    for (int c = 0; c < 40; ++c) {
        const bool weak = c >= weakFirst && c < weakFirst + 6;
        const int roll = rng.bounded(100);
        if (roll < (weak ? 35 : 6))
            d.push_back({c, 2});
        else if (roll < (weak ? 70 : 20))
            d.push_back({c, 1});
    }
    return d;
}

Constraints personConstraints(QRandomGenerator &rng, int budget)
{
    Constraints c;
    c.periodStart = QDate(2026, 9, 1);
    c.periodEnd = QDate(2027, 6, 30);
    c.hoursBudget = budget;
    c.pronouncedNeedsCourse = true;
    static const std::uint8_t forms[] = {AnyForm, AnyForm, FullTime | Blended, Distance | Blended};
    c.forms = forms[rng.bounded(4)];
    return c;
}

// Writes the generated region into a real profile (bulk, without the outbox) so the
// batch can be measured end to end: SQL loading, optimising and saving the routes.
void writeProfile(metodist::Database &db, const Catalogue &cat, const std::vector<std::vector<Deficit>> &deficits,
                  const std::vector<Constraints> &constraints)
{
    using namespace metodist;
    const QSqlDatabase sdb = db.db();
    sql::Transaction tx(sdb);
    CaptureOff off(sdb);
    auto insert = [&](const QString &statement) { return sql::prepare(sdb, statement); };
    auto run = [](QSqlQuery &q, const QVariantList &values) {
        sql::bindAll(q, values);
        sql::exec(q);
    };
    QSqlQuery area = insert(QStringLiteral("INSERT INTO competence_area(id, code, name) VALUES (?, ?, ?)"));
    for (int a = 0; a < 7; ++a)
        run(area, {QStringLiteral("area-%1").arg(a), QStringLiteral("A%1").arg(a), QStringLiteral("Area %1").arg(a)});
    QSqlQuery comp = insert(QStringLiteral("INSERT INTO competence(id, area_id, code, name, sort_order) VALUES (?, ?, ?, ?, ?)"));
    for (int c = 0; c < cat.competenceCount(); ++c)
        run(comp, {cat.competenceId(c), QStringLiteral("area-%1").arg(c * 7 / cat.competenceCount()),
                   QStringLiteral("K%1").arg(c), QStringLiteral("Competence %1").arg(c), c});
    QSqlQuery prog = insert(QStringLiteral("INSERT INTO programme(id, title, kind, hours, form) VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery mod = insert(QStringLiteral("INSERT INTO programme_module(id, programme_id, title, hours, sort_order) VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery ev = insert(QStringLiteral("INSERT INTO event(id, kind, title, starts_on, ends_on, hours, form) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery mat = insert(QStringLiteral("INSERT INTO material(id, title, hours, programme_id) VALUES (?, ?, ?, ?)"));
    QSqlQuery link = insert(QStringLiteral("INSERT INTO catalogue_competence(id, item_kind, item_id, competence_id) VALUES (?, ?, ?, ?)"));
    int links = 0;
    for (int i = 0; i < cat.itemCount(); ++i) {
        const CatalogueItem &it = cat.item(i);
        const QString form = formList(it.form).section(QLatin1Char(';'), 0, 0);
        const QString parent = it.parent >= 0 ? cat.item(it.parent).id : QString();
        switch (it.kind) {
        case ItemKind::Programme: run(prog, {it.id, it.id, it.hours > 200 ? QStringLiteral("PP") : QStringLiteral("PK"), it.hours, form}); break;
        case ItemKind::Module: run(mod, {it.id, parent, it.id, it.hours, i}); break;
        case ItemKind::Event:
            run(ev, {it.id, it.subKind, it.id, it.start.toString(Qt::ISODate), it.end.toString(Qt::ISODate), it.hours, form});
            break;
        case ItemKind::Material: run(mat, {it.id, it.id, it.hours, parent.isEmpty() ? QVariant() : QVariant(parent)}); break;
        }
        for (int c : it.competences)
            run(link, {QStringLiteral("link-%1").arg(++links), kindCode(it.kind), it.id, cat.competenceId(c)});
    }
    QSqlQuery mun = insert(QStringLiteral("INSERT INTO municipality(id, name) VALUES (?, ?)"));
    QSqlQuery org = insert(QStringLiteral("INSERT INTO organisation(id, municipality_id, name, kind) VALUES (?, ?, ?, 'school')"));
    for (int m = 0; m < 50; ++m)
        run(mun, {QStringLiteral("mun-%1").arg(m), QStringLiteral("Municipality %1").arg(m)});
    for (int o = 0; o < 1000; ++o)
        run(org, {QStringLiteral("org-%1").arg(o), QStringLiteral("mun-%1").arg(o % 50), QStringLiteral("School %1").arg(o)});
    sql::exec(sdb, QStringLiteral("INSERT INTO instrument(id, name, kind) VALUES ('instr', 'Regional diagnostic', 'regional')"));
    QSqlQuery person = insert(QStringLiteral(
        "INSERT INTO person(id, municipality_id, organisation_id, last_name, first_name) VALUES (?, ?, ?, ?, 'A')"));
    QSqlQuery diag = insert(QStringLiteral(
        "INSERT INTO diagnostic(id, person_id, instrument_id, taken_on, source, municipality_id, scores) "
        "VALUES (?, ?, 'instr', '2026-05-15', 'import', ?, ?)"));
    for (size_t i = 0; i < deficits.size(); ++i) {
        const int o = int(i % 1000);
        const QString id = QStringLiteral("person-%1").arg(i), mid = QStringLiteral("mun-%1").arg(o % 50);
        run(person, {id, mid, QStringLiteral("org-%1").arg(o), QStringLiteral("Person %1").arg(i)});
        std::vector<int> level(size_t(cat.competenceCount()), 0);
        for (const Deficit &def : deficits[i])
            level[size_t(def.competence)] = def.level;
        QList<CodedScore> scores;
        for (int c = 0; c < cat.competenceCount(); ++c)
            scores.append({QStringLiteral("K%1").arg(c), double(9 - 3 * level[size_t(c)]), 10, level[size_t(c)]});
        run(diag, {QStringLiteral("diag-%1").arg(i), id, mid, encodeScores(scores)});
    }
    (void)constraints;
    tx.commit();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool tiny = args.contains(QStringLiteral("--tiny"));
    const int people = argValue(args, QStringLiteral("--people"), tiny ? 200 : 35000);
    const int sample = std::min(people, argValue(args, QStringLiteral("--sample"), tiny ? 50 : 200));
    const int budget = argValue(args, QStringLiteral("--budget"), 0);
    const quint32 seed = quint32(argValue(args, QStringLiteral("--seed"), 2026));

    QRandomGenerator rng(seed);
    int programmes = 0, modules = 0, events = 0, materials = 0;
    const Catalogue cat = regionCatalogue(rng, &programmes, &modules, &events, &materials);
    std::printf("catalogue: %d items (programmes %d, modules %d, events %d, materials %d), competences %d\n",
                cat.itemCount(), programmes, modules, events, materials, cat.competenceCount());

    auto deficits = std::vector<std::vector<Deficit>>(size_t(people));
    auto constraints = std::vector<Constraints>(size_t(people));
    long long deficitCount = 0;
    for (int i = 0; i < people; ++i) {
        deficits[size_t(i)] = personDeficits(rng);
        constraints[size_t(i)] = personConstraints(rng, budget);
        deficitCount += qint64(deficits[size_t(i)].size());
    }

    const RouteOptimiser optimiser(cat);
    auto heuristic = std::vector<Proposal>(size_t(people));
    QElapsedTimer timer;
    timer.start();
    long long hoursTotal = 0, items = 0, uncovered = 0;
    for (int i = 0; i < people; ++i) {
        heuristic[size_t(i)] = optimiser.propose(deficits[size_t(i)], constraints[size_t(i)]);
        hoursTotal += heuristic[size_t(i)].hours;
        items += qint64(heuristic[size_t(i)].items.size());
        uncovered += qint64(heuristic[size_t(i)].uncoverable.size() + heuristic[size_t(i)].leftByBudget.size());
    }
    const double heuristicSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double heuristicPer = heuristicSeconds / people;
    std::printf("routes (heuristic): %d people, %.1f deficits/person, %.3f s total, %.1f us/person, "
                "%.1f items and %.1f h/route, %.2f deficits/person not coverable\n",
                people, double(deficitCount) / people, heuristicSeconds, heuristicPer * 1e6,
                double(items) / people, double(hoursTotal) / people, double(uncovered) / people);

    const ExactRouteSolver exact(cat);
    timer.restart();
    std::vector<Proposal> exactResults;
    for (int i = 0; i < sample; ++i)
        exactResults.push_back(exact.propose(deficits[size_t(i)], constraints[size_t(i)]));
    const double exactSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double exactPer = exactSeconds / std::max(1, sample);
    const ExactRouteSolver exactReduced(cat, ExactRouteSolver::Model::Reduced);
    timer.restart();
    int reducedSame = 0;
    for (int i = 0; i < sample; ++i)
        reducedSame += exactReduced.propose(deficits[size_t(i)], constraints[size_t(i)]).hours == exactResults[size_t(i)].hours;
    const double reducedPer = double(timer.nsecsElapsed()) / 1e9 / std::max(1, sample);
    std::printf("exact (GLPK) on the reduced problem: %.1f us/person, same optimum as the plain program %d/%d\n",
                reducedPer * 1e6, reducedSame, sample);
    int sameCover = 0, optimal = 0, proven = 0;
    double ratioSum = 0, worst = 1.0;
    for (int i = 0; i < sample; ++i) {
        const Proposal &h = heuristic[size_t(i)];
        const Proposal &x = exactResults[size_t(i)];
        std::vector<int> hc = h.covered, xc = x.covered;
        std::sort(hc.begin(), hc.end());
        std::sort(xc.begin(), xc.end());
        sameCover += hc == xc;
        proven += x.exact;
        optimal += h.hours == x.hours;
        const double r = x.hours > 0 ? double(h.hours) / x.hours : 1.0;
        ratioSum += r;
        if (r > 1.05 && args.contains(QStringLiteral("--verbose")))
            std::printf("  person %d: heuristic %d h, exact %d h\n", i, h.hours, x.hours);
        worst = std::max(worst, r);
    }
    std::printf("exact (GLPK) baseline: %d people, %.3f s, %.1f us/person\n", sample, exactSeconds, exactPer * 1e6);
    std::printf("speed: heuristic %.1f us vs exact %.1f us per person, ratio %.1fx faster (goal >= 20x)\n",
                heuristicPer * 1e6, exactPer * 1e6, exactPer / heuristicPer);
    std::printf("quality on the sample: same deficits covered %d/%d, optimal %d/%d, hours ratio to exact "
                "mean %.4f worst %.4f (proven optimal %d/%d)\n",
                sameCover, sample, optimal, sample, ratioSum / std::max(1, sample), worst, proven, sample);
    std::printf("region estimate: exact solver for all %d people would take %.1f s vs %.3f s\n", people,
                exactPer * people, heuristicSeconds);
    bool ok = sameCover == sample && worst <= 1.05 + 1e-9;

    // End to end on a real profile: the same people through RouteService::buildBatch.
    if (!args.contains(QStringLiteral("--no-profile"))) {
        QTemporaryDir dir;
        // --profile-out PATH keeps the generated profile (e.g. for metodist-cli build-routes).
        const int outIndex = args.indexOf(QStringLiteral("--profile-out"));
        const QString profilePath = outIndex >= 0 && outIndex + 1 < args.size() ? args.at(outIndex + 1)
                                                                                : dir.filePath(QStringLiteral("region.sqlite"));
        auto db = metodist::Database::open(profilePath);
        timer.restart();
        writeProfile(*db, cat, deficits, constraints);
        std::printf("profile written: %d people with 40 scores each, %.2f s\n", people, double(timer.nsecsElapsed()) / 1e9);
        metodist::RouteRequest request;
        request.periodStart = QDate(2026, 9, 1);
        request.periodEnd = QDate(2027, 6, 30);
        request.hoursBudget = budget;
        metodist::RouteService service(*db);
        timer.restart();
        const auto dry = service.buildBatch({}, request, true);
        const double drySeconds = double(timer.nsecsElapsed()) / 1e9;
        if (args.contains(QStringLiteral("--no-save")))
            return ok ? 0 : 1;
        metodist::RouteService saver(*db);
        timer.restart();
        const auto saved = saver.buildBatch({}, request, false);
        const double savedSeconds = double(timer.nsecsElapsed()) / 1e9;
        const long long rows = metodist::sql::scalar(db->db(), QStringLiteral("SELECT COUNT(*) FROM route_item")).toLongLong();
        std::printf("batch on the profile (dry run): %d routes, %.2f s (optimiser %.2f s), ratio %.1fx the in-memory optimiser run\n",
                    dry.built, drySeconds, dry.optimiserSeconds, drySeconds / heuristicSeconds);
        std::printf("batch on the profile (saved): %d routes, %lld items, %.2f s, %.0f routes/s, ratio %.1fx the dry run\n",
                    saved.built, rows, savedSeconds, saved.built / savedSeconds, savedSeconds / drySeconds);
        ok = ok && dry.built == saved.built && saved.built > 0 && rows == saved.items;
    }
    return ok ? 0 : 1;
}
