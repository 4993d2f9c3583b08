// metodist-cli schedule solve|validate: the timetabling engine on ITC2007 track 3
// (.ectt) instances, writing and checking solutions in the competition format; with
// --profile, the automatic scheduler on a profile's groups (scheduleprofile.cpp).
#include "args.h"
#include "command.h"
#include "groups/timetabling/ecttparser.h"
#include "scheduleprofile.h"
#include "groups/timetabling/solver.h"
#include "groups/timetabling/validator.h"
#include "storage/errors.h"

#include <memory>

using namespace metodist::timetabling;

namespace {

const char *const kUsage =
    "usage: metodist-cli schedule solve --itc FILE.ectt [--time-limit S] [--seed N] [--out FILE.sol] [--progress]\n"
    "       metodist-cli schedule solve --profile DB [--groups ID,ID|all-unscheduled] [--from DATE --to DATE]\n"
    "                                   [--time-limit S] [--seed N] [--saturdays] [--needs GROUP=EQUIPMENT|...;...] [--quiet] [--apply]\n"
    "       metodist-cli schedule validate --itc FILE.ectt --solution FILE.sol\n";

int solveCommand(const CliArgs &args)
{
    const Instance instance = readEcttFile(args.value(QStringLiteral("itc")));
    SolverOptions options;
    bool ok = true;
    options.timeLimitSeconds = args.value(QStringLiteral("time-limit"), QStringLiteral("300")).toDouble(&ok);
    if (!ok || options.timeLimitSeconds <= 0) {
        cliErr() << "--time-limit needs a positive number of seconds\n";
        return 2;
    }
    options.seed = args.value(QStringLiteral("seed"), QStringLiteral("1")).toULongLong(&ok);
    if (!ok) {
        cliErr() << "--seed needs a whole number\n";
        return 2;
    }
    if (args.flag(QStringLiteral("progress"))) {
        // One line a second at most: elapsed time, unplaced lectures, best soft cost.
        auto last = std::make_shared<double>(-1.0);
        options.progress = [last](const SolverProgress &p) {
            if (p.elapsedSeconds - *last < 1.0)
                return;
            *last = p.elapsedSeconds;
            cliOut() << "  " << QString::number(p.elapsedSeconds, 'f', 1) << " s: hard " << p.hard << " soft " << p.soft << '\n';
            cliOut().flush();
        };
    }
    const SolverResult result = solve(instance, options);
    const QString out = args.value(QStringLiteral("out"));
    if (!out.isEmpty())
        writeSolutionFile(instance, result.solution, out);
    cliOut() << instance.name << ": " << result.cost.describe() << '\n'
             << "cost " << result.cost.soft() << " hard " << result.cost.hard() << " time "
             << QString::number(result.seconds, 'f', 1) << " s, feasible after "
             << QString::number(result.feasibleAfterSeconds, 'f', 2) << " s, " << result.moves << " moves\n";
    return result.cost.hard() > 0 ? 1 : 0;
}

int validateCommand(const CliArgs &args)
{
    const Instance instance = readEcttFile(args.value(QStringLiteral("itc")));
    const Solution solution = readSolutionFile(instance, args.value(QStringLiteral("solution")));
    const CostBreakdown cost = validate(instance, solution);
    cliOut() << instance.name << ": " << cost.describe() << '\n';
    return cost.hard() > 0 ? 1 : 0;
}

} // namespace

static CliCommandRegistration scheduleCommand({
    QStringLiteral("schedule"), QStringLiteral("solve|validate --itc FILE.ectt [...] | solve --profile DB [--groups IDS|all-unscheduled] [--apply] [...]"),
    QStringLiteral("Schedule a profile's groups automatically, or solve / validate an ITC2007 track 3 instance (UD2 cost)."),
    [](const QStringList &argv) {
        if (!argv.isEmpty() && argv.first() == QLatin1String("solve") && argv.contains(QStringLiteral("--profile"))) {
            CliArgs args(argv.mid(1));
            args.setFlagsWithoutValue({QStringLiteral("apply"), QStringLiteral("quiet"), QStringLiteral("saturdays")});
            try {
                return scheduleProfileCommand(args);
            } catch (const metodist::Error &e) {
                cliErr() << e.message() << '\n';
                return 3;
            }
        }
        if (argv.isEmpty() || (argv.first() != QLatin1String("solve") && argv.first() != QLatin1String("validate"))
            || !argv.contains(QStringLiteral("--itc"))) {
            cliErr() << kUsage;
            return 2;
        }
        const CliArgs args(argv.mid(1));
        try {
            if (argv.first() == QLatin1String("solve"))
                return solveCommand(args);
            if (args.value(QStringLiteral("solution")).isEmpty()) {
                cliErr() << kUsage;
                return 2;
            }
            return validateCommand(args);
        } catch (const metodist::Error &e) {
            cliErr() << e.message() << '\n';
            return 3;
        }
    }});
