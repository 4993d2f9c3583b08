// The route optimiser on small cases with optima computed by hand, its constraints,
// and against the exact GLPK integer program on many random cases.
#include "routes/exactroutesolver.h"
#include "routes/routeoptimiser.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace metodist::routes;

namespace {

struct Fixture {
    Catalogue catalogue;
    int competence(const QString &code) { return catalogue.addCompetence(code); }
    int item(const QString &id, ItemKind kind, int hours, const QStringList &competences,
             std::uint8_t form = AnyForm, QDate start = {}, QDate end = {}, int parent = -1)
    {
        CatalogueItem it;
        it.id = id;
        it.kind = kind;
        it.title = id;
        it.hours = hours;
        it.form = form;
        it.start = start;
        it.end = end;
        it.parent = parent;
        for (const QString &c : competences)
            it.competences.push_back(competence(c));
        return catalogue.addItem(it);
    }
    std::vector<Deficit> deficits(const QStringList &pronounced, const QStringList &partial)
    {
        std::vector<Deficit> d;
        for (const QString &c : pronounced)
            d.push_back({competence(c), 2});
        for (const QString &c : partial)
            d.push_back({competence(c), 1});
        return d;
    }
    QStringList ids(const Proposal &p) const
    {
        QStringList result;
        for (const ChosenItem &c : p.items)
            result << catalogue.item(c.item).id;
        result.sort();
        return result;
    }
    QStringList codes(const std::vector<int> &competences) const
    {
        QStringList result;
        for (int c : competences)
            result << catalogue.competenceId(c);
        result.sort();
        return result;
    }
};

std::vector<int> sorted(std::vector<int> v)
{
    std::sort(v.begin(), v.end());
    return v;
}

} // namespace

class TestRouteOptimiser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void redundancyIsRemoved();
    void localSearchEscapesGreedyTrap();
    void uncoverableAndForms();
    void budgetPrefersPronounced();
    void doneAndFixedItems();
    void periodIsRespected();
    void stagesAreAssigned();
    void preCourseMaterialsAreAttached();
    void alternativesAreDistinct();
    void matchesExactOnRandomCases();
    void reductionKeepsTheOptimum();
    void budgetedAgreesWithExact();
};

