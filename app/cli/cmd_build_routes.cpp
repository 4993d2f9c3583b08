// metodist-cli build-routes: proposes individual routes (ИОМ) for everyone in a scope who
// has deficits in their latest diagnostic and no route in the period yet.
#include "args.h"
#include "command.h"
#include "routes/routeservice.h"
#include "storage/database.h"

#include <QDate>
#include <QElapsedTimer>

#include <atomic>
#include <csignal>

using metodist::RouteService;

// Ctrl+C cancels the batch: its transaction rolls back and nothing is saved.
static std::atomic_bool g_cancelBuildRoutes{false};

static CliCommandRegistration buildRoutesCommand({
    QStringLiteral("build-routes"),
    QStringLiteral("--profile DB [--municipality ID | --organisation ID | --all] [--budget H] [--from DATE] [--to DATE] "
                   "[--forms full_time;blended;distance] [--tutor PERSON] [--any-item-for-pronounced] [--dry-run]"),
    QStringLiteral("Propose routes for a municipality, an organisation or everyone (one transaction; --dry-run saves nothing)."),
    [](const QStringList &argList) {
        CliArgs args(argList);
        args.setFlagsWithoutValue({QStringLiteral("all"), QStringLiteral("dry-run"), QStringLiteral("any-item-for-pronounced")});
        const QString profile = args.value(QStringLiteral("profile"));
        RouteService::BatchScope scope;
        int scopes = 0;
        if (args.flag(QStringLiteral("all"))) {
            scope.kind = RouteService::BatchScope::All;
            ++scopes;
        }
        if (!args.value(QStringLiteral("municipality")).isEmpty()) {
            scope = {RouteService::BatchScope::Municipality, args.value(QStringLiteral("municipality"))};
            ++scopes;
        }
        if (!args.value(QStringLiteral("organisation")).isEmpty()) {
            scope = {RouteService::BatchScope::Organisation, args.value(QStringLiteral("organisation"))};
            ++scopes;
        }
        if (profile.isEmpty() || scopes != 1) {
            cliErr() << "usage: metodist-cli build-routes --profile DB (--municipality ID | --organisation ID | --all) "
                        "[--budget H] [--from DATE] [--to DATE] [--forms LIST] [--tutor PERSON] [--dry-run]\n";
            return 2;
        }
        metodist::RouteRequest request;
        request.hoursBudget = args.value(QStringLiteral("budget"), QStringLiteral("0")).toInt();
        request.periodStart = QDate::fromString(args.value(QStringLiteral("from")), Qt::ISODate);
        request.periodEnd = QDate::fromString(args.value(QStringLiteral("to")), Qt::ISODate);
        if (!args.value(QStringLiteral("forms")).isEmpty())
            request.acceptedForms = args.value(QStringLiteral("forms"));
        request.tutorPersonId = args.value(QStringLiteral("tutor"));
        request.pronouncedNeedsCourse = !args.flag(QStringLiteral("any-item-for-pronounced"));
        const bool dryRun = args.flag(QStringLiteral("dry-run"));

        auto db = metodist::Database::open(profile, metodist::Database::Mode::ExistingOnly);
        RouteService service(*db);
        QElapsedTimer timer;
        timer.start();
        qint64 lastReport = -1000;
        g_cancelBuildRoutes = false;
        const auto previous = std::signal(SIGINT, [](int) { g_cancelBuildRoutes = true; });
        const auto result = service.buildBatch(scope, request, dryRun, [&](int done, int total) {
            // At most a few lines a second, and always the last one.
            if (done == total || timer.elapsed() - lastReport >= 500) {
                lastReport = timer.elapsed();
                cliErr() << "build-routes: " << done << '/' << total << " people\n";
                cliErr().flush();
            }
        }, &g_cancelBuildRoutes);
        std::signal(SIGINT, previous);
        if (result.cancelled) {
            cliErr() << "build-routes: cancelled, nothing was saved\n";
            return 130;
        }
        auto &out = cliOut();
        out << "people in scope: " << result.people << '\n'
            << "without deficits (no diagnostic or none found): " << result.noDiagnostic << '\n'
            << "already with a route in the period: " << result.existing << '\n'
            << "nothing to propose (deficits covered earlier or not in the catalogue): " << result.nothingToPropose << '\n'
            << "routes " << (dryRun ? "proposed (dry run, not saved)" : "built and saved as drafts") << ": " << result.built << '\n'
            << "deficits of those people: " << result.deficits << ", covered: " << result.covered
            << ", with nothing in the catalogue: " << result.uncoverable << ", beyond the hours budget: " << result.leftByBudget << '\n'
            << "items: " << result.items << ", hours: " << result.hours;
        if (result.built > 0)
            out << " (" << QString::number(double(result.hours) / result.built, 'f', 1) << " h per route)";
        out << '\n'
            << "time: " << QString::number(result.totalSeconds, 'f', 2) << " s, of which optimiser "
            << QString::number(result.optimiserSeconds, 'f', 2) << " s\n";
        return 0;
    }});
