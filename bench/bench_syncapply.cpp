// Client side of an initial sync without network or server: parsing pulled pages
// (JSON) and writing them into a fresh profile, against inserting the same values with
// a plain prepared INSERT (the floor for this schema and its indexes).
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/synctriggers.h"
#include "sync/localsync.h"
#include "sync/pullpage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

static double cpu() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

using namespace metodist;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool tiny = app.arguments().contains(QStringLiteral("--tiny"));
    const QStringList args = app.arguments();
    const qsizetype rowsAt = args.indexOf(QStringLiteral("--rows"));
    const qsizetype pageAt = args.indexOf(QStringLiteral("--page"));
    const int rows = tiny ? 5000 : rowsAt > 0 ? args.value(rowsAt + 1).toInt() : 200000;
    const int pageSize = pageAt > 0 ? args.value(pageAt + 1).toInt() : 5000;
    const qsizetype cacheAt = args.indexOf(QStringLiteral("--cache-mb"));
    QList<QByteArray> pages;
    for (int start = 0; start < rows; start += pageSize) {
        QJsonArray list;
        for (int g = start; g < std::min(rows, start + pageSize); ++g)
            list.append(QJsonObject{{QStringLiteral("table"), QStringLiteral("journal_mark")}, {QStringLiteral("id"), QStringLiteral("j%1").arg(g)},
                                    {QStringLiteral("rev"), g + 1}, {QStringLiteral("deleted"), false}, {QStringLiteral("updated_at"), 1700000000000LL + g},
                                    {QStringLiteral("updated_by"), QStringLiteral("bench")},
                                    {QStringLiteral("fields"), QJsonObject{{QStringLiteral("municipality_id"), QStringLiteral("m%1").arg(g % 50)},
                                                                           {QStringLiteral("session_id"), QStringLiteral("s%1").arg(g / 50)},
                                                                           {QStringLiteral("person_id"), QStringLiteral("p%1").arg(g % 35000)},
                                                                           {QStringLiteral("attendance"), QStringLiteral("present")},
                                                                           {QStringLiteral("grade"), QStringLiteral("5")}}}});
        pages << QJsonDocument(QJsonObject{{QStringLiteral("rows"), list}, {QStringLiteral("next"), std::min(rows, start + pageSize)},
                                           {QStringLiteral("more"), start + pageSize < rows}}).toJson(QJsonDocument::Compact);
    }
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("a.db")));
    if (cacheAt > 0)
        sql::exec(db->db(), QStringLiteral("PRAGMA cache_size = -%1").arg(args.value(cacheAt + 1).toInt() * 1024));
    LocalSync local(*db);
    QElapsedTimer t;
    t.start();
    double c0 = cpu();
    // The client's path: each page read from its text (PullPage), then written.
    QList<PullPage> read(pages.size());
    for (qsizetype i = 0; i < pages.size(); ++i)
        if (!read[i].parse(pages.at(i)))
            return std::fprintf(stderr, "%s\n", qPrintable(read[i].error())), 1;
    const double parseS = t.elapsed() / 1000.0, parseCpu = cpu() - c0;
    t.restart();
    c0 = cpu();
    for (const PullPage &p : read)
        local.applyPullPage(p);
    const double applyS = t.elapsed() / 1000.0, applyCpu = cpu() - c0;
    QList<QJsonObject> parsed; // for the plain INSERT baseline below
    for (const QByteArray &p : pages)
        parsed << QJsonDocument::fromJson(p).object();

    auto plain = Database::open(dir.filePath(QStringLiteral("b.db")));
    t.restart();
    c0 = cpu();
    {
        sql::exec(plain->db(), QStringLiteral("PRAGMA foreign_keys = OFF"));
        for (const QJsonObject &p : parsed) {
            sql::Transaction tx(plain->db());
            CaptureOff off(plain->db());
            QSqlQuery q = sql::prepare(plain->db(), QStringLiteral(
                "INSERT INTO journal_mark(id, rev, updated_at, updated_by, deleted, municipality_id, session_id, person_id, attendance, grade) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const QJsonValue &v : p.value(QStringLiteral("rows")).toArray()) {
                const QJsonObject r = v.toObject();
                const QJsonObject f = r.value(QStringLiteral("fields")).toObject();
                sql::bindAll(q, {r.value(QStringLiteral("id")).toString(), r.value(QStringLiteral("rev")).toInteger(),
                                 r.value(QStringLiteral("updated_at")).toInteger(), r.value(QStringLiteral("updated_by")).toString(), 0,
                                 f.value(QStringLiteral("municipality_id")).toString(), f.value(QStringLiteral("session_id")).toString(),
                                 f.value(QStringLiteral("person_id")).toString(), f.value(QStringLiteral("attendance")).toString(),
                                 f.value(QStringLiteral("grade")).toString()});
                sql::exec(q);
            }
            tx.commit();
        }
    }
    const double plainS = t.elapsed() / 1000.0, plainCpu = cpu() - c0;
    std::printf("pull pages of %d journal marks: parse %.2f s (cpu %.2f), apply %.2f s (cpu %.2f); "
                "QSqlQuery INSERT of the same %.2f s (cpu %.2f), apply ratio %.2f\n",
                rows, parseS, parseCpu, applyS, applyCpu, plainS, plainCpu, applyS / std::max(plainS, 0.001));
    return 0;
}
