// Monitoring indicators (issue 8): every indicator for the demo region over 5 calendar
// years through core/monitoring (Indicators::trend) against the same figures written
// by hand as plain SQL with literal dates, run through the real `sqlite3` binary on the
// same file in the same run (its own `.timer` figures: query time only, no start-up).
// The machine is shared, so the ratio compares CPU time (this thread's CPU time against
// sqlite3's user + sys per statement); wall-clock figures are printed alongside.
// Each figure is printed with its ratio; goal <= 1.5. The hand-written answers must
// equal the indicators' numerators and denominators, or the run fails.
// Usage: bench_indicators [--tiny] [--staff N] [--region FILE] [--keep DIR] [--repeats N]
#include "benchutil.h"
#include "demo/demogenerator.h"
#include "monitoring/indicators.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <ctime>

using namespace metodist;
using namespace metodist::bench;
using namespace metodist::monitoring;

namespace {

// The hand-written queries: one row "numerator|denominator" each. %F / %T are the
// period's first and last day, %B35 / %S3 the days 35 and 3 years before %T.
const QHash<QString, QString> &handSql()
{
    static const QString staff = QStringLiteral(
        "p.deleted = 0 AND (p.hire_date IS NULL OR p.hire_date <= '%T') "
        "AND (p.profession_start_date IS NULL OR p.profession_start_date <= '%T')");
    static const QString completed = QStringLiteral(
        "EXISTS (SELECT 1 FROM enrolment e JOIN study_group g ON g.id = e.group_id JOIN programme pr ON pr.id = g.programme_id "
        "WHERE e.person_id = p.id AND e.deleted = 0 AND e.status = 'completed' AND g.deleted = 0 AND pr.deleted = 0 "
        "AND COALESCE(e.outcome_on, g.ends_on) BETWEEN '%F' AND '%T'");
    static const QString routeOnDiagnostic = QStringLiteral(
        "EXISTS (SELECT 1 FROM route r WHERE r.person_id = p.id AND r.deleted = 0 AND r.diagnostic_id IS NOT NULL "
        "AND r.status <> 'cancelled' AND r.period_start <= '%T' AND r.period_end >= '%F')");
    static const QHash<QString, QString> sql = {
        {QStringLiteral("diagnostic_share"),
         QStringLiteral("SELECT SUM(EXISTS (SELECT 1 FROM diagnostic d WHERE d.person_id = p.id AND d.deleted = 0 "
                        "AND d.taken_on BETWEEN '%F' AND '%T')), COUNT(*) FROM person p WHERE ") + staff},
        {QStringLiteral("route_share"), QStringLiteral("SELECT SUM(") + routeOnDiagnostic
                                            + QStringLiteral("), COUNT(*) FROM person p WHERE ") + staff},
        {QStringLiteral("frdpp_completed_share"),
         QStringLiteral("SELECT SUM(") + completed + QStringLiteral(" AND pr.in_frdpp = 1)), COUNT(*) FROM person p WHERE ") + staff},
        {QStringLiteral("quality_managers_share"),
         QStringLiteral("SELECT SUM(EXISTS (SELECT 1 FROM person m JOIN enrolment e ON e.person_id = m.id "
                        "JOIN study_group g ON g.id = e.group_id JOIN programme pr ON pr.id = g.programme_id "
                        "WHERE m.organisation_id = o.id AND m.deleted = 0 AND m.is_manager = 1 AND pr.quality_management = 1 "
                        "AND e.deleted = 0 AND e.status = 'completed' AND g.deleted = 0 AND pr.deleted = 0 "
                        "AND COALESCE(e.outcome_on, g.ends_on) BETWEEN '%F' AND '%T')), COUNT(*) "
                        "FROM organisation o WHERE o.deleted = 0 AND o.kind IN ('school', 'kindergarten', 'college')")},
        {QStringLiteral("young_teachers_supported_share"),
         QStringLiteral("SELECT SUM(EXISTS (SELECT 1 FROM mentoring_pair mp WHERE mp.mentee_person_id = p.id AND mp.deleted = 0 "
                        "AND mp.status <> 'cancelled' AND mp.starts_on <= '%T' AND (mp.status = 'active' OR mp.ends_on >= '%F')) "
                        "OR EXISTS (SELECT 1 FROM community_member cm JOIN community c ON c.id = cm.community_id "
                        "WHERE cm.person_id = p.id AND cm.deleted = 0 AND c.deleted = 0 AND (cm.joined_on IS NULL OR cm.joined_on <= '%T'))), "
                        "COUNT(*) FROM person p WHERE ") + staff
             + QStringLiteral(" AND p.birth_date > '%B35' AND p.profession_start_date > '%S3'")},
        {QStringLiteral("iro_frdpp_programmes_share"),
         QStringLiteral("SELECT SUM(pr.in_frdpp = 1), COUNT(*) FROM programme pr JOIN organisation o ON o.id = pr.provider_org_id "
                        "WHERE pr.deleted = 0 AND pr.status = 'active' AND o.deleted = 0 AND o.kind = 'further_education'")},
        {QStringLiteral("deficit_route_share"),
         QStringLiteral("SELECT SUM(") + routeOnDiagnostic + QStringLiteral("), COUNT(*) FROM person p WHERE ") + staff
             + QStringLiteral(" AND EXISTS (SELECT 1 FROM diagnostic d JOIN diagnostic_score ds ON ds.diagnostic_id = d.id "
                              "WHERE d.person_id = p.id AND d.deleted = 0 AND ds.deleted = 0 AND ds.level >= 1 "
                              "AND d.taken_on BETWEEN '%F' AND '%T')")},
        {QStringLiteral("three_stage_routes_share"),
         QStringLiteral("SELECT SUM((SELECT COUNT(DISTINCT ri.stage) FROM route_item ri WHERE ri.route_id = r.id "
                        "AND ri.deleted = 0 AND ri.status <> 'cancelled') = 3), COUNT(*) "
                        "FROM route r JOIN person p ON p.id = r.person_id WHERE r.deleted = 0 AND r.status <> 'cancelled' "
                        "AND r.period_start <= '%T' AND r.period_end >= '%F' AND ") + staff},
        {QStringLiteral("personalised_training_share"),
         QStringLiteral("SELECT SUM(") + completed + QStringLiteral(" AND e.route_item_id IS NOT NULL)), COUNT(*) FROM person p WHERE ")
             + staff + QStringLiteral(" AND ") + completed + QStringLiteral(")")},
        {QStringLiteral("methodical_active_share"),
         QStringLiteral("SELECT SUM(EXISTS (SELECT 1 FROM community_member cm JOIN community c ON c.id = cm.community_id "
                        "WHERE cm.person_id = p.id AND cm.deleted = 0 AND c.deleted = 0 AND c.kind = 'methodical_active' "
                        "AND (cm.joined_on IS NULL OR cm.joined_on <= '%T')) "
                        "OR EXISTS (SELECT 1 FROM role_assignment ra WHERE ra.person_id = p.id AND ra.deleted = 0 "
                        "AND ra.role = 'regional_active' AND (ra.since IS NULL OR ra.since <= '%T') "
                        "AND (ra.until IS NULL OR ra.until >= '%F'))), COUNT(*) FROM person p WHERE ") + staff},
        {QStringLiteral("managerial_active_share"),
         QStringLiteral("SELECT SUM(EXISTS (SELECT 1 FROM community_member cm JOIN community c ON c.id = cm.community_id "
                        "WHERE cm.person_id = p.id AND cm.deleted = 0 AND c.deleted = 0 AND c.kind = 'managerial_active' "
                        "AND (cm.joined_on IS NULL OR cm.joined_on <= '%T'))), COUNT(*) FROM person p WHERE ") + staff
             + QStringLiteral(" AND p.is_manager = 1")},
        {QStringLiteral("network_programmes_share"),
         QStringLiteral("SELECT SUM(pr.network_form = 1), COUNT(*) FROM programme pr WHERE pr.deleted = 0 "
                        "AND EXISTS (SELECT 1 FROM study_group g WHERE g.programme_id = pr.id AND g.deleted = 0 "
                        "AND g.status <> 'cancelled' AND g.starts_on <= '%T' AND g.ends_on >= '%F')")},
    };
    return sql;
}

QString forYear(QString sql, int year)
{
    const QDate to(year, 12, 31);
    return sql.replace(QStringLiteral("%F"), QDate(year, 1, 1).toString(Qt::ISODate))
        .replace(QStringLiteral("%T"), to.toString(Qt::ISODate))
        .replace(QStringLiteral("%B35"), to.addYears(-35).toString(Qt::ISODate))
        .replace(QStringLiteral("%S3"), to.addYears(-3).toString(Qt::ISODate));
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct HandRun {
    QHash<QString, double> ms;                 // per indicator: the sum of its queries' CPU times (user + sys)
    QHash<QString, double> wallMs;             // ... and real times
    QHash<QString, QList<QPair<qint64, qint64>>> figures; // per indicator and year: numerator, denominator
};

// One sqlite3 process runs every hand-written query; `.timer on` reports each one.
HandRun runSqlite(const QString &sqlite3, const QString &path, const QStringList &codes, int fromYear, int toYear)
{
    QString script = QStringLiteral(".timer on\n");
    for (const QString &code : codes)
        for (int y = fromYear; y <= toYear; ++y)
            script += forYear(handSql().value(code), y) + QStringLiteral(";\n");
    QProcess p;
    p.start(sqlite3, {QStringLiteral("-batch"), QStringLiteral("-readonly"), path});
    p.write(script.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        qFatal("sqlite3 failed: %s", p.readAllStandardError().constData());
    static const QRegularExpression timer(QStringLiteral("^Run Time: real ([0-9.]+) user ([0-9.]+) sys ([0-9.]+)"));
    const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    HandRun run;
    int query = 0;
    const int perCode = toYear - fromYear + 1;
    for (const QString &line : lines) {
        const auto m = timer.match(line);
        const QString code = codes.value(query / perCode);
        if (m.hasMatch()) {
            run.wallMs[code] += m.captured(1).toDouble() * 1000.0;
            run.ms[code] += (m.captured(2).toDouble() + m.captured(3).toDouble()) * 1000.0;
            ++query;
        } else {
            const QStringList parts = line.split(QLatin1Char('|'));
            run.figures[code].append({parts.value(0).toLongLong(), parts.value(1).toLongLong()});
        }
    }
    if (query != codes.size() * perCode)
        qFatal("sqlite3 answered %d of %lld queries", query, qlonglong(codes.size() * perCode));
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&args](const QString &name, const QString &fallback) {
        const int i = int(args.indexOf(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const bool tiny = args.contains(QStringLiteral("--tiny"));
    const int staff = option(QStringLiteral("--staff"), tiny ? QStringLiteral("300") : QStringLiteral("35000")).toInt();
    const int repeats = option(QStringLiteral("--repeats"), tiny ? QStringLiteral("3") : QStringLiteral("7")).toInt();
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        out() << "sqlite3 is not installed (apt-get install sqlite3)" << Qt::endl;
        return 1;
    }

    QTemporaryDir tmp;
    const QString dir = option(QStringLiteral("--keep"), tmp.path());
    QString path = option(QStringLiteral("--region"), QString());
    const QDate today(2026, 11, 1); // fixed, so that figures compare across days
    if (path.isEmpty()) {
        path = QStringLiteral("%1/indicators-%2.metodist").arg(dir).arg(staff);
        if (!QFileInfo::exists(path)) {
            DemoOptions options;
            options.staff = staff;
            options.seed = 7;
            options.today = today;
            const DemoSummary s = generateDemoRegion(path, options);
            out() << "made " << path << " (" << s.staff << " staff) in " << s.elapsedMs << " ms" << Qt::endl;
        }
    }
    auto db = Database::open(path, Database::Mode::ExistingOnly);
    const int toYear = today.year(), fromYear = toYear - 4;

    QStringList codes;
    for (const auto &def : Indicators::definitions()) {
        if (!handSql().contains(def.code)) {
            out() << "no hand-written SQL for " << def.code << Qt::endl;
            return 1;
        }
        codes << def.code;
    }

    // Interleave the two sides so that load on the machine hits both alike.
    QHash<QString, QList<double>> mine, hand, mineWall, handWall;
    QHash<QString, QList<IndicatorValue>> values;
    for (int r = 0; r < repeats; ++r) {
        for (const auto &def : Indicators::definitions()) {
            QElapsedTimer timer;
            timer.start();
            const double cpu = threadCpuMs();
            values[def.code] = Indicators::trend(*db, def, Scope{}, fromYear, toYear);
            mine[def.code] << threadCpuMs() - cpu;
            mineWall[def.code] << double(timer.nsecsElapsed()) / 1e6;
        }
        const HandRun run = runSqlite(sqlite3, path, codes, fromYear, toYear);
        for (const QString &code : codes) {
            hand[code] << run.ms.value(code);
            handWall[code] << run.wallMs.value(code);
            const auto &figures = run.figures.value(code);
            for (int y = 0; y < values[code].size(); ++y) {
                const IndicatorValue &v = values[code].at(y);
                if (figures.value(y) != qMakePair(v.numerator, v.denominator)) {
                    out() << "MISMATCH " << code << ' ' << (fromYear + y) << ": indicators " << v.numerator << '/'
                          << v.denominator << ", hand-written SQL " << figures.value(y).first << '/'
                          << figures.value(y).second << Qt::endl;
                    return 1;
                }
            }
        }
    }
    const auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v.at(v.size() / 2);
    };
    out() << "region " << QFileInfo(path).fileName() << ", years " << fromYear << '-' << toYear << ", median of "
          << repeats << " runs" << Qt::endl;
    double totalMine = 0, totalHand = 0, totalMineWall = 0, totalHandWall = 0, worst = 0;
    for (const QString &code : codes) {
        const double m = median(mine.value(code)), h = median(hand.value(code));
        totalMine += m;
        totalHand += h;
        totalMineWall += median(mineWall.value(code));
        totalHandWall += median(handWall.value(code));
        const IndicatorValue &last = values[code].last();
        out() << "  " << code << " " << toYear << ": " << last.numerator << '/' << last.denominator
              << " (wall " << QString::number(median(mineWall.value(code)), 'f', 1) << " ms, sqlite3 "
              << QString::number(median(handWall.value(code)), 'f', 1) << " ms)" << Qt::endl;
        worst = std::max(worst, report(QStringLiteral("%1 x5 years").arg(code), m, QStringLiteral("sqlite3"), h,
                                       QStringLiteral("ms CPU")));
    }
    report(QStringLiteral("all indicators x5 years, wall clock"), totalMineWall, QStringLiteral("sqlite3"), totalHandWall);
    const double ratio = report(QStringLiteral("all indicators x5 years"), totalMine, QStringLiteral("sqlite3"), totalHand,
                                QStringLiteral("ms CPU"));
    out() << "goal: ratio <= 1.5 for all indicators (worst single indicator " << QString::number(worst, 'f', 2) << ")"
          << Qt::endl;
    // At the tiny size the timings are noise (sqlite3's timer counts in milliseconds);
    // the run checks that everything works and agrees.
    return tiny || ratio <= 1.5 ? 0 : 1;
}
