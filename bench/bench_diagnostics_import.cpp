// Importing a region's diagnostics: N people × 40 competences from one CSV into a
// profile that already has those people, against `sqlite3 .import` of the very same
// file into a plain table (the real sqlite3 binary, run in the same process tree).
//   bench_diagnostics_import [--people 35000] [--layout wide|long|both] [--tiny]
//   bench_diagnostics_import --heatmap PROFILE   (times the heat map on an existing profile, e.g. the demo region)
// Prints one line per figure and the ratio (goal <= 2.0).
#include "diagnostics/framework.h"
#include "diagnostics/heatmap.h"
#include "diagnostics/importer.h"
#include "diagnostics/instruments.h"
#include "io/table.h"
#include "io/xlsxwriter.h"
#include "registry/person.h"
#include "registry/snils.h"
#include "storage/database.h"
#include "storage/errors.h"
#include "storage/ids.h"
#include "storage/sql.h"
#include "storage/synctriggers.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

#include <sys/resource.h>

using namespace metodist;

static QTextStream out(stdout);

static QString snilsFor(int n)
{
    const QString nine = QStringLiteral("%1").arg(2000000 + n * 7, 9, 10, QLatin1Char('0'));
    return nine + QStringLiteral("%1").arg(Snils::checksum(nine), 2, 10, QLatin1Char('0'));
}

// The register the file refers to: people with valid СНИЛС in a few hundred schools.
static void makeRegister(Database &db, int people)
{
    sql::Transaction tx(db.db());
    CaptureOff off(db.db());
    const int municipalities = 50, organisations = qMax(1, people / 35);
    QStringList munIds, orgIds, orgMun;
    QSqlQuery m = sql::prepare(db.db(), QStringLiteral("INSERT INTO municipality(id, name) VALUES (?, ?)"));
    for (int i = 0; i < municipalities; ++i) {
        munIds << newId();
        m.bindValue(0, munIds.last());
        m.bindValue(1, QStringLiteral("Муниципалитет %1").arg(i + 1));
        sql::exec(m);
    }
    QSqlQuery o = sql::prepare(db.db(), QStringLiteral("INSERT INTO organisation(id, municipality_id, name, kind) VALUES (?, ?, ?, 'school')"));
    for (int i = 0; i < organisations; ++i) {
        orgIds << newId();
        orgMun << munIds[i % municipalities];
        o.bindValue(0, orgIds.last());
        o.bindValue(1, orgMun.last());
        o.bindValue(2, QStringLiteral("МБОУ СОШ № %1").arg(i + 1));
        sql::exec(o);
    }
    QSqlQuery p = sql::prepare(db.db(), QStringLiteral(
        "INSERT INTO person(id, municipality_id, organisation_id, last_name, first_name, middle_name, snils, search_key, sort_name) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, '', '')"));
    for (int i = 0; i < people; ++i) {
        const int org = i % organisations;
        p.bindValue(0, newId());
        p.bindValue(1, orgMun[org]);
        p.bindValue(2, orgIds[org]);
        p.bindValue(3, QStringLiteral("Фамилия%1").arg(i));
        p.bindValue(4, QStringLiteral("Имя"));
        p.bindValue(5, QStringLiteral("Отчество"));
        p.bindValue(6, snilsFor(i));
        sql::exec(p);
    }
    tx.commit();
}

static QString csvFile(const QString &path, int people, const QStringList &codes, bool wide)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(QStringLiteral("cannot write %1").arg(path));
    QTextStream s(&file);
    QRandomGenerator random(42);
    if (wide)
        s << "snils,last_name,first_name,middle_name,date," << codes.join(u',') << '\n';
    else
        s << "snils,last_name,first_name,middle_name,date,competence,score,max\n";
    for (int i = 0; i < people; ++i) {
        const QString person = QStringLiteral("%1,Фамилия%2,Имя,Отчество,15.03.2025").arg(Snils::format(snilsFor(i))).arg(i);
        if (wide) {
            s << person;
            for (int c = 0; c < codes.size(); ++c)
                s << ',' << random.bounded(101);
            s << '\n';
        } else {
            for (const QString &code : codes)
                s << person << ',' << code << ',' << random.bounded(101) << ",100\n";
        }
    }
    return path;
}

