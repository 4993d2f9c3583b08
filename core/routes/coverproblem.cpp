#include "coverproblem.h"

#include "cataloguereduction.h"

#include <algorithm>
#include <numeric>

namespace metodist::routes {

namespace {

bool contains(const std::vector<int> &sorted, int value)
{
    return std::binary_search(sorted.begin(), sorted.end(), value);
}

std::vector<int> sortedCopy(std::vector<int> v)
{
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return v;
}

} // namespace

bool itemAddresses(const CatalogueItem &item, int level, bool pronouncedNeedsCourse)
{
    return level < 2 || !pronouncedNeedsCourse || item.kind == ItemKind::Programme || item.kind == ItemKind::Module;
}

CoverProblem buildCoverProblem(const Catalogue &catalogue, const std::vector<Deficit> &deficits,
                               const Constraints &constraints, const ReducedCatalogue *reduced, bool merge)
{
    CoverProblem p;
    // Merge deficits per competence, keeping the most severe level.
    std::vector<int> levelOf(size_t(catalogue.competenceCount()), 0);
    for (const Deficit &d : deficits)
        if (d.competence >= 0 && d.competence < catalogue.competenceCount() && d.level > 0)
            levelOf[size_t(d.competence)] = std::max(levelOf[size_t(d.competence)], std::min(d.level, 2));
    for (int c = 0; c < catalogue.competenceCount(); ++c)
        if (levelOf[size_t(c)] > 0)
            p.deficits.push_back({c, levelOf[size_t(c)]});

    p.pronouncedNeedsCourse = constraints.pronouncedNeedsCourse;
    p.attachPreCourseMaterials = constraints.attachPreCourseMaterials;
    p.doneItems = sortedCopy(constraints.doneItems);
    const std::vector<int> &done = p.doneItems;
    const std::vector<int> excluded = sortedCopy(constraints.excludedItems);
    p.fixedItems = sortedCopy(constraints.fixedItems);

    std::vector<char> covered(size_t(catalogue.competenceCount()), 0); // 1 done, 2 fixed
    for (int i : done)
        for (int c : catalogue.item(i).competences)
            covered[size_t(c)] = 1;
    for (int i : p.fixedItems) {
        p.fixedHours += catalogue.item(i).hours;
        for (int c : catalogue.item(i).competences)
            if (!covered[size_t(c)] && itemAddresses(catalogue.item(i), levelOf[size_t(c)], p.pronouncedNeedsCourse))
                covered[size_t(c)] = 2;
    }

    std::vector<int> localOf(size_t(catalogue.competenceCount()), -1);
    for (const Deficit &d : p.deficits) {
        if (covered[size_t(d.competence)] == 1) {
            p.alreadyCovered.push_back(d.competence);
        } else if (covered[size_t(d.competence)] == 2) {
            p.coveredByFixed.push_back(d.competence);
        } else {
            localOf[size_t(d.competence)] = int(p.targetCompetence.size());
            p.targetCompetence.push_back(d.competence);
            p.targetLevel.push_back(d.level);
        }
    }
    const int targets = int(p.targetCompetence.size());
    p.words = std::max(1, (targets + 63) / 64);
    p.coverable.assign(size_t(p.words), 0);
    p.pronounced.assign(size_t(p.words), 0);
    for (int t = 0; t < targets; ++t)
        if (p.targetLevel[size_t(t)] >= 2)
            p.pronounced[size_t(t / 64)] |= std::uint64_t(1) << (t % 64);

    if (constraints.hoursBudget > 0)
        p.budget = std::max(0, constraints.hoursBudget - p.fixedHours);

    // Candidates: items developing at least one target, through the inverted index.
    if (!excluded.empty())
        reduced = nullptr;
    std::vector<char> seen(size_t(catalogue.itemCount()), 0);
    std::vector<int> candidates;
    static const std::vector<int> nothing;
    for (int competence : p.targetCompetence)
        for (int i : reduced ? (size_t(competence) < reduced->covering.size() ? reduced->covering[size_t(competence)] : nothing)
                             : catalogue.itemsCovering(competence))
            if (!seen[size_t(i)]) {
                seen[size_t(i)] = 1;
                candidates.push_back(i);
            }

    // Admissible candidates become columns; columns with equal masks are merged into the
    // cheapest (then lowest index) through a small open-addressing table.
    const int words = p.words;
    size_t tableSize = 16;
    while (tableSize < candidates.size() * 2)
        tableSize *= 2;
    std::vector<int> table(tableSize, -1);
    std::vector<CoverProblem::Column> columns;
    std::vector<std::uint64_t> masks;
    auto mask = std::vector<std::uint64_t>(size_t(words));
    for (int i : candidates) {
        const CatalogueItem &item = catalogue.item(i);
        if (!reduced && !admissibleItem(item, constraints.forms, constraints.periodStart, constraints.periodEnd))
            continue;
        if (p.budget >= 0 && item.hours > p.budget)
            continue;
        if (contains(done, i) || contains(p.fixedItems, i) || contains(excluded, i))
            continue;
        // A module of a programme already done or in the route adds nothing.
        if (item.parent >= 0 && (contains(done, item.parent) || contains(p.fixedItems, item.parent)))
            continue;
        std::fill(mask.begin(), mask.end(), 0);
        bool any = false;
        for (int competence : item.competences) {
            const int t = localOf[size_t(competence)];
            if (t >= 0 && itemAddresses(item, p.targetLevel[size_t(t)], p.pronouncedNeedsCourse)) {
                mask[size_t(t / 64)] |= std::uint64_t(1) << (t % 64);
                any = true;
            }
        }
        if (!any)
            continue;
        std::uint64_t hash = 0x9e3779b97f4a7c15ULL;
        for (std::uint64_t m : mask)
            hash = (hash ^ m) * 0xff51afd7ed558ccdULL;
        size_t slot = size_t(hash ^ (hash >> 29)) & (tableSize - 1);
        for (;; slot = (slot + 1) & (tableSize - 1)) {
            const int c = merge ? table[slot] : -1;
            if (c < 0) {
                table[slot] = int(columns.size());
                columns.push_back({i, item.hours});
                masks.insert(masks.end(), mask.begin(), mask.end());
                break;
            }
            if (std::equal(mask.begin(), mask.end(), masks.begin() + std::ptrdiff_t(size_t(c) * size_t(words)))) {
                CoverProblem::Column &old = columns[size_t(c)];
                if (item.hours < old.hours || (item.hours == old.hours && i < old.item))
                    old = {i, item.hours};
                break;
            }
        }
    }
    // Columns in catalogue order, so ties break the same way whatever the hashing did.
    std::vector<int> order(columns.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return columns[size_t(a)].item < columns[size_t(b)].item; });
    p.columns.reserve(columns.size());
    p.masks.reserve(masks.size());
    for (int c : order) {
        p.columns.push_back(columns[size_t(c)]);
        for (int w = 0; w < words; ++w) {
            const auto m = masks[size_t(c) * size_t(words) + size_t(w)];
            p.masks.push_back(m);
            p.coverable[size_t(w)] |= m;
        }
    }
    for (int t = 0; t < targets; ++t)
        if (!(p.coverable[size_t(t / 64)] & (std::uint64_t(1) << (t % 64))))
            p.uncoverable.push_back(p.targetCompetence[size_t(t)]);
    // Columns per target.
    p.targetStart.assign(size_t(targets) + 1, 0);
    for (size_t c = 0; c < p.columns.size(); ++c)
        for (int w = 0; w < words; ++w)
            for (std::uint64_t bits = p.masks[c * size_t(words) + size_t(w)]; bits; bits &= bits - 1)
                ++p.targetStart[size_t(w * 64 + std::countr_zero(bits)) + 1];
    for (int t = 0; t < targets; ++t)
        p.targetStart[size_t(t) + 1] += p.targetStart[size_t(t)];
    p.targetColumns.resize(size_t(p.targetStart.back()));
    std::vector<int> fill(p.targetStart.begin(), p.targetStart.end() - 1);
    for (size_t c = 0; c < p.columns.size(); ++c)
        for (int w = 0; w < words; ++w)
            for (std::uint64_t bits = p.masks[c * size_t(words) + size_t(w)]; bits; bits &= bits - 1)
                p.targetColumns[size_t(fill[size_t(w * 64 + std::countr_zero(bits))]++)] = int(c);
    return p;
}

