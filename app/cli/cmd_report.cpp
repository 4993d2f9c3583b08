// metodist-cli report: the monitoring reports (for the ministry, per municipality,
// deficits by organisation) as PDF or XLSX, the same documents the GUI prints.
#include "args.h"
#include "command.h"
#include "monitoring/monitoringreport.h"
#include "monitoring/reportrenderer.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QFile>

static CliCommandRegistration reportCommand({
    QStringLiteral("report"),
    QStringLiteral("--profile DB --kind ministry|municipality|deficits --period YEAR [--municipality ID|NAME] [--years N] "
                   "--out FILE.pdf|FILE.xlsx"),
    QStringLiteral("Write a monitoring report: for the ministry (title page, indicators, charts, text), the municipal summary, "
                   "or deficits by organisation; PDF or XLSX by the file's extension."),
    [](const QStringList &argList) {
        CliArgs args(argList);
        const QString profile = args.value(QStringLiteral("profile"));
        const QString out = args.value(QStringLiteral("out"));
        bool yearOk = false;
        const int year = args.value(QStringLiteral("period")).toInt(&yearOk);
        metodist::monitoring::ReportRequest request;
        if (profile.isEmpty() || out.isEmpty() || !yearOk
            || !metodist::monitoring::MonitoringReport::parseKind(args.value(QStringLiteral("kind")), &request.kind)) {
            cliErr() << "usage: metodist-cli report --profile DB --kind ministry|municipality|deficits --period YEAR "
                        "[--municipality ID|NAME] [--years N] --out FILE.pdf|FILE.xlsx\n";
            return 2;
        }
        const bool pdf = out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
        if (!pdf && !out.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
            cliErr() << "report: --out must end with .pdf or .xlsx: " << out << '\n';
            return 2;
        }
        request.year = year;
        request.trendYears = args.value(QStringLiteral("years"), QStringLiteral("3")).toInt();
        if (request.trendYears < 1 || request.trendYears > 20) {
            cliErr() << "report: --years must be 1..20\n";
            return 2;
        }
        auto db = metodist::Database::open(profile, metodist::Database::Mode::ExistingOnly);
        const QString municipality = args.value(QStringLiteral("municipality"));
        if (!municipality.isEmpty()) {
            // An id, or else the exact name.
            request.municipalityId = metodist::sql::scalar(db->db(), QStringLiteral(
                "SELECT id FROM municipality WHERE deleted = 0 AND (id = ? OR name = ?) ORDER BY id = ? DESC LIMIT 1"),
                {municipality, municipality, municipality}).toString();
            if (request.municipalityId.isEmpty()) {
                cliErr() << "report: no municipality " << municipality << '\n';
                return 1;
            }
        }
        int shown = -10;
        const auto report = metodist::monitoring::MonitoringReport::build(*db, request, [&shown](int percent) {
            if (percent >= shown + 10) { // a line every tenth, on stderr, for long summaries
                shown = percent;
                cliErr() << "report: " << percent << "%\n";
                cliErr().flush();
            }
            return true;
        });
        QFile::remove(out);
        metodist::ui::ReportRenderer::save(report, out);
        if (!QFile::exists(out) || QFile(out).size() == 0) {
            cliErr() << "report: cannot write " << out << '\n';
            return 1;
        }
        cliOut() << out << ": " << report.title << ", " << report.tables.size() << " tables, " << report.charts.size() << " charts\n";
        return 0;
    }});
