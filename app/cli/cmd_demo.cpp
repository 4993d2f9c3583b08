// metodist-cli demo --staff N --seed S --out FILE [--force] [--today YYYY-MM-DD] [--register-only]:
// writes a deterministic demo region; progress to stderr, the counts to stdout.
#include "args.h"
#include "command.h"
#include "demo/demogenerator.h"
#include "storage/errors.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace {

int runDemo(const QStringList &args)
{
    const CliArgs cli(args);
    const QString out = cli.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        cliErr() << "usage: metodist-cli demo --staff N --seed S --out FILE [--force] [--today YYYY-MM-DD] [--register-only]\n";
        return 2;
    }
    metodist::DemoOptions options;
    bool ok = true;
    options.staff = cli.value(QStringLiteral("staff"), QStringLiteral("35000")).toInt(&ok);
    if (!ok || options.staff < 10) {
        cliErr() << "error: --staff must be a whole number of at least 10\n";
        return 2;
    }
    options.seed = cli.value(QStringLiteral("seed"), QStringLiteral("1")).toULongLong(&ok);
    if (!ok) {
        cliErr() << "error: --seed must be a non-negative whole number\n";
        return 2;
    }
    if (!cli.value(QStringLiteral("today")).isEmpty()) {
        options.today = QDate::fromString(cli.value(QStringLiteral("today")), Qt::ISODate);
        if (!options.today.isValid()) {
            cliErr() << "error: --today must be a date YYYY-MM-DD\n";
            return 2;
        }
    }
    options.registerOnly = cli.flag(QStringLiteral("register-only"));
    if (QFileInfo::exists(out)) {
        if (!cli.flag(QStringLiteral("force"))) {
            cliErr() << "error: " << out << " already exists (use --force to overwrite it)\n";
            return 1;
        }
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(out + QString::fromLatin1(suffix));
        if (QFileInfo::exists(out)) {
            cliErr() << "error: cannot remove " << out << '\n';
            return 1;
        }
    }
    int lastPercent = -1;
    QElapsedTimer timer;
    timer.start();
    options.progress = [&](int percent, const QString &stage) {
        if (percent != lastPercent) {
            cliErr() << QStringLiteral("%1% %2 (%3 s)").arg(percent, 3).arg(stage).arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1) << '\n';
            cliErr().flush();
            lastPercent = percent;
        }
        return true;
    };
    const metodist::DemoSummary s = metodist::generateDemoRegion(out, options);
    cliOut() << "file: " << out << '\n'
             << "municipalities: " << s.municipalities << '\n'
             << "organisations: " << s.organisations << '\n'
             << "staff: " << s.staff << '\n'
             << "diagnostics: " << s.diagnostics << '\n'
             << "diagnostic_scores: " << s.diagnosticScores << '\n'
             << "programmes: " << s.programmes << '\n'
             << "routes: " << s.routes << '\n'
             << "route_items: " << s.routeItems << '\n'
             << "groups: " << s.groups << '\n'
             << "sessions: " << s.sessions << '\n'
             << "enrolments: " << s.enrolments << '\n'
             << "journal_marks: " << s.journalMarks << '\n'
             << "certificates: " << s.certificates << '\n'
             << "elapsed_ms: " << s.elapsedMs << '\n';
    return 0;
}

} // namespace

static CliCommandRegistration demoCommand({
    QStringLiteral("demo"), QStringLiteral("--staff N --seed S --out FILE [--force] [--today YYYY-MM-DD] [--register-only]"),
    QStringLiteral("Write a deterministic demo region (every section of the cycle) to a new profile file."),
    runDemo});
