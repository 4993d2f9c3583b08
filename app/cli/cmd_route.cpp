// metodist-cli route: one person's route — propose (and save), show with coverage, change status.
#include "args.h"
#include "command.h"
#include "routes/routeservice.h"
#include "storage/database.h"

#include <QDate>

using metodist::RouteService;

static void printProposal(const metodist::routes::Catalogue &cat, const metodist::RouteProposal &rp, int rank)
{
    const auto &p = rp.proposal;
    auto &out = cliOut();
    out << "proposal " << rank << ": " << p.hours << " h, " << p.items.size() << " items, deficits covered "
        << p.covered.size() << " (pronounced " << p.pronouncedCovered << ", partial " << p.partialCovered << ")";
    if (!p.uncoverable.empty())
        out << ", not in the catalogue " << p.uncoverable.size();
    if (!p.leftByBudget.empty())
        out << ", beyond the budget " << p.leftByBudget.size();
    out << '\n';
    for (const auto &chosen : p.items) {
        const auto &item = cat.item(chosen.item);
        out << "  [" << metodist::routes::stageCode(chosen.stage) << "] " << metodist::routes::kindCode(item.kind) << ' '
            << item.id << ' ' << item.hours << " h  " << item.title;
        if (chosen.primaryCompetence >= 0)
            out << "  (deficit " << cat.competenceId(chosen.primaryCompetence) << ')';
        out << '\n';
    }
}

static CliCommandRegistration routeCommand({
    QStringLiteral("route"),
    QStringLiteral("propose --profile DB --person ID [--save] [--alternatives K] [--budget H] [--from DATE] [--to DATE] "
                   "[--forms LIST] [--tutor ID] | show --profile DB --route ID | status --profile DB --route ID --to STATUS"),
    QStringLiteral("Propose one person's route (and save it as a draft), show a route with its coverage, or move its status."),
    [](const QStringList &argList) {
        CliArgs args(argList);
        args.setFlagsWithoutValue({QStringLiteral("save")});
        const QStringList positional = args.positional();
        const QString action = positional.value(0);
        const QString profile = args.value(QStringLiteral("profile"));
        if (profile.isEmpty() || !QStringList{QStringLiteral("propose"), QStringLiteral("show"), QStringLiteral("status")}.contains(action)) {
            cliErr() << "usage: metodist-cli route propose|show|status --profile DB ...\n";
            return 2;
        }
        auto db = metodist::Database::open(profile, metodist::Database::Mode::ExistingOnly);
        RouteService service(*db);
        if (action == QLatin1String("propose")) {
            const QString person = args.value(QStringLiteral("person"));
            if (person.isEmpty()) {
                cliErr() << "route propose: --person ID is required\n";
                return 2;
            }
            metodist::RouteRequest request;
            request.hoursBudget = args.value(QStringLiteral("budget"), QStringLiteral("0")).toInt();
            request.periodStart = QDate::fromString(args.value(QStringLiteral("from")), Qt::ISODate);
            request.periodEnd = QDate::fromString(args.value(QStringLiteral("to")), Qt::ISODate);
            if (!args.value(QStringLiteral("forms")).isEmpty())
                request.acceptedForms = args.value(QStringLiteral("forms"));
            request.tutorPersonId = args.value(QStringLiteral("tutor"));
            const int count = std::max(1, args.value(QStringLiteral("alternatives"), QStringLiteral("1")).toInt());
            const auto proposals = service.alternatives(person, request, count);
            if (proposals.isEmpty() || proposals.first().deficits.diagnosticId.isEmpty()) {
                cliErr() << "route propose: person " << person << " has no diagnostic\n";
                return 1;
            }
            for (int i = 0; i < proposals.size(); ++i)
                printProposal(service.catalogue(), proposals[i], i + 1);
            if (args.flag(QStringLiteral("save"))) {
                if (proposals.first().proposal.items.empty()) {
                    cliErr() << "route propose: nothing to propose, no route saved\n";
                    return 1;
                }
                cliOut() << "saved route " << service.saveProposal(proposals.first(), request) << '\n';
            }
            return 0;
        }
        const QString routeId = args.value(QStringLiteral("route"));
        if (routeId.isEmpty()) {
            cliErr() << "route " << action << ": --route ID is required\n";
            return 2;
        }
        if (action == QLatin1String("status")) {
            service.setStatus(routeId, args.value(QStringLiteral("to")));
            cliOut() << "route " << routeId << ": " << service.loadRoute(routeId).status << '\n';
            return 0;
        }
        const auto route = service.loadRoute(routeId);
        auto &out = cliOut();
        out << "route " << route.id << " of " << route.personId << ", " << route.periodStart.toString(Qt::ISODate) << " .. "
            << route.periodEnd.toString(Qt::ISODate) << ", status " << route.status << ", " << route.hours() << " h\n";
        for (const auto &item : route.items)
            out << "  [" << item.stage << "] " << item.kind << ' ' << item.hours << " h " << item.status << "  " << item.title << '\n';
        const auto coverage = service.coverage(routeId);
        for (const auto &line : coverage.lines)
            out << "  deficit " << line.competenceName << " (" << (line.level >= 2 ? "pronounced" : "partial") << "): "
                << (line.covered() ? QStringLiteral("covered by %1 item(s)").arg(line.itemIds.size()) : QStringLiteral("NOT COVERED"))
                << '\n';
        out << "not covered: pronounced " << coverage.uncoveredPronounced << ", partial " << coverage.uncoveredPartial << '\n';
        return 0;
    }});
