// metodist-cli frdo-export --profile DB --from DATE --to DATE --out FILE.xlsx
// The ФИС ФРДО upload sheet of the ДПО documents issued in the period. Validates every
// row first; with problems it writes nothing, lists them and exits 1.
#include "args.h"
#include "command.h"
#include "journal/frdo.h"
#include "storage/database.h"

#include <QDate>

using namespace metodist::journal;

static CliCommandRegistration frdoExportCommand({
    QStringLiteral("frdo-export"), QStringLiteral("--profile DB --from DATE --to DATE --out FILE.xlsx [--today DATE]"),
    QStringLiteral("Export issued ДПО documents as the ФИС ФРДО upload sheet, refusing while problems remain."),
    [](const QStringList &list) {
        const CliArgs args(list);
        const QString profile = args.value(QStringLiteral("profile")), out = args.value(QStringLiteral("out"));
        const QDate from = QDate::fromString(args.value(QStringLiteral("from")), Qt::ISODate);
        const QDate to = QDate::fromString(args.value(QStringLiteral("to")), Qt::ISODate);
        if (profile.isEmpty() || out.isEmpty() || !from.isValid() || !to.isValid()) {
            cliErr() << "usage: metodist-cli frdo-export --profile DB --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.xlsx\n";
            return 2;
        }
        // --today pins "not in the future" for reproducible runs.
        const QString todayArg = args.value(QStringLiteral("today"));
        const QDate today = todayArg.isEmpty() ? QDate::currentDate() : QDate::fromString(todayArg, Qt::ISODate);
        auto db = metodist::Database::open(profile, metodist::Database::Mode::ExistingOnly);
        const QList<FrdoRow> rows = FrdoExport::rowsFrom(CertificateService(*db).registerOf(from, to));
        const QList<FrdoProblem> problems = FrdoExport::validate(rows, today);
        if (!problems.isEmpty()) {
            cliErr() << "ФИС ФРДО export refused: " << problems.size() << " problem(s) in " << rows.size() << " document(s)\n";
            for (const FrdoProblem &p : problems)
                cliErr() << p.toString() << '\n';
            return 1;
        }
        FrdoExport::write(out, rows, today);
        cliOut() << out << ": " << rows.size() << " document(s), " << FrdoLayout::columns().size() << " columns\n";
        return 0;
    }});
