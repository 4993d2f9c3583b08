// metodist-cli import-diagnostics FILE --profile DB --mapping MAPPING.json [--source NAME] [--dry-run]
// Checks the whole file first; on any problem prints them all (file:row:column: reason)
// and exits 1 with nothing written. Otherwise imports in one transaction and prints a summary.
#include "args.h"
#include "command.h"
#include "diagnostics/framework.h"
#include "diagnostics/importer.h"
#include "io/table.h"
#include "storage/database.h"
#include "storage/errors.h"

#include <QElapsedTimer>
#include <QFileInfo>

using namespace metodist;

static int importDiagnostics(const QStringList &rawArgs)
{
    CliArgs args(rawArgs);
    args.setFlagsWithoutValue({QStringLiteral("dry-run")});
    const QStringList files = args.positional();
    const QString profile = args.value(QStringLiteral("profile"));
    const QString mappingPath = args.value(QStringLiteral("mapping"));
    const QString source = args.value(QStringLiteral("source"));
    if (files.size() != 1 || profile.isEmpty() || (mappingPath.isEmpty() && source.isEmpty())) {
        cliErr() << "usage: metodist-cli import-diagnostics FILE --profile DB --mapping MAPPING.json [--source NAME] [--dry-run]\n"
                    "       (without --mapping, the mapping remembered for --source is used)\n";
        return 2;
    }
    if (!QFileInfo::exists(profile))
        throw Error(QStringLiteral("The profile file %1 does not exist.").arg(profile));
    auto db = Database::open(profile);

    ImportMapping mapping;
    if (!mappingPath.isEmpty()) {
        mapping = ImportMapping::loadFile(mappingPath);
    } else if (const auto remembered = ImportMapping::remembered(*db, source)) {
        mapping = *remembered;
    } else {
        throw Error(QStringLiteral("No mapping is remembered for the source «%1»; give --mapping.").arg(source));
    }
    CompetenceFramework framework(*db);
    if (const int seeded = framework.seedDefaults(); seeded > 0)
        cliOut() << "The profile had no competence framework: seeded the default one (" << seeded << " competences).\n";

    QElapsedTimer timer;
    timer.start();
    const io::Table table = io::TableReader::read(files.first());
    DiagnosticsImporter importer(*db);
    const ImportPlan plan = importer.analyse(table, mapping, source);
    if (!plan.ok()) {
        for (const ImportProblem &p : plan.problems)
            cliErr() << p.toString() << '\n';
        cliErr() << plan.problems.size() << " problem(s) in " << table.fileName << " (" << table.format
                 << "); nothing was imported.\n";
        return 1;
    }
    cliOut() << table.fileName << " (" << table.format << "): " << plan.rows << " rows, " << plan.diagnostics.size()
             << " diagnostics, " << plan.scoreCount << " scores, no problems.\n";
    if (args.flag(QStringLiteral("dry-run"))) {
        cliOut() << "Dry run: nothing written.\n";
        return 0;
    }
    int lastTenth = -1;
    const ImportResult result = importer.write(plan, [&](qint64 done, qint64 total) {
        const int tenth = total > 0 ? int(done * 10 / total) : 10;
        if (tenth != lastTenth) {
            lastTenth = tenth;
            cliErr() << "\rwriting " << tenth * 10 << "%";
            cliErr().flush();
        }
        return true;
    });
    cliErr() << '\n';
    if (!source.isEmpty())
        ImportMapping::remember(*db, source, mapping);
    cliOut() << "Imported: " << result.created << " new, " << result.updated << " updated, " << result.unchanged
             << " unchanged diagnostics; " << result.scoresWritten << " scores written in " << timer.elapsed() << " ms.\n";
    return 0;
}

static CliCommandRegistration importDiagnosticsCommand({
    QStringLiteral("import-diagnostics"),
    QStringLiteral("FILE --profile DB --mapping MAPPING.json [--source NAME] [--dry-run]"),
    QStringLiteral("Import diagnostic results from CSV/XLSX: all problems listed first, then one all-or-nothing transaction."),
    importDiagnostics});