Proposal finishProposal(const Catalogue &catalogue, const CoverProblem &p, const std::vector<int> &columns)
{
    Proposal result;
    std::vector<int> levelOf(size_t(catalogue.competenceCount()), 0);
    for (const Deficit &d : p.deficits)
        levelOf[size_t(d.competence)] = d.level;

    auto add = [&](int item, bool fixed) {
        ChosenItem chosen;
        chosen.item = item;
        chosen.fixed = fixed;
        const CatalogueItem &ci = catalogue.item(item);
        chosen.stage = stageOf(ci);
        for (int c : ci.competences)
            if (levelOf[size_t(c)] > 0 && itemAddresses(ci, levelOf[size_t(c)], p.pronouncedNeedsCourse)
                && !std::binary_search(p.alreadyCovered.begin(), p.alreadyCovered.end(), c))
                chosen.covers.push_back(c);
        result.hours += ci.hours;
        result.items.push_back(std::move(chosen));
    };
    for (int i : p.fixedItems)
        add(i, true);
    for (int c : columns)
        add(p.columns[size_t(c)].item, false);
    if (p.attachPreCourseMaterials) {
        // The pre-course materials of each programme in the route (directly or through a
        // module), cheapest first, while the budget allows.
        std::vector<int> present;
        for (const ChosenItem &chosen : result.items)
            present.push_back(chosen.item);
        std::sort(present.begin(), present.end());
        std::vector<int> materials;
        for (int item : present) {
            const CatalogueItem &ci = catalogue.item(item);
            const int programme = ci.kind == ItemKind::Programme ? item : (ci.kind == ItemKind::Module ? ci.parent : -1);
            if (programme < 0)
                continue;
            for (int child : catalogue.children(programme))
                if (catalogue.item(child).kind == ItemKind::Material && !contains(present, child) && !contains(p.doneItems, child))
                    materials.push_back(child);
        }
        std::sort(materials.begin(), materials.end());
        materials.erase(std::unique(materials.begin(), materials.end()), materials.end());
        std::stable_sort(materials.begin(), materials.end(),
                         [&](int a, int b) { return catalogue.item(a).hours < catalogue.item(b).hours; });
        const int limit = p.budget >= 0 ? p.budget + p.fixedHours : -1;
        for (int m : materials) {
            if (limit >= 0 && result.hours + catalogue.item(m).hours > limit)
                continue;
            add(m, false);
            result.items.back().attached = true;
        }
    }

    // Deficits covered, and the one each item is entered against: the most severe deficit
    // it covers that no earlier item took, so the route shows one line per deficit where it can.
    std::vector<char> covered(size_t(catalogue.competenceCount()), 0);
    std::vector<char> taken(size_t(catalogue.competenceCount()), 0);
    std::vector<size_t> byHours(result.items.size());
    std::iota(byHours.begin(), byHours.end(), 0);
    std::sort(byHours.begin(), byHours.end(), [&](size_t a, size_t b) {
        return result.items[a].covers.size() < result.items[b].covers.size();
    });
    for (size_t k : byHours) {
        ChosenItem &chosen = result.items[k];
        int best = -1;
        for (int c : chosen.covers) {
            covered[size_t(c)] = 1;
            const auto key = [&](int x) { return (taken[size_t(x)] ? 0 : 10) + levelOf[size_t(x)]; };
            if (best < 0 || key(c) > key(best))
                best = c;
        }
        if (best < 0 && !catalogue.item(chosen.item).competences.empty())
            best = catalogue.item(chosen.item).competences.front();
        chosen.primaryCompetence = best;
        if (best >= 0)
            taken[size_t(best)] = 1;
    }
    for (const Deficit &d : p.deficits) {
        if (!covered[size_t(d.competence)])
            continue;
        if (std::binary_search(p.alreadyCovered.begin(), p.alreadyCovered.end(), d.competence))
            continue;
        result.covered.push_back(d.competence);
        (d.level >= 2 ? result.pronouncedCovered : result.partialCovered) += 1;
    }
    result.alreadyCovered = p.alreadyCovered;
    result.uncoverable = p.uncoverable;
    for (size_t t = 0; t < p.targetCompetence.size(); ++t) {
        const int c = p.targetCompetence[t];
        if (!covered[size_t(c)] && (p.coverable[t / 64] & (std::uint64_t(1) << (t % 64))))
            result.leftByBudget.push_back(c);
    }
    std::stable_sort(result.items.begin(), result.items.end(), [&](const ChosenItem &a, const ChosenItem &b) {
        if (a.stage != b.stage)
            return a.stage < b.stage;
        const QDate da = catalogue.item(a.item).start, db = catalogue.item(b.item).start;
        if (da != db)
            return !da.isValid() ? false : (!db.isValid() ? true : da < db);
        return a.item < b.item;
    });
    return result;
}

bool betterProposal(const Proposal &a, const Proposal &b)
{
    if (a.pronouncedCovered != b.pronouncedCovered)
        return a.pronouncedCovered > b.pronouncedCovered;
    const size_t ca = a.covered.size(), cb = b.covered.size();
    if (ca != cb)
        return ca > cb;
    return a.hours < b.hours;
}

} // namespace metodist::routes
