// metodist-cli route: one person's route — propose (and save), show with coverage, change status.
#include "args.h"
#include "command.h"
#include "pdfout.h"
#include "routes/routecard.h"
#include "routes/routeservice.h"
#include "routes/routesxlsx.h"
#include "storage/database.h"

#include <QDate>
#include <QFile>

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
                   "[--forms LIST] [--tutor ID] | show --profile DB --route ID | status --profile DB --route ID --to STATUS | "
                   "card --profile DB --route ID [--out FILE.html] [--pdf FILE.pdf] | export-xlsx --profile DB (--organisation ID | --all) --out FILE.xlsx"),
    QStringLiteral("Propose one person's route (and save it as a draft), show it with its coverage, move its status, "
                   "write its printable card, or export an organisation's routes to XLSX."),
    [](const QStringList &argList) {
        CliArgs args(argList);
        args.setFlagsWithoutValue({QStringLiteral("save"), QStringLiteral("all")});
        const QStringList positional = args.positional();
        const QString action = positional.value(0);
        const QString profile = args.value(QStringLiteral("profile"));
        if (profile.isEmpty() || !QStringList{QStringLiteral("propose"), QStringLiteral("show"), QStringLiteral("status"), QStringLiteral("card"),
                                                    QStringLiteral("export-xlsx")}.contains(action)) {
            cliErr() << "usage: metodist-cli route propose|show|status|card|export-xlsx --profile DB ...\n";
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
        if (action == QLatin1String("export-xlsx")) {
            const QString out = args.value(QStringLiteral("out"));
            const QString org = args.value(QStringLiteral("organisation"));
            if (out.isEmpty() || (org.isEmpty() != args.flag(QStringLiteral("all")))) {
                cliErr() << "route export-xlsx: --out FILE and one of --organisation ID, --all are required\n";
                return 2;
            }
            const int n = metodist::RoutesXlsx::exportOrganisation(*db, org, out);
            cliOut() << out << ": " << n << " routes\n";
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
        if (action == QLatin1String("card")) {
            const QString path = args.value(QStringLiteral("out"));
            const QString pdf = args.value(QStringLiteral("pdf"));
            if (path.isEmpty() && pdf.isEmpty()) {
                cliErr() << "route card: --out FILE.html or --pdf FILE.pdf is required\n";
                return 2;
            }
            const auto card = metodist::RouteCard::load(*db, routeId);
            const QString html = metodist::RouteCard::html(card);
            if (!path.isEmpty()) {
                QFile file(path);
                if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                    cliErr() << "route card: cannot write --out " << path << '\n';
                    return 1;
                }
                file.write(html.toUtf8());
                cliOut() << path << '\n';
            }
            if (!pdf.isEmpty()) {
                QFile::remove(pdf);
                if (!writeHtmlPdf(html, pdf, QStringLiteral("route ") + routeId)) {
                    cliErr() << "route card: cannot write --pdf " << pdf << '\n';
                    return 1;
                }
                cliOut() << pdf << '\n';
            }
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
                << (line.doneEarlier ? QStringLiteral("done earlier")
                    : line.covered() ? QStringLiteral("covered by %1 item(s)").arg(line.itemIds.size())
                                     : QStringLiteral("NOT COVERED"))
                << '\n';
        out << "not covered: pronounced " << coverage.uncoveredPronounced << ", partial " << coverage.uncoveredPartial << '\n';
        return 0;
    }});
