// metodist-cli schedule solve --profile DB: the automatic scheduler on a profile's groups.
// Prints the proposal and its hard / soft figures; writes only with --apply.
#include "scheduleprofile.h"

#include "command.h"
#include "groups/autoscheduler.h"
#include "storage/database.h"
#include "storage/errors.h"

#include <memory>

using namespace metodist;

int scheduleProfileCommand(const CliArgs &args)
{
    AutoScheduleRequest request;
    bool ok = true;
    request.timeLimitSeconds = args.value(QStringLiteral("time-limit"), QStringLiteral("10")).toDouble(&ok);
    if (!ok || request.timeLimitSeconds <= 0) {
        cliErr() << "--time-limit needs a positive number of seconds\n";
        return 2;
    }
    request.seed = args.value(QStringLiteral("seed"), QStringLiteral("1")).toULongLong(&ok);
    if (!ok) {
        cliErr() << "--seed needs a whole number\n";
        return 2;
    }
    for (const char *name : {"from", "to"}) {
        const QString text = args.value(QLatin1String(name));
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!text.isEmpty() && !date.isValid()) {
            cliErr() << "--" << name << " needs a date yyyy-mm-dd, not " << text << '\n';
            return 2;
        }
        (qstrcmp(name, "from") == 0 ? request.from : request.to) = date;
    }
    const QString groups = args.value(QStringLiteral("groups"), QStringLiteral("all-unscheduled"));
    if (groups != QLatin1String("all-unscheduled"))
        request.groupIds = groups.split(QLatin1Char(','), Qt::SkipEmptyParts);
    else if (!request.from.isValid() || !request.to.isValid()) {
        cliErr() << "--groups all-unscheduled needs --from and --to\n";
        return 2;
    }
    request.saturdays = args.flag(QStringLiteral("saturdays"));
    // --needs "GROUP=Equipment name|Other name;GROUP=..." : equipment a group's room must have.
    for (const QString &part : args.value(QStringLiteral("needs")).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            cliErr() << "--needs takes GROUP=Equipment name|Other name;GROUP=...\n";
            return 2;
        }
        request.equipmentNeeds[part.left(eq).trimmed()] = part.mid(eq + 1).split(QLatin1Char('|'), Qt::SkipEmptyParts);
    }

    auto db = Database::open(args.value(QStringLiteral("profile")), Database::Mode::ExistingOnly);
    AutoScheduler scheduler(*db);
    const bool quiet = args.flag(QStringLiteral("quiet"));
    auto last = std::make_shared<double>(-1.0);
    const AutoScheduleResult result = scheduler.run(request, nullptr, [last, quiet](const AutoScheduleProgress &p) {
        if (quiet || p.elapsedSeconds - *last < 1.0)
            return;
        *last = p.elapsedSeconds;
        cliOut() << "  " << QString::number(p.elapsedSeconds, 'f', 1) << " s: unplaced " << p.unplaced << " soft " << p.bestSoft << '\n';
        cliOut().flush();
    });
    if (!quiet)
        for (const ProposedSession &s : result.sessions)
            cliOut() << s.startsAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) << '-' << s.endsAt.toString(QStringLiteral("HH:mm")) << '\t'
                     << s.groupCode << '\t' << s.hours << " h\t" << s.roomName << '\t' << s.instructorNames << '\t' << s.topic << '\n';
    for (const QString &problem : result.problems)
        cliOut() << "problem: " << problem << '\n';
    for (const Conflict &c : result.conflicts)
        cliOut() << "conflict: " << c.message << '\n';
    cliOut() << "groups " << result.groupIds.size() << " period " << result.from.toString(Qt::ISODate) << ".."
             << result.to.toString(Qt::ISODate) << " sessions " << result.sessions.size() << " of " << result.wanted << '\n'
             << "hard " << result.hard() << " (unplaced " << result.unplaced << ", engine " << result.engineHard << ", conflicts "
             << result.conflicts.size() << ") soft " << result.soft() << " (days " << result.softMinDays << ", compactness "
             << result.softCompactness << ", room stability " << result.softRoomStability << ") time "
             << QString::number(result.seconds, 'f', 1) << " s (model " << QString::number(result.buildSeconds, 'f', 1) << " s, solver "
             << QString::number(result.solveSeconds, 'f', 1) << " s, check " << QString::number(result.verifySeconds, 'f', 1) << " s)\n";
    if (args.flag(QStringLiteral("apply"))) {
        if (result.hard() > 0) {
            cliErr() << "not applied: the proposal has hard conflicts or unplaced sessions\n";
            return 1;
        }
        const QStringList ids = scheduler.apply(result.sessions);
        cliOut() << "applied " << ids.size() << " sessions\n";
    }
    return result.hard() > 0 ? 1 : 0;
}
