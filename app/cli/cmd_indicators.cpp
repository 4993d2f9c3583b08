// metodist-cli indicators: every monitoring indicator (Perm and Khabarovsk) for a year
// or a range of years, for the region, one unit or every unit of a level, as CSV, JSON
// or XLSX (to a file or, for CSV and JSON, to standard output).
#include "args.h"
#include "command.h"
#include "io/tablewriter.h"
#include "monitoring/indicatorexport.h"
#include "storage/database.h"
#include "storage/errors.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

using namespace metodist;
using namespace metodist::monitoring;

namespace {

const QString kUsage = QStringLiteral(
    "--profile FILE [--level region|municipality|organisation] [--unit ID-or-name] "
    "--period YEAR|YEAR-YEAR [--format csv|json|xlsx] [--out FILE]");

int usageError(const QString &message)
{
    cliErr() << "error: " << message << "\nusage: metodist-cli indicators " << kUsage << '\n';
    return 2;
}

// "2025" or "2021-2025" -> (from, to); false when malformed.
bool parsePeriod(const QString &text, int &from, int &to)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{4})\\s*(?:-\\s*(\\d{4}))?\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    from = m.captured(1).toInt();
    to = m.captured(2).isEmpty() ? from : m.captured(2).toInt();
    return true;
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw Error(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
}

int runIndicators(const QStringList &args)
{
    static const QStringList known = {QStringLiteral("profile"), QStringLiteral("level"), QStringLiteral("unit"),
                                      QStringLiteral("period"), QStringLiteral("format"), QStringLiteral("out")};
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (!a.startsWith(QLatin1String("--")))
            return usageError(QStringLiteral("unexpected argument \"%1\"").arg(a));
        if (!known.contains(a.mid(2)))
            return usageError(QStringLiteral("unknown option %1").arg(a));
        if (i + 1 >= args.size() || args.at(i + 1).startsWith(QLatin1String("--")))
            return usageError(QStringLiteral("%1 needs a value").arg(a));
        ++i;
    }
    const CliArgs cli(args);
    const QString profile = cli.value(QStringLiteral("profile"));
    if (profile.isEmpty())
        return usageError(QStringLiteral("--profile FILE is required"));
    if (!QFileInfo::exists(profile))
        return usageError(QStringLiteral("the profile %1 does not exist").arg(profile));
    const auto level = levelFromKey(cli.value(QStringLiteral("level"), QStringLiteral("region")));
    if (!level)
        return usageError(QStringLiteral("--level must be region, municipality or organisation, not \"%1\"")
                              .arg(cli.value(QStringLiteral("level"))));
    const QString unit = cli.value(QStringLiteral("unit"));
    if (*level == Level::Region && !unit.isEmpty())
        return usageError(QStringLiteral("--unit applies to --level municipality or organisation only"));
    const QString periodText = cli.value(QStringLiteral("period"));
    if (periodText.isEmpty())
        return usageError(QStringLiteral("--period YEAR or YEAR-YEAR is required"));
    int fromYear = 0, toYear = 0;
    if (!parsePeriod(periodText, fromYear, toYear))
        return usageError(QStringLiteral("--period must be a year (2025) or a range of years (2021-2025), not \"%1\"").arg(periodText));
    if (fromYear < 2000 || toYear > 2100 || fromYear > toYear)
        return usageError(QStringLiteral("--period %1: years must be within 2000-2100 and the first not after the last").arg(periodText));
    const QString format = cli.value(QStringLiteral("format"), QStringLiteral("csv")).toLower();
    if (!QStringList{QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("xlsx")}.contains(format))
        return usageError(QStringLiteral("--format must be csv, json or xlsx, not \"%1\"").arg(format));
    const QString out = cli.value(QStringLiteral("out"));
    if (format == QLatin1String("xlsx") && out.isEmpty())
        return usageError(QStringLiteral("--format xlsx needs --out FILE.xlsx"));

    auto db = Database::open(profile, Database::Mode::ExistingOnly);
    const QString unitId = IndicatorExport::resolveUnit(*db, *level, unit);
    const QList<IndicatorRow> rows = IndicatorExport::collect(*db, *level, unitId, fromYear, toYear);
    if (format == QLatin1String("xlsx")) {
        TableWriter::writeXlsx(out, {IndicatorExport::table(rows)});
    } else {
        const QByteArray bytes = format == QLatin1String("json") ? IndicatorExport::json(rows)
                                                                 : TableWriter::toCsv(IndicatorExport::table(rows));
        if (out.isEmpty()) {
            cliOut().flush();
            QFile stdoutFile;
            if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(bytes) != bytes.size())
                throw Error(QStringLiteral("cannot write to standard output"));
            stdoutFile.flush();
            return 0;
        }
        writeBytes(out, bytes);
    }
    cliErr() << rows.size() << " rows written to " << out << '\n';
    return 0;
}

} // namespace

static CliCommandRegistration indicatorsCommand({
    QStringLiteral("indicators"), kUsage,
    QStringLiteral("Monitoring indicators (Perm 4.2 and Khabarovsk 7) per year for the region, a unit or every unit of a level."),
    runIndicators});