void TestRouteOptimiser::redundancyIsRemoved()
{
    // Deficits A B C D (partial). Items: P{A,B,C,D} 40 h, m1{A,B} 16 h, m2{C,D} 16 h, e{A} 4 h.
    // Greedy takes e (4 h/deficit), m2 (8), m1 (16) = 36 h; e is then redundant (m1 covers A).
    // Optimum by enumeration: m1 + m2 = 32 h (P alone is 40, any cover without m1 or m2 needs P).
    Fixture f;
    f.item(QStringLiteral("P"), ItemKind::Programme, 40, {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")});
    f.item(QStringLiteral("m1"), ItemKind::Module, 16, {QStringLiteral("A"), QStringLiteral("B")});
    f.item(QStringLiteral("m2"), ItemKind::Module, 16, {QStringLiteral("C"), QStringLiteral("D")});
    f.item(QStringLiteral("e"), ItemKind::Event, 4, {QStringLiteral("A")});
    const auto d = f.deficits({}, {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")});
    const Proposal p = RouteOptimiser(f.catalogue).propose(d, {});
    QCOMPARE(p.hours, 32);
    QCOMPARE(f.ids(p), (QStringList{QStringLiteral("m1"), QStringLiteral("m2")}));
    QCOMPARE(p.covered.size(), size_t(4));
    QVERIFY(p.uncoverable.empty());
    QCOMPARE(ExactRouteSolver(f.catalogue).propose(d, {}).hours, 32);
}

void TestRouteOptimiser::localSearchEscapesGreedyTrap()
{
    // Targets 1..6. B{1,2,3} 30 h, C{4,5,6} 30 h, G{1,2,4,5} 36 h, H{3,6} 25 h.
    // Greedy: G (9 h/deficit) then H (12.5) = 61 h, nothing redundant.
    // Optimum: B + C = 60 h (G needs H or both B and C besides it: >= 61).
    // Dropping G and repairing gives B, C, H; H is then redundant: 60 h.
    Fixture f;
    const QString t1 = QStringLiteral("t1"), t2 = QStringLiteral("t2"), t3 = QStringLiteral("t3"),
                  t4 = QStringLiteral("t4"), t5 = QStringLiteral("t5"), t6 = QStringLiteral("t6");
    f.item(QStringLiteral("B"), ItemKind::Programme, 30, {t1, t2, t3});
    f.item(QStringLiteral("C"), ItemKind::Programme, 30, {t4, t5, t6});
    f.item(QStringLiteral("G"), ItemKind::Programme, 36, {t1, t2, t4, t5});
    f.item(QStringLiteral("H"), ItemKind::Event, 25, {t3, t6});
    const auto d = f.deficits({t1}, {t2, t3, t4, t5, t6});
    const Proposal p = RouteOptimiser(f.catalogue).propose(d, {});
    QCOMPARE(p.hours, 60);
    QCOMPARE(f.ids(p), (QStringList{QStringLiteral("B"), QStringLiteral("C")}));
    QCOMPARE(p.pronouncedCovered, 1);
    QCOMPARE(p.partialCovered, 5);
    QCOMPARE(ExactRouteSolver(f.catalogue).propose(d, {}).hours, 60);
}

void TestRouteOptimiser::uncoverableAndForms()
{
    // A: only a full-time 24 h course and a distance 36 h one; the person accepts distance only.
    // E: nothing develops it. Optimum: D36 (36 h), E reported uncoverable.
    Fixture f;
    f.item(QStringLiteral("F24"), ItemKind::Programme, 24, {QStringLiteral("A")}, FullTime);
    f.item(QStringLiteral("D36"), ItemKind::Programme, 36, {QStringLiteral("A")}, Distance);
    const auto d = f.deficits({QStringLiteral("A"), QStringLiteral("E")}, {});
    Constraints c;
    c.forms = Distance;
    const Proposal p = RouteOptimiser(f.catalogue).propose(d, c);
    QCOMPARE(f.ids(p), QStringList{QStringLiteral("D36")});
    QCOMPARE(p.hours, 36);
    QCOMPARE(f.codes(p.uncoverable), QStringList{QStringLiteral("E")});
    QCOMPARE(f.codes(p.covered), QStringList{QStringLiteral("A")});
    // Without the form limit the cheaper full-time course wins.
    QCOMPARE(f.ids(RouteOptimiser(f.catalogue).propose(d, {})), QStringList{QStringLiteral("F24")});
}

void TestRouteOptimiser::budgetPrefersPronounced()
{
    // A pronounced, B and C partial. PA{A} 30 h, PBC{B,C} 20 h, ALL{A,B,C} 60 h.
    // Cheapest full cover: PA + PBC = 50 h. Budget 40: pronounced first, so PA (30 h) and
    // B, C are left by the budget (PBC would make 50 h). Budget 50: the full cover.
    Fixture f;
    f.item(QStringLiteral("PA"), ItemKind::Programme, 30, {QStringLiteral("A")});
    f.item(QStringLiteral("PBC"), ItemKind::Programme, 20, {QStringLiteral("B"), QStringLiteral("C")});
    f.item(QStringLiteral("ALL"), ItemKind::Programme, 60, {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
    const auto d = f.deficits({QStringLiteral("A")}, {QStringLiteral("B"), QStringLiteral("C")});
    Constraints c;
    c.hoursBudget = 40;
    for (const Proposal &p : {RouteOptimiser(f.catalogue).propose(d, c), ExactRouteSolver(f.catalogue).propose(d, c)}) {
        QCOMPARE(f.ids(p), QStringList{QStringLiteral("PA")});
        QCOMPARE(p.hours, 30);
        QCOMPARE(f.codes(p.leftByBudget), (QStringList{QStringLiteral("B"), QStringLiteral("C")}));
    }
    c.hoursBudget = 50;
    const Proposal full = RouteOptimiser(f.catalogue).propose(d, c);
    QCOMPARE(full.hours, 50);
    QVERIFY(full.leftByBudget.empty());
}

void TestRouteOptimiser::doneAndFixedItems()
{
    // P{A,B} 72 h was completed earlier; its module M{A} 16 h must not come back.
    // C: fixed item K{C} 8 h is already in the route. D: cheapest is S{D} 6 h.
    // Expected route: K (fixed) + S = 14 h; A, B already covered.
    Fixture f;
    const int prog = f.item(QStringLiteral("P"), ItemKind::Programme, 72, {QStringLiteral("A"), QStringLiteral("B")});
    f.item(QStringLiteral("M"), ItemKind::Module, 16, {QStringLiteral("A"), QStringLiteral("D")}, AnyForm, {}, {}, prog);
    const int fixed = f.item(QStringLiteral("K"), ItemKind::Event, 8, {QStringLiteral("C")});
    f.item(QStringLiteral("K2"), ItemKind::Event, 2, {QStringLiteral("C")});
    f.item(QStringLiteral("S"), ItemKind::Material, 6, {QStringLiteral("D")});
    const auto d = f.deficits({QStringLiteral("A"), QStringLiteral("C")}, {QStringLiteral("B"), QStringLiteral("D")});
    Constraints c;
    c.doneItems = {prog};
    c.fixedItems = {fixed};
    const Proposal p = RouteOptimiser(f.catalogue).propose(d, c);
    QCOMPARE(f.ids(p), (QStringList{QStringLiteral("K"), QStringLiteral("S")}));
    QCOMPARE(p.hours, 14);
    QCOMPARE(f.codes(p.alreadyCovered), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
    QCOMPARE(f.codes(p.covered), (QStringList{QStringLiteral("C"), QStringLiteral("D")}));
    const auto fixedIt = std::find_if(p.items.begin(), p.items.end(), [&](const ChosenItem &i) { return i.item == fixed; });
    QVERIFY(fixedIt != p.items.end() && fixedIt->fixed);
}

void TestRouteOptimiser::periodIsRespected()
{
    // Period 2026-09-01..2026-12-31. Early{A} 8 h in June and Late{A} 8 h spanning into 2027
    // are outside; Inside{A} 16 h is the only admissible dated item; Any{A} 20 h has no dates.
    Fixture f;
    f.item(QStringLiteral("Early"), ItemKind::Event, 8, {QStringLiteral("A")}, AnyForm, QDate(2026, 6, 1), QDate(2026, 6, 2));
    f.item(QStringLiteral("Late"), ItemKind::Event, 8, {QStringLiteral("A")}, AnyForm, QDate(2026, 12, 20), QDate(2027, 1, 20));
    f.item(QStringLiteral("Inside"), ItemKind::Event, 16, {QStringLiteral("A")}, AnyForm, QDate(2026, 10, 1), QDate(2026, 10, 3));
    f.item(QStringLiteral("Any"), ItemKind::Material, 20, {QStringLiteral("A")});
    Constraints c;
    c.periodStart = QDate(2026, 9, 1);
    c.periodEnd = QDate(2026, 12, 31);
    const Proposal p = RouteOptimiser(f.catalogue).propose(f.deficits({QStringLiteral("A")}, {}), c);
    QCOMPARE(f.ids(p), QStringList{QStringLiteral("Inside")});
}

void TestRouteOptimiser::stagesAreAssigned()
{
    // Three deficits, each only developed by one kind of item: every item is needed.
    Fixture f;
    f.item(QStringLiteral("ev"), ItemKind::Event, 4, {QStringLiteral("C")}, AnyForm, QDate(2026, 11, 1), QDate(2026, 11, 1));
    f.item(QStringLiteral("prog"), ItemKind::Programme, 36, {QStringLiteral("B")});
    f.item(QStringLiteral("mat"), ItemKind::Material, 2, {QStringLiteral("A")});
    const Proposal p = RouteOptimiser(f.catalogue).propose(
        f.deficits({QStringLiteral("A"), QStringLiteral("B")}, {QStringLiteral("C")}), {});
    QCOMPARE(p.items.size(), size_t(3));
    QCOMPARE(p.items[0].stage, Stage::Pre);
    QCOMPARE(p.items[1].stage, Stage::Course);
    QCOMPARE(p.items[2].stage, Stage::Post);
    QCOMPARE(f.catalogue.competenceId(p.items[0].primaryCompetence), QStringLiteral("A"));
    QCOMPARE(f.catalogue.competenceId(p.items[2].primaryCompetence), QStringLiteral("C"));
}

void TestRouteOptimiser::preCourseMaterialsAreAttached()
{
    // A pronounced needs a course: P{A} 36 h. Its pre-course material pm{A} 2 h would be
    // cheaper but does not count against a pronounced deficit. Attaching adds pm before P:
    // 38 h. Without attaching: P alone, 36 h. With a 36 h budget pm no longer fits.
    Fixture f;
    const int prog = f.item(QStringLiteral("P"), ItemKind::Programme, 36, {QStringLiteral("A")});
    f.item(QStringLiteral("pm"), ItemKind::Material, 2, {QStringLiteral("A")}, AnyForm, {}, {}, prog);
    f.item(QStringLiteral("other"), ItemKind::Material, 1, {QStringLiteral("A")});
    const auto d = f.deficits({QStringLiteral("A")}, {});
    Constraints c;
    c.pronouncedNeedsCourse = true;
    QCOMPARE(f.ids(RouteOptimiser(f.catalogue).propose(d, c)), QStringList{QStringLiteral("P")});
    c.attachPreCourseMaterials = true;
    const Proposal p = RouteOptimiser(f.catalogue).propose(d, c);
    QCOMPARE(f.ids(p), (QStringList{QStringLiteral("P"), QStringLiteral("pm")}));
    QCOMPARE(p.hours, 38);
    QCOMPARE(p.items.front().stage, Stage::Pre);
    QVERIFY(p.items.front().attached);
    c.hoursBudget = 36;
    QCOMPARE(f.ids(RouteOptimiser(f.catalogue).propose(d, c)), QStringList{QStringLiteral("P")});
}

// A random catalogue shaped like the region's: programmes with 2-6 competences and
// 16-144 hours, modules with 1-2 and 4-36, events and materials with 1-3 and 2-16.
static Catalogue randomCatalogue(QRandomGenerator &rng, int competences, int items)
{
    Catalogue cat;
    for (int c = 0; c < competences; ++c)
        cat.addCompetence(QStringLiteral("c%1").arg(c));
    static const int progHours[] = {16, 24, 32, 36, 40, 72, 108, 144};
    for (int i = 0; i < items; ++i) {
        CatalogueItem it;
        it.id = QStringLiteral("i%1").arg(i);
        const int roll = rng.bounded(10);
        int k = 1;
        if (roll < 3) {
            it.kind = ItemKind::Programme;
            it.hours = progHours[rng.bounded(8)];
            k = 2 + rng.bounded(5);
        } else if (roll < 6) {
            it.kind = ItemKind::Module;
            it.hours = 4 + 4 * rng.bounded(9);
            k = 1 + rng.bounded(2);
        } else {
            it.kind = roll < 8 ? ItemKind::Event : ItemKind::Material;
            it.hours = 2 + 2 * rng.bounded(8);
            k = 1 + rng.bounded(3);
        }
        it.form = std::uint8_t(1u << rng.bounded(3));
        for (int j = 0; j < k; ++j)
            it.competences.push_back(rng.bounded(competences));
        cat.addItem(it);
    }
    return cat;
}

static std::vector<Deficit> randomDeficits(QRandomGenerator &rng, int competences)
{
    std::vector<Deficit> d;
    for (int c = 0; c < competences; ++c) {
        const int roll = rng.bounded(100);
        if (roll < 15)
            d.push_back({c, 2});
        else if (roll < 40)
            d.push_back({c, 1});
    }
    return d;
}

void TestRouteOptimiser::matchesExactOnRandomCases()
{
    int cases = 0, equal = 0;
    double worst = 1.0;
    for (quint32 seed = 1; seed <= 1000; ++seed) {
        QRandomGenerator rng(seed);
        const int competences = 8 + rng.bounded(33);
        const Catalogue cat = randomCatalogue(rng, competences, 20 + rng.bounded(280));
        const auto deficits = randomDeficits(rng, competences);
        Constraints c;
        if (rng.bounded(3) == 0)
            c.forms = std::uint8_t(FullTime | Distance);
        const Proposal h = RouteOptimiser(cat).propose(deficits, c);
        const Proposal x = ExactRouteSolver(cat).propose(deficits, c);
        QVERIFY2(x.exact, qPrintable(QStringLiteral("GLPK did not prove optimality, seed %1").arg(seed)));
        QCOMPARE(sorted(h.covered), sorted(x.covered));
        QCOMPARE(sorted(h.uncoverable), sorted(x.uncoverable));
        QVERIFY2(h.hours <= 1.05 * x.hours,
                 qPrintable(QStringLiteral("seed %1: heuristic %2 h, exact %3 h").arg(seed).arg(h.hours).arg(x.hours)));
        QVERIFY2(h.hours >= x.hours, qPrintable(QStringLiteral("seed %1: below the optimum?").arg(seed)));
        for (const ChosenItem &item : h.items)
            QVERIFY(cat.item(item.item).form & c.forms);
        ++cases;
        equal += h.hours == x.hours;
        if (x.hours > 0)
            worst = std::max(worst, double(h.hours) / x.hours);
    }
    qInfo("random cases: %d, heuristic optimal in %d, worst ratio %.3f", cases, equal, worst);
}

void TestRouteOptimiser::reductionKeepsTheOptimum()
{
    // The catalogue reduction and column merging must never change the optimum, also with
    // modules (inside or outside their programme's competences), done and fixed items,
    // periods, forms and the pronounced-needs-a-course rule. Exact on the plain program vs
    // exact on the reduced one, and the heuristic against both.
    int cases = 0;
    for (quint32 seed = 5000; seed < 5600; ++seed) {
        QRandomGenerator rng(seed);
        const int competences = 6 + rng.bounded(20);
        Catalogue cat = randomCatalogue(rng, competences, 10 + rng.bounded(80));
        const int base = cat.itemCount();
        for (int i = 0; i < base; ++i) { // modules and pre-course materials of programmes
            if (cat.item(i).kind != ItemKind::Programme || rng.bounded(2))
                continue;
            for (int m = 0; m < 1 + rng.bounded(3); ++m) {
                CatalogueItem child;
                child.id = QStringLiteral("child-%1-%2").arg(i).arg(m);
                child.kind = rng.bounded(3) ? ItemKind::Module : ItemKind::Material;
                child.hours = 2 + 2 * rng.bounded(10);
                child.parent = i;
                child.form = cat.item(i).form;
                const auto &own = cat.item(i).competences;
                child.competences.push_back(own[size_t(rng.bounded(int(own.size())))]);
                if (rng.bounded(3) == 0)
                    child.competences.push_back(rng.bounded(competences)); // maybe outside the programme
                cat.addItem(child);
            }
        }
        for (int i = 0; i < cat.itemCount(); ++i) { // dates on some items
            if (rng.bounded(4) == 0) {
                CatalogueItem &it = const_cast<CatalogueItem &>(cat.item(i));
                it.start = QDate(2026, 9, 1).addDays(rng.bounded(400) - 30);
                it.end = it.start.addDays(rng.bounded(5));
            }
        }
        const auto deficits = randomDeficits(rng, competences);
        Constraints c;
        c.periodStart = QDate(2026, 9, 1);
        c.periodEnd = QDate(2027, 6, 30);
        c.pronouncedNeedsCourse = rng.bounded(2);
        c.forms = std::uint8_t(1 + rng.bounded(7));
        for (int k = 0; k < 2; ++k) {
            if (rng.bounded(3) == 0)
                c.doneItems.push_back(rng.bounded(cat.itemCount()));
            if (rng.bounded(3) == 0)
                c.fixedItems.push_back(rng.bounded(cat.itemCount()));
        }
        const Proposal plain = ExactRouteSolver(cat).propose(deficits, c);
        const Proposal reduced = ExactRouteSolver(cat, ExactRouteSolver::Model::Reduced).propose(deficits, c);
        const Proposal h = RouteOptimiser(cat).propose(deficits, c);
        const QString where = QStringLiteral("seed %1").arg(seed);
        QVERIFY2(plain.exact && reduced.exact, qPrintable(where));
        QVERIFY2(plain.hours == reduced.hours, qPrintable(where + QStringLiteral(": plain %1 h, reduced %2 h").arg(plain.hours).arg(reduced.hours)));
        QVERIFY2(sorted(plain.covered) == sorted(reduced.covered), qPrintable(where));
        QVERIFY2(sorted(h.covered) == sorted(plain.covered), qPrintable(where));
        QVERIFY2(h.hours <= 1.05 * plain.hours, qPrintable(where + QStringLiteral(": %1 h vs %2 h").arg(h.hours).arg(plain.hours)));
        for (const ChosenItem &item : h.items) {
            if (item.fixed)
                continue;
            const CatalogueItem &it = cat.item(item.item);
            QVERIFY2(it.form & c.forms, qPrintable(where));
            QVERIFY2(!it.start.isValid() || it.start >= c.periodStart, qPrintable(where));
            QVERIFY2(!it.end.isValid() || it.end <= c.periodEnd, qPrintable(where));
            QVERIFY2(std::find(c.doneItems.begin(), c.doneItems.end(), item.item) == c.doneItems.end(), qPrintable(where));
        }
        ++cases;
    }
    QCOMPARE(cases, 600);
}

void TestRouteOptimiser::budgetedAgreesWithExact()
{
    for (quint32 seed = 1000; seed < 1150; ++seed) {
        QRandomGenerator rng(seed);
        const int competences = 10 + rng.bounded(20);
        const Catalogue cat = randomCatalogue(rng, competences, 30 + rng.bounded(150));
        const auto deficits = randomDeficits(rng, competences);
        Constraints c;
        c.hoursBudget = 24 + 8 * rng.bounded(20);
        const Proposal h = RouteOptimiser(cat).propose(deficits, c);
        const Proposal x = ExactRouteSolver(cat).propose(deficits, c);
        QVERIFY(h.hours <= c.hoursBudget);
        QVERIFY(x.hours <= c.hoursBudget);
        // The exact answer is never beaten, and the heuristic covers every pronounced deficit it can.
        QVERIFY2(!betterProposal(h, x), qPrintable(QStringLiteral("seed %1").arg(seed)));
        QVERIFY2(h.pronouncedCovered >= x.pronouncedCovered - 1,
                 qPrintable(QStringLiteral("seed %1: pronounced %2 vs %3").arg(seed).arg(h.pronouncedCovered).arg(x.pronouncedCovered)));
        QCOMPARE(h.covered.size() + h.leftByBudget.size() + h.uncoverable.size() + h.alreadyCovered.size(),
                 x.covered.size() + x.leftByBudget.size() + x.uncoverable.size() + x.alreadyCovered.size());
    }
}

void TestRouteOptimiser::alternativesAreDistinct()
{
    QRandomGenerator rng(7);
    const Catalogue cat = randomCatalogue(rng, 30, 200);
    const auto deficits = randomDeficits(rng, 30);
    const RouteOptimiser optimiser(cat);
    const auto alts = optimiser.alternatives(deficits, {}, 4);
    QVERIFY(alts.size() >= 2);
    QCOMPARE(alts.front().itemIndices(), optimiser.propose(deficits, {}).itemIndices());
    for (size_t i = 1; i < alts.size(); ++i) {
        QVERIFY(alts[i].itemIndices() != alts[0].itemIndices());
        QCOMPARE(alts[i].covered.size(), alts[0].covered.size());
        QVERIFY(alts[i].hours >= alts[0].hours);
        QVERIFY(!betterProposal(alts[i], alts[0]));
        if (i > 1)
            QVERIFY(!betterProposal(alts[i], alts[i - 1]));
    }
}

QTEST_GUILESS_MAIN(TestRouteOptimiser)
#include "tst_routeoptimiser.moc"
