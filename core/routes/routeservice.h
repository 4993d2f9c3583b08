#pragma once
// Individual educational routes (ИОМ) in a profile: proposes a route from a person's
// latest diagnostic and the catalogue (RouteOptimiser), saves it with its items in one
// transaction, moves it through draft -> agreed -> in_progress -> completed (or
// cancelled), answers which deficits a route covers, and builds routes for many people.
#include "routes/routecatalogue.h"
#include "routes/routeoptimiser.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace metodist {

struct RouteRequest {
    QDate periodStart;      // default: today
    QDate periodEnd;        // default: a year after the start
    int hoursBudget = 0;    // 0: no limit
    QString acceptedForms = QStringLiteral("full_time;blended;distance");
    bool pronouncedNeedsCourse = true;    // see routes::Constraints
    bool attachPreCourseMaterials = true; // see routes::Constraints
    QString tutorPersonId;
};

// The deficits (level 1 partial, 2 pronounced) of a person's latest diagnostic.
struct PersonDeficits {
    QString personId;
    QString diagnosticId; // empty: no diagnostic
    QDate takenOn;
    QList<QPair<QString, int>> levels; // competence id, level
};

struct RouteItemRow {
    QString id;
    QString stage = QStringLiteral("course");
    QString kind = QStringLiteral("programme");
    QString refId;
    QString competenceId;
    QString title;
    int hours = 0;
    QDate plannedStart;
    QDate plannedEnd;
    QString responsiblePersonId;
    QString status = QStringLiteral("planned");
    QString evidence;
    int sortOrder = 0;
};

struct RouteRow {
    QString id;
    QString personId;
    QString municipalityId;
    QString tutorPersonId;
    QString diagnosticId;
    QDate periodStart;
    QDate periodEnd;
    int hoursBudget = 0;
    QString acceptedForms;
    QString status = QStringLiteral("draft");
    QDate agreedOn;
    QString agreedBy;
    QString notes;
    QList<RouteItemRow> items;
    int hours() const;
};

// Which of the diagnostic's deficits a route addresses.
struct RouteCoverage {
    struct Line {
        QString competenceId;
        QString competenceName;
        int level = 0;          // 1 partial, 2 pronounced
        QStringList itemIds;    // route items addressing it (not cancelled)
        bool byCourse = false;  // among them a programme or module
        bool covered() const { return !itemIds.isEmpty(); }
    };
    QList<Line> lines;
    int uncoveredPronounced = 0;
    int uncoveredPartial = 0;
};

// A proposal with what it needs to be saved or shown.
struct RouteProposal {
    PersonDeficits deficits;
    routes::Proposal proposal;
};

class RouteService {
    Q_DECLARE_TR_FUNCTIONS(RouteService)
public:
    explicit RouteService(Database &db) : m_db(db) {}

    // Active programmes (and their modules, pre-course materials), events and materials
    // with their competences. Loaded once per service; reloadCatalogue() after edits.
    const routes::Catalogue &catalogue();
    void reloadCatalogue()
    {
        m_optimiser.reset();
        m_catalogue.reset();
    }

    PersonDeficits latestDeficits(const QString &personId) const;
    // Catalogue items the person has completed (done route items, certificates).
    std::vector<int> doneItems(const QString &personId);
    routes::Constraints constraintsFor(const QString &personId, const RouteRequest &request);

    RouteProposal propose(const QString &personId, const RouteRequest &request);
    // Up to `count` distinct proposals, best first.
    QList<RouteProposal> alternatives(const QString &personId, const RouteRequest &request, int count);

    // Saves a draft route with the proposal's items in one transaction; returns its id.
    QString saveProposal(const RouteProposal &proposal, const RouteRequest &request);

    RouteRow loadRoute(const QString &routeId) const;
    QList<RouteRow> routesOf(const QString &personId) const; // newest period first, without items

    // Route items edited by hand.
    QString addItem(const QString &routeId, RouteItemRow item);
    void setItemStatus(const QString &itemId, const QString &status, const QString &evidence = {});
    void removeItem(const QString &itemId);

    // Status workflow: draft -> agreed -> in_progress -> completed; draft/agreed/in_progress
    // -> cancelled; agreed -> draft (reopen). Throws Error naming the rule that fails.
    static bool canMove(const QString &from, const QString &to);
    void setStatus(const QString &routeId, const QString &status);

    RouteCoverage coverage(const QString &routeId) const;

    // Batch: routes for every person in a scope who has deficits and no route overlapping
    // the period. One transaction: cancel (or an error) rolls everything back. Run it in a
    // worker thread on a connection made there with Database::openAnother().
    struct BatchScope {
        enum Kind { All, Municipality, Organisation } kind = All;
        QString id;
    };
    struct BatchResult {
        int people = 0;           // in scope
        int noDiagnostic = 0;     // without a diagnostic or without deficits
        int existing = 0;         // already had a route in the period
        int built = 0;            // routes proposed (saved unless dry run)
        int nothingToPropose = 0; // deficits all covered earlier or absent from the catalogue
        long long deficits = 0;   // of the people routed
        long long covered = 0;
        long long uncoverable = 0;
        long long leftByBudget = 0;
        long long items = 0;
        long long hours = 0;
        bool cancelled = false;
        double optimiserSeconds = 0;
        double totalSeconds = 0;
    };
    using Progress = std::function<void(int done, int total)>;
    BatchResult buildBatch(const BatchScope &scope, const RouteRequest &request, bool dryRun,
                           const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);

private:
    QString insertRoute(const RouteProposal &proposal, const RouteRequest &request, const QString &municipalityId);
    Database &m_db;
    routes::RouteOptimiser &optimiser();
    std::unique_ptr<routes::Catalogue> m_catalogue;
    std::unique_ptr<routes::RouteOptimiser> m_optimiser;
};

} // namespace metodist
