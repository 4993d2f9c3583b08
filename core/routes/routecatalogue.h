#pragma once
// The in-memory picture the route optimiser works on: catalogue items with the
// competences they develop, a person's deficits, the constraints of a route and the
// proposal that comes out. No SQL here (RouteService fills these from a profile).
#include <QDate>
#include <QHash>
#include <QString>

#include <cstdint>
#include <vector>

namespace metodist::routes {

// The three stages of a route (DOMAIN.md, Khabarovsk 4.4).
enum class Stage : std::uint8_t { Pre, Course, Post };
enum class ItemKind : std::uint8_t { Programme, Module, Event, Material };

// Forms of study as bits, so "forms the person accepts" is a mask.
enum FormBits : std::uint8_t { FullTime = 1, Blended = 2, Distance = 4, AnyForm = 7 };

QString stageCode(Stage stage);      // pre / course / post
QString kindCode(ItemKind kind);     // programme / module / event / material
ItemKind kindFromCode(const QString &code);
std::uint8_t formBit(const QString &code);             // full_time / blended / distance
std::uint8_t formMask(const QString &semicolonList);   // "full_time;distance"
QString formList(std::uint8_t mask);

struct CatalogueItem {
    QString id;
    ItemKind kind = ItemKind::Programme;
    QString subKind; // event kind (seminar, mentoring, ...) or material kind
    QString title;
    int hours = 0;
    std::uint8_t form = AnyForm;
    QDate start; // null: available any time
    QDate end;
    std::vector<int> competences; // Catalogue competence indices
    int parent = -1;              // a module's (or pre-course material's) programme
};

class Catalogue {
public:
    // Index of a competence id, adding it when new.
    int addCompetence(const QString &id);
    int competenceIndex(const QString &id) const { return m_competenceIndex.value(id, -1); }
    const QString &competenceId(int index) const { return m_competences[size_t(index)]; }
    int competenceCount() const { return int(m_competences.size()); }

    int addItem(CatalogueItem item);
    const CatalogueItem &item(int index) const { return m_items[size_t(index)]; }
    int itemCount() const { return int(m_items.size()); }
    int itemIndex(const QString &id) const { return m_itemIndex.value(id, -1); }
    // A programme's modules and pre-course materials.
    const std::vector<int> &children(int item) const { return m_children[size_t(item)]; }
    // Items developing a competence (inverted index, kept up to date by addItem).
    const std::vector<int> &itemsCovering(int competence) const { return m_covering[size_t(competence)]; }

private:
    std::vector<QString> m_competences;
    QHash<QString, int> m_competenceIndex;
    std::vector<CatalogueItem> m_items;
    QHash<QString, int> m_itemIndex;
    std::vector<std::vector<int>> m_covering;
    std::vector<std::vector<int>> m_children;
};

// One deficit of a person: level 2 pronounced, 1 partial (0 is no deficit and ignored).
struct Deficit {
    int competence = -1;
    int level = 0;
};

struct Constraints {
    QDate periodStart; // null: open
    QDate periodEnd;
    int hoursBudget = 0; // total hours of the route including fixed items; 0 = no limit
    std::uint8_t forms = AnyForm;
    // A pronounced deficit is addressed only by formal education (a programme or module);
    // events and self-study then count for partial deficits only.
    bool pronouncedNeedsCourse = false;
    // With a programme (or one of its modules) in the route, its pre-course materials come
    // too, as the pre-course stage of the three-stage model, while the hours budget allows.
    bool attachPreCourseMaterials = false;
    std::vector<int> doneItems;     // completed earlier: not proposed, their competences count as covered
    std::vector<int> fixedItems;    // already in the route: kept, count toward hours and cover
    std::vector<int> excludedItems; // never proposed (rejected by the person, or to find alternatives)
};

struct ChosenItem {
    int item = -1;
    Stage stage = Stage::Course;
    bool fixed = false;
    bool attached = false;        // a pre-course material of a chosen programme
    int primaryCompetence = -1;   // the deficit it is entered against (route_item.competence_id)
    std::vector<int> covers;      // all deficit competences it develops
};

struct Proposal {
    std::vector<ChosenItem> items; // by stage, then planned start
    int hours = 0;
    std::vector<int> covered;        // deficit competences the items cover
    std::vector<int> alreadyCovered; // covered by items done earlier
    std::vector<int> uncoverable;    // no admissible item develops them
    std::vector<int> leftByBudget;   // coverable, but not within the hours budget
    int pronouncedCovered = 0;
    int partialCovered = 0;
    bool exact = false;              // proven optimal (exact solver)

    std::vector<int> itemIndices() const; // sorted
};

// Which stage a catalogue item belongs to: materials before the course, programmes and
// their modules in it, events (seminars, communities, mentoring...) after it.
Stage stageOf(const CatalogueItem &item);

} // namespace metodist::routes