static ImportMapping mapping(bool wide)
{
    QJsonObject columns{{QStringLiteral("snils"), QStringLiteral("snils")},
                        {QStringLiteral("last_name"), QStringLiteral("last_name")},
                        {QStringLiteral("first_name"), QStringLiteral("first_name")},
                        {QStringLiteral("middle_name"), QStringLiteral("middle_name")},
                        {QStringLiteral("date"), QStringLiteral("date")}};
    if (!wide) {
        columns.insert(QStringLiteral("competence"), QStringLiteral("competence"));
        columns.insert(QStringLiteral("score"), QStringLiteral("score"));
        columns.insert(QStringLiteral("max"), QStringLiteral("max"));
    }
    return ImportMapping::fromJson({{QStringLiteral("layout"), wide ? QStringLiteral("wide") : QStringLiteral("long")},
                                    {QStringLiteral("columns"), columns},
                                    {QStringLiteral("instrument"), QStringLiteral("Региональная диагностика")}});
}

// CPU seconds (user + system) of this process or of its finished children: on a shared
// machine the wall-time ratio also measures the neighbours' load, the CPU ratio does not.
static double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) * 1e-6;
}

static bool run(const QString &dirPath, int people, bool wide, const QString &sqlite3)
{
    const QString layout = wide ? QStringLiteral("wide") : QStringLiteral("long");
    const QString profile = dirPath + QStringLiteral("/profile-%1.metodist").arg(layout);
    auto db = Database::open(profile);
    makeRegister(*db, people);
    CompetenceFramework(*db).seedDefaults();
    Instrument instrument;
    instrument.name = QStringLiteral("Региональная диагностика");
    InstrumentService(*db).save(instrument);
    QStringList codes;
    for (const Competence &c : CompetenceFramework(*db).competences())
        codes << c.code;
    const QString csv = csvFile(dirPath + QStringLiteral("/diagnostics-%1.csv").arg(layout), people, codes, wide);
    const qint64 bytes = QFileInfo(csv).size();

    // (a) the baseline: the sqlite3 shell's CSV import into a plain table of a fresh file.
    QElapsedTimer timer;
    const double childCpuBefore = cpuSeconds(RUSAGE_CHILDREN);
    timer.start();
    QProcess shell;
    shell.start(sqlite3, {dirPath + QStringLiteral("/plain-%1.db").arg(layout),
                          QStringLiteral(".import --csv %1 plain_table").arg(csv)});
    if (!shell.waitForFinished(600000) || shell.exitCode() != 0) {
        out << "sqlite3 failed: " << shell.readAllStandardError() << '\n';
        return false;
    }
    const qint64 baseline = timer.elapsed();
    const double baselineCpu = cpuSeconds(RUSAGE_CHILDREN) - childCpuBefore;

    // (b) ours: read, check every row against the register, write in one transaction.
    const double ownCpuBefore = cpuSeconds(RUSAGE_SELF);
    timer.restart();
    const io::Table table = io::TableReader::read(csv);
    const qint64 readMs = timer.elapsed();
    DiagnosticsImporter importer(*db);
    const ImportPlan plan = importer.analyse(table, mapping(wide));
    const qint64 analyseMs = timer.elapsed() - readMs;
    if (!plan.ok()) {
        out << "unexpected problems, first: " << plan.problems.first().toString() << '\n';
        return false;
    }
    const ImportResult result = importer.write(plan);
    const qint64 ours = timer.elapsed();
    const qint64 writeMs = ours - readMs - analyseMs;
    const double oursCpu = cpuSeconds(RUSAGE_SELF) - ownCpuBefore;

    const qint64 scores = sql::scalar(db->db(), QStringLiteral("SELECT count(*) FROM diagnostic_score")).toLongLong();
    const qint64 outbox = sql::scalar(db->db(), QStringLiteral("SELECT count(*) FROM outbox")).toLongLong();
    if (result.created != people || scores != qint64(people) * codes.size()) {
        out << "wrong result: " << result.created << " diagnostics, " << scores << " scores\n";
        return false;
    }
    const double ratio = baseline > 0 ? double(ours) / double(baseline) : 0;
    out << QStringLiteral("%1 layout: %2 people x %3 competences, %4 rows, %5 MB CSV\n")
               .arg(layout).arg(people).arg(codes.size()).arg(table.rows.size()).arg(bytes / 1e6, 0, 'f', 1);
    out << QStringLiteral("  sqlite3 .import (baseline): %1 ms\n").arg(baseline);
    out << QStringLiteral("  metodist import: %1 ms (read %2, analyse %3, write %4; %5 scores, %6 outbox rows)\n")
               .arg(ours).arg(readMs).arg(analyseMs).arg(writeMs).arg(scores).arg(outbox);
    out << QStringLiteral("  ratio %1: %2 (goal <= 2.0)%3\n")
               .arg(layout).arg(ratio, 0, 'f', 2).arg(ratio <= 2.0 ? QString() : QStringLiteral(" OVER GOAL"));
    out << QStringLiteral("  cpu: sqlite3 %1 s, metodist %2 s, ratio %3\n")
               .arg(baselineCpu, 0, 'f', 2).arg(oursCpu, 0, 'f', 2).arg(baselineCpu > 0 ? oursCpu / baselineCpu : 0, 0, 'f', 2);
    // (c) for scale: what the sqlite3 shell needs just to store the rows a profile keeps
    // (the diagnostic rows as written, exported to CSV and .import'ed into a plain table:
    // no parsing of ours, no checks, no indexes, no sync queue).
    const QString rowsCsv = dirPath + QStringLiteral("/rows-%1.csv").arg(layout);
    QProcess exporter;
    exporter.setStandardOutputFile(rowsCsv);
    exporter.start(sqlite3, {QStringLiteral("-csv"), profile, QStringLiteral("SELECT * FROM diagnostic")});
    exporter.waitForFinished(600000);
    timer.restart();
    QProcess rowsShell;
    rowsShell.start(sqlite3, {dirPath + QStringLiteral("/rows-%1.db").arg(layout),
                              QStringLiteral(".import --csv %1 diagnostic_rows").arg(rowsCsv)});
    if (rowsShell.waitForFinished(600000) && rowsShell.exitCode() == 0) {
        const qint64 rowsMs = timer.elapsed();
        out << QStringLiteral("  for scale: sqlite3 .import of the stored diagnostic rows (%1 MB): %2 ms = %3 x the baseline\n")
                   .arg(QFileInfo(rowsCsv).size() / 1e6, 0, 'f', 1).arg(rowsMs).arg(baseline > 0 ? double(rowsMs) / double(baseline) : 0, 0, 'f', 2);
    }
    out.flush();

    // The same wide sheet as an XLSX file (offices export both): how long reading it takes.
    if (wide) {
        const QString xlsx = dirPath + QStringLiteral("/diagnostics-wide.xlsx");
        {
            io::XlsxWriter book(xlsx, true);
            book.addSheet(QStringLiteral("Диагностика"));
            for (int c = 0; c < table.header.size(); ++c)
                book.write(0, c, table.header.at(c), true);
            for (int r = 0; r < table.rows.size(); ++r)
                for (int c = 0; c < table.rows.at(r).cells.size(); ++c) {
                    const QString &cell = table.rows.at(r).cells.at(c);
                    bool number = false;
                    const int value = c >= 5 ? cell.toInt(&number) : 0;
                    book.write(r + 1, c, number ? QVariant(value) : QVariant(cell));
                }
            book.close();
        }
        timer.restart();
        const io::Table sheet = io::TableReader::read(xlsx);
        const qint64 xlsxReadMs = timer.elapsed();
        const ImportPlan xlsxPlan = importer.analyse(sheet, mapping(wide));
        out << QStringLiteral("  the same as XLSX (%1 MB): read in %2 ms (the CSV: %3 ms); %4 diagnostics planned from it\n")
                   .arg(QFileInfo(xlsx).size() / 1e6, 0, 'f', 1).arg(xlsxReadMs).arg(readMs).arg(xlsxPlan.diagnostics.size());
        out.flush();
        if (!xlsxPlan.ok() || xlsxPlan.diagnostics.size() != plan.diagnostics.size())
            return false;
    }

    // The analytics on the imported region: the heat map and one drill-down.
    if (wide) {
        timer.restart();
        HeatMap heat(*db);
        HeatMapQuery query;
        const HeatMapData data = heat.build(query);
        const qint64 heatMs = timer.elapsed();
        timer.restart();
        const QList<HeatPerson> people = data.groupIds.isEmpty() ? QList<HeatPerson>()
                                                                  : heat.people(query, data.groupIds.first(), data.competenceIds.first());
        const qint64 drillMs = timer.elapsed();
        timer.restart();
        query.groupBy = HeatMapQuery::GroupBy::Municipality;
        const HeatMapData byMunicipality = heat.build(query);
        out << QStringLiteral("  heat map: %1 organisations x %2 competences in %3 ms; %4 municipalities in %5 ms; "
                              "drill-down of one cell (%6 people) in %7 ms\n")
                   .arg(data.groupIds.size()).arg(data.competenceIds.size()).arg(heatMs)
                   .arg(byMunicipality.groupIds.size()).arg(timer.elapsed()).arg(people.size()).arg(drillMs);
        out.flush();
        if (data.groupIds.isEmpty())
            return false;
    }
    return true;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int people = 35000;
    if (const int i = int(args.indexOf(QStringLiteral("--people"))); i > 0 && i + 1 < args.size())
        people = args.at(i + 1).toInt();
    if (args.contains(QStringLiteral("--tiny")))
        people = 200;
    QString layout = QStringLiteral("both");
    if (const int i = int(args.indexOf(QStringLiteral("--layout"))); i > 0 && i + 1 < args.size())
        layout = args.at(i + 1);
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        out << "sqlite3 is not installed (scripts/install-deps.sh installs it)\n";
        return 1;
    }
    if (const int i = int(args.indexOf(QStringLiteral("--heatmap"))); i > 0 && i + 1 < args.size()) {
        try {
            auto db = Database::open(args.at(i + 1), Database::Mode::ExistingOnly);
            HeatMap heat(*db);
            for (auto groupBy : {HeatMapQuery::GroupBy::Organisation, HeatMapQuery::GroupBy::Municipality}) {
                HeatMapQuery query;
                query.groupBy = groupBy;
                QElapsedTimer timer;
                timer.start();
                const HeatMapData data = heat.build(query);
                const qint64 buildMs = timer.elapsed();
                timer.restart();
                const QList<HeatPerson> people = data.groupIds.isEmpty() ? QList<HeatPerson>()
                                                                          : heat.people(query, data.groupIds.first(), data.competenceIds.first());
                out << QStringLiteral("heat map %1: %2 rows x %3 competences in %4 ms; drill-down (%5 people) in %6 ms\n")
                           .arg(groupBy == HeatMapQuery::GroupBy::Organisation ? QStringLiteral("by organisation") : QStringLiteral("by municipality"))
                           .arg(data.groupIds.size()).arg(data.competenceIds.size()).arg(buildMs).arg(people.size()).arg(timer.elapsed());
            }
            return 0;
        } catch (const Error &e) {
            out << "error: " << e.message() << '\n';
            return 1;
        }
    }
    QTemporaryDir dir;
    try {
        bool ok = true;
        if (layout != QLatin1String("long"))
            ok = run(dir.path(), people, true, sqlite3) && ok;
        if (layout != QLatin1String("wide"))
            ok = run(dir.path(), people, false, sqlite3) && ok;
        return ok ? 0 : 1;
    } catch (const Error &e) {
        out << "error: " << e.message() << '\n';
        return 1;
    }
}
