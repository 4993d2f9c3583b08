// Orchestrates the sections: a new file, bulk-load settings, indexes rebuilt at the
// end (sorting once is far cheaper than keeping them up to date row by row), one
// transaction with outbox capture off, and the partial file removed on any failure.
#include "demogenerator.h"

#include "democontext.h"
#include "storage/database.h"
#include "storage/errors.h"
#include "storage/ids.h"
#include "storage/sql.h"
#include "storage/synctriggers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace metodist {

namespace {

void removeProfileFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QString::fromLatin1(suffix));
}

DemoSummary fill(Database &database, const DemoOptions &options)
{
    QSqlDatabase db = database.db();
    // The file is new and is deleted if anything fails, so durability during the load
    // buys nothing: keep the rollback journal in memory and skip fsyncs.
    sql::exec(db, QStringLiteral("PRAGMA journal_mode = MEMORY"));
    sql::exec(db, QStringLiteral("PRAGMA synchronous = OFF"));
    sql::exec(db, QStringLiteral("PRAGMA foreign_keys = OFF")); // checked by the tests instead
    sql::exec(db, QStringLiteral("PRAGMA cache_size = -262144"));
    sql::exec(db, QStringLiteral("PRAGMA threads = 2")); // index rebuild sorts in parallel

    demo::Context ctx(db, options);
    ctx.stamp = nowMs();
    {
        sql::Transaction transaction(db);
        CaptureOff captureOff(db);
        QList<QPair<QString, QString>> indexes;
        {
            QSqlQuery q = sql::exec(db, QStringLiteral(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"));
            while (q.next())
                indexes << qMakePair(q.value(0).toString(), q.value(1).toString());
        }
        for (const auto &index : indexes)
            sql::exec(db, QStringLiteral("DROP INDEX %1").arg(index.first));

        demo::generateRegistry(ctx);
        if (!options.registerOnly) {
            demo::generateDiagnostics(ctx);
            demo::generateCatalogue(ctx);
            demo::generateResources(ctx);
            demo::generateRoutes(ctx);
            demo::generateGroups(ctx);
            demo::generateSupport(ctx);
            demo::generateSupportDetails(ctx);
        }

        if (!ctx.deferredError.isEmpty())
            throw Error(ctx.deferredError);
        for (int i = 0; i < indexes.size(); ++i) {
            ctx.progress(94 + 4 * i / int(indexes.size()), demo::Context::tr("Indexes"));
            sql::exec(db, indexes.at(i).second);
        }
        sql::exec(db, QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES ('demo.seed', ?)"),
                  {QString::number(options.seed)});
        sql::exec(db, QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES ('demo.staff', ?)"),
                  {options.staff});
        ctx.progress(98, demo::Context::tr("Saving"));
        transaction.commit();
    }
    // Statistics for the query planner: with them it picks the right index when a
    // filter could use two (e.g. organisation and position in the staff list).
    ctx.progress(99, demo::Context::tr("Statistics"));
    sql::exec(db, QStringLiteral("ANALYZE"));
    sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    sql::exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
    sql::exec(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    return ctx.summary;
}

} // namespace

DemoSummary generateDemoRegion(const QString &path, const DemoOptions &options)
{
    if (options.staff < 10)
        throw Error(demo::Context::tr("A demo region needs at least 10 staff, %1 asked.").arg(options.staff));
    if (QFileInfo::exists(path))
        throw Error(demo::Context::tr("The file %1 already exists; the demo region is only written to a new file.").arg(path));
    QElapsedTimer timer;
    timer.start();
    DemoSummary summary;
    try {
        auto database = Database::open(path);
        summary = fill(*database, options);
    } catch (const Error &) {
        removeProfileFiles(path);
        throw;
    } catch (const std::exception &e) {
        removeProfileFiles(path);
        throw Error(demo::Context::tr("Cannot write the demo region to %1: %2").arg(path, QString::fromLocal8Bit(e.what())));
    }
    summary.elapsedMs = timer.elapsed();
    if (options.progress)
        options.progress(100, demo::Context::tr("Done"));
    return summary;
}

} // namespace metodist
